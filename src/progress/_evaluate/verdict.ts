// A verdict is data: a status and the facts it rests on. The words come later, from `../locales/`.
import type { Comparator } from '../../model/types.js';
import { type ProgressStatus, progressStatuses } from '../evaluation.js';
import type { YearSpan } from './clock.js';

/** What a target requires, as a reason states it: its comparator and figure, or a rise over its baseline. */
export type Requirement =
  | {
      readonly kind: 'target';
      readonly comparator: Comparator;
      /** The target's figure in base units. */
      readonly value: number | null;
      /** The upper bound of a range. */
      readonly upper: number | undefined;
      /** The figure that counts as reaching it (90 % of the value for `about`). */
      readonly threshold: number;
    }
  | { readonly kind: 'above-baseline'; readonly baseline: number; readonly baselineYear: number };

/** Where a figure that meets an `about` or `range` target lies above its band or range, to be noted. */
export type Overshoot = { readonly kind: 'above-range'; readonly upper: number } | { readonly kind: 'above-band' };

/** A figure judged: one year's, a total over years, or an average annual growth rate in percent. */
export type Finding =
  | { readonly kind: 'year'; readonly year: number; readonly value: number }
  | { readonly kind: 'total'; readonly years: YearSpan; readonly value: number }
  | { readonly kind: 'growth'; readonly years: YearSpan; readonly value: number };

/** The straight line a figure is held against before the deadline, and where it stands at the figure's date. */
export type LinearPath =
  | {
      readonly kind: 'from-baseline';
      readonly baselineYear: number;
      readonly baseline: number;
      readonly required: number;
    }
  | { readonly kind: 'reduction'; readonly baselineYear: number; readonly required: number }
  | { readonly kind: 'from-zero'; readonly required: number };

/** The facts of a judgment that a reason states on its own: of a target, a district or a year. */
export type Facts =
  | { readonly kind: 'no-figure'; readonly years: YearSpan; readonly fullYear: boolean }
  | { readonly kind: 'needs-baseline'; readonly baselineYear: number; readonly purpose: 'rise' | 'growth' }
  | {
      readonly kind: 'meets';
      readonly found: Finding;
      readonly need: Requirement;
      readonly over: Overshoot | undefined;
      /** The deadline, while it is still ahead. */
      readonly due: number | undefined;
    }
  | { readonly kind: 'short'; readonly found: Finding; readonly need: Requirement }
  | { readonly kind: 'deadline-missing'; readonly deadline: number; readonly latest: Finding }
  | { readonly kind: 'years-missing'; readonly years: readonly number[]; readonly found: Finding }
  | { readonly kind: 'not-yet-above'; readonly found: Finding; readonly need: Requirement }
  | {
      readonly kind: 'short-without-baseline';
      readonly found: Finding;
      readonly need: Requirement;
      readonly baselineYear: number;
    }
  | {
      readonly kind: 'against-path';
      readonly found: Finding;
      readonly need: Requirement;
      readonly path: LinearPath;
      readonly deadline: number;
    }
  | { readonly kind: 'against-target'; readonly found: Finding; readonly need: Requirement }
  | { readonly kind: 'year-no-figure'; readonly year: number }
  | { readonly kind: 'year-meets'; readonly found: Finding; readonly need: Requirement }
  | { readonly kind: 'year-below'; readonly found: Finding; readonly need: Requirement }
  | { readonly kind: 'year-pro-rata'; readonly found: Finding; readonly required: number }
  | { readonly kind: 'year-needs-previous'; readonly year: number }
  | {
      readonly kind: 'year-on-year';
      readonly year: number;
      readonly value: number;
      readonly previous: number;
      readonly rose: boolean;
    };

/** A figure of a scope, and its share of the city-wide target where shares add up (counts, amounts, areas). */
export interface ScopeFigure {
  readonly year: number;
  readonly value: number;
  /**
   * `value` as a fraction of the city-wide target (of the year's, for a per-year target); `null` where no share
   * makes sense.
   */
  readonly share: number | null;
}

/** The facts of a scope's figures set beside the city-wide target: its contribution, never judged as the city's. */
export type ScopeFacts =
  | {
      readonly kind: 'contribution';
      readonly scope: string;
      readonly figures: readonly ScopeFigure[];
      readonly need: Requirement;
      /** The city-wide deadline, for a target due by one; `undefined` for one held every year. */
      readonly deadline: number | undefined;
      /** Whether shares make sense (counts, amounts, areas), not for shares, rates and growth. */
      readonly additive: boolean;
    }
  | { readonly kind: 'scope-no-figure'; readonly scope: string };

/** The facts of a judgment in parts, which a reason states with a summary of its parts. */
export type PartsFacts =
  | { readonly kind: 'each-year'; readonly need: Requirement }
  | { readonly kind: 'higher-each-year' }
  | { readonly kind: 'per-district'; readonly per: { readonly name: string; readonly nameEn: string } | undefined };

/** The judgment of one year or one district. */
export interface PartVerdict {
  readonly year?: number;
  readonly scope?: string;
  readonly status: ProgressStatus;
  readonly facts: Facts;
}

/** A judgment stated on its own. */
export interface Judgment {
  readonly status: ProgressStatus;
  readonly facts: Facts;
}

/** A judgment in parts (years or districts), stated with a summary of its parts. */
export interface JudgmentInParts {
  readonly status: ProgressStatus;
  readonly facts: PartsFacts;
  readonly parts: readonly PartVerdict[];
}

/** A scope's figures set beside a city-wide target (see {@link ScopeFacts}). */
export interface ScopeJudgment {
  readonly status: 'contribution' | 'no-data';
  readonly facts: ScopeFacts;
}

/** The judgment of a target's figures. */
export type Verdict = Judgment | JudgmentInParts | ScopeJudgment;

/**
 * How a target's figures are shown in reasons: in a unit the reporter wrote (`万人`, so 3800000 people read
 * `380万人`), whose factor to the base unit is 10^`power`.
 */
export interface Display {
  readonly unit: string;
  readonly power: number;
}

/** A target's verdict, with what its reason also says: the hedge, and the figures left out. */
export interface TargetVerdict {
  /** The unit its figures are shown in. */
  readonly display: Display;
  /** The judgment of its figures; `undefined` for a qualitative target, which has none. */
  readonly judged: Verdict | undefined;
  readonly aspirational: boolean;
  /** Scoped figures kept but never summed, where no city-wide figure was reported (else 0). */
  readonly scopedNotSummed: number;
  /** In a scoped evaluation: the scope, for a target judged for it (one for each main urban district). */
  readonly judgedFor?: { readonly scope: string; readonly per: { readonly name: string; readonly nameEn: string } };
  /** In a scoped evaluation: figures for other scopes or city-wide, not used (else 0). */
  readonly outOfScope: number;
  /** Figures that do not stand on the evaluation date (0 if all do), and that date. */
  readonly notStanding: { readonly count: number; readonly asOf: string };
}

/** The worst status among `parts`, in the order of {@link progressStatuses}. */
export function worstOf(parts: readonly PartVerdict[]): ProgressStatus | undefined {
  return progressStatuses.find((status) => parts.some((part) => part.status === status));
}

/** Combines parts: the worst status wins; while the period runs, all-met reads as on-track. */
export function combine(parts: readonly PartVerdict[], periodOver: boolean): ProgressStatus {
  if (parts.length === 0) return 'no-data';
  if (parts.every((part) => part.status === 'no-data')) return 'no-data';
  const worst = worstOf(parts)!;
  return worst === 'met' && !periodOver ? 'on-track' : worst;
}
