import { z } from 'zod';
import { describeValue, quote } from '../_lib/describe.js';
import { push } from '../_lib/groups.js';
import { hintClause, suggest } from '../_lib/hints.js';
import { plan } from '../data/plan.js';
import { fromZodIssues } from '../issues/_fromZod.js';
import {
  failure,
  formatPath,
  IssueList,
  makeIssue,
  readInput,
  readOptions,
  success,
  valueAt,
} from '../issues/_helpers.js';
import type { ValidationIssue, ValidationResult } from '../issues/types.js';
import type { WrittenUnit } from '../model/quantities.js';
import type { BaseUnit } from '../model/types.js';
import { indexes } from '../queries/_indexes.js';
import { metricHint, numberHint, unitHint } from './_inputHints.js';
import {
  crossEntryIssues,
  ENTRY_KEYS,
  entrySchemas,
  foldScope,
  MAX_ENTRIES,
  MAX_TEXT,
  nameSchema,
  type ProgressEntry,
  REPORT_KEYS,
} from './progressReportSchema.js';
import {
  factorOf,
  type QuantitativeTargetId,
  type ReportingRule,
  reportingRules,
  toBaseUnit,
} from './reportingRules.js';

/**
 * A figure of a validated report, its value converted to its base unit.
 * @example
 * ```ts
 * import { validateProgressReport, type NormalizedProgressEntry } from 'nanjing-innovation-plan/schema';
 * const result = validateProgressReport({
 *   reporter: '示例', asOf: '2023-12-31',
 *   entries: [{ target: 'talent-pool', year: 2023, value: 38.5, unit: '万人', scope: '江宁区 ' }],
 * });
 * const entry: NormalizedProgressEntry | undefined = result.success ? result.data.entries[0] : undefined;
 * entry //=> { target: 'talent-pool', year: 2023, value: 385000, baseUnit: 'people',
 * //           reported: { value: 38.5, unit: '万人' }, scope: '江宁区' }
 * ```
 * @category Progress
 */
export interface NormalizedProgressEntry {
  readonly target: QuantitativeTargetId;
  readonly year: number;
  /** The figure in {@link NormalizedProgressEntry.baseUnit} (`1.05万家` → 10500). */
  readonly value: number;
  readonly baseUnit: BaseUnit;
  /** The figure and unit as the reporter wrote them. */
  readonly reported: { readonly value: number; readonly unit: WrittenUnit };
  /**
   * The part of the city the figure covers, trimmed and full-width folded (`'江宁区 '` → `'江宁区'`,
   * `'Ａ区'` → `'A区'`); absent for a city-wide figure.
   */
  readonly scope?: string;
  readonly note?: string;
  readonly source?: string;
}

/**
 * A validated progress report, with every value in its base unit. Frozen.
 * @example
 * ```ts
 * import { validateProgressReport, type NormalizedProgressReport } from 'nanjing-innovation-plan/schema';
 * const result = validateProgressReport({
 *   reporter: '示例', asOf: '2023-12-31',
 *   entries: [{ target: 'high-tech-enterprises', year: 2023, value: 1.05, unit: '万家' }],
 * });
 * if (!result.success) throw new Error('invalid report');
 * const report: NormalizedProgressReport = result.data;
 * report.entries.map((entry) => [entry.value, entry.baseUnit]) //=> [[10500, 'enterprises']]
 * ```
 * @category Progress
 */
export interface NormalizedProgressReport {
  readonly reporter: string;
  readonly asOf: string;
  readonly note?: string;
  readonly entries: readonly NormalizedProgressEntry[];
}

