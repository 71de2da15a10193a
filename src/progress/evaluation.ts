// The shape of an evaluation of progress: the statuses a target can have, and what is said of each target.

import type { ValidationIssue } from '../issues/types.js';
import type { TargetId } from '../model/ids.js';
import type { WrittenUnit } from '../model/quantities.js';
import type { BaseUnit, Cadence, Comparator } from '../model/types.js';

/**
 * Where a target stands.
 *
 * - `met`: reached (a deadline target by its deadline year's figure; a
 *   per-year target in every year of its period)
 * - `on-track`: not yet due, and progress is at or ahead of the linear path
 * - `behind`: not yet due, and progress is short of the linear path
 * - `not-met`: due and missed (or, for a per-year target, missed in a year)
 * - `no-data`: no usable city-wide figure (or a due year's figure is missing)
 * - `not-evaluable`: qualitative, or a baseline is needed and missing, or a
 *   target for each main urban district whose reported districts are none
 *   short (the plan does not name the districts, so they cannot be known to
 *   be all)
 * @example
 * ```ts
 * import { evaluateProgress, type ProgressStatus } from 'nanjing-innovation-plan/schema';
 * const result = evaluateProgress({
 *   reporter: '示例', asOf: '2024-12-31',
 *   entries: [{ target: 'market-entities', year: 2024, value: 250, unit: '万家' }],
 * });
 * const status: ProgressStatus | undefined = result.success
 *   ? result.data.targets.find((t) => t.target === 'market-entities')?.status
 *   : undefined;
 * status //=> 'not-met'
 * ```
 * @category Progress
 */
export type ProgressStatus = 'met' | 'on-track' | 'behind' | 'not-met' | 'no-data' | 'not-evaluable';

/**
 * Every status, in order of severity (worst first); used to combine years
 * and scopes into one status.
 * @example
 * ```ts
 * progressStatuses[0] //=> 'not-met'
 * ```
 * @category Progress
 */
export const progressStatuses: readonly ProgressStatus[] = Object.freeze([
  'not-met',
  'behind',
  'no-data',
  'not-evaluable',
  'on-track',
  'met',
]);

/**
 * A figure an evaluation used, in base units.
 * @example
 * ```ts
 * import { evaluateProgress, type EvaluatedFigure } from 'nanjing-innovation-plan/schema';
 * const result = evaluateProgress({
 *   reporter: '示例', asOf: '2023-12-31',
 *   entries: [
 *     { target: 'high-tech-enterprises', year: 2021, value: 7600, unit: '家' },
 *     { target: 'high-tech-enterprises', year: 2023, value: 1.08, unit: '万家' },
 *   ],
 * });
 * const figures: readonly EvaluatedFigure[] | undefined = result.success ? result.data.targets[0]?.figures : undefined;
 * figures //=> [{ year: 2021, value: 7600 }, { year: 2023, value: 10800 }]
 * ```
 * @category Progress
 */
export interface EvaluatedFigure {
  readonly year: number;
  readonly value: number;
  readonly scope?: string;
}

/**
 * The judgment of one year (per-year and year-on-year targets) or one scope
 * (targets that apply to each district).
 * @example
 * ```ts
 * import { evaluateProgress, type PartialEvaluation } from 'nanjing-innovation-plan/schema';
 * const result = evaluateProgress({
 *   reporter: '示例', asOf: '2023-12-31',
 *   entries: [
 *     { target: 'new-provincial-little-giants', year: 2022, value: 65, unit: '家' },
 *     { target: 'new-provincial-little-giants', year: 2023, value: 50, unit: '家' },
 *   ],
 * });
 * const parts: readonly PartialEvaluation[] | undefined = result.success
 *   ? result.data.targets.find((t) => t.target === 'new-provincial-little-giants')?.parts
 *   : undefined;
 * parts
 * //=> [{ year: 2022, status: 'met', reasonEn: '2022: 65家 meets ≥ 60家', … },
 * //    { year: 2023, status: 'not-met', reasonEn: '2023: 50家, short of ≥ 60家', … }]
 * ```
 * @category Progress
 */
