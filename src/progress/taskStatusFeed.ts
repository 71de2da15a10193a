import { z } from 'zod';
import { describeInput, describeValue, quote } from '../_lib/describe.js';
import { suggest } from '../_lib/hints.js';
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
import { readsOnce } from '../issues/_readsOnce.js';
import type { ValidationIssue, ValidationResult } from '../issues/types.js';
import type { PlanUnit, TaskNumber, UnitId } from '../model/ids.js';
import { indexes } from '../queries/_indexes.js';
import { resolveUnit, type UnitResolution } from '../queries/resolveUnit.js';
import type { UnitKey } from '../queries/types.js';
import { MAX_ENTRIES, MAX_TEXT } from './progressReportSchema.js';

/**
 * The state of a task as a responsible unit reports it.
 * @example
 * ```ts
 * TaskStatusSchema.options //=> ['not-started', 'in-progress', 'completed', 'delayed']
 * ```
 * @category Progress
 */
export const TaskStatusSchema = z.enum(['not-started', 'in-progress', 'completed', 'delayed']);

/**
 * The state of a task: `not-started`, `in-progress`, `completed` or `delayed`.
 * @example
 * ```ts
 * import { validateTaskStatusFeed, type TaskStatus } from 'nanjing-innovation-plan/schema';
 * const status: TaskStatus = 'delayed';
 * validateTaskStatusFeed([{ task: 27, unit: 'planning-resources-bureau', year: 2023, status }]).success //=> true
 * validateTaskStatusFeed([{ task: 27, unit: 'planning-resources-bureau', year: 2023, status: 'done' }]).issues[0]?.code
 * //=> 'invalid-value'
 * ```
 * @category Progress
 */
export type TaskStatus = z.infer<typeof TaskStatusSchema>;

/**
 * One line of a task-status feed as validated: a responsible unit's report on
 * a task in a year, the unit by its id (however the feed wrote it).
 * @example
 * ```ts
 * import { validateTaskStatusFeed, type TaskStatusEntry } from 'nanjing-innovation-plan/schema';
 * // 麒麟科创园 is one of the seven responsible units of task 19
 * const entry: TaskStatusEntry = { task: 19, unit: 'qilin-innovation-park', year: 2023, status: 'in-progress' };
 * validateTaskStatusFeed([entry]) //=> { success: true, data: [entry], issues: [] }
 * ```
 * @category Progress
 */
export interface TaskStatusEntry {
  /** The task's number, 1–32. */
  readonly task: TaskNumber;
  /** The reporting unit's id; must be one of the task's responsible units. */
  readonly unit: UnitId;
  /** A year of the plan, 2022–2024. */
  readonly year: number;
  readonly status: TaskStatus;
  readonly note?: string;
}

/**
 * One line of a task-status feed as written: like {@link TaskStatusEntry},
 * with the unit by its id or its name as written (`市科技局`), as everywhere
 * else in this package. A misspelt name is a compile error with a
 * did-you-mean (`Did you mean '"市科技局"'?`).
 * @example
 * ```ts
 * import { validateTaskStatusFeed, type TaskStatusEntryInput } from 'nanjing-innovation-plan/schema';
 * const entry: TaskStatusEntryInput = { task: 1, unit: '市科技局', year: 2023, status: 'in-progress' };
 * validateTaskStatusFeed([entry])
 * //=> { success: true, data: [{ task: 1, unit: 'science-technology-bureau', year: 2023, status: 'in-progress' }], … }
 * ```
 * @category Progress
 */
export interface TaskStatusEntryInput {
  /** The task's number, 1–32. */
  readonly task: TaskNumber;
  /** The reporting unit's id or name as written; must be one of the task's responsible units. */
  readonly unit: UnitKey;
  /** A year of the plan, 2022–2024. */
  readonly year: number;
  readonly status: TaskStatus;
  readonly note?: string;
}

