import { describeValue, quote } from '../_lib/describe.js';
import { fromZodIssues } from '../issues/_fromZod.js';
import { failure, formatPath, IssueList, makeIssue, readOptions, success, valueAt, type PathSegment } from '../issues/_helpers.js';
import type { Plan, Span } from '../model/types.js';
import type { ValidationIssue, ValidationResult } from '../issues/types.js';
import { PlanSchema } from './planSchemas.js';

/**
 * Options of {@link validatePlan}.
 * @example
 * ```ts
 * import { plan } from 'nanjing-innovation-plan';
 * import { validatePlan, type ValidatePlanOptions } from 'nanjing-innovation-plan/schema';
 * const options: ValidatePlanOptions = { maxIssues: 2 };
 * validatePlan({ ...plan, tasks: [] }, options).issues.map((issue) => issue.code)
 * //=> ['unresolved-reference', 'unresolved-reference', 'too-many-issues']
 * // the spans must also lie inside the text given as the source
 * validatePlan(plan, { sourceText: 'not the seed' }).issues[0]
 * //=> { path: 'header.source.title', code: 'span-out-of-bounds', messageEn: 'span ends (32) beyond the source text (length 12)', … }
 * ```
 * @category Schemas
 */
export interface ValidatePlanOptions {
  /**
   * The whole source text the plan's spans point into. When given, every
   * span must also lie inside it, cover exactly its field's text and start
   * on the line it names; without it, a span is checked against its field's
   * length only.
   */
  readonly sourceText?: string;
  /** Most issues to list before cutting the list short (default 200). */
  readonly maxIssues?: number;
}

const PLAN_KEYS = Object.keys(PlanSchema.unwrap().shape);

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/**
 * Checks a whole plan: its shape (as {@link PlanSchema}) and then what a
 * schema cannot say: every reference resolves (task groups ↔ tasks, tasks →
 * units and targets, goal areas → targets, target mentions → goal areas and
 * tasks, each in both directions), ids and numbers are unique, numbering runs
 * 1, 2, 3, … in order, task ids read `task-<number>`, quantitative targets
 * are consistent (a figure unless `rise`, an upper bound exactly for ranges),
 * a target mention's span lies inside the text of the goal area or task it
 * names and covers its words there, and every source span covers exactly
 * its text (and, given `options.sourceText`, lies inside it on the line it
 * names).
 *
 * Never throws on bad data (options `null` or left out mean the defaults;
 * options of the wrong type are an issue at `options`); never mutates the
 * input; the result is frozen all the way down (the data is a copy).
 *
 * @param input - Any value, e.g. a parsed JSON file.
 * @param options - See {@link ValidatePlanOptions}.
 * @returns `{ success: true, data }` with the plan (frozen), or `{ success: false, issues }`.
 * @example
 * ```ts
 * import { plan } from 'nanjing-innovation-plan';
 * import { validatePlan } from 'nanjing-innovation-plan/schema';
 * validatePlan(plan).success //=> true
 * const broken = { ...plan, tasks: plan.tasks.map((t) => t.number === 8 ? { ...t, leadUnits: ['industry-it-bureau', 'nobody'] } : t) };
 * validatePlan(broken).issues[0]
 * //=> { path: 'tasks[7].leadUnits[1]', code: 'unresolved-reference', message: '…', messageEn: 'unit "nobody" is not in units' }
 * ```
 * @category Schemas
 */
export function validatePlan(input: unknown, options?: ValidatePlanOptions | null): ValidationResult<Plan> {
  const read = readOptions(options);
  if ('code' in read) return failure([read]);
  const sourceText = valueAt(read.options, ['sourceText']) ?? undefined;
  if (sourceText !== undefined && typeof sourceText !== 'string') {
    const found = describeValue(sourceText);
    return failure([
      makeIssue('options.sourceText', 'invalid-type', `sourceText 应为字符串(或省略),实际为${found.zh}`, `sourceText must be a string (or left out), got ${found.en}`),
    ]);
  }
  const issues = new IssueList(read.maxIssues);
  const parsed = PlanSchema.safeParse(input);
  if (!parsed.success) {
    issues.push(...fromZodIssues(parsed.error.issues, input, { knownKeys: PLAN_KEYS }));
    return failure(issues.items);
  }
  // zod builds new objects for every record, so freezing the data never freezes the caller's input.
  const data = parsed.data;
  checkReferences(data, issues);
  checkSpans(data, sourceText, issues);
  return issues.items.length === 0 ? success(data) : failure(issues.items);
}

