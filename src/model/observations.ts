// The shape of a published figure for one of the plan's targets (an observation), and its vocabularies.
import type { TargetId } from './ids.js';
import type { WrittenUnit } from './quantities.js';
import type { BaseUnit } from './types.js';

/**
 * What a published figure counts: a stock on a date (`total`), what was added
 * in one year (`new-in-year`), a `share`, an `amount` of money, or a
 * `growth` (or reduction) rate.
 * @example
 * ```ts
 * import { observationCounts } from 'nanjing-innovation-plan/observations';
 * observationCounts //=> ['total', 'new-in-year', 'share', 'amount', 'growth']
 * ```
 * @category Observations
 */
export const observationCounts = /* @__PURE__ */ Object.freeze([
  'total',
  'new-in-year',
  'share',
  'amount',
  'growth',
] as const);

/**
 * The kind of page a figure was read on.
 * @example
 * ```ts
 * import { sourceKinds } from 'nanjing-innovation-plan/observations';
 * sourceKinds //=> ['official-statistics', 'government-report', 'government-department', 'media']
 * ```
 * @category Observations
 */
export const sourceKinds = /* @__PURE__ */ Object.freeze([
  'official-statistics',
  'government-report',
  'government-department',
  'media',
] as const);

/**
 * How the figure stands in the sentence: a number as such (`exact`), a lower
 * bound (`超`, `以上`, `突破`, `多`, `余`), an approximation (`约`, `左右`), the
 * lower end of a `range`, a count of `named-items` (the sentence names them
 * and gives no numeral), or a number written in `words`.
 * @example
 * ```ts
 * import { observationReadings } from 'nanjing-innovation-plan/observations';
 * observationReadings.includes('lower-bound') //=> true
 * ```
 * @category Observations
 */
export const observationReadings = /* @__PURE__ */ Object.freeze([
  'exact',
  'lower-bound',
  'approximate',
  'range',
  'named-items',
  'words',
] as const);

/**
 * Why a figure cannot be judged against its target: it is a `cumulative`
 * stock where the target counts what is added each year, covers part of a
 * year or a `district`, defines the thing counted differently, measures
 * something else (an amount or a net increase for a count), gives only a
 * range or an approximation, covers another period, or names only some of
 * the things counted (`partial-count`).
 * @example
 * ```ts
 * import { notComparableReasons } from 'nanjing-innovation-plan/observations';
 * notComparableReasons.length //=> 9
 * ```
 * @category Observations
 */
export const notComparableReasons = /* @__PURE__ */ Object.freeze([
  'cumulative',
  'part-year',
  'district',
  'different-definition',
  'different-measure',
  'range-only',
  'approximate',
  'different-period',
  'partial-count',
] as const);

/**
 * What a figure counts; see {@link observationCounts}.
 * @example
 * ```ts
 * import type { ObservationCount } from 'nanjing-innovation-plan/observations';
 * const counts: ObservationCount = 'new-in-year';
 * counts //=> 'new-in-year'
 * ```
 * @category Observations
 */
export type ObservationCount = (typeof observationCounts)[number];

/**
 * The kind of page a figure was read on; see {@link sourceKinds}.
 * @example
 * ```ts
 * import type { SourceKind } from 'nanjing-innovation-plan/observations';
 * const kind: SourceKind = 'media';
 * kind //=> 'media'
 * ```
 * @category Observations
 */
export type SourceKind = (typeof sourceKinds)[number];

/**
 * How the figure stands in the sentence; see {@link observationReadings}.
 * @example
 * ```ts
 * import type { ObservationReading } from 'nanjing-innovation-plan/observations';
 * const reading: ObservationReading = 'lower-bound';
 * reading //=> 'lower-bound'
 * ```
 * @category Observations
 */
export type ObservationReading = (typeof observationReadings)[number];

/**
 * Why a figure is not judged against its target; see {@link notComparableReasons}.
 * @example
 * ```ts
 * import type { NotComparableReason } from 'nanjing-innovation-plan/observations';
 * const why: NotComparableReason = 'cumulative';
 * why //=> 'cumulative'
 * ```
 * @category Observations
 */
export type NotComparableReason = (typeof notComparableReasons)[number];