export interface PartialEvaluation {
  /** The year judged, or, for a scope, the scope's deadline judgment year. */
  readonly year?: number;
  readonly scope?: string;
  readonly status: ProgressStatus;
  readonly reason: string;
  readonly reasonEn: string;
}

/**
 * Where one target stands.
 * @example
 * ```ts
 * import { evaluateProgress, type TargetEvaluation } from 'nanjing-innovation-plan/schema';
 * const result = evaluateProgress({
 *   reporter: '示例', asOf: '2023-12-31',
 *   entries: [
 *     { target: 'talent-pool', year: 2021, value: 350, unit: '万人' },
 *     { target: 'talent-pool', year: 2023, value: 390, unit: '万人' },
 *   ],
 * });
 * const talent: TargetEvaluation | undefined = result.success
 *   ? result.data.targets.find((t) => t.target === 'talent-pool')
 *   : undefined;
 * talent
 * //=> { target: 'talent-pool', kind: 'quantitative', status: 'on-track', aspirational: false, comparator: 'reach',
 * //     cadence: 'by-deadline', required: 4000000, baseUnit: 'people', … }
 * talent?.reasonEn
 * //=> '2023: 390万人; the linear path from the 2021 baseline 350万人 requires 383.3333万人; target ≥ 400万人 by 2024'
 * ```
 * @category Progress
 */
export interface TargetEvaluation {
  readonly target: TargetId;
  readonly kind: 'quantitative' | 'qualitative';
  readonly status: ProgressStatus;
  /** Whether the plan hedges the target with `力争` ("strive to"); the status is not softened for it. */
  readonly aspirational: boolean;
  readonly comparator?: Comparator;
  readonly cadence?: Cadence;
  /** The target's figure in {@link TargetEvaluation.baseUnit} (`null` for `rise`); absent for qualitative targets. */
  readonly required?: number | null;
  /** The upper bound of a range, in base units. */
  readonly requiredUpper?: number;
  /** Unit of `required` and of the figures. */
  readonly baseUnit?: BaseUnit;
  /** The figures used, baseline first. */
  readonly figures: readonly EvaluatedFigure[];
  /** Year-by-year or scope-by-scope judgments, where the target is judged in parts. */
  readonly parts?: readonly PartialEvaluation[];
  /** One line in Chinese. */
  readonly reason: string;
  /** One line in English. */
  readonly reasonEn: string;
}

/** Where a target stands in a scoped evaluation: the statuses of {@link ProgressStatus}, and `contribution`. */
export type ScopedProgressStatus = ProgressStatus | 'contribution';

/** Every status of a scoped evaluation, `contribution` last. */
export const scopedProgressStatuses: readonly ScopedProgressStatus[] = Object.freeze([
  ...progressStatuses,
  'contribution' as const,
]);

/** A figure of a scope set beside the city-wide target, in base units. */
export interface Contribution {
  readonly year: number;
  /** The figure in base units. */
  readonly value: number;
  /** The figure as the reporter wrote it. */
  readonly reported: { readonly value: number; readonly unit: WrittenUnit };
  /**
   * The figure as a fraction of the city-wide target (of the year's, for a per-year target): `0.125` is
   * 12.5 %; `null` for shares, rates, growth and `rise` targets, of which a part of the city's makes no sense.
   */
  readonly share: number | null;
}

/** Where one target stands in a scoped evaluation. */
export type ScopedTargetEvaluation = ScopedProgressEvaluation['targets'][number];