function add(issues: IssueList, path: readonly PathSegment[], code: ValidationIssue['code'], message: string, messageEn: string): void {
  issues.push(makeIssue(formatPath(path), code, message, messageEn));
}

function checkUnique<TItem>(
  issues: IssueList,
  list: string,
  items: readonly TItem[],
  field: string,
  key: (item: TItem) => string | number,
): void {
  const seen = new Map<string | number, number>();
  items.forEach((item, index) => {
    const value = key(item);
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else
      add(
        issues,
        [list, index, field],
        'duplicate-id',
        `${field} ${quote(String(value))} 与 ${list}[${first}] 重复`,
        `${field} ${quote(String(value))} is already used by ${list}[${first}]`,
      );
  });
}

function checkNumbering(issues: IssueList, list: string, items: readonly { readonly number: number }[]): void {
  items.forEach((item, index) => {
    if (item.number !== index + 1)
      add(
        issues,
        [list, index, 'number'],
        'non-contiguous-numbering',
        `编号应为 ${index + 1}(从 1 起按顺序连续编号),实际为 ${item.number}`,
        `expected number ${index + 1} (numbering runs 1, 2, 3, … in order), got ${item.number}`,
      );
  });
}

function checkReferences(data: Plan, issues: IssueList): void {
  for (const list of ['parts', 'sections', 'principles', 'goalAreas', 'taskGroups', 'measures', 'units', 'targets'] as const)
    checkUnique(issues, list, data[list] as readonly { readonly id: string }[], 'id', (item) => item.id);
  checkUnique(issues, 'tasks', data.tasks, 'id', (task) => task.id);
  checkUnique(issues, 'units', data.units, 'name', (unit) => unit.name);
  for (const list of ['parts', 'sections', 'principles', 'goalAreas', 'taskGroups', 'tasks', 'measures'] as const)
    checkNumbering(issues, list, data[list]);

  const unitIds = new Set(data.units.map((unit) => unit.id));
  const targetsById = new Map(data.targets.map((target) => [target.id, target]));
  const tasksByNumber = new Map(data.tasks.map((task) => [task.number, task]));
  const groupsByNumber = new Map(data.taskGroups.map((group) => [group.number, group]));
  const areasById = new Map(data.goalAreas.map((area) => [area.id, area]));

  data.taskGroups.forEach((group, groupIndex) => {
    group.tasks.forEach((number, index) => {
      const task = tasksByNumber.get(number);
      if (task === undefined)
        add(issues, ['taskGroups', groupIndex, 'tasks', index], 'unresolved-reference', `任务 ${number} 不在 tasks 中`, `task ${number} is not in tasks`);
      else if (task.group !== group.number)
        add(
          issues,
          ['taskGroups', groupIndex, 'tasks', index],
          'inconsistent-reference',
          `任务 ${number} 列在第 ${group.number} 组,但其 group 为 ${task.group}`,
          `task ${number} is listed in group ${group.number}, but its group is ${task.group}`,
        );
    });
  });

  data.tasks.forEach((task, taskIndex) => {
    if (task.id !== `task-${task.number}`)
      add(issues, ['tasks', taskIndex, 'id'], 'inconsistent-reference', `任务 id 应为 “task-${task.number}”`, `a task's id must read "task-${task.number}"`);
    const group = groupsByNumber.get(task.group);
    if (group === undefined)
      add(issues, ['tasks', taskIndex, 'group'], 'unresolved-reference', `任务组 ${task.group} 不在 taskGroups 中`, `task group ${task.group} is not in taskGroups`);
    else if (!group.tasks.includes(task.number))
      add(
        issues,
        ['tasks', taskIndex, 'group'],
        'inconsistent-reference',
        `任务组 ${task.group} 的 tasks 未列出任务 ${task.number}`,
        `task group ${task.group} does not list task ${task.number}`,
      );
    task.leadUnits.forEach((unitId, index) => {
      if (!unitIds.has(unitId))
        add(issues, ['tasks', taskIndex, 'leadUnits', index], 'unresolved-reference', `单位 ${quote(unitId)} 不在 units 中`, `unit ${quote(unitId)} is not in units`);
    });
    if (task.source.leadUnits.length !== task.leadUnits.length)
      add(
        issues,
        ['tasks', taskIndex, 'source', 'leadUnits'],
        'inconsistent-reference',
        `应有 ${task.leadUnits.length} 个位置(与 leadUnits 一一对应),实际为 ${task.source.leadUnits.length}`,
        `expected ${task.leadUnits.length} spans (one per lead unit), got ${task.source.leadUnits.length}`,
      );
    task.targets.forEach((targetId, index) => {
      const target = targetsById.get(targetId);
      if (target === undefined)
        add(issues, ['tasks', taskIndex, 'targets', index], 'unresolved-reference', `目标 ${quote(targetId)} 不在 targets 中`, `target ${quote(targetId)} is not in targets`);
      else if (!target.mentions.some((mention) => mention.kind === 'task' && mention.task === task.number))
        add(
          issues,
          ['tasks', taskIndex, 'targets', index],
          'inconsistent-reference',
          `目标 ${quote(targetId)} 的 mentions 未提及任务 ${task.number}`,
          `target ${quote(targetId)} has no mention in task ${task.number}`,
        );
    });
  });

  const groupOfTask = new Map<number, number>();
  data.taskGroups.forEach((group, groupIndex) =>
    group.tasks.forEach((number, index) => {
      const other = groupOfTask.get(number);
      if (other !== undefined && other !== group.number)
        add(
          issues,
          ['taskGroups', groupIndex, 'tasks', index],
          'duplicate-id',
          `任务 ${number} 已列在第 ${other} 组`,
          `task ${number} is already listed in group ${other}`,
        );
      else groupOfTask.set(number, group.number);
    }),
  );

  data.goalAreas.forEach((area, areaIndex) => {
    area.targets.forEach((targetId, index) => {
      const target = targetsById.get(targetId);
      if (target === undefined)
        add(issues, ['goalAreas', areaIndex, 'targets', index], 'unresolved-reference', `目标 ${quote(targetId)} 不在 targets 中`, `target ${quote(targetId)} is not in targets`);
      else if (!target.mentions.some((mention) => mention.kind === 'goal-area' && mention.goalArea === area.id))
        add(
          issues,
          ['goalAreas', areaIndex, 'targets', index],
          'inconsistent-reference',
          `目标 ${quote(targetId)} 的 mentions 未提及目标领域 ${quote(area.id)}`,
          `target ${quote(targetId)} has no mention in goal area ${quote(area.id)}`,
        );
    });
  });

  data.targets.forEach((target, targetIndex) => {
    target.mentions.forEach((mention, index) => {
      const path = ['targets', targetIndex, 'mentions', index];
      if (mention.kind === 'goal-area') {
        const area = areasById.get(mention.goalArea);
        if (area !== undefined) checkMentionSpan(issues, path, mention, area.source.text, area.text, { zh: `目标领域 ${quote(area.id)}`, en: `goal area ${quote(area.id)}` });
        if (area === undefined)
          add(issues, [...path, 'goalArea'], 'unresolved-reference', `目标领域 ${quote(mention.goalArea)} 不在 goalAreas 中`, `goal area ${quote(mention.goalArea)} is not in goalAreas`);
        else if (!area.targets.includes(target.id))
          add(
            issues,
            [...path, 'goalArea'],
            'inconsistent-reference',
            `目标领域 ${quote(area.id)} 的 targets 未列出 ${quote(target.id)}`,
            `goal area ${quote(area.id)} does not list target ${quote(target.id)}`,
          );
      } else {
        const task = tasksByNumber.get(mention.task);
        if (task !== undefined) checkMentionSpan(issues, path, mention, task.source.text, task.text, { zh: `任务 ${task.number}`, en: `task ${task.number}` });
        if (task === undefined)
          add(issues, [...path, 'task'], 'unresolved-reference', `任务 ${mention.task} 不在 tasks 中`, `task ${mention.task} is not in tasks`);
        else if (!task.targets.includes(target.id))
          add(
            issues,
            [...path, 'task'],
            'inconsistent-reference',
            `任务 ${mention.task} 的 targets 未列出 ${quote(target.id)}`,
            `task ${mention.task} does not list target ${quote(target.id)}`,
          );
      }
    });
    const path = ['targets', targetIndex];
    const anyAspirational = target.mentions.some((mention) => mention.aspirational);
    if (target.aspirational !== anyAspirational)
      add(
        issues,
        [...path, 'aspirational'],
        'inconsistent-target',
        `aspirational 应为 ${anyAspirational}(是否有任何提及带“力争”)`,
        `aspirational must be ${anyAspirational} (whether any mention is hedged with 力争)`,
      );
    if (target.period.start > target.period.end)
      add(issues, [...path, 'period'], 'inconsistent-target', `期间起始年 ${target.period.start} 晚于结束年 ${target.period.end}`, `period starts (${target.period.start}) after it ends (${target.period.end})`);
    if (target.kind !== 'quantitative') return;
    const isRise = target.comparator === 'rise';
    for (const field of ['value', 'unit', 'baseValue'] as const) {
      if ((target[field] === null) !== isRise)
        add(
          issues,
          [...path, field],
          'inconsistent-target',
          isRise ? `“rise”目标没有数值,${field} 应为 null` : `${field} 不应为 null(仅“rise”目标没有数值)`,
          isRise ? `a "rise" target has no figure: ${field} must be null` : `${field} must not be null (only "rise" targets have no figure)`,
        );
    }
    const isRange = target.comparator === 'range';
    for (const field of ['upperValue', 'baseUpperValue'] as const) {
      if ((target[field] !== undefined) !== isRange)
        add(
          issues,
          [...path, field],
          'inconsistent-target',
          isRange ? `区间目标须有 ${field}` : `仅区间目标有 ${field}`,
          isRange ? `a range target needs ${field}` : `only range targets have ${field}`,
        );
    }
    if (isRange && target.value !== null && target.upperValue !== undefined && target.upperValue < target.value)
      add(issues, [...path, 'upperValue'], 'inconsistent-target', `上限 ${target.upperValue} 小于下限 ${target.value}`, `upper bound ${target.upperValue} is below the lower bound ${target.value}`);
  });
}