const ENTRY_KEYS = ['task', 'unit', 'year', 'status', 'note'] as const;
const planYears: number[] = [];
for (let year = plan.period.start; year <= plan.period.end; year += 1) planYears.push(year);
const YEARS = planYears as unknown as readonly [number, ...number[]];
const unitIds = plan.units.map((unit) => unit.id);
const unitIdByKey = new Map<string, UnitId>(
  plan.units.flatMap((unit): [string, UnitId][] => [
    [unit.id, unit.id],
    [unit.name, unit.id],
  ]),
);

/** Hints for an unknown unit id: the task's own units nearest to it, else the plan's. */
function nearestUnits(value: string, leadUnits: readonly string[]): string[] {
  const own = suggest(value, leadUnits);
  return own.length > 0 ? own : suggest(value, unitIds);
}

/** A task's units as a feed may write them: each id, then each name as written. */
function unitKeysOf(task: (typeof plan.tasks)[number]): [UnitKey, ...UnitKey[]] {
  const { unitByKey } = indexes();
  const ids = task.leadUnits as readonly UnitId[];
  return [...ids, ...ids.map((id) => (unitByKey.get(id) as PlanUnit).name)] as [UnitKey, ...UnitKey[]];
}

/** Hints for a unit text that fits none: the nearest ids, else the units nearest by name, full name or id. */
function nearestOrResolved(value: string, leadUnits: readonly string[], near: readonly PlanUnit[]): string[] {
  const ids = nearestUnits(value, leadUnits);
  return ids.length > 0 ? ids : near.map((unit) => unit.id);
}

function entrySchemaFor(task: (typeof plan.tasks)[number]) {
  return z.strictObject({
    task: z.literal(task.number),
    unit: z.enum(unitKeysOf(task)).transform((key): UnitId => unitIdByKey.get(key) as UnitId),
    year: z.literal(YEARS),
    status: TaskStatusSchema,
    note: z.string().max(MAX_TEXT).exactOptional(),
  });
}

const entrySchemas = new Map(plan.tasks.map((task) => [task.number as number, entrySchemaFor(task)]));

/**
 * One line of a task-status feed, told apart by `task`: the `unit` must be
 * one of that task's responsible units (`责任单位`), by id or by name as
 * written (parsed to its id), the year one of the plan's (2022–2024).
 * @example
 * ```ts
 * TaskStatusEntrySchema.safeParse({ task: 1, unit: 'science-technology-bureau', year: 2023, status: 'in-progress' })
 *   .success
 * //=> true
 * TaskStatusEntrySchema.parse({ task: 1, unit: '市科技局', year: 2023, status: 'in-progress' }).unit
 * //=> 'science-technology-bureau'
 * TaskStatusEntrySchema.safeParse({ task: 1, unit: 'industry-it-bureau', year: 2023, status: 'in-progress' }).success
 * //=> false
 * ```
 * @category Progress
 */
export const TaskStatusEntrySchema: z.ZodType<TaskStatusEntry, TaskStatusEntryInput> = readsOnce(
  z.discriminatedUnion('task', [...entrySchemas.values()] as unknown as readonly [
    ReturnType<typeof entrySchemaFor>,
    ...ReturnType<typeof entrySchemaFor>[],
  ]) as z.ZodType<TaskStatusEntry, TaskStatusEntryInput>,
);

