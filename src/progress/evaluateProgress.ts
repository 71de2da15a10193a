import { push } from '../_lib/groups.js';
import { failure, makeIssue, readOptions, success, valueAt } from '../_lib/issues.js';
import { plan } from '../data/plan.js';
import type { TargetId } from '../model/ids.js';
import type { BaseUnit, Cadence, Comparator, QuantitativeTarget } from '../model/types.js';
import type { ValidationResult } from '../schema/issues.js';
import { asOfTooEarly } from './progressReportSchema.js';
import { EARLIEST_YEAR, reportingRules, type ReportingRule } from './reportingRules.js';
import { validateProgressReport, type NormalizedProgressEntry, type ValidateProgressReportOptions } from './validateProgressReport.js';

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
 * const status: ProgressStatus | undefined = result.success ? result.data.targets.find((t) => t.target === 'market-entities')?.status : undefined;
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
export const progressStatuses: readonly ProgressStatus[] = Object.freeze(['not-met', 'behind', 'no-data', 'not-evaluable', 'on-track', 'met']);

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
 * //=> [{ year: 2022, status: 'met', reasonEn: '2022: 65 meets ≥ 60', … },
 * //    { year: 2023, status: 'not-met', reasonEn: '2023: 50, short of ≥ 60', … }]
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
 * const talent: TargetEvaluation | undefined = result.success ? result.data.targets.find((t) => t.target === 'talent-pool') : undefined;
 * talent
 * //=> { target: 'talent-pool', kind: 'quantitative', status: 'on-track', aspirational: false, comparator: 'reach',
 * //     cadence: 'by-deadline', required: 4000000, baseUnit: 'people', … }
 * talent?.reasonEn
 * //=> '2023: 3900000; the linear path from the 2021 baseline 3500000 requires 3833333.3333; target ≥ 4000000 by 2024'
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
}

/**
 * Options of {@link evaluateProgress}.
 * @example
 * ```ts
 * import { evaluateProgress, type EvaluateProgressOptions } from 'nanjing-innovation-plan/schema';
 * const report = {
 *   reporter: '示例', asOf: '2024-12-31',
 *   entries: [
 *     { target: 'high-tech-enterprises', year: 2021, value: 7600, unit: '家' },
 *     { target: 'high-tech-enterprises', year: 2023, value: 1.08, unit: '万家' },
 *     { target: 'high-tech-enterprises', year: 2024, value: 1.25, unit: '万家' },
 *   ],
 * };
 * const endOf2023: EvaluateProgressOptions = { asOf: '2023-12-31' };
 * const result = evaluateProgress(report, endOf2023);
 * // the 2024 figure is left out: judged at the end of 2023, the target is on track
 * result.success && result.data.targets[0]?.status //=> 'on-track'
 * const atReportDate = evaluateProgress(report);
 * atReportDate.success && atReportDate.data.targets[0]?.status //=> 'met'
 * ```
 * @category Progress
 */
export interface EvaluateProgressOptions extends ValidateProgressReportOptions {
  /**
   * The date to judge at, `YYYY-MM-DD`; the report's own `asOf` by default.
   * Figures for years after this date's year are not used; the reason of
   * each target says how many were left out.
   */
  readonly asOf?: string;
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

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(text: string): { year: number; dayOfYear: number; daysInYear: number } | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, takes years 0–99 as written.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const time = date.getTime();
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const start = new Date(0).setUTCFullYear(year, 0, 1);
  const daysInYear = (new Date(0).setUTCFullYear(year + 1, 0, 1) - start) / 86_400_000;
  return { year, dayOfYear: (time - start) / 86_400_000 + 1, daysInYear };
}

/** The judgment date, and how far through a year it lies. */
class Clock {
  constructor(
    readonly year: number,
    readonly fraction: number,
  ) {}

  /** Whether the whole of `year` lies on or before the judgment date. */
  closed(year: number): boolean {
    return year < this.year || (year === this.year && this.fraction >= 1);
  }

  /** The years of `start`–`end` up to the judgment date's (all of them if none is reached yet), as `2022–2023` or `2022`. */
  yearsDue(start: number, end: number): string {
    const last = this.year < start ? end : Math.min(end, this.year);
    return last === start ? String(start) : `${start}–${last}`;
  }