/**
 * A mention's words must lie inside the text of the goal area or task it
 * names, and be the words that text has there (checked on the spans alone,
 * without the source text).
 */
function checkMentionSpan(
  issues: IssueList,
  path: readonly PathSegment[],
  mention: { readonly words: string; readonly source: { readonly words: Span } },
  container: Span,
  text: string,
  where: { readonly zh: string; readonly en: string },
): void {
  const span = mention.source.words;
  if (span.end < span.start || container.end < container.start) return;
  const wordsPath = [...path, 'source', 'words'];
  if (span.start < container.start || span.end > container.end) {
    add(
      issues,
      wordsPath,
      'span-out-of-bounds',
      `位置 ${span.start}–${span.end} 不在${where.zh} 正文的位置 ${container.start}–${container.end} 之内`,
      `span ${span.start}–${span.end} lies outside the text of ${where.en} (${container.start}–${container.end})`,
    );
    return;
  }
  const covered = text.slice(span.start - container.start, span.end - container.start);
  if (covered !== mention.words)
    add(
      issues,
      wordsPath,
      'span-mismatch',
      `位置所指${where.zh} 正文为 ${quote(covered)},而非 ${quote(mention.words)}`,
      `the span covers ${quote(covered)} in the text of ${where.en}, not ${quote(mention.words)}`,
    );
}