function duplicateIssues(
  entries: readonly TaskStatusEntry[],
  isValid: (index: number) => boolean = () => true,
): ValidationIssue[] {
  const seen = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  entries.forEach((entry, index) => {
    if (!isValid(index)) return;
    const key = `${entry.task}\u0000${entry.unit}\u0000${entry.year}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else
      issues.push(
        makeIssue(
          formatPath([index]),
          'duplicate-entry',
          `与 [${first}] 重复:同一任务 ${entry.task}、单位“${entry.unit}”、年份 ${entry.year}`,
          `duplicates [${first}]: same task ${entry.task}, unit "${entry.unit}", year ${entry.year}`,
        ),
      );
  });
  return issues;
}

/**
 * A task-status feed: a list of {@link TaskStatusEntrySchema} lines, with no
 * two for the same task, unit and year (the one rule the emitted JSON Schema
 * cannot express).
 * @example
 * ```ts
 * TaskStatusFeedSchema.safeParse([{ task: 27, unit: 'planning-resources-bureau', year: 2022, status: 'completed' }])
 *   .success
 * //=> true
 * ```
 * @category Progress
 */
export const TaskStatusFeedSchema: z.ZodType<readonly TaskStatusEntry[], readonly TaskStatusEntryInput[]> = readsOnce(
  z
    .array(TaskStatusEntrySchema)
    .max(MAX_ENTRIES)
    .superRefine((entries, context) => {
      for (const issue of duplicateIssues(entries))
        context.addIssue({
          code: 'custom',
          path: [Number(issue.path.slice(1, -1))],
          message: issue.messageEn,
          params: { code: issue.code, message: issue.message, messageEn: issue.messageEn },
        });
    })
    .meta({
      title: 'Task-status feed for the key tasks of the Nanjing innovation plan 2022–2024',
      description:
        "Each line is a responsible unit's status report on one task in one year. " +
        'Not expressible here: no two lines may share task, unit and year.',
    }),
);

/** Most distinct unit texts whose resolution is remembered; past it the memory starts afresh. */
const MAX_CACHED = 10_000;
const resolutions = new Map<string, UnitResolution>();

/**
 * {@link resolveUnit}, remembered per distinct text, so that a feed repeating one unknown text 100,000 times
 * costs one search for suggestions, not 100,000.
 */
function resolveWritten(text: string): UnitResolution {
  let resolution = resolutions.get(text);
  if (resolution === undefined) {
    if (resolutions.size >= MAX_CACHED) resolutions.clear();
    resolution = resolveUnit(text);
    resolutions.set(text, resolution);
  }
  return resolution;
}

/**
 * The issue for a unit that is not one of the task's as written: a unit the plan has but not on this task
 * (by id, name, full name or English name), a text that fits several units, or one that fits none (words of
 * one unit's English name, `market regulation`, are suggested, not accepted: a feed is data, not a search).
 */
function unitIssue(written: string, path: string, task: (typeof plan.tasks)[number]): ValidationIssue {
  const units = task.leadUnits.join(', ');
  const unitsZh = task.leadUnits.join('、');
  const resolution = resolveWritten(written);
  if (resolution.status === 'found' && resolution.matchedBy !== 'english-words') {
    const { id } = resolution.unit;
    const shown = id === written ? `"${written}"` : `${quote(written)} (${id})`;
    const shownZh = id === written ? `“${written}”` : `${quote(written)}(${id})`;
    return makeIssue(
      path,
      'unit-not-responsible',
      `单位${shownZh}不是任务 ${task.number} 的责任单位;其责任单位为:${unitsZh}`,
      `unit ${shown} is not a responsible unit of task ${task.number}; its units are: ${units}`,
      [...task.leadUnits],
    );
  }
  if (resolution.status === 'ambiguous') {
    const candidates = resolution.candidates.map((unit) => unit.id);
    const own = candidates.filter((id) => (task.leadUnits as readonly string[]).includes(id));
    return makeIssue(
      path,
      'ambiguous-unit',
      `单位 ${quote(written)} 可指多个单位:${candidates.join('、')};请写单位 id 或名称`,
      `unit ${quote(written)} could be any of ${candidates.join(', ')}; write the unit's id or name`,
      own.length > 0 ? own : candidates,
    );
  }
  return makeIssue(
    path,
    'unknown-unit-id',
    `本计划没有单位 ${quote(written)};任务 ${task.number} 的责任单位为:${unitsZh}`,
    `the plan has no unit ${quote(written)}; task ${task.number}'s units are: ${units}`,
    resolution.status === 'found'
      ? [resolution.unit.id]
      : nearestOrResolved(written, task.leadUnits, resolution.suggestions),
  );
}

