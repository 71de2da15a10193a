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

// Schemas of any plan of this shape
export {
  BaseUnitSchema,
  CadenceSchema,
  ComparatorSchema,
  GoalAreaSchema,
  HeadingSchema,
  MeasureKindSchema,
  MeasureSchema,
  PageHeaderSchema,
  PassageSchema,
  PeriodSchema,
  PlanSchema,
  PrincipleSchema,
  QualitativeTargetSchema,
  QuantitativeTargetSchema,
  SpanSchema,
  TargetMentionSchema,
  TargetSchema,
  TaskGroupSchema,
  TaskSchema,
  UnitKindSchema,
  UnitSchema,
  UnitTierSchema,
} from './schema/planSchemas.js';
// Schemas bound to this plan's ids and numbers
export {
  GoalAreaIdSchema,
  MeasureIdSchema,
  PrincipleIdSchema,
  QuantitativeTargetIdSchema,
  TargetIdSchema,
  TaskGroupIdSchema,
  TaskGroupNumberSchema,
  TaskIdSchema,
  TaskNumberSchema,
  UnitIdSchema,
  UnitNameSchema,
} from './schema/planBound.js';

// Validation
export type { IssueCode, ValidationIssue, ValidationResult } from './issues/types.js';
export { validatePlan, type ValidatePlanOptions } from './schema/validatePlan.js';

// Progress
export { evaluateProgress, type EvaluateProgressOptions } from './progress/evaluateProgress.js';
export {
  ABOUT_TOLERANCE,
  progressStatuses,
  type EvaluatedFigure,
  type PartialEvaluation,
  type ProgressEvaluation,
  type ProgressStatus,
  type TargetEvaluation,
} from './progress/evaluation.js';
export { formatEvaluation, formatIssues, type FormatOptions } from './progress/format.js';
export {
  ProgressEntrySchema,
  ProgressReportSchema,
  type ProgressEntry,
  type ProgressReport,
} from './progress/progressReportSchema.js';
export { acceptedUnits, type PlanQuantitativeTarget, type QuantitativeTargetId } from './progress/reportingRules.js';
export {
  TaskStatusEntrySchema,
  TaskStatusFeedSchema,
  TaskStatusSchema,
  validateTaskStatusFeed,
  type TaskStatus,
  type TaskStatusEntry,
} from './progress/taskStatusFeed.js';
export {
  validateProgressReport,
  type NormalizedProgressEntry,
  type NormalizedProgressReport,
  type ValidateProgressReportOptions,
} from './progress/validateProgressReport.js';
