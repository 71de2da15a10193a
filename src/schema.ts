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

// Validation
export type { IssueCode, ValidationIssue, ValidationResult } from './issues/types.js';
// Progress
export {
  type EvaluateProgressOptions,
  evaluateProgress,
  type ProgressEvaluationFor,
} from './progress/evaluateProgress.js';
export {
  ABOUT_TOLERANCE,
  type EvaluatedFigure,
  type PartialEvaluation,
  type ProgressEvaluation,
  type ProgressStatus,
  progressStatuses,
  type ScopedProgressEvaluation,
  type TargetEvaluation,
} from './progress/evaluation.js';
export { type FormatOptions, formatEvaluation, formatIssues } from './progress/format.js';
export {
  type ProgressEntry,
  ProgressEntrySchema,
  type ProgressReport,
  ProgressReportSchema,
} from './progress/progressReportSchema.js';
export { acceptedUnits, type PlanQuantitativeTarget, type QuantitativeTargetId } from './progress/reportingRules.js';
export { type ProgressReportTemplate, progressReportTemplate } from './progress/reportTemplate.js';
export {
  type TaskStatus,
  type TaskStatusEntry,
  type TaskStatusEntryInput,
  TaskStatusEntrySchema,
  TaskStatusFeedSchema,
  TaskStatusSchema,
  validateTaskStatusFeed,
} from './progress/taskStatusFeed.js';
export {
  type NormalizedProgressEntry,
  type NormalizedProgressReport,
  type ValidateProgressReportOptions,
  validateProgressReport,
} from './progress/validateProgressReport.js';
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
export { type ValidatePlanOptions, validatePlan } from './schema/validatePlan.js';