interface SpanCheck {
  readonly path: readonly PathSegment[];
  readonly span: Span;
  readonly text: string | undefined;
}

function* spansOf(data: Plan): Generator<SpanCheck> {
  const header = data.header;
  for (const field of ['title', 'issuer', 'postedAt', 'pageCounter'] as const)
    yield { path: ['header', 'source', field], span: header.source[field], text: header[field] };
  for (const passage of ['preamble', 'guidingIdeology', 'goalsOverview', 'imprint'] as const)
    yield { path: [passage, 'source', 'text'], span: data[passage].source.text, text: data[passage].text };
  for (const list of ['parts', 'sections'] as const)
    for (const [index, heading] of data[list].entries()) yield { path: [list, index, 'source', 'title'], span: heading.source.title, text: heading.title };
  for (const list of ['principles', 'goalAreas'] as const)
    for (const [index, record] of data[list].entries())
      for (const field of ['name', 'text'] as const) yield { path: [list, index, 'source', field], span: record.source[field], text: record[field] };
  for (const [index, group] of data.taskGroups.entries())
    for (const field of ['title', 'intro'] as const) yield { path: ['taskGroups', index, 'source', field], span: group.source[field], text: group[field] };
  const unitNames = new Map(data.units.map((unit) => [unit.id, unit.name]));
  for (const [index, task] of data.tasks.entries()) {
    for (const field of ['title', 'text'] as const) yield { path: ['tasks', index, 'source', field], span: task.source[field], text: task[field] };
    for (const [unitIndex, span] of task.source.leadUnits.entries()) {
      const unitId = task.leadUnits[unitIndex];
      yield { path: ['tasks', index, 'source', 'leadUnits', unitIndex], span, text: unitId === undefined ? undefined : unitNames.get(unitId) };
    }
  }
  for (const [index, measure] of data.measures.entries())
    for (const field of ['title', 'text'] as const) yield { path: ['measures', index, 'source', field], span: measure.source[field], text: measure[field] };
  for (const [index, unit] of data.units.entries()) yield { path: ['units', index, 'source', 'name'], span: unit.source.name, text: unit.name };
  for (const [index, target] of data.targets.entries())
    for (const [mentionIndex, mention] of target.mentions.entries())
      yield { path: ['targets', index, 'mentions', mentionIndex, 'source', 'words'], span: mention.source.words, text: mention.words };
}

