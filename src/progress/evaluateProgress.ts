import { describeValue, quote } from '../_lib/describe.js';
import { push } from '../_lib/groups.js';
import { plan } from '../data/plan.js';
import { failure, makeIssue, readOptions, success, valueAt } from '../issues/_helpers.js';
import type { ValidationIssue, ValidationResult } from '../issues/types.js';
import { Clock, parseDate, standsOn } from './_evaluate/clock.js';
import { evaluateForScope, evaluateQualitative, evaluateTarget } from './_evaluate/evaluateTarget.js';
import {
  type ProgressEvaluation,
  progressStatuses,
  type ScopedProgressEvaluation,
  scopedProgressStatuses,
} from './evaluation.js';
import { asOfTooEarly, asOfTooLate, foldScope, LATEST_AS_OF, MAX_NAME } from './progressReportSchema.js';
import { EARLIEST_YEAR, reportingRules } from './reportingRules.js';
import {
  checkProgressReport,
  type LeftOutEntry,
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
  /**
   * Evaluate the report as one scope's contribution (`'江宁区'`, compared trimmed and folded); left out, the
   * report is evaluated city-wide. See {@link ScopedProgressEvaluation}.
   */
  readonly scope?: string;
  /**
   * `true`: any invalid entry fails the whole evaluation. By default invalid entries are left out, each named
   * in `leftOut` with its issues, and the rest is evaluated.
   */
  readonly strict?: boolean;
}

/**
 * What {@link evaluateProgress} returns for options of type `TOptions`: a {@link ScopedProgressEvaluation}
 * when they name a `scope`, a city-wide {@link ProgressEvaluation} when they do not (either when it cannot be
 * told), and with `strict: true` an empty `leftOut`.
 * @example
 * ```ts
 * import { evaluateProgress, type ProgressEvaluationFor } from 'nanjing-innovation-plan/schema';
 * const report = {
 *   reporter: '江宁区科技局', asOf: '2023-12-31',
 *   entries: [{ target: 'high-tech-enterprises', year: 2023, value: 1500, unit: '家', scope: '江宁区' }],
 * };
 * const result = evaluateProgress(report, { scope: '江宁区', strict: true });
 * const data: ProgressEvaluationFor<{ scope: string; strict: true }> | undefined = result.success
 *   ? result.data
 *   : undefined;
 * [data?.scope, data?.leftOut] //=> ['江宁区', []]
 * ```
 * @category Progress
 */
export type ProgressEvaluationFor<TOptions> = (TOptions extends { readonly scope: string }
  ? ScopedProgressEvaluation
  : 'scope' extends keyof TOptions
    ? TOptions extends { readonly scope?: undefined }
      ? ProgressEvaluation
      : ProgressEvaluation | ScopedProgressEvaluation
    : ProgressEvaluation) &
  (TOptions extends { readonly strict: true } ? { readonly leftOut: readonly [] } : unknown);

/**
 * Evaluates a progress report against every target of the plan, city-wide or for one scope.
 *
 * The report is first validated as by {@link validateProgressReport} (pass it as written). By default the
 * evaluation is lenient: invalid entries are left out and named in `leftOut` (index and issues), and the
 * rest is evaluated; `{ strict: true }` fails the whole evaluation on any issue. An invalid report itself
 * (its `reporter`, `asOf`, the list of entries) yields its issues and no evaluation.
 *
 * City-wide (the default), scoped figures are never summed into a city-wide one, and are judged per district
 * only for the targets that apply to each main urban district. With `{ scope }`, see
 * {@link ScopedProgressEvaluation}.
 *
 * Each target is judged by the rule of its cadence (by a deadline, each
 * year, as an average annual growth, year on year) and its comparator, and
 * its reason says why in Chinese and English, with figures in the unit the reporter wrote the target's latest
 * figure in (`380万人`; the data keeps base units). The rules (which figures
 * stand on the evaluation date, what each comparator requires, the linear
 * path before a deadline, the 1e-9 relative tolerance of every comparison,
 * how years and districts combine, scoped evaluations) are set out in the guide
 * [How progress is judged](../../docs/guides/progress-rules.md)
 * (`docs/guides/progress-rules.md` in the repository).
 *
 * @param input - The report as written (parsed JSON).
 * @param options - `asOf` to judge at another date than the report's, `scope`, `strict`; see
 * {@link EvaluateProgressOptions}.
 * @returns `{ success: true, data }` with an evaluation of all 40 targets, or `{ success: false, issues }`.
 * @example
 * ```ts
 * const result = evaluateProgress({
 *   reporter: '示例', asOf: '2024-12-31',
 *   entries: [
 *     { target: 'high-tech-enterprises', year: 2024, value: 1.25, unit: '万家' },
 *     { target: 'talent-pool', year: 2024, value: '４１０', unit: '万人' },
 *   ],
 * });
 * result.success && result.data.targets[0]?.status //=> 'met'
 * result.success && result.data.targets[0]?.reasonEn //=> '2024: 1.25万家, meets ≥ 1.2万家'
 * result.success && result.data.leftOut.map((entry) => [entry.index, entry.issues[0]?.code])
 * //=> [[1, 'number-as-string']]
 * evaluateProgress({ reporter: '示例', asOf: '2024-12-31',
 *   entries: [{ target: 'talent-pool', year: 2024, value: '４１０', unit: '万人' }] }, { strict: true }).success
 * //=> false
 * ```
 * @category Progress
 */