/**
 * Options of {@link validateProgressReport}.
 * @example
 * ```ts
 * import { validateProgressReport, type ValidateProgressReportOptions } from 'nanjing-innovation-plan/schema';
 * const firstOnly: ValidateProgressReportOptions = { maxIssues: 1 };
 * const report = {
 *   reporter: '',
 *   asOf: '2023-12-31',
 *   entries: [{ target: 'talent', year: 2023, value: 1, unit: '人' }],
 * };
 * validateProgressReport(report, firstOnly).issues.map((issue) => issue.code) //=> ['blank-text', 'too-many-issues']
 * validateProgressReport(report).issues.map((issue) => issue.code) //=> ['blank-text', 'unknown-target']
 * ```
 * @category Progress
 */
export interface ValidateProgressReportOptions {
  /** Most issues to list before cutting the list short: a whole number ≥ 1 (default 200). */
  readonly maxIssues?: number;
}

const ReportFrameSchema = z.strictObject({
  $schema: z.string().max(MAX_TEXT).exactOptional(),
  reporter: nameSchema(),
  asOf: z.iso.date(),
  note: z.string().max(MAX_TEXT).exactOptional(),
  entries: z.array(z.unknown()).max(MAX_ENTRIES),
});

const allTargetIds = plan.targets.map((target) => target.id);
const quantitativeIds = [...reportingRules.keys()];
const quantitativeTargets = [...reportingRules.values()].map((rule) => rule.target);

function range(rule: ReportingRule): string {
  const first = rule.years[0];
  const last = rule.years[rule.years.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}

function unitKindNames(rule: ReportingRule): { zh: string; en: string } {
  return { zh: rule.units.join('、'), en: rule.units.join(', ') };
}

/** Issues of one entry whose target is known, in this package's words. */
function entryIssues(input: unknown, index: number, rule: ReportingRule): ValidationIssue[] {
  const parsed = entrySchemas.get(rule.target.id)!.safeParse(input);
  if (parsed.success) return [];
  const out: ValidationIssue[] = [];
  const id = rule.target.id;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    const value = valueAt(input, issue.path);
    const path = formatPath(['entries', index, ...issue.path]);
    const asNumber =
      (field === 'value' || field === 'year') && typeof value === 'string' ? numberHint(value) : undefined;
    const asUnit = field === 'unit' && typeof value === 'string' ? unitHint(value, rule.units) : undefined;
    if (asNumber !== undefined)
      out.push(makeIssue(path, 'number-as-string', asNumber.zh, asNumber.en, asNumber.suggestions));
    else if (asUnit !== undefined) out.push(makeIssue(path, 'unknown-unit', asUnit.zh, asUnit.en, asUnit.suggestions));
    else if (field === 'unit' && issue.code === 'invalid_value' && typeof value === 'string') {
      const units = unitKindNames(rule);
      const near = suggest(value, rule.units);
      const hints = near.length > 0 ? near : [...rule.units];
      out.push(
        factorOf(value) === undefined
          ? makeIssue(
              path,
              'unknown-unit',
              `未知单位 ${quote(value)};目标“${id}”应使用:${units.zh}`,
              `unknown unit ${quote(value)}; target "${id}" takes: ${units.en}`,
              hints,
            )
          : makeIssue(
              path,
              'unit-kind-mismatch',
              `单位 ${quote(value)} 不适用于目标“${id}”(${rule.baseUnit});应为:${units.zh}`,
              `unit ${quote(value)} does not fit target "${id}" (${rule.baseUnit}); use one of: ${units.en}`,
              [...rule.units],
            ),
      );
    } else if (
      field === 'year' &&
      issue.code === 'invalid_value' &&
      typeof value === 'number' &&
      Number.isInteger(value)
    ) {
      const baseline =
        rule.baselineYear === null
          ? { zh: '', en: '' }
          : { zh: `(${rule.baselineYear} 年为基数年)`, en: ` (${rule.baselineYear} as the baseline year)` };
      out.push(
        makeIssue(
          path,
          'year-out-of-period',
          `年份 ${value} 不在目标“${id}”可报告的年份 ${range(rule)} 内${baseline.zh}`,
          `year ${value} is outside the years target "${id}" takes: ${range(rule)}${baseline.en}`,
        ),
      );
    } else if (field === 'year' && issue.code === 'invalid_value') {
      const found = describeValue(value);
      const asNumber = typeof value === 'string' && /^\s*\d{4}\s*$/.test(value);
      out.push(
        asNumber
          ? makeIssue(
              path,
              'number-as-string',
              `年份应为数字,实际为字符串 ${quote(value)}:请去掉引号`,
              `a year must be a number, got the string ${quote(value)}: write it without quotes`,
            )
          : makeIssue(
              path,
              value === undefined ? 'missing-field' : 'invalid-type',
              value === undefined ? '缺少必填字段“year”(应为整数年份)' : `年份应为整数,实际为${found.zh}`,
              value === undefined
                ? 'missing required field "year" (an integer year)'
                : `a year must be an integer, got ${found.en}`,
            ),
      );
    } else if (field === 'value' && issue.code === 'too_big' && typeof value === 'number') {
      out.push(
        makeIssue(
          path,
          'value-out-of-range',
          `数值 ${value} 超出可能范围(目标“${id}”应 ≤ ${issue.maximum})`,
          `value ${value} is out of range (target "${id}" takes at most ${issue.maximum})`,
        ),
      );
    } else if (field === 'scope' && issue.code === 'invalid_type' && value === undefined && rule.scopeRequired) {
      const per = rule.target as { readonly per?: { readonly name: string; readonly nameEn: string } };
      out.push(
        makeIssue(
          path,
          'scope-required',
          `目标“${id}”按${per.per?.name ?? '各区'}分别计,须写明 scope(如某个区);不接受全市合计`,
          `target "${id}" applies to ${per.per?.nameEn ?? 'each district'}: ` +
            `give the scope (a district); a city-wide total is not accepted`,
        ),
      );
    } else out.push(...fromZodIssues([issue], input, { prefix: ['entries', index], knownKeys: ENTRY_KEYS }));
  }
  return out;
}