/**
 * The entry with its unit written as the id, where the feed wrote a unit by a whole name of one unit
 * (`市科技局`, `科技局`, `南京市科学技术局`, `Municipal Bureau of Science and Technology`); otherwise the entry itself.
 */
function withUnitId(entry: unknown): unknown {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return entry;
  const written = valueAt(entry, ['unit']);
  if (typeof written !== 'string') return entry;
  let id = unitIdByKey.get(written);
  if (id === undefined) {
    const resolution = resolveWritten(written);
    if (resolution.status === 'found' && resolution.matchedBy !== 'english-words') id = resolution.unit.id;
  }
  return id === undefined || id === written ? entry : { ...entry, unit: id };
}

/** The issues of one entry; `resolved` is the entry with its unit as an id where it resolves to one. */
function entryIssues(entry: unknown, resolved: unknown, index: number): ValidationIssue[] {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    const found = describeValue(entry);
    return [
      makeIssue(
        formatPath([index]),
        'invalid-type',
        `条目应为对象,实际为${found.zh}`,
        `an entry must be an object, got ${found.en}`,
      ),
    ];
  }
  const taskPath = formatPath([index, 'task']);
  const number: unknown = valueAt(entry, ['task']);
  if (number === undefined)
    return [
      makeIssue(
        taskPath,
        'missing-field',
        '缺少必填字段“task”(任务编号 1–32)',
        'missing required field "task" (a task number 1–32)',
      ),
    ];
  const { taskByNumber } = indexes();
  const task = typeof number === 'number' ? taskByNumber.get(number) : undefined;
  if (task === undefined) {
    const numbered = `${plan.tasks[0].number}–${plan.tasks[plan.tasks.length - 1]!.number}`;
    if (typeof number === 'string' && taskByNumber.has(Number(number)) && number.trim() !== '')
      return [
        makeIssue(
          taskPath,
          'number-as-string',
          `任务编号应为数字,实际为字符串 ${quote(number)}:请去掉引号`,
          `a task number must be a number, got the string ${quote(number)}: write it without quotes`,
        ),
      ];
    if (typeof number === 'number' || typeof number === 'string') {
      const shown = describeInput(number);
      return [
        makeIssue(
          taskPath,
          'unknown-task',
          `本计划没有任务 ${shown};任务编号为 ${numbered}`,
          `the plan has no task ${shown}; tasks are numbered ${numbered}`,
        ),
      ];
    }
    const found = describeValue(number);
    return [
      makeIssue(
        taskPath,
        'invalid-type',
        `任务编号应为 ${numbered} 的数字,实际为${found.zh}`,
        `a task number must be a number ${numbered}, got ${found.en}`,
      ),
    ];
  }
  const parsed = entrySchemas.get(task.number)!.safeParse(resolved);
  if (parsed.success) return [];
  const out: ValidationIssue[] = [];
  for (const issue of parsed.error.issues) {
    const value = valueAt(entry, issue.path);
    const path = formatPath([index, ...issue.path]);
    if (issue.path[0] === 'unit' && issue.code === 'invalid_value' && typeof value === 'string') {
      out.push(unitIssue(value, path, task));
    } else if (
      issue.path[0] === 'year' &&
      issue.code === 'invalid_value' &&
      typeof value === 'string' &&
      /^\s*\d{4}\s*$/.test(value)
    ) {
      out.push(
        makeIssue(
          path,
          'number-as-string',
          `年份应为数字,实际为字符串 ${quote(value)}:请去掉引号`,
          `a year must be a number, got the string ${quote(value)}: write it without quotes`,
        ),
      );
    } else if (
      issue.path[0] === 'year' &&
      issue.code === 'invalid_value' &&
      typeof value === 'number' &&
      Number.isInteger(value)
    ) {
      out.push(
        makeIssue(
          path,
          'year-out-of-period',
          `年份 ${value} 不在计划期间 ${plan.period.start}–${plan.period.end} 内`,
          `year ${value} is outside the plan's period ${plan.period.start}–${plan.period.end}`,
        ),
      );
    } else out.push(...fromZodIssues([issue], entry, { prefix: [index], knownKeys: ENTRY_KEYS }));
  }
  return out;
}

