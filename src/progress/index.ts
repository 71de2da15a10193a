export { evaluateProgress, type EvaluateProgressOptions } from './evaluateProgress.js';
export {
  ABOUT_TOLERANCE,
  progressStatuses,
  type EvaluatedFigure,
  type PartialEvaluation,
  type ProgressEvaluation,
  type ProgressStatus,
  type TargetEvaluation,
} from './evaluation.js';
export { formatEvaluation, formatIssues, type FormatOptions } from './format.js';
export { ProgressEntrySchema, ProgressReportSchema, type ProgressEntry, type ProgressReport } from './progressReportSchema.js';
export { acceptedUnits, type PlanQuantitativeTarget, type QuantitativeTargetId } from './reportingRules.js';
export {
  TaskStatusEntrySchema,
  TaskStatusFeedSchema,
  TaskStatusSchema,
  validateTaskStatusFeed,
  type TaskStatus,
  type TaskStatusEntry,
} from './taskStatusFeed.js';
export {
  validateProgressReport,
  type NormalizedProgressEntry,
  type NormalizedProgressReport,
  type ValidateProgressReportOptions,
} from './validateProgressReport.js';