/** Issues of the entry's `target` field, or the rule to check the rest with. */
function targetOf(entry: unknown, index: number): ReportingRule | ValidationIssue {
  const path = formatPath(['entries', index, 'target']);
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    const found = describeValue(entry);
    return makeIssue(
      formatPath(['entries', index]),
      'invalid-type',
      `条目应为对象,实际为${found.zh}`,
      `an entry must be an object, got ${found.en}`,
    );
  }
  if (!Object.hasOwn(entry, 'target'))
    return makeIssue(
      path,
      'missing-field',
      '缺少必填字段“target”(目标 id)',
      'missing required field "target" (a target id)',
    );
  const id: unknown = (entry as { target: unknown }).target;
  if (typeof id !== 'string') {
    const found = describeValue(id);
    return makeIssue(
      path,
      'invalid-type',
      `目标 id 应为字符串,实际为${found.zh}`,
      `a target id must be a string, got ${found.en}`,
    );
  }
  const rule = reportingRules.get(id);
  if (rule !== undefined) return rule;
  if (indexes().targetById.has(id))
    return makeIssue(
      path,
      'qualitative-target',
      `目标“${id}”为定性目标,没有数值,不能报告数字`,
      `target "${id}" is qualitative: it has no figure, so no value can be reported for it`,
    );
  const byName = metricHint(id, quantitativeTargets);
  if (byName !== undefined) return makeIssue(path, 'unknown-target', byName.zh, byName.en, byName.suggestions);
  const hints = suggest(id, allTargetIds);
  const quantitativeHints = hints.filter((hint) => quantitativeIds.includes(hint));
  return makeIssue(
    path,
    'unknown-target',
    `本计划没有目标 ${quote(id)}${hintClause(quantitativeHints).zh}`,
    `the plan has no target ${quote(id)}${hintClause(quantitativeHints).en}`,
    quantitativeHints,
  );
}