/**
 * The evaluation of a report: every target of the plan, in the plan's order.
 * @example
 * ```ts
 * import { evaluateProgress, type ProgressEvaluation } from 'nanjing-innovation-plan/schema';
 * const result = evaluateProgress({
 *   reporter: '示例', asOf: '2024-12-31',
 *   entries: [{ target: 'market-entities', year: 2024, value: 250, unit: '万家' }],
 * });
 * if (!result.success) throw new Error('invalid report');
 * const evaluation: ProgressEvaluation = result.data;
 * evaluation.targets.length //=> 40
 * evaluation.counts //=> { met: 0, 'on-track': 0, behind: 0, 'not-met': 1, 'no-data': 34, 'not-evaluable': 5 }
 * ```
 * @category Progress
 */
export interface ProgressEvaluation {
  readonly reporter: string;
  /** The date judged at. */
  readonly asOf: string;
  readonly targets: readonly TargetEvaluation[];
  /** How many targets have each status. */
  readonly counts: { readonly [TStatus in ProgressStatus]: number };
  /** The entries left out because they are invalid (a lenient evaluation; always empty in strict mode). */
  readonly leftOut: readonly { readonly index: number; readonly issues: readonly ValidationIssue[] }[];
}

/**
 * The evaluation of a report for one scope (a district, a park): every target of the plan, in the plan's
 * order. Only the scope's figures are used, never summed into a city-wide figure: a target for each main urban
 * district is judged for the scope; any other it reported is `contribution` (its figures beside the city-wide
 * target, with their share of it where shares add up), one it did not report `no-data`.
 * @example
 * ```ts
 * import { evaluateProgress, type ScopedProgressEvaluation } from 'nanjing-innovation-plan/schema';
 * const result = evaluateProgress(
 *   { reporter: '江宁区科技局', asOf: '2023-12-31',
 *     entries: [{ target: 'high-tech-enterprises', year: 2023, value: 1500, unit: '家', scope: '江宁区' }] },
 *   { scope: '江宁区' },
 * );
 * if (!result.success) throw new Error('invalid report');
 * const evaluation: ScopedProgressEvaluation = result.data;
 * evaluation.scope //=> '江宁区'
 * evaluation.counts
 * //=> { 'not-met': 0, behind: 0, 'no-data': 34, 'not-evaluable': 5, 'on-track': 0, met: 0, contribution: 1 }
 * ```
 * @category Progress
 */
export interface ScopedProgressEvaluation {
  readonly reporter: string;
  /** The date judged at. */
  readonly asOf: string;
  /** The scope evaluated, trimmed and full-width folded. */
  readonly scope: string;
  /** As {@link TargetEvaluation}, with the status `contribution` and, for it, `contributions`. */
  readonly targets: readonly (Omit<TargetEvaluation, 'status'> & {
    readonly status: ProgressStatus | 'contribution';
    /**
     * The scope's figures beside the city-wide target, for a `contribution`: each in base units, as the reporter
     * wrote it, and as a fraction of the city-wide target (`share`, of the year's for a per-year target: `0.125` is
     * 12.5 %; `null` for shares, rates, growth and `rise` targets).
     */
    readonly contributions?: readonly {
      readonly year: number;
      readonly value: number;
      readonly reported: { readonly value: number; readonly unit: WrittenUnit };
      readonly share: number | null;
    }[];
  })[];
  /** How many targets have each status. */
  readonly counts: { readonly [TStatus in ProgressStatus | 'contribution']: number };
  /** The entries left out because they are invalid (a lenient evaluation; always empty in strict mode). */
  readonly leftOut: readonly { readonly index: number; readonly issues: readonly ValidationIssue[] }[];
}

/**
 * The tolerance of `about` (`左右`): a figure within 10 % below the value
 * counts as reaching it. Figures above the value are never held against a
 * target (the plan's `about` and `range` figures say how many to build, not
 * a ceiling); the reason notes when a figure lies above the band or range.
 * @example
 * ```ts
 * ABOUT_TOLERANCE //=> 0.1
 * ```
 * @category Progress
 */
export const ABOUT_TOLERANCE = 0.1;
