import { z } from 'zod';
import { quote } from '../_lib/describe.js';
import { NOT_BLANK } from '../issues/_fromZod.js';
import { formatPath, makeIssue } from '../issues/_helpers.js';
import { readsOnce } from '../issues/_readsOnce.js';
import type { ValidationIssue } from '../issues/types.js';
import type { WrittenUnit } from '../model/quantities.js';
import {
  EARLIEST_YEAR,
  type PlanQuantitativeTarget,
  type QuantitativeTargetId,
  type ReportingRule,
  reportingRules,
  toBaseUnit,
} from './reportingRules.js';

/** Most entries a report may hold. */
export const MAX_ENTRIES = 100_000;
/** Longest a report's or entry's free text (`note`, `source`) may be. */
export const MAX_TEXT = 10_000;
/** Longest a name (`reporter`, `scope`) may be. */
export const MAX_NAME = 200;

/**
 * A name (`reporter`, `scope`): 1–{@link MAX_NAME} characters, not only
 * whitespace. Surrounding whitespace is allowed; scopes are compared and
 * kept trimmed and full-width folded (`'Ａ区 '` is `'A区'`, see `foldScope`).
 */
export function nameSchema() {
  return z.string().max(MAX_NAME).regex(NOT_BLANK);
}

/** The fields an entry may have. */
export const ENTRY_KEYS = ['target', 'year', 'value', 'unit', 'scope', 'note', 'source'] as const;
/** The fields a report may have. */
export const REPORT_KEYS = ['$schema', 'reporter', 'asOf', 'note', 'entries'] as const;

function entrySchemaFor(rule: ReportingRule) {
  let value = z.number();
  if (rule.min !== undefined) value = value.min(rule.min);
  if (rule.max !== undefined) value = value.max(rule.max);
  const scope = nameSchema();
  return z
    .strictObject({
      target: z.literal(rule.target.id as PlanQuantitativeTarget['id']),
      year: z.literal(rule.years),
      value,
      unit: z.enum(rule.units),
      scope: rule.scopeRequired ? scope : scope.exactOptional(),
      note: z.string().max(MAX_TEXT).exactOptional(),
      source: z.string().max(MAX_TEXT).exactOptional(),
    })
    .meta({ description: `${rule.target.id}: ${rule.reports.en}` });
}

/** Each quantitative target's entry schema, by target id. */
export const entrySchemas: ReadonlyMap<string, ReturnType<typeof entrySchemaFor>> = new Map(
  [...reportingRules].map(([id, rule]) => [id, entrySchemaFor(rule)]),
);

/**
 * One figure of a progress report: a target of this plan, the year the
 * figure is for, the figure as the reporter writes it with its unit, and
 * optionally the part of the city it covers (`scope`), a note and a source.
 *
 * Told apart by `target`: each target accepts only its own units (a count
 * takes `家`/`万家`/`个`, a share `%`, money `元`/`万元`/`亿元`, …), its own years
 * (its period, plus the year before as a baseline where progress is judged
 * from one), and values in range (no negative counts, no share above 100).
 * Qualitative targets have no entry: they have no figure.
 *
 * @example
 * ```ts
 * ProgressEntrySchema.safeParse({ target: 'high-tech-enterprises', year: 2023, value: 1.05, unit: '万家' }).success
 * //=> true
 * ProgressEntrySchema.safeParse({ target: 'high-tech-enterprises', year: 2023, value: 12, unit: '%' }).success
 * //=> false
 * ```
 * @category Progress
 */
export const ProgressEntrySchema: z.ZodType<ProgressEntry> = readsOnce(
  z.discriminatedUnion('target', [...entrySchemas.values()] as unknown as readonly [
    ReturnType<typeof entrySchemaFor>,
    ...ReturnType<typeof entrySchemaFor>[],
  ]) as z.ZodType<ProgressEntry>,
);

/**
 * A scope as it is compared and kept: full-width forms folded (NFKC: `Ａ区` is `A区`) and surrounding
 * whitespace trimmed (`'江宁区 '` is `'江宁区'`).
 */
export function foldScope(scope: string): string {
  return scope.normalize('NFKC').trim();
}

/** The latest date a report (or the `asOf` option) may have. */
export const LATEST_AS_OF = '2100-12-31';

function entryKey(entry: {
  readonly target: string;
  readonly year: number;
  readonly scope?: string | undefined;
}): string {
  return `${entry.target}\u0000${entry.year}\u0000${entry.scope === undefined ? '' : foldScope(entry.scope)}`;
}

/**
 * The checks on a whole report that a JSON Schema cannot express: a date no
 * earlier than {@link EARLIEST_YEAR}, no figure for a year after the
 * report's date, counts that are whole numbers once in their base unit, and
 * no two entries for the same target, year and scope (scopes compared
 * trimmed and folded), a date after 2100-12-31. Entries are assumed valid on their own (see `isValidEntry`).
 */
