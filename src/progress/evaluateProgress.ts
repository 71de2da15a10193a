import { describeValue, quote } from '../_lib/describe.js';
import { push } from '../_lib/groups.js';
import { plan } from '../data/plan.js';
import { failure, makeIssue, readOptions, success, valueAt } from '../issues/_helpers.js';
import type { ValidationIssue, ValidationResult } from '../issues/types.js';
import { Clock, parseDate, standsOn } from './_evaluate/clock.js';
import { evaluateQualitative, evaluateTarget } from './_evaluate/evaluateTarget.js';
import { type ProgressEvaluation, type ProgressStatus, progressStatuses } from './evaluation.js';
import { asOfTooEarly, asOfTooLate, LATEST_AS_OF } from './progressReportSchema.js';
import { EARLIEST_YEAR, reportingRules } from './reportingRules.js';
import {
  type NormalizedProgressEntry,
  type ValidateProgressReportOptions,
  validateProgressReport,
} from './validateProgressReport.js';

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
   * The date to judge at, `YYYY-MM-DD`, from 2020 to 2100-12-31 (the plan runs to 2024: a later date is
   * taken for a typo); the report's own `asOf` by default.
   * Figures for years after this date's year are not used; the reason of
   * each target says how many were left out.
   */
  readonly asOf?: string;
}

/**
 * Evaluates a progress report against every target of the plan.
 *
 * The report is first validated exactly as by {@link validateProgressReport}
 * (pass it as written); an invalid report yields its issues and no
 * evaluation. City-wide figures are judged; scoped figures are never summed
 * into a city-wide one, and are judged per district only for the targets
 * that apply to each main urban district.
 *
 * Each target is judged by the rule of its cadence (by a deadline, each
 * year, as an average annual growth, year on year) and its comparator, and
 * its reason says why in Chinese and English. The rules (which figures
 * stand on the evaluation date, what each comparator requires, the linear
 * path before a deadline, the 1e-9 relative tolerance of every comparison,
 * how years and districts combine) are set out in the guide
 * [How progress is judged](../../docs/guides/progress-rules.md)
 * (`docs/guides/progress-rules.md` in the repository).
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
export function evaluateProgress(
  input: unknown,
  options?: EvaluateProgressOptions | null,
): ValidationResult<ProgressEvaluation> {
  const read = readOptions(options);
  if ('code' in read) return failure([read]);
  const validated = validateProgressReport(input, { maxIssues: read.maxIssues });
  if (!validated.success) return validated;
  const report = validated.data;
  const asOf: unknown = valueAt(read.options, ['asOf']) ?? report.asOf;
  const date = typeof asOf === 'string' ? parseDate(asOf) : undefined;
  if (typeof asOf !== 'string' || date === undefined) return failure([invalidAsOf(asOf)]);
  if (date.year < EARLIEST_YEAR) return failure([asOfTooEarly('options.asOf', asOf)]);
  if (asOf > LATEST_AS_OF) return failure([asOfTooLate('options.asOf', asOf)]);
  const clock = Clock.at(date);
  const stands = standsOn(parseDate(report.asOf)!, report.asOf === asOf, clock);
  const byTarget = new Map<string, NormalizedProgressEntry[]>();
  const notStanding = new Map<string, number>();
  for (const entry of report.entries) {
    if (stands(entry.year)) push(byTarget, entry.target, entry);
    else notStanding.set(entry.target, (notStanding.get(entry.target) ?? 0) + 1);
  }
  const targets = plan.targets.map((target) => {
    const rule = reportingRules.get(target.id);
    if (rule === undefined) return evaluateQualitative(target);
    return evaluateTarget(rule, byTarget.get(target.id) ?? [], clock, { count: notStanding.get(target.id) ?? 0, asOf });
  });
  const counts = Object.fromEntries(progressStatuses.map((status) => [status, 0])) as Record<ProgressStatus, number>;
  for (const evaluation of targets) counts[evaluation.status] += 1;
  return success({ reporter: report.reporter, asOf, targets, counts });
}

function invalidAsOf(asOf: unknown): ValidationIssue {
  const found = typeof asOf === 'string' ? { zh: quote(asOf), en: quote(asOf) } : describeValue(asOf);
  return makeIssue(
    'options.asOf',
    'invalid-as-of',
    `评估日期应为有效日期 YYYY-MM-DD,实际为 ${found.zh}`,
    `the evaluation date must be a valid date YYYY-MM-DD, got ${found.en}`,
  );
}