  /** Years elapsed from the end of `from` to the end of `year`, or to the judgment date within it. */
  elapsed(from: number, year: number): number {
    return this.closed(year) ? year - from : year - 1 - from + this.fraction;
  }
}

/**
 * A figure for a reason: integers exactly (`83333250000`), others with up to
 * four decimals (`10533.3333`), never with an exponent.
 */
function format(value: number): string {
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? value.toFixed(0) : BigInt(value).toString();
  const text = value.toFixed(4).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

/**
 * A figure and the figure it is compared with, for a reason: as {@link format}
 * gives them, with more decimals where four would show two different
 * figures as the same (`3.76666` against `3.766667`).
 */
function formatPair(figure: number, required: number): [string, string] {
  const fixed = (value: number, digits: number) => (Number.isInteger(value) ? format(value) : value.toFixed(digits).replace(/\.?0+$/, ''));
  let digits = 4;
  while (digits < 12 && compare(figure, required) !== 0 && fixed(figure, digits) === fixed(required, digits)) digits += 1;
  return digits === 4 ? [format(figure), format(required)] : [fixed(figure, digits), fixed(required, digits)];
}

/**
 * The relative tolerance of every comparison of an evaluation: figures
 * closer than this fraction of the larger are equal, so binary rounding
 * (1.15³ computes as 1.5208749999…; 16.6 + 12.9 / 3 as 20.900000000000002)
 * never turns a figure exactly on a target or path into one short of it.
 */
const RELATIVE_TOLERANCE = 1e-9;

/** Compares two figures within {@link RELATIVE_TOLERANCE}: -1 below, 0 equal, 1 above. */
function compare(figure: number, threshold: number): -1 | 0 | 1 {
  if (Math.abs(figure - threshold) <= RELATIVE_TOLERANCE * Math.max(Math.abs(figure), Math.abs(threshold))) return 0;
  return figure < threshold ? -1 : 1;
}

/** `figure ≥ threshold`, within {@link RELATIVE_TOLERANCE}. */
function atLeast(figure: number, threshold: number): boolean {
  return compare(figure, threshold) >= 0;
}

/** `figure > threshold`, beyond {@link RELATIVE_TOLERANCE}. */
function above(figure: number, threshold: number): boolean {
  return compare(figure, threshold) > 0;
}

interface Verdict {
  readonly status: ProgressStatus;
  readonly reason: string;
  readonly reasonEn: string;
  readonly parts?: readonly PartialEvaluation[];
}

function verdict(status: ProgressStatus, reason: string, reasonEn: string, parts?: readonly PartialEvaluation[]): Verdict {
  return parts === undefined ? { status, reason, reasonEn } : { status, reason, reasonEn, parts };
}

/** The figure a target must reach, its threshold, and its wording for messages. */
function thresholdOf(target: QuantitativeTarget): { threshold: number; strict: boolean } {
  const value = target.baseValue ?? 0;
  if (target.comparator === 'about') return { threshold: value * (1 - ABOUT_TOLERANCE), strict: false };
  return { threshold: value, strict: target.comparator === 'exceed' };
}

function meets(target: QuantitativeTarget, figure: number): boolean {
  const { threshold, strict } = thresholdOf(target);
  return strict ? above(figure, threshold) : atLeast(figure, threshold);
}

function requirement(target: QuantitativeTarget): { zh: string; en: string } {
  const v = target.baseValue === null ? '' : format(target.baseValue);
  switch (target.comparator) {
    case 'exceed':
      return { zh: `> ${v}`, en: `> ${v}` };
    case 'about':
      return { zh: `约 ${v}(≥ ${format(thresholdOf(target).threshold)},容差 10%)`, en: `about ${v} (≥ ${format(thresholdOf(target).threshold)}, 10% tolerance)` };
    case 'range':
      return { zh: `${v}–${format(target.baseUpperValue ?? 0)}`, en: `${v}–${format(target.baseUpperValue ?? 0)}` };
    case 'reduce-by':
      return { zh: `降低 ≥ ${v}%`, en: `a reduction of ≥ ${v}%` };
    case 'grow-by':
      return { zh: `年均增长 ≥ ${v}%`, en: `average annual growth of ≥ ${v}%` };
    default:
      return { zh: `≥ ${v}`, en: `≥ ${v}` };
  }
}

function aboveNote(target: QuantitativeTarget, figure: number): { zh: string; en: string } {
  const value = target.baseValue ?? 0;
  if (target.comparator === 'range' && target.baseUpperValue !== undefined && above(figure, target.baseUpperValue))
    return { zh: `(高于区间上限 ${format(target.baseUpperValue)})`, en: ` (above the range's upper bound ${format(target.baseUpperValue)})` };
  if (target.comparator === 'about' && above(figure, value * (1 + ABOUT_TOLERANCE)))
    return { zh: `(高于 ±10% 区间)`, en: ' (above the ±10% band)' };
  return { zh: '', en: '' };
}

type Series = ReadonlyMap<number, number>;

/** A deadline target judged on its latest figure: levels, a reduction achieved, a rise over the baseline. */
function judgeDeadline(rule: ReportingRule, series: Series, clock: Clock): Verdict {
  const target = rule.target as QuantitativeTarget;
  const { start, end } = target.period;
  const years = [...series.keys()].filter((year) => year >= start && year <= end).sort((a, b) => a - b);
  if (years.length === 0)
    return verdict('no-data', `无 ${clock.yearsDue(start, end)} 年的数据`, `no figure for ${clock.yearsDue(start, end)}`);
  const latest = years[years.length - 1]!;
  const figure = series.get(latest)!;
  const isRise = target.comparator === 'rise';
  const isReduction = target.comparator === 'reduce-by';
  const baselineYear = start - 1;
  const baseline = isReduction ? 0 : series.get(baselineYear);
  if (isRise && baseline === undefined)
    return verdict('not-evaluable', `需要 ${baselineYear} 年基数才能判断是否提高`, `needs the ${baselineYear} baseline to judge a rise`);
  const reached = isRise ? above(figure, baseline!) : meets(target, figure);
  const need = isRise ? { zh: `> ${format(baseline!)}(${baselineYear} 年基数)`, en: `> ${format(baseline!)} (the ${baselineYear} baseline)` } : requirement(target);
  const over = aboveNote(target, figure);
  const got = `${latest}: ${format(figure)}`;
  if (clock.closed(end)) {
    if (latest === end && reached) return verdict('met', `${got},达到 ${need.zh}${over.zh}`, `${got}, meets ${need.en}${over.en}`);
    return latest === end
      ? verdict('not-met', `${got},未达到 ${need.zh}`, `${got}, short of ${need.en}`)
      : verdict('no-data', `缺少截止年 ${end} 的数据(最近为 ${got})`, `no figure for the deadline year ${end} (latest ${got})`);
  }
  if (reached)
    return verdict('on-track', `${got},已达到 ${need.zh}(截止 ${end} 年)${over.zh}`, `${got}, already meets ${need.en} (due ${end})${over.en}`);
  if (isRise) return verdict('behind', `${got},尚未高于 ${need.zh}`, `${got}, not yet ${need.en}`);
  if (baseline === undefined)
    return verdict(
      'not-evaluable',
      `${got},未达到 ${need.zh};需要 ${baselineYear} 年基数才能按线性进度判断`,
      `${got}, short of ${need.en}; needs the ${baselineYear} baseline to judge linear progress`,
    );
  const goal = thresholdOf(target).threshold;
  const expected = baseline + ((goal - baseline) * clock.elapsed(baselineYear, latest)) / (end - baselineYear);
  const [shownFigure, shownPath] = formatPair(figure, expected);
  const gotPrecisely = `${latest}: ${shownFigure}`;
  const path = isReduction
    ? { zh: `按线性进度应降低 ${shownPath}%(自 ${baselineYear} 年末起)`, en: `the linear path from the end of ${baselineYear} requires ${shownPath}%` }
    : {
        zh: `按线性进度应为 ${shownPath}(自 ${baselineYear} 年基数 ${format(baseline)} 起)`,
        en: `the linear path from the ${baselineYear} baseline ${format(baseline)} requires ${shownPath}`,
      };
  return atLeast(figure, expected)
    ? verdict('on-track', `${gotPrecisely},${path.zh},目标 ${need.zh}(${end} 年)`, `${gotPrecisely}; ${path.en}; target ${need.en} by ${end}`)
    : verdict('behind', `${gotPrecisely},${path.zh},目标 ${need.zh}(${end} 年)`, `${gotPrecisely}; ${path.en}; target ${need.en} by ${end}`);
}

/** A total to add over the period: the sum of the yearly additions reported. */
function judgeTotal(rule: ReportingRule, series: Series, clock: Clock): Verdict {
  const target = rule.target as QuantitativeTarget;
  const { start, end } = target.period;
  const years = [...series.keys()].filter((year) => year >= start && year <= end).sort((a, b) => a - b);
  if (years.length === 0) return verdict('no-data', `无 ${clock.yearsDue(start, end)} 年的数据`, `no figure for ${clock.yearsDue(start, end)}`);
  const latest = years[years.length - 1]!;
  const total = years.reduce((sum, year) => sum + series.get(year)!, 0);
  const need = requirement(target);
  const span = latest === start ? String(start) : `${start}–${latest}`;
  const got = `${span} 合计 ${format(total)}`;
  const gotEn = `${span} total ${format(total)}`;
  if (meets(target, total)) {
    return clock.closed(end)
      ? verdict('met', `${got},达到 ${need.zh}`, `${gotEn}, meets ${need.en}`)
      : verdict('on-track', `${got},已达到 ${need.zh}(截止 ${end} 年)`, `${gotEn}, already meets ${need.en} (due ${end})`);
  }
  // Every year over by the judgment date needs its addition, as does the running year if it is reported.
  const lastClosed = clock.closed(clock.year) ? clock.year : clock.year - 1;
  const missing: number[] = [];
  for (let year = start; year <= Math.min(end, Math.max(lastClosed, latest)); year += 1) if (!series.has(year)) missing.push(year);
  if (missing.length > 0)
    return verdict('no-data', `缺少 ${missing.join('、')} 年的数据(${got})`, `no figure for ${missing.join(', ')} (${gotEn})`);
  if (clock.closed(end)) return verdict('not-met', `${got},未达到 ${need.zh}`, `${gotEn}, short of ${need.en}`);
  const expected = (thresholdOf(target).threshold * clock.elapsed(start - 1, latest)) / (end - start + 1);
  const path = { zh: `按线性进度应为 ${formatPair(total, expected)[1]}`, en: `the linear path requires ${formatPair(total, expected)[1]}` };
  return atLeast(total, expected)
    ? verdict('on-track', `${got},${path.zh},目标 ${need.zh}(${end} 年)`, `${gotEn}; ${path.en}; target ${need.en} by ${end}`)
    : verdict('behind', `${got},${path.zh},目标 ${need.zh}(${end} 年)`, `${gotEn}; ${path.en}; target ${need.en} by ${end}`);
}

/** Combines parts: the worst status wins; while the period runs, all-met reads as on-track. */
function combine(parts: readonly PartialEvaluation[], periodOver: boolean): ProgressStatus {
  if (parts.length === 0) return 'no-data';
  if (parts.every((part) => part.status === 'no-data')) return 'no-data';
  const worst = progressStatuses.find((status) => parts.some((part) => part.status === status))!;
  return worst === 'met' && !periodOver ? 'on-track' : worst;
}

function summarize(parts: readonly PartialEvaluation[], label: (part: PartialEvaluation) => string): { zh: string; en: string } {
  return {
    zh: parts.map((part) => `${label(part)} ${STATUS_ZH[part.status]}`).join(';'),
    en: parts.map((part) => `${label(part)} ${part.status}`).join('; '),
  };
}

const STATUS_ZH: Record<ProgressStatus, string> = {
  met: '已达成',
  'on-track': '进度正常',
  behind: '进度落后',
  'not-met': '未达成',
  'no-data': '无数据',
  'not-evaluable': '无法评估',
};

/** A target held every year: each year's figure judged on its own. */
function judgeEachYear(rule: ReportingRule, series: Series, clock: Clock): Verdict {
  const target = rule.target as QuantitativeTarget;
  const { start, end } = target.period;
  const need = requirement(target);
  const parts: PartialEvaluation[] = [];
  for (let year = start; year <= end && year <= clock.year; year += 1) {
    const figure = series.get(year);
    const closed = clock.closed(year);
    if (figure === undefined) {
      if (closed) parts.push({ year, status: 'no-data', reason: `${year}: 无数据`, reasonEn: `${year}: no figure` });
      continue;
    }
    const got = `${year}: ${format(figure)}`;
    if (meets(target, figure)) {
      const final = closed || target.measure === 'increment';
      parts.push({ year, status: final ? 'met' : 'on-track', reason: `${got},达到 ${need.zh}`, reasonEn: `${got} meets ${need.en}` });
    } else if (closed) {
      parts.push({ year, status: 'not-met', reason: `${got},未达到 ${need.zh}`, reasonEn: `${got}, short of ${need.en}` });
    } else if (target.measure === 'increment') {
      const expected = thresholdOf(target).threshold * clock.fraction;
      parts.push({
        year,
        status: atLeast(figure, expected) ? 'on-track' : 'behind',
        reason: `${got}(年内),按年内进度应为 ${formatPair(figure, expected)[1]}`,
        reasonEn: `${got} so far this year; the pro-rata path requires ${formatPair(figure, expected)[1]}`,
      });
    } else parts.push({ year, status: 'behind', reason: `${got},低于 ${need.zh}`, reasonEn: `${got}, below ${need.en}` });
  }
  const status = combine(parts, clock.closed(end));
  const summary = summarize(parts, (part) => String(part.year));
  return verdict(status, `每年 ${need.zh}:${summary.zh || '尚无到期年份'}`, `each year ${need.en}: ${summary.en || 'no year due yet'}`, parts);
}

/** `逐年提高`: each year's figure above the year before's. */
function judgeYearOnYear(rule: ReportingRule, series: Series, clock: Clock): Verdict {
  const { start, end } = rule.target.period;
  const parts: PartialEvaluation[] = [];
  for (let year = start; year <= end && year <= clock.year; year += 1) {
    const figure = series.get(year);
    const previous = series.get(year - 1);
    const closed = clock.closed(year);
    if (figure === undefined) {
      if (closed) parts.push({ year, status: 'no-data', reason: `${year}: 无数据`, reasonEn: `${year}: no figure` });
      continue;
    }
    if (previous === undefined) {
      parts.push({
        year,
        status: 'not-evaluable',
        reason: `${year}: 缺少 ${year - 1} 年数据,无法比较`,
        reasonEn: `${year}: needs the ${year - 1} figure to compare`,
      });
      continue;
    }
    const rose = above(figure, previous);
    const text = `${year}: ${format(figure)} ${rose ? '>' : '≤'} ${format(previous)} (${year - 1})`;
    parts.push({ year, status: rose ? (closed ? 'met' : 'on-track') : closed ? 'not-met' : 'behind', reason: text, reasonEn: text });
  }
  const status = combine(parts, clock.closed(end));
  const summary = summarize(parts, (part) => String(part.year));
  return verdict(status, `逐年提高:${summary.zh || '尚无到期年份'}`, `higher each year: ${summary.en || 'no year due yet'}`, parts);
}

/** `年均增长`: the compound average annual growth from the baseline year to the latest closed year. */
function judgeAverageGrowth(rule: ReportingRule, series: Series, clock: Clock): Verdict {
  const target = rule.target as QuantitativeTarget;
  const { start, end } = target.period;
  const baselineYear = start - 1;
  const years = [...series.keys()].filter((year) => year >= start && year <= end && clock.closed(year)).sort((a, b) => a - b);
  if (years.length === 0) return verdict('no-data', `无 ${clock.yearsDue(start, end)} 年的全年数据`, `no full-year figure for ${clock.yearsDue(start, end)}`);
  const baseline = series.get(baselineYear);
  if (baseline === undefined || baseline <= 0)
    return verdict(
      'not-evaluable',
      `需要 ${baselineYear} 年的基数(大于 0)才能计算年均增长`,
      `needs a positive ${baselineYear} baseline to compute the average annual growth`,
    );
  const latest = years[years.length - 1]!;
  const growth = ((series.get(latest)! / baseline) ** (1 / (latest - baselineYear)) - 1) * 100;
  const need = requirement(target);
  const got = `${baselineYear}–${latest} 年均增长 ${format(growth)}%`;
  const gotEn = `${baselineYear}–${latest} average annual growth ${format(growth)}%`;
  const reached = atLeast(growth, target.baseValue ?? 0);
  if (latest === end) return reached ? verdict('met', `${got},达到 ${need.zh}`, `${gotEn}, meets ${need.en}`) : verdict('not-met', `${got},未达到 ${need.zh}`, `${gotEn}, short of ${need.en}`);
  if (clock.closed(end)) return verdict('no-data', `缺少截止年 ${end} 的数据(${got})`, `no figure for the deadline year ${end} (${gotEn})`);
  return reached
    ? verdict('on-track', `${got},目标 ${need.zh}`, `${gotEn}; target ${need.en}`)
    : verdict('behind', `${got},目标 ${need.zh}`, `${gotEn}; target ${need.en}`);
}

function judgeSeries(rule: ReportingRule, series: Series, clock: Clock): Verdict {
  const target = rule.target as QuantitativeTarget;
  if (target.cadence === 'each-year') return judgeEachYear(rule, series, clock);
  if (target.cadence === 'year-on-year') return judgeYearOnYear(rule, series, clock);
  if (target.cadence === 'average-annual') return judgeAverageGrowth(rule, series, clock);
  if (target.measure === 'increment') return judgeTotal(rule, series, clock);
  return judgeDeadline(rule, series, clock);
}

function seriesOf(entries: readonly NormalizedProgressEntry[]): Map<number, number> {
  return new Map(entries.map((entry) => [entry.year, entry.value]));
}

function figuresOf(entries: readonly NormalizedProgressEntry[]): EvaluatedFigure[] {
  return [...entries]
    .sort((a, b) => (a.scope ?? '').localeCompare(b.scope ?? '') || a.year - b.year)
    .map((entry) => Object.freeze(entry.scope === undefined ? { year: entry.year, value: entry.value } : { year: entry.year, value: entry.value, scope: entry.scope }));
}

function evaluateTarget(
  rule: ReportingRule,
  entries: readonly NormalizedProgressEntry[],
  clock: Clock,
  later: { readonly count: number; readonly asOf: string },
): TargetEvaluation {
  const target = rule.target as QuantitativeTarget;
  const cityWide = entries.filter((entry) => entry.scope === undefined);
  const scoped = entries.filter((entry) => entry.scope !== undefined);
  let result: Verdict;
  let used: readonly NormalizedProgressEntry[] = cityWide;
  if (rule.scopeRequired) {
    const per = target.per ?? { name: '各区', nameEn: 'each district' };
    used = scoped;
    const scopes = [...new Set(scoped.map((entry) => entry.scope!))].sort((a, b) => a.localeCompare(b));
    const parts = scopes.map((scope): PartialEvaluation => {
      const judged = judgeDeadline(rule, seriesOf(scoped.filter((entry) => entry.scope === scope)), clock);
      return { scope, status: judged.status, reason: `${scope}: ${judged.reason}`, reasonEn: `${scope}: ${judged.reasonEn}` };
    });
    // A district short of the mark is enough to fail a target every district must meet. Otherwise the
    // city-wide status is unknown: the plan does not name the main urban districts, so the districts
    // reported cannot be known to be all of them, and the target is never `met` on their figures alone.
    const worst = progressStatuses.find((s) => parts.some((part) => part.status === s)) ?? 'no-data';
    const status: ProgressStatus = parts.length === 0 ? 'no-data' : worst === 'not-met' || worst === 'behind' ? worst : 'not-evaluable';
    const summary = summarize(parts, (part) => part.scope!);
    const why =
      status === 'not-evaluable'
        ? {
            zh: `;计划未列出“${per.name}”具体指哪些区,无法确认已报的区即全部,故全市状态无法评估`,
            en: `; the plan does not list the districts meant by ${per.name} (${per.nameEn}), so the reported ones cannot be known to be all of them: the city-wide status is not evaluable`,
          }
        : { zh: `;${per.name}均须达到,一个区${STATUS_ZH[status]}即足以判定`, en: `; every district must meet it, so one ${status} district decides` };
    result = verdict(
      status,
      parts.length === 0
        ? `按区分别评估,尚无任何区的数据`
        : `按区分别评估(不合计),已报 ${parts.length} 个区:${summary.zh}${why.zh}`,
      parts.length === 0
        ? 'judged per district; no district reported'
        : `judged per district, never summed; ${parts.length} reported: ${summary.en}${why.en}`,
      parts,
    );
  } else {
    result = judgeSeries(rule, seriesOf(cityWide), clock);
    if (result.status === 'no-data' && cityWide.length === 0 && scoped.length > 0)
      result = verdict(
        'no-data',
        `${result.reason};另有 ${scoped.length} 个分区域数据,不合计为全市数据`,
        `${result.reasonEn}; ${scoped.length} scoped figure(s) are kept but never summed into a city-wide one`,
      );
  }
  if (later.count > 0)
    result = verdict(
      result.status,
      `${result.reason};${later.count} 个数据不是截至评估日期 ${later.asOf} 的数据,未使用`,
      `${result.reasonEn}; ${later.count} figure(s) not standing on the evaluation date ${later.asOf} not used`,
      result.parts,
    );
  const prefix = target.aspirational ? { zh: '力争目标。', en: 'Aspirational (力争). ' } : { zh: '', en: '' };
  return Object.freeze({
    target: target.id as TargetId,
    kind: 'quantitative' as const,
    status: result.status,
    aspirational: target.aspirational,
    comparator: target.comparator,
    cadence: target.cadence,
    required: target.baseValue,
    ...(target.baseUpperValue === undefined ? {} : { requiredUpper: target.baseUpperValue }),
    baseUnit: rule.baseUnit,
    figures: Object.freeze(figuresOf(used)),
    ...(result.parts === undefined ? {} : { parts: Object.freeze(result.parts.map((part) => Object.freeze(part))) }),
    reason: prefix.zh + result.reason,
    reasonEn: prefix.en + result.reasonEn,
  });
}

/**
 * Evaluates a progress report against every target of the plan.
 *
 * The report is first validated exactly as by {@link validateProgressReport}
 * (pass it as written); an invalid report yields its issues and no
 * evaluation. City-wide figures are judged; scoped figures are never summed
 * into a city-wide one.
 *
 * Targets that apply to each main urban district (`各主城区…`) are judged per
 * reported scope, kept in `parts`. One district `not-met` or `behind` makes
 * the target so (every district must meet it). Otherwise the target is
 * `not-evaluable`, never `met` or `on-track`: the plan does not name the
 * main urban districts, so the reported ones cannot be known to be all of
 * them. With no district reported it is `no-data`.
 *
 * How figures are read and judged:
 * - A year's figure is the level at the end of that year (for the year of
 *   the report's `asOf`, the level at that date); for `increment` targets it
 *   is the number added in that year. The year before a target's period is
 *   its baseline. Judged at another date (`options.asOf`), only the figures
 *   that stand on that date are used: a year-end figure once its year is
 *   over, a part-year figure only at the report's own date.
 * - Comparators: `reach`/`at-least` ≥ value; `exceed` > value; `about` ≥
 *   value × 0.9 ({@link ABOUT_TOLERANCE}); `range` ≥ its lower bound (a
 *   figure above the upper bound is noted, not held against the target);
 *   `reduce-by`: the reduction achieved since the baseline, in percent, ≥
 *   value; `grow-by`: the compound average annual growth from the baseline
 *   year's figure to the latest full year's, ≥ value; `rise`: above the
 *   baseline (by-deadline) or above the year before (year-on-year).
 * - Every comparison (with a value, a linear path, a growth rate, the year
 *   before) treats two figures within a relative 1e-9 of each other as
 *   equal, so that binary rounding never turns a figure exactly on the mark
 *   into one short of it: 8000 → 12167 over three years is 15 % a year.
 * - Figures in reasons are exact for integers and show up to four decimals
 *   otherwise (`10533.3333`), never an exponent.
 * - Deadline targets are `met`/`not-met` on the deadline year's figure.
 *   Before it, a target already reached is `on-track`; otherwise it is
 *   `on-track` or `behind` as the latest figure stands against the straight
 *   line from the baseline figure (at the end of the baseline year) to the
 *   threshold (the value; 90 % of it for `about`) at the end of the deadline
 *   year, at the figure's date; with no
 *   baseline reported it is `not-evaluable`. A `reduce-by` target's baseline
 *   is 0 % by definition. Totals to add over the period (`新增…150家以上`)
 *   are the sum of the yearly additions, against a line from 0.
 * - Per-year targets (`每年`) judge each year on its own: a year missed is
 *   `not-met` for the target; the running year is judged pro rata for
 *   additions. Year-on-year targets judge each year against the year before.
 *   Years combine to the worst status (`not-met`, `behind`, `no-data`,
 *   `not-evaluable`, `on-track`, `met`); all years met while the period is
 *   still running reads `on-track`.
 * - Aspirational (`力争`) targets are marked `aspirational` and their reason
 *   says so; their status is judged like any other.
 *
 * @param input - The report as written (parsed JSON).
 * @param options - `asOf` to judge at another date than the report's; see {@link EvaluateProgressOptions}.
 * @returns `{ success: true, data }` with an evaluation of all 40 targets, or `{ success: false, issues }`.
 * @example
 * ```ts
 * const result = evaluateProgress({
 *   reporter: '示例', asOf: '2024-12-31',
 *   entries: [{ target: 'high-tech-enterprises', year: 2024, value: 1.25, unit: '万家' }],
 * });
 * result.success && result.data.targets[0]?.status //=> 'met'
 * result.success && result.data.targets[0]?.reasonEn //=> '2024: 12500, meets ≥ 12000'
 * ```
 * @category Progress
 */
export function evaluateProgress(input: unknown, options?: EvaluateProgressOptions | null): ValidationResult<ProgressEvaluation> {
  const read = readOptions(options);
  if ('code' in read) return failure([read]);
  const validated = validateProgressReport(input, { maxIssues: read.maxIssues });
  if (!validated.success) return validated;
  const report = validated.data;
  const asOfText: unknown = valueAt(read.options, ['asOf']) ?? report.asOf;
  const date = typeof asOfText === 'string' ? parseDate(asOfText) : undefined;
  if (date === undefined)
    return failure([
        makeIssue(
          'options.asOf',
          'invalid-as-of',
          `评估日期应为有效日期 YYYY-MM-DD,实际为 ${JSON.stringify(String(asOfText).slice(0, 40))}`,
          `the evaluation date must be a valid date YYYY-MM-DD, got ${JSON.stringify(String(asOfText).slice(0, 40))}`,
        ),
      ]);
  if (date.year < EARLIEST_YEAR) return failure([asOfTooEarly('options.asOf', asOfText as string)]);
  const clock = new Clock(date.year, date.dayOfYear / date.daysInYear);
  const reportDate = parseDate(report.asOf)!;
  const reportYear = reportDate.year;
  const reportClosesItsYear = reportDate.dayOfYear === reportDate.daysInYear;
  const byTarget = new Map<string, NormalizedProgressEntry[]>();
  const later = new Map<string, number>();
  for (const entry of report.entries) {
    // A figure stands at the end of its year, or, for the year of a report dated before that
    // year's end, at the report's date: it is used only where it stands on the evaluation date.
    const partYear = entry.year === reportYear && !reportClosesItsYear;
    const standsOnEvaluationDate = partYear ? report.asOf === asOfText : entry.year < clock.year || clock.closed(entry.year);
    if (!standsOnEvaluationDate) {
      later.set(entry.target, (later.get(entry.target) ?? 0) + 1);
      continue;
    }
    push(byTarget, entry.target, entry);
  }
  const targets = plan.targets.map((target): TargetEvaluation => {
    const rule = reportingRules.get(target.id);
    if (rule === undefined)
      return Object.freeze({
        target: target.id,
        kind: 'qualitative' as const,
        status: 'not-evaluable' as const,
        aspirational: target.aspirational,
        figures: Object.freeze([]),
        reason: `${target.aspirational ? '力争目标。' : ''}定性目标,无数值可评估`,
        reasonEn: `${target.aspirational ? 'Aspirational (力争). ' : ''}qualitative target: no figure to judge`,
      });
    return evaluateTarget(rule, byTarget.get(target.id) ?? [], clock, { count: later.get(target.id) ?? 0, asOf: asOfText as string });
  });
  const counts = Object.fromEntries(progressStatuses.map((status) => [status, 0])) as Record<ProgressStatus, number>;
  for (const evaluation of targets) counts[evaluation.status] += 1;
  return success({ reporter: report.reporter, asOf: asOfText as string, targets, counts });
}
