import type { ValidationIssue } from '../issues/types.js';
import type { ProgressEvaluation, ScopedProgressEvaluation, ScopedProgressStatus } from './evaluation.js';
import { en } from './locales/en.js';
import { zh } from './locales/zh.js';

/**
 * Options of {@link formatIssues} and {@link formatEvaluation}.
 * @example
 * ```ts
 * import { formatIssues, validateProgressReport, type FormatOptions } from 'nanjing-innovation-plan/schema';
 * const { issues } = validateProgressReport({
 *   reporter: '示例', asOf: '2023-12-31',
 *   entries: [{ target: 'talent-pool', year: 2023, value: 380, unit: '元' }],
 * });
 * const english: FormatOptions = { lang: 'en' };
 * formatIssues(issues, english)
 * //=> ['entries[0].unit: unit "元" does not fit target "talent-pool" (people); use one of: 人, 万人 [unit-kind-mismatch]']
 * formatIssues(issues) //=> ['entries[0].unit: 单位 "元" 不适用于目标“talent-pool”(people);应为:人、万人 [unit-kind-mismatch]']
 * ```
 * @category Progress
 */
export interface FormatOptions {
  /** The language of the lines: `'zh'` (default) or `'en'`. */
  readonly lang?: 'zh' | 'en';
}

/**
 * Formats issues as plain text, one line per issue: the path (`(root)` for
 * the input itself), the message and the code.
 *
 * @param issues - Issues from any validator of this package.
 * @param options - `lang: 'zh' | 'en'`; `null` or left out means Chinese.
 * @returns One line per issue, without trailing newlines (a frozen array).
 * @example
 * ```ts
 * formatIssues(
 *   [{ path: 'entries[0].unit', code: 'unknown-unit', message: '未知单位 "万仁"', messageEn: 'unknown unit "万仁"' }],
 *   { lang: 'en' },
 * )
 * //=> ['entries[0].unit: unknown unit "万仁" [unknown-unit]']
 * ```
 * @category Progress
 */
export function formatIssues(issues: readonly ValidationIssue[], options?: FormatOptions | null): readonly string[] {
  const english = options?.lang === 'en';
  return Object.freeze(
    issues.map(
      (issue) =>
        `${issue.path === '' ? '(root)' : issue.path}: ${english ? issue.messageEn : issue.message} [${issue.code}]`,
    ),
  );
}

/**
 * Formats an evaluation as plain text: a heading line (with the scope of a scoped evaluation), one line per
 * target (status, id, reason), a line with the count of each status, and, when invalid entries were left
 * out, a line naming them.
 *
 * @param evaluation - The `data` of a successful {@link evaluateProgress} result.
 * @param options - `lang: 'zh' | 'en'`.
 * @returns The lines, without trailing newlines.
 * @example
 * ```ts
 * import { evaluateProgress, formatEvaluation } from 'nanjing-innovation-plan/schema';
 * const result = evaluateProgress({
 *   reporter: '某区', asOf: '2023-12-31',
 *   entries: [
 *     { target: 'talent-pool', year: 2021, value: 350, unit: '万人' },
 *     { target: 'talent-pool', year: 2023, value: 390, unit: '万人' },
 *   ],
 * });
 * if (!result.success) throw new Error('invalid report');
 * const lines = formatEvaluation(result.data, { lang: 'en' });
 * lines[0] //=> 'Report by 某区, judged as of 2023-12-31'
 * lines.at(-1) //=> 'met 0, on track 1, behind 0, not met 0, no data 34, not evaluable 5'
 * ```
 * @category Progress
 */
export function formatEvaluation(
  evaluation: ProgressEvaluation | ScopedProgressEvaluation,
  options: FormatOptions = {},
): string[] {
  const english = options.lang === 'en';
  const scoped = 'scope' in evaluation;
  const labels: Readonly<Record<ScopedProgressStatus, string>> = {
    ...(english ? en.labels : zh.labels),
    contribution: english ? 'contribution' : '贡献',
  };
  // A Chinese character takes two columns.
  const columns = (label: string) => (english ? label.length : label.length * 2);
  const width = Math.max(...Object.values(labels).map(columns));
  const counted = evaluation.counts as Readonly<Record<ScopedProgressStatus, number>>;
  const idWidth = Math.max(0, ...evaluation.targets.map((target) => target.target.length));
  const lines = [
    (english
      ? `Report by ${evaluation.reporter}, judged as of ${evaluation.asOf}`
      : `报告方:${evaluation.reporter},评估日期:${evaluation.asOf}`) +
      (scoped ? (english ? `, for ${evaluation.scope}` : `,范围:${evaluation.scope}`) : ''),
  ];
  for (const target of evaluation.targets) {
    const label = labels[target.status];
    const reason = english ? target.reasonEn : target.reason;
    lines.push(`${label}${' '.repeat(width - columns(label) + 1)} ${target.target.padEnd(idWidth)}  ${reason}`);
  }
  const order: ScopedProgressStatus[] = ['met', 'on-track', 'behind', 'not-met', 'no-data', 'not-evaluable'];
  if (scoped) order.push('contribution');
  lines.push(order.map((status) => `${labels[status]} ${counted[status]}`).join(english ? ', ' : ','));
  if (evaluation.leftOut.length > 0)
    lines.push(
      english
        ? `${evaluation.leftOut.length} invalid entr${evaluation.leftOut.length === 1 ? 'y' : 'ies'} left out: ` +
            evaluation.leftOut.map((entry) => `entries[${entry.index}]`).join(', ')
        : `未计入 ${evaluation.leftOut.length} 个无效条目:` +
            evaluation.leftOut.map((entry) => `entries[${entry.index}]`).join('、'),
    );
  return lines;
}
