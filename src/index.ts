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
} from './data/ids.js';
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

// Rendering
export { renderPlanText } from './render/renderPlanText.js';
