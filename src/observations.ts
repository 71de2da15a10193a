/**
 * Figures published for the plan's targets in public pages, each quoted to
 * the sentence that states it and the address where it was read, and the
 * plan's scorecard: every target judged against those figures by the rules
 * of `evaluateProgress`, with the figures' citations and counts per goal
 * area, task group and responsible unit.
 *
 * Import from `nanjing-innovation-plan/observations`. The figures are not
 * official statistics: they are what news reports, reposts and government
 * pages say, re-read against those pages.
 *
 * @module observations
 */

export type {
  LeftOutFigure,
  NotComparableReason,
  Observation,
  ObservationCount,
  ObservationReading,
  SourceKind,
  TargetWithoutFigures,
} from './model/observations.js';
export { notComparableReasons, observationCounts, observationReadings, sourceKinds } from './model/observations.js';
export {
  type Citation,
  type EvaluatePlanOptions,
  evaluatePlan,
  type GoalAreaScore,
  type Scorecard,
  type ScorecardFinding,
  type ScorecardTarget,
  type StatusCounts,
  type TargetSet,
  type TaskGroupScore,
  type UnitScore,
} from './observations/evaluatePlan.js';
export { type FormatScorecardOptions, formatScorecard } from './observations/formatScorecard.js';
export {
  getObservation,
  leftOutFigures,
  type ObservationId,
  type ObservationOf,
  type Observations,
  observations,
  observationsOf,
  targetsWithoutFigures,
} from './observations/observations.js';