export function crossEntryIssues(
  report: {
    readonly asOf: string;
    readonly entries: readonly {
      readonly target: string;
      readonly year: number;
      readonly value: number;
      readonly unit: string;
      readonly scope?: string | undefined;
    }[];
  },
  isValidEntry: (index: number) => boolean = () => true,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const asOfYear = Number(report.asOf.slice(0, 4));
  const tooEarly = asOfYear < EARLIEST_YEAR;
  if (tooEarly) issues.push(asOfTooEarly('asOf', report.asOf));
  else if (report.asOf > LATEST_AS_OF) issues.push(asOfTooLate('asOf', report.asOf));
  const seen = new Map<string, number>();
  report.entries.forEach((entry, index) => {
    if (!isValidEntry(index)) return;
    if (entry.year > asOfYear && !tooEarly)
      issues.push(
        makeIssue(
          formatPath(['entries', index, 'year']),
          'year-after-as-of',
          `年份 ${entry.year} 晚于报告日期 ${report.asOf}`,
          `year ${entry.year} is after the report's date ${report.asOf}`,
        ),
      );
    const rule = reportingRules.get(entry.target);
    const value = toBaseUnit(entry.value, entry.unit);
    if (!Number.isFinite(value))
      issues.push(
        makeIssue(
          formatPath(['entries', index, 'value']),
          'value-out-of-range',
          `数值 ${entry.value} ${entry.unit} 换算为 ${rule?.baseUnit ?? '基本单位'} 后超出数字的范围`,
          `value ${entry.value} ${entry.unit} is beyond the range of numbers ` +
            `once in ${rule?.baseUnit ?? 'its base unit'}`,
        ),
      );
    else if (rule?.wholeNumbers === true && Number.isInteger(value) && !Number.isSafeInteger(value))
      issues.push(
        makeIssue(
          formatPath(['entries', index, 'value']),
          'value-out-of-range',
          `目标“${entry.target}”的数值是个数,${entry.value} ${entry.unit} 即 ${value},` +
            `超过可精确计数的 ${Number.MAX_SAFE_INTEGER}`,
          `target "${entry.target}" counts ${rule.baseUnit}: ${entry.value} ${entry.unit} is ${value}, ` +
            `beyond ${Number.MAX_SAFE_INTEGER}, the largest count a number holds exactly`,
        ),
      );
    else if (rule?.wholeNumbers === true && !Number.isInteger(value))
      issues.push(
        makeIssue(
          formatPath(['entries', index, 'value']),
          'not-a-whole-number',
          `目标“${entry.target}”的数值是个数,应为整数:${entry.value} ${entry.unit} 即 ${value}`,
          `target "${entry.target}" counts ${rule.baseUnit}, so its figure must be a whole number: ` +
            `${entry.value} ${entry.unit} is ${value}`,
        ),
      );
    const key = entryKey(entry);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else {
      const scope = entry.scope === undefined ? undefined : foldScope(entry.scope);
      const where =
        scope === undefined
          ? { zh: '全市', en: 'city-wide' }
          : { zh: `范围 ${quote(scope)}`, en: `scope ${quote(scope)}` };
      issues.push(
        makeIssue(
          formatPath(['entries', index]),
          'duplicate-entry',
          `与 entries[${first}] 重复:同一目标“${entry.target}”、年份 ${entry.year}、${where.zh}`,
          `duplicates entries[${first}]: same target "${entry.target}", year ${entry.year}, ${where.en}`,
        ),
      );
    }
  });
  return issues;
}

/**
 * The issue of a date (a report's `asOf`, or the `asOf` option at `path`) after {@link LATEST_AS_OF}: the plan
 * runs to 2024, so a date past 2100 is a typo (`9999-12-31` as "no end"), and judging at it would call every
 * target's deadline long past.
 */
export function asOfTooLate(path: string, asOf: string): ValidationIssue {
  return makeIssue(
    path,
    'as-of-too-late',
    `日期 ${asOf} 晚于 ${LATEST_AS_OF}:本计划至 2024 年,如此远的日期应是笔误`,
    `the date ${asOf} is after ${LATEST_AS_OF}: the plan runs to 2024, so a date that far is taken for a typo`,
  );
}

/** The issue of a date (a report's `asOf`, or the `asOf` option at `path`) before {@link EARLIEST_YEAR}. */
export function asOfTooEarly(path: string, asOf: string): ValidationIssue {
  return makeIssue(
    path,
    'as-of-too-early',
    `日期 ${asOf} 早于任何目标可报告的最早年份 ${EARLIEST_YEAR}(基数年)`,
    `the date ${asOf} is before ${EARLIEST_YEAR}, the earliest year any target takes a figure for (a baseline year)`,
  );
}

