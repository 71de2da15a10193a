/**
 * Nanjing's 2022–2024 action plan for innovation-driven development and
 * industrial transformation (南京市创新驱动、产业转型示范三年行动计划(2022—2024年))
 * as typed, immutable, source-verified data.
 *
 * @packageDocumentation
 */

// Data
export { plan } from './data/plan.js';
export type {
  GoalAreaId,
  MeasureId,
  NanjingPlan,
  PlanGoalArea,
  PlanMeasure,
  PlanPrinciple,
  PlanTarget,
  PlanTask,
  PlanTaskGroup,
  PlanUnit,
  PrincipleId,
  TargetId,
  TaskGroupId,
  TaskGroupNumber,
  TaskId,
  TaskNumber,
  UnitId,
  UnitName,
} from './model/ids.js';
export { unitFactors, type WrittenUnit } from './model/quantities.js';
export type {
  BaseUnit,
  Cadence,
  Comparator,
  GoalArea,
  Heading,
  Measure,
  MeasureKind,
  PageHeader,
  Passage,
  Period,
  Plan,
  Principle,
  QualitativeTarget,
  QuantitativeTarget,
  Span,
  Target,
  TargetBase,
  TargetMention,
  Task,
  TaskGroup,
  Unit,
  UnitKind,
  UnitTier,
} from './model/types.js';
export {
  baseUnits,
  cadences,
  comparators,
  measureKinds,
  targetKinds,
  unitKinds,
  unitTiers,
} from './model/vocabularies.js';
export { findUnit } from './queries/findUnit.js';
export { isQuantitative } from './queries/isQuantitative.js';
export type {
  GoalAreaOf,
  MeasureOf,
  PrincipleOf,
  TargetOf,
  TaskGroupOf,
  TaskOf,
  UnitOf,
} from './queries/lookups.js';
export {
  findGoalArea,
  findMeasure,
  findPrinciple,
  findTarget,
  findTask,
  findTaskGroup,
  getGoalArea,
  getMeasure,
  getPrinciple,
  getTarget,
  getTask,
  getTaskGroup,
  getUnit,
} from './queries/lookups.js';
export type { ResponsibilityMatrix, ResponsibilityRole, TasksByUnitOptions } from './queries/relations.js';
export {
  coResponsibleUnits,
  responsibilityMatrix,
  targetsByGoalArea,
  targetsByTask,
  tasksByGroup,
  tasksByTarget,
  tasksByUnit,
  unitsByTask,
} from './queries/relations.js';
export { resolveUnit, type UnitMatchKind, type UnitResolution } from './queries/resolveUnit.js';
export type {
  PassageName,
  SearchHit,
  SearchHitRecord,
  SearchMatch,
  SearchOptions,
  SearchScope,
} from './queries/search.js';
export { SEARCH_BOUNDS, search, searchScopes } from './queries/search.js';
export type { TargetOfKind, TargetWithCadence, TargetWithComparator } from './queries/targetsByTime.js';
// Queries
export {
  dueYears,
  targetsByCadence,
  targetsByComparator,
  targetsByKind,
  targetsDueIn,
} from './queries/targetsByTime.js';
export type { CoResponsibleUnit, TaskGroupKey, UnitKey } from './queries/types.js';
export { type RecordKind, UnknownIdError } from './queries/UnknownIdError.js';
export { unitsByTarget } from './queries/unitsByTarget.js';

// Rendering
export { renderPlanText } from './render/renderPlanText.js';