function checkSpans(data: Plan, sourceText: string | undefined, issues: IssueList): void {
  const starts = sourceText === undefined ? undefined : lineStarts(sourceText);
  for (const { path, span, text } of spansOf(data)) {
    if (issues.full) return;
    if (span.end < span.start) {
      add(issues, path, 'span-out-of-bounds', `结束位置 ${span.end} 在起始位置 ${span.start} 之前`, `span ends (${span.end}) before it starts (${span.start})`);
      continue;
    }
    if (sourceText !== undefined && span.end > sourceText.length) {
      add(issues, path, 'span-out-of-bounds', `结束位置 ${span.end} 超出原文长度 ${sourceText.length}`, `span ends (${span.end}) beyond the source text (length ${sourceText.length})`);
      continue;
    }
    if (text === undefined) continue;
    if (sourceText === undefined) {
      if (span.end - span.start !== text.length)
        add(
          issues,
          path,
          'span-mismatch',
          `位置长度 ${span.end - span.start} 与文字长度 ${text.length} 不符`,
          `span length ${span.end - span.start} differs from the text's length ${text.length}`,
        );
      continue;
    }
    const covered = sourceText.slice(span.start, span.end);
    if (covered !== text)
      add(issues, path, 'span-mismatch', `位置所指原文为 ${quote(covered)},而非 ${quote(text)}`, `the span covers ${quote(covered)} in the source, not ${quote(text)}`);
    else if (starts !== undefined && lineOf(starts, span.start) !== span.line)
      add(
        issues,
        [...path, 'line'],
        'span-mismatch',
        `该位置在第 ${lineOf(starts, span.start)} 行,而非第 ${span.line} 行`,
        `the span starts on line ${lineOf(starts, span.start)}, not line ${span.line}`,
      );
  }
}