/**
 * A progress report on this plan's targets: who reports (`reporter`, free
 * text), as of when (`asOf`, `YYYY-MM-DD`), an optional `note`, and the
 * figures (`entries`, see {@link ProgressEntrySchema}). An optional
 * `$schema` may point at the JSON Schema.
 *
 * Beyond each entry's checks, it rejects a date before 2020 (the earliest
 * baseline year), figures for years after `asOf`, counts of things that are
 * not whole numbers once in their base unit (`1.5 家`; `1.05 万家` is 10500
 * and fine), and two entries for the same target, year and scope (scopes
 * compared trimmed and full-width folded, `Ａ区` = `A区`), and a date after
 * 2100-12-31. These are the rules the emitted JSON Schema
 * (`progress-report.schema.json`) cannot express. Names (`reporter`,
 * `scope`) must not be empty or only whitespace, which it can. Use {@link validateProgressReport}
 * for issues with codes,
 * bilingual messages and did-you-mean hints, and for normalized values.
 *
 * @example
 * ```ts
 * ProgressReportSchema.safeParse({
 *   reporter: '南京市统计局',
 *   asOf: '2023-12-31',
 *   entries: [{ target: 'high-tech-enterprises', year: 2023, value: 1.05, unit: '万家' }],
 * }).success //=> true
 * ```
 * @category Progress
 */
export const ProgressReportSchema: z.ZodType<ProgressReport> = readsOnce(
  z
    .strictObject({
      $schema: z.string().max(MAX_TEXT).exactOptional(),
      reporter: nameSchema(),
      asOf: z.iso.date(),
      note: z.string().max(MAX_TEXT).exactOptional(),
      entries: z.array(ProgressEntrySchema).max(MAX_ENTRIES),
    })
    .superRefine((report, context) => {
      for (const issue of crossEntryIssues(report))
        context.addIssue({
          code: 'custom',
          path: pathSegments(issue.path),
          message: issue.messageEn,
          params: { code: issue.code, message: issue.message, messageEn: issue.messageEn },
        });
    })
    .meta({
      title: 'Progress report on the targets of the Nanjing innovation plan 2022–2024',
      description:
        `Each entry reports one figure for one target and year, optionally for a scope (a district or park). ` +
        `Not expressible here: no two entries may share target, year and scope (scopes compared trimmed and ` +
        `NFKC-folded); no entry may be for a year after asOf; asOf may not be before ${EARLIEST_YEAR} nor after ` +
        `${LATEST_AS_OF}; counts of things (enterprises, projects, parks, people, patents, …) must be whole ` +
        `numbers once in their base unit (1.5 家 is not; 1.05 万家 = 10500 is).`,
    }),
);

function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g))
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return segments;
}

/**
 * One figure of a {@link ProgressReport}, as the reporter writes it.
 * @example
 * ```ts
 * import { ProgressEntrySchema, type ProgressEntry } from 'nanjing-innovation-plan/schema';
 * // 2.1万家 science and technology SMEs in 2023 (target tech-smes: 2.5万家 by 2024)
 * const entry: ProgressEntry = { target: 'tech-smes', year: 2023, value: 2.1, unit: '万家' };
 * ProgressEntrySchema.safeParse(entry).success //=> true
 * ```
 * @category Progress
 */
export interface ProgressEntry {
  /** The target's id (a quantitative target of this plan). */
  readonly target: QuantitativeTargetId;
  /** The year the figure is for (the target's period, or the year before it as a baseline where accepted). */
  readonly year: number;
  /** The figure, in `unit`. */
  readonly value: number;
  /** The unit as written: `万家`, `家`, `个`, `%`, `亿元`, `万元`, `元`, `人`, `万人`, `人年`, `件`, `平方公里`. */
  readonly unit: WrittenUnit;
  /**
   * The part of the city the figure covers (`江宁区`, a park); absent for a city-wide figure. Not blank;
   * compared trimmed and NFKC-folded.
   */
  readonly scope?: string;
  readonly note?: string;
  /** Where the figure comes from (a bulletin, a URL). */
  readonly source?: string;
}

/**
 * A progress report as the reporter writes it (the input of
 * {@link validateProgressReport}).
 * @example
 * ```ts
 * import { validateProgressReport, type ProgressReport } from 'nanjing-innovation-plan/schema';
 * const report: ProgressReport = {
 *   reporter: '示例', asOf: '2023-12-31',
 *   entries: [
 *     { target: 'tech-smes', year: 2023, value: 2.1, unit: '万家' },
 *     { target: 'talent-pool', year: 2023, value: 38.5, unit: '万人', scope: '江宁区' },
 *   ],
 * };
 * validateProgressReport(report).success //=> true
 * ```
 * @category Progress
 */
export interface ProgressReport {
  /** Optional pointer to the JSON Schema, for editors. */
  readonly $schema?: string;
  /** Who reports (a bureau, a district government, a research group). */
  readonly reporter: string;
  /** The date the report speaks for, `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly note?: string;
  readonly entries: readonly ProgressEntry[];
}