function normalize(entry: ProgressEntry, rule: ReportingRule): NormalizedProgressEntry {
  return {
    target: entry.target,
    year: entry.year,
    value: toBaseUnit(entry.value, entry.unit),
    baseUnit: rule.baseUnit,
    reported: { value: entry.value, unit: entry.unit },
    ...(entry.scope === undefined ? {} : { scope: foldScope(entry.scope) }),
    ...(entry.note === undefined ? {} : { note: entry.note }),
    ...(entry.source === undefined ? {} : { source: entry.source }),
  };
}

/**
 * Checks a progress report against this plan's targets and normalizes it.
 *
 * Rejects, each with its path, a stable code and a message in Chinese and
 * English: wrong types, missing and unknown fields; unknown target ids (with
 * the nearest ids as `suggestions`); figures for qualitative targets; years
 * outside the target's period (the year before the period is accepted as a
 * baseline where progress is judged from one); units unknown or of the wrong
 * kind (`%` for a count, `元` for a head count); `NaN`, `±Infinity`, numbers
 * written as strings; negative counts and shares above 100; counts of
 * things (enterprises, projects, parks, people, patents, …) that are not
 * whole numbers once in their base unit (`1.5 家`; `1.05 万家` = 10500 is
 * fine: figures are scaled exactly on their decimal digits), counts above
 * 2^53 − 1 and figures past the range of numbers once scaled (`1e308 万家`); a
 * `reporter` or `scope` that is empty or only whitespace; a
 * city-wide figure for a target that applies to each district; two entries
 * for the same target, year and scope (scopes compared trimmed and
 * full-width folded, `Ａ区` = `A区`, and kept so in the data); years after
 * `asOf`; an `asOf` after 2100-12-31 (a typo: the plan runs to 2024); names
 * of only invisible characters (U+200B, U+FEFF, U+3000, …); an `asOf` before 2020, the
 * earliest baseline year.
 *
 * Scoped figures (`scope: '江宁区'`) are validated and kept; they are never
 * summed into a city-wide figure.
 *
 * Never throws on bad data (options `null` or left out mean the defaults;
 * options of the wrong type are an issue at `options`) and never mutates the
 * input; the result is frozen all the way down.
 *
 * @param input - The report as written, e.g. parsed JSON (`JSON.parse(text)`).
 * @param options - See {@link ValidateProgressReportOptions}.
 * @returns `{ success: true, data, issues: [] }` with values in base units, or `{ success: false, issues }`.
 * @example
 * ```ts
 * const result = validateProgressReport({
 *   reporter: '示例', asOf: '2023-12-31',
 *   entries: [{ target: 'high-tech-enterprises', year: 2023, value: 1.05, unit: '万家' }],
 * });
 * result.success && result.data.entries[0]?.value //=> 10500
 * validateProgressReport({ reporter: '示例', asOf: '2023-12-31',
 *   entries: [{ target: 'high-tech-enterprise', year: 2023, value: 1, unit: '万家' }] }).issues[0]
 * //=> { path: 'entries[0].target', code: 'unknown-target', suggestions: ['high-tech-enterprises'], … }
 * ```
 * @category Progress
 */
export function validateProgressReport(
  input: unknown,
  options?: ValidateProgressReportOptions | null,
): ValidationResult<NormalizedProgressReport> {
  const read = readOptions(options);
  if ('code' in read) return failure([read]);
  const checked = checkProgressReport(input, read.maxIssues);
  if (checked.issues.length > 0) return failure(checked.issues);
  return success({ ...checked.report!, entries: checked.entries as NormalizedProgressEntry[] });
}

/** An entry of a report left out of a lenient evaluation, and why (its index and issues). */
export interface LeftOutEntry {
  /** Its index in the report's `entries`. */
  readonly index: number;
  /** Its issues (paths from the report's root: `entries[3].value`). */
  readonly issues: readonly ValidationIssue[];
}