/**
 * A figure published for one of the plan's targets, with the sentence that
 * states it and the page it was read on.
 * @example
 * ```ts
 * import { getObservation, type Observation } from 'nanjing-innovation-plan/observations';
 * const observation: Observation = getObservation('high-tech-enterprises-2023-fenjinzi-10062');
 * [observation.valueText, observation.normalized, observation.publisher] //=> ['10062家', 10062, '澎湃新闻']
 * ```
 * @category Observations
 */
export interface Observation<TTargetId extends string = TargetId> {
  /** Stable kebab-case id: target, year, the page's site and the figure. */
  readonly id: string;
  readonly target: TTargetId;
  /** The year the figure describes. */
  readonly year: number;
  /** The date a stock or part-year figure stands on, where the sentence or its page says so. */
  readonly asOf?: string;
  /** Whether the quoted sentence itself names the year; otherwise it was read from the page's context (see `note`). */
  readonly yearStated: boolean;
  /** The figure with its unit exactly as written in the quote (`10062家`, `2.2万家`). */
  readonly valueText: string;
  /** The number as written (`2.2` for `2.2万家`). */
  readonly value: number;
  /** The unit as written where it is not one of the package's units (`個`, `萬名`, `万户`, an English word). */
  readonly unitAsWritten?: string;
  /** The package's unit the figure is read in. */
  readonly unit: WrittenUnit;
  /** How the figure stands in the sentence. */
  readonly reading: ObservationReading;
  /** The figure in {@link Observation.baseUnit}: `value` × the unit's factor, scaled exactly (`2.2万家` → 22000). */
  readonly normalized: number;
  readonly baseUnit: BaseUnit;
  /** `南京市`, or the district the figure covers. */
  readonly scope: string;
  readonly counts: ObservationCount;
  /** The sentence (or clause) that states the figure, copied exactly as the page shows it. */
  readonly quote: string;
  /** Who published it, as the page says (or what is known of it). */
  readonly publisher: string;
  /** The page's title as shown; `null` where the page shows none. */
  readonly title: string | null;
  /** The page's date of publication, `YYYY-MM-DD`; `null` where the page shows none. */
  readonly published: string | null;
  /** The address the page was read at (often a repost of the original). */
  readonly url: string;
  readonly sourceKind: SourceKind;
  /** Whether the figure measures what the target measures, for the whole city and a whole year. */
  readonly comparable: boolean;
  /** Why not, where `comparable` is false. */
  readonly notComparableBecause?: readonly NotComparableReason[];
  /**
   * Whether the scorecard uses this figure: the one comparable figure kept for
   * its target, year, scope and count; where several are, the reason is in
   * `preferredBecause` and the others in `preferredOver`.
   */
  readonly preferred: boolean;
  readonly preferredBecause?: string;
  readonly preferredOver?: readonly string[];
  /** What the reader should know: definitions, how the year was read, other sources. */
  readonly note?: string;
  /** The outcome of re-reading the quote against its page: as recorded, or corrected (see `check`). */
  readonly checked: 'exact' | 'corrected';
  /** What the re-reading found. */
  readonly check: string;
}

/**
 * A target for which no published figure was found, with what was searched.
 * @example
 * ```ts
 * import { targetsWithoutFigures, type TargetWithoutFigures } from 'nanjing-innovation-plan/observations';
 * const first: TargetWithoutFigures | undefined = targetsWithoutFigures[0];
 * first?.target //=> 'new-headquarters-enterprises'
 * ```
 * @category Observations
 */
export interface TargetWithoutFigures<TTargetId extends string = TargetId> {
  readonly target: TTargetId;
  /** The searches made (words as typed, in Chinese). */
  readonly searched: readonly string[];
  /** What the searches did turn up, and why it was not kept. */
  readonly seen: string;
}

/**
 * A figure the research recorded that is not in the dataset, and why.
 * @example
 * ```ts
 * import { leftOutFigures, type LeftOutFigure } from 'nanjing-innovation-plan/observations';
 * const first: LeftOutFigure | undefined = leftOutFigures[0];
 * first?.valueText //=> '29.2%'
 * ```
 * @category Observations
 */
export interface LeftOutFigure<TTargetId extends string = TargetId> {
  readonly target: TTargetId;
  readonly year: number;
  readonly valueText: string;
  /** The address the figure was said to be read at. */
  readonly url: string;
  readonly why: string;
}
