/**
 * Validators for data shaped like, or referring to, the plan: zod schemas
 * for every record kind (generic and bound to this plan), `validatePlan`,
 * progress reports checked against the plan's targets, their evaluation,
 * task-status feeds, and plain-text formatting of the results.
 *
 * Import from `nanjing-innovation-plan/schema`; the main entry stays free of zod.
 *
 * @module schema
 */

// Schemas
export * from './planSchemas.js';
export * from './planBound.js';
export type { IssueCode, ValidationIssue, ValidationResult } from '../issues/types.js';
export { validatePlan, type ValidatePlanOptions } from './validatePlan.js';

// Progress
export * from '../progress/index.js';