/** A report checked entry by entry: what {@link validateProgressReport} and a lenient evaluation both need. */
export interface CheckedProgressReport {
  /** Every issue, in the order `validateProgressReport` lists them, cut at the cap. */
  readonly issues: readonly ValidationIssue[];
  /** Whether an issue concerns the report itself rather than one entry (then nothing can be evaluated). */
  readonly reportInvalid: boolean;
  /** The report's own fields, when they are valid. */
  readonly report: Omit<NormalizedProgressReport, 'entries'> | undefined;
  /** Each entry normalized, or `undefined` when it has issues. */
  readonly entries: readonly (NormalizedProgressEntry | undefined)[];
  /** The entries with issues, by index (every one, not cut at the cap). */
  readonly leftOut: readonly LeftOutEntry[];
}

const ENTRY_PATH = /^entries\[(\d+)\]/;

/**
 * Checks a report entry by entry (see {@link validateProgressReport}). `maxIssues` caps `issues`; with
 * `everyEntry`, every entry is checked even past the cap, so that `leftOut` names them all.
 */
export function checkProgressReport(input: unknown, maxIssues: number, everyEntry = false): CheckedProgressReport {
  const issues = new IssueList(maxIssues);
  const byEntry = new Map<number, ValidationIssue[]>();
  let reportInvalid = false;
  const note = (found: readonly ValidationIssue[]) => {
    issues.push(...found);
    for (const issue of found) {
      const match = ENTRY_PATH.exec(issue.path);
      if (match === null) reportInvalid = true;
      else push(byEntry, Number(match[1]), issue);
    }
  };
  const done = (report?: CheckedProgressReport['report'], entries: (NormalizedProgressEntry | undefined)[] = []) => ({
    issues: issues.items,
    reportInvalid,
    report,
    entries,
    leftOut: [...byEntry].sort(([a], [b]) => a - b).map(([index, found]) => ({ index, issues: found })),
  });
  // Read once into a copy of our own: everything below judges (and zod freezes) only that copy.
  const copy = readInput(input);
  if (!('value' in copy)) {
    issues.push(...copy);
    reportInvalid = true;
    return done();
  }
  const stop = () => issues.full && !everyEntry;
  const frame = ReportFrameSchema.safeParse(copy.value);
  if (!frame.success) {
    issues.push(...fromZodIssues(frame.error.issues, copy.value, { knownKeys: REPORT_KEYS }));
    reportInvalid = true;
    // Entries are still checked when the list itself is sound, so one pass reports everything.
    const entries = valueAt(copy.value, ['entries']);
    if (Array.isArray(entries) && entries.length <= MAX_ENTRIES) checkEntries(entries, note, stop);
    return done();
  }
  const report = frame.data;
  const rules = checkEntries(report.entries, note, stop);
  const entries = report.entries as ProgressEntry[];
  note(crossEntryIssues({ asOf: report.asOf, entries }, (index) => rules[index] !== undefined));
  return done(
    {
      reporter: report.reporter,
      asOf: report.asOf,
      ...(report.note === undefined ? {} : { note: report.note }),
    },
    entries.map((entry, index) =>
      rules[index] === undefined || byEntry.has(index) ? undefined : normalize(entry, rules[index]),
    ),
  );
}

/** Checks every entry (until `stop`); returns each valid entry's rule (`undefined` for invalid ones). */
function checkEntries(
  entries: readonly unknown[],
  note: (issues: readonly ValidationIssue[]) => void,
  stop: () => boolean,
): (ReportingRule | undefined)[] {
  const rules: (ReportingRule | undefined)[] = [];
  for (const [index, entry] of entries.entries()) {
    if (stop()) break;
    const rule = targetOf(entry, index);
    if (!('target' in rule && 'units' in rule)) {
      note([rule as ValidationIssue]);
      rules.push(undefined);
      continue;
    }
    const found = entryIssues(entry, index, rule);
    note(found);
    rules.push(found.length === 0 ? rule : undefined);
  }
  return rules;
}