export function evaluateProgress<const TOptions extends EvaluateProgressOptions = Record<never, never>>(
  input: unknown,
  options?: TOptions | null,
): ValidationResult<ProgressEvaluationFor<TOptions>> {
  const result = evaluate(input, options);
  return result as ValidationResult<ProgressEvaluationFor<TOptions>>;
}

function evaluate(
  input: unknown,
  options: unknown,
): ValidationResult<ProgressEvaluation> | ValidationResult<ScopedProgressEvaluation> {
  const read = readOptions(options);
  if ('code' in read) return failure([read]);
  const strict: unknown = valueAt(read.options, ['strict']);
  if (strict !== undefined && typeof strict !== 'boolean') return failure([invalidOption('strict', strict)]);
  const scopeOption: unknown = valueAt(read.options, ['scope']);
  const scope = typeof scopeOption === 'string' ? foldScope(scopeOption) : undefined;
  if (scopeOption !== undefined && (scope === undefined || scope === '' || scope.length > MAX_NAME))
    return failure([invalidOption('scope', scopeOption)]);
  let report: { readonly reporter: string; readonly asOf: string };
  let entries: readonly NormalizedProgressEntry[];
  let leftOut: readonly LeftOutEntry[] = [];
  if (strict === true) {
    const validated = validateProgressReport(input, { maxIssues: read.maxIssues });
    if (!validated.success) return validated;
    report = validated.data;
    entries = validated.data.entries;
  } else {
    const checked = checkProgressReport(input, read.maxIssues, true);
    if (checked.reportInvalid || checked.report === undefined) return failure(checked.issues);
    report = checked.report;
    entries = checked.entries.filter((entry) => entry !== undefined);
    leftOut = checked.leftOut;
  }
  const asOf: unknown = valueAt(read.options, ['asOf']) ?? report.asOf;
  const date = typeof asOf === 'string' ? parseDate(asOf) : undefined;
  if (typeof asOf !== 'string' || date === undefined) return failure([invalidAsOf(asOf)]);
  if (date.year < EARLIEST_YEAR) return failure([asOfTooEarly('options.asOf', asOf)]);
  if (asOf > LATEST_AS_OF) return failure([asOfTooLate('options.asOf', asOf)]);
  const clock = Clock.at(date);
  const stands = standsOn(parseDate(report.asOf)!, report.asOf === asOf, clock);
  const byTarget = new Map<string, NormalizedProgressEntry[]>();
  const notStanding = new Map<string, number>();
  const outOfScope = new Map<string, number>();
  const add = (counts: Map<string, number>, target: string) => counts.set(target, (counts.get(target) ?? 0) + 1);
  for (const entry of entries) {
    if (scope !== undefined && entry.scope !== scope) add(outOfScope, entry.target);
    else if (stands(entry.year)) push(byTarget, entry.target, entry);
    else add(notStanding, entry.target);
  }
  const standing = (id: string) => ({ count: notStanding.get(id) ?? 0, asOf });
  if (scope !== undefined) {
    const targets = plan.targets.map((target) => {
      const rule = reportingRules.get(target.id);
      if (rule === undefined) return evaluateQualitative(target);
      const own = byTarget.get(target.id) ?? [];
      return evaluateForScope(rule, scope, own, clock, standing(target.id), outOfScope.get(target.id) ?? 0);
    });
    const counts = countsOf(scopedProgressStatuses, targets);
    return success({ reporter: report.reporter, asOf, scope, targets, counts, leftOut });
  }
  const targets = plan.targets.map((target) => {
    const rule = reportingRules.get(target.id);
    if (rule === undefined) return evaluateQualitative(target);
    return evaluateTarget(rule, byTarget.get(target.id) ?? [], clock, standing(target.id));
  });
  return success({ reporter: report.reporter, asOf, targets, counts: countsOf(progressStatuses, targets), leftOut });
}

function countsOf<TStatus extends string>(
  statuses: readonly TStatus[],
  targets: readonly { readonly status: TStatus }[],
): Record<TStatus, number> {
  const counts = Object.fromEntries(statuses.map((status) => [status, 0])) as Record<TStatus, number>;
  for (const evaluation of targets) counts[evaluation.status] += 1;
  return counts;
}

function invalidOption(name: 'strict' | 'scope', value: unknown): ValidationIssue {
  const found = describeValue(value);
  const expected =
    name === 'strict'
      ? { zh: '布尔值 true 或 false', en: 'a boolean, true or false' }
      : {
          zh: `非空的范围名称(不超过 ${MAX_NAME} 个字符)`,
          en: `a scope name, not blank, of at most ${MAX_NAME} characters`,
        };
  return makeIssue(
    `options.${name}`,
    'invalid-type',
    `选项 ${name} 应为${expected.zh},实际为${found.zh}`,
    `option ${name} must be ${expected.en}, got ${found.en}`,
  );
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