/**
 * Checks a task-status feed (a list of `{ task, unit, year, status, note? }`)
 * against this plan: the task exists, the unit is one of its responsible
 * units (else the issue names them), the year is one of the plan's, the
 * status is known, and no two lines share task, unit and year. The unit may
 * be written as everywhere else in this package — its id, its name as written
 * (`市科技局`) — or by any whole name {@link resolveUnit} resolves to one unit
 * (the full name, the English name, `科技局`); the data gives its id. Text
 * that fits several units is `ambiguous-unit`, with the candidates' ids as
 * suggestions; words of one unit's English name (`market regulation`) are
 * `unknown-unit-id` with that unit suggested, not accepted.
 * Never throws
 * on bad data (options `null` or left out mean the defaults; options of the
 * wrong type are an issue at `options`) and never mutates the input; the
 * result is frozen all the way down.
 *
 * @param input - The feed, e.g. parsed JSON.
 * @param options - `maxIssues`: most issues to list, a whole number ≥ 1 (default 200).
 * @returns `{ success: true, data }` with the feed, or `{ success: false, issues }`.
 * @example
 * ```ts
 * validateTaskStatusFeed([{ task: 1, unit: '南京市科学技术局', year: 2023, status: 'completed' }])
 * //=> { success: true, data: [{ task: 1, unit: 'science-technology-bureau', year: 2023, status: 'completed' }], … }
 * validateTaskStatusFeed([{ task: 1, unit: 'industry-it-bureau', year: 2023, status: 'completed' }]).issues[0]
 * //=> { path: '[0].unit', code: 'unit-not-responsible',
 * //     messageEn:
 * //       'unit "industry-it-bureau" is not a responsible unit of task 1; its units are: science-technology-bureau',
 * //     … }
 * ```
 * @category Progress
 */
export function validateTaskStatusFeed(
  input: unknown,
  options?: { readonly maxIssues?: number } | null,
): ValidationResult<readonly TaskStatusEntry[]> {
  const read = readOptions(options);
  if ('code' in read) return failure([read]);
  const issues = new IssueList(read.maxIssues);
  // Read once into a copy of our own: everything below judges and copies only that.
  const copy = readInput(input);
  if (!('value' in copy)) {
    issues.push(...copy);
    return failure(issues.items);
  }
  const feed = copy.value;
  if (!Array.isArray(feed)) {
    const found = describeValue(feed);
    return failure([
      makeIssue(
        '',
        'invalid-type',
        `任务状态数据应为数组,实际为${found.zh}`,
        `a task-status feed must be an array, got ${found.en}`,
      ),
    ]);
  }
  if (feed.length > MAX_ENTRIES)
    return failure([
      makeIssue(
        '',
        'too-big',
        `项数应 ≤ ${MAX_ENTRIES},实际为 ${feed.length}`,
        `number of items must be ≤ ${MAX_ENTRIES}, got ${feed.length}`,
      ),
    ]);
  const valid: boolean[] = [];
  const entries: TaskStatusEntry[] = [];
  for (const [index, entry] of feed.entries()) {
    if (issues.full) break;
    const resolved = withUnitId(entry);
    const found = entryIssues(entry, resolved, index);
    issues.push(...found);
    valid.push(found.length === 0);
    entries.push(resolved as TaskStatusEntry);
  }
  issues.push(...duplicateIssues(entries, (index) => valid[index] === true));
  if (issues.items.length > 0) return failure(issues.items);
  return success(
    entries.map((entry) => ({
      task: entry.task,
      unit: entry.unit,
      year: entry.year,
      status: entry.status,
      ...(entry.note === undefined ? {} : { note: entry.note }),
    })),
  );
}
