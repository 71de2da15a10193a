// What a schema cannot say about a plan: one check per relation between its records, run in order from
// `referenceChecks`. The checks of one record run together, so issues come out record by record.
import { scaleByPowerOfTen } from '../_lib/decimal.js';
import { quote } from '../_lib/describe.js';
import type { IssueList, PathSegment } from '../issues/_helpers.js';
import { unitFactors } from '../model/quantities.js';
import type { GoalArea, Plan, Span, Target, TargetMention, Task, TaskGroup } from '../model/types.js';

/** What every check reads: the plan, its records by key, and the list the issues go to. */
export interface PlanContext {
  readonly data: Plan;
  readonly issues: IssueList;
  readonly unitIds: ReadonlySet<string>;
  readonly targetsById: ReadonlyMap<string, Target>;
  readonly tasksByNumber: ReadonlyMap<number, Task>;
  readonly groupsByNumber: ReadonlyMap<number, TaskGroup>;
  readonly areasById: ReadonlyMap<string, GoalArea>;
}

/** The context of the checks of `data`, its records indexed once. */
export function planContext(data: Plan, issues: IssueList): PlanContext {
  return {
    data,
    issues,
    unitIds: new Set(data.units.map((unit) => unit.id)),
    targetsById: new Map(data.targets.map((target) => [target.id, target])),
    tasksByNumber: new Map(data.tasks.map((task) => [task.number, task])),
    groupsByNumber: new Map(data.taskGroups.map((group) => [group.number, group])),
    areasById: new Map(data.goalAreas.map((area) => [area.id, area])),
  };
}

type PlanCheck = (context: PlanContext) => void;
type RecordCheck<TRecord> = (record: TRecord, path: readonly PathSegment[], context: PlanContext) => void;

/** Runs `checks` on each record of a list, all the checks of one record before the next record. */
function forEach<TRecord>(
  list: (data: Plan) => readonly TRecord[],
  name: string,
  ...checks: readonly RecordCheck<TRecord>[]
): PlanCheck {
  return (context) =>
    list(context.data).forEach((record, index) => {
      for (const check of checks) check(record, [name, index], context);
    });
}

const ID_LISTS = [
  'parts',
  'sections',
  'principles',
  'goalAreas',
  'taskGroups',
  'measures',
  'units',
  'targets',
] as const;
const NUMBERED_LISTS = ['parts', 'sections', 'principles', 'goalAreas', 'taskGroups', 'tasks', 'measures'] as const;

/** Ids, unit names and task ids are each used once. */
function idsAreUnique({ data, issues }: PlanContext): void {
  for (const list of ID_LISTS)
    unique(issues, list, data[list] as readonly { readonly id: string }[], 'id', (item) => item.id);
  unique(issues, 'tasks', data.tasks, 'id', (task) => task.id);
  unique(issues, 'units', data.units, 'name', (unit) => unit.name);
}

function unique<TItem>(
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
      issues.add(
        [list, index, field],
        'duplicate-id',
        `${field} ${quote(String(value))} 与 ${list}[${first}] 重复`,
        `${field} ${quote(String(value))} is already used by ${list}[${first}]`,
      );
  });
}

/** Every numbered list runs 1, 2, 3, … in order. */
function numbersRunInOrder({ data, issues }: PlanContext): void {
  for (const list of NUMBERED_LISTS)
    data[list].forEach((item, index) => {
      if (item.number !== index + 1)
        issues.add(
          [list, index, 'number'],
          'non-contiguous-numbering',
          `编号应为 ${index + 1}(从 1 起按顺序连续编号),实际为 ${item.number}`,
          `expected number ${index + 1} (numbering runs 1, 2, 3, … in order), got ${item.number}`,
        );
    });
}

/** Task group → tasks: each task a group lists exists and names that group. */
const groupTasksExist: RecordCheck<TaskGroup> = (group, path, { issues, tasksByNumber }) => {
  group.tasks.forEach((number, index) => {
    const task = tasksByNumber.get(number);
    if (task === undefined)
      issues.add(
        [...path, 'tasks', index],
        'unresolved-reference',
        `任务 ${number} 不在 tasks 中`,
        `task ${number} is not in tasks`,
      );
    else if (task.group !== group.number)
      issues.add(
        [...path, 'tasks', index],
        'inconsistent-reference',
        `任务 ${number} 列在第 ${group.number} 组,但其 group 为 ${task.group}`,
        `task ${number} is listed in group ${group.number}, but its group is ${task.group}`,
      );
  });
};

/** Task → its id: `task-<number>`. */
const taskIdReadsNumber: RecordCheck<Task> = (task, path, { issues }) => {
  if (task.id !== `task-${task.number}`)
    issues.add(
      [...path, 'id'],
      'inconsistent-reference',
      `任务 id 应为 “task-${task.number}”`,
      `a task's id must read "task-${task.number}"`,
    );
};

/** Task → task group: the group exists and lists the task. */
const taskGroupListsTask: RecordCheck<Task> = (task, path, { issues, groupsByNumber }) => {
  const group = groupsByNumber.get(task.group);
  if (group === undefined)
    issues.add(
      [...path, 'group'],
      'unresolved-reference',
      `任务组 ${task.group} 不在 taskGroups 中`,
      `task group ${task.group} is not in taskGroups`,
    );
  else if (!group.tasks.includes(task.number))
    issues.add(
      [...path, 'group'],
      'inconsistent-reference',
      `任务组 ${task.group} 的 tasks 未列出任务 ${task.number}`,
      `task group ${task.group} does not list task ${task.number}`,
    );
};

/** Task → units: each lead unit exists. */
const taskUnitsExist: RecordCheck<Task> = (task, path, { issues, unitIds }) => {
  task.leadUnits.forEach((unitId, index) => {
    const first = task.leadUnits.indexOf(unitId);
    if (first !== index)
      issues.add(
        [...path, 'leadUnits', index],
        'duplicate-id',
        `单位 ${quote(unitId)} 与 leadUnits[${first}] 重复`,
        `unit ${quote(unitId)} is already listed at leadUnits[${first}]`,
      );
    else if (!unitIds.has(unitId))
      issues.add(
        [...path, 'leadUnits', index],
        'unresolved-reference',
        `单位 ${quote(unitId)} 不在 units 中`,
        `unit ${quote(unitId)} is not in units`,
      );
  });
};

/** Task → unit spans: one span per lead unit. */
const unitSpansPerUnit: RecordCheck<Task> = (task, path, { issues }) => {
  if (task.source.leadUnits.length !== task.leadUnits.length)
    issues.add(
      [...path, 'source', 'leadUnits'],
      'inconsistent-reference',
      `应有 ${task.leadUnits.length} 个位置(与 leadUnits 一一对应),实际为 ${task.source.leadUnits.length}`,
      `expected ${task.leadUnits.length} spans (one per lead unit), got ${task.source.leadUnits.length}`,
    );
};

/**
 * Record → targets: each target a record lists exists and has a mention in
 * that record (`holder` says whether a mention is in it, and names it).
 */
function targetsMentionHolder<TRecord extends { readonly targets: readonly string[] }>(
  holder: (record: TRecord) => {
    readonly mentions: (mention: TargetMention) => boolean;
    readonly zh: string;
    readonly en: string;
  },
): RecordCheck<TRecord> {
  return (record, path, { issues, targetsById }) => {
    const named = holder(record);
    record.targets.forEach((targetId, index) => {
      const target = targetsById.get(targetId);
      if (target === undefined)
        issues.add(
          [...path, 'targets', index],
          'unresolved-reference',
          `目标 ${quote(targetId)} 不在 targets 中`,
          `target ${quote(targetId)} is not in targets`,
        );
      else if (!target.mentions.some(named.mentions))
        issues.add(
          [...path, 'targets', index],
          'inconsistent-reference',
          `目标 ${quote(targetId)} 的 mentions 未提及${named.zh}`,
          `target ${quote(targetId)} has no mention in ${named.en}`,
        );
    });
  };
}

/** Task → targets: each target exists and has a mention in the task. */
const taskTargetsMentionTask = targetsMentionHolder<Task>((task) => ({
  mentions: (mention) => mention.kind === 'task' && mention.task === task.number,
  zh: `任务 ${task.number}`,
  en: `task ${task.number}`,
}));

/** Task groups → tasks: no task is listed in two groups. */
function tasksListedOnce({ data, issues }: PlanContext): void {
  const groupOfTask = new Map<number, number>();
  data.taskGroups.forEach((group, groupIndex) => {
    group.tasks.forEach((number, index) => {
      const other = groupOfTask.get(number);
      if (other !== undefined && other !== group.number)
        issues.add(
          ['taskGroups', groupIndex, 'tasks', index],
          'duplicate-id',
          `任务 ${number} 已列在第 ${other} 组`,
          `task ${number} is already listed in group ${other}`,
        );
      else groupOfTask.set(number, group.number);
    });
  });
}

/** Goal area → targets: each target exists and has a mention in the goal area. */
const goalAreaTargetsMentionArea = targetsMentionHolder<GoalArea>((area) => ({
  mentions: (mention) => mention.kind === 'goal-area' && mention.goalArea === area.id,
  zh: `目标领域 ${quote(area.id)}`,
  en: `goal area ${quote(area.id)}`,
}));

/** A mention checked with the target it belongs to. */
type MentionCheck = (
  mention: TargetMention,
  path: readonly PathSegment[],
  target: Target,
  context: PlanContext,
) => void;

/** Target → mentions: runs `checks` on each mention of the target. */
function forEachMention(...checks: readonly MentionCheck[]): RecordCheck<Target> {
  return (target, path, context) =>
    target.mentions.forEach((mention, index) => {
      for (const check of checks) check(mention, [...path, 'mentions', index], target, context);
    });
}

/**
 * Mention → text: a mention's words lie inside the text of the goal area or task it names, and are the
 * words that text has there (checked on the spans alone, without the source text).
 */
const mentionWordsInText: MentionCheck = (mention, path, _target, { issues, areasById, tasksByNumber }) => {
  if (mention.kind === 'goal-area') {
    const area = areasById.get(mention.goalArea);
    if (area !== undefined)
      wordsInText(issues, path, mention, area.source.text, area.text, {
        zh: `目标领域 ${quote(area.id)}`,
        en: `goal area ${quote(area.id)}`,
      });
  } else {
    const task = tasksByNumber.get(mention.task);
    if (task !== undefined)
      wordsInText(issues, path, mention, task.source.text, task.text, {
        zh: `任务 ${task.number}`,
        en: `task ${task.number}`,
      });
  }
};

function wordsInText(
  issues: IssueList,
  path: readonly PathSegment[],
  mention: TargetMention,
  container: Span,
  text: string,
  where: { readonly zh: string; readonly en: string },
): void {
  const span = mention.source.words;
  if (span.end < span.start || container.end < container.start) return;
  const wordsPath = [...path, 'source', 'words'];
  if (span.start < container.start || span.end > container.end) {
    issues.add(
      wordsPath,
      'span-out-of-bounds',
      `位置 ${span.start}–${span.end} 不在${where.zh} 正文的位置 ${container.start}–${container.end} 之内`,
      `span ${span.start}–${span.end} lies outside the text of ${where.en} (${container.start}–${container.end})`,
    );
    return;
  }
  const covered = text.slice(span.start - container.start, span.end - container.start);
  if (covered !== mention.words)
    issues.add(
      wordsPath,
      'span-mismatch',
      `位置所指${where.zh} 正文为 ${quote(covered)},而非 ${quote(mention.words)}`,
      `the span covers ${quote(covered)} in the text of ${where.en}, not ${quote(mention.words)}`,
    );
}

/** Mention → goal area or task: it exists and lists the target back. */
const mentionListedBack: MentionCheck = (mention, path, target, { issues, areasById, tasksByNumber }) => {
  if (mention.kind === 'goal-area') {
    const area = areasById.get(mention.goalArea);
    if (area === undefined)
      issues.add(
        [...path, 'goalArea'],
        'unresolved-reference',
        `目标领域 ${quote(mention.goalArea)} 不在 goalAreas 中`,
        `goal area ${quote(mention.goalArea)} is not in goalAreas`,
      );
    else if (!area.targets.includes(target.id))
      issues.add(
        [...path, 'goalArea'],
        'inconsistent-reference',
        `目标领域 ${quote(area.id)} 的 targets 未列出 ${quote(target.id)}`,
        `goal area ${quote(area.id)} does not list target ${quote(target.id)}`,
      );
  } else {
    const task = tasksByNumber.get(mention.task);
    if (task === undefined)
      issues.add(
        [...path, 'task'],
        'unresolved-reference',
        `任务 ${mention.task} 不在 tasks 中`,
        `task ${mention.task} is not in tasks`,
      );
    else if (!task.targets.includes(target.id))
      issues.add(
        [...path, 'task'],
        'inconsistent-reference',
        `任务 ${mention.task} 的 targets 未列出 ${quote(target.id)}`,
        `task ${mention.task} does not list target ${quote(target.id)}`,
      );
  }
};

/** Target → mentions: `aspirational` says whether any mention is hedged with 力争. */
const aspirationalMatchesMentions: RecordCheck<Target> = (target, path, { issues }) => {
  const anyAspirational = target.mentions.some((mention) => mention.aspirational);
  if (target.aspirational !== anyAspirational)
    issues.add(
      [...path, 'aspirational'],
      'inconsistent-target',
      `aspirational 应为 ${anyAspirational}(是否有任何提及带“力争”)`,
      `aspirational must be ${anyAspirational} (whether any mention is hedged with 力争)`,
    );
};

/** Target → period: it starts no later than it ends. */
const periodRunsForward: RecordCheck<Target> = (target, path, { issues }) => {
  if (target.period.start > target.period.end)
    issues.add(
      [...path, 'period'],
      'inconsistent-target',
      `期间起始年 ${target.period.start} 晚于结束年 ${target.period.end}`,
      `period starts (${target.period.start}) after it ends (${target.period.end})`,
    );
};

/** Target → base value: the figure times its unit's factor (`1.2 万家` → 12000), where the unit is one of ours. */
const baseValueMatchesFigure: RecordCheck<Target> = (target, path, { issues }) => {
  if (target.kind !== 'quantitative' || target.unit === null || !Object.hasOwn(unitFactors, target.unit)) return;
  const power = Math.round(Math.log10(unitFactors[target.unit as keyof typeof unitFactors]));
  for (const [field, baseField] of [
    ['value', 'baseValue'],
    ['upperValue', 'baseUpperValue'],
  ] as const) {
    const figure = target[field];
    const base = target[baseField];
    if (typeof figure !== 'number' || typeof base !== 'number') continue;
    const expected = scaleByPowerOfTen(figure, power);
    if (base !== expected)
      issues.add(
        [...path, baseField],
        'inconsistent-target',
        `${baseField} 应为 ${figure} ${target.unit} 即 ${expected},实际为 ${base}`,
        `${baseField} must be ${figure} ${target.unit}, that is ${expected}, got ${base}`,
      );
  }
};

/** The plan's period and the seed's lines run forward. */
function rangesRunForward({ data, issues }: PlanContext): void {
  for (const [path, range] of [
    [['period'], data.period],
    [['seed', 'lines'], data.seed.lines],
  ] as const)
    if (range.start > range.end)
      issues.add(
        path,
        'invalid-value',
        `起始 ${range.start} 晚于结束 ${range.end}`,
        `starts (${range.start}) after it ends (${range.end})`,
      );
}

/** Target → comparator: a figure unless `rise`, an upper bound exactly for ranges, and not below the lower one. */
const figuresFitComparator: RecordCheck<Target> = (target, path, { issues }) => {
  if (target.kind !== 'quantitative') return;
  const isRise = target.comparator === 'rise';
  for (const field of ['value', 'unit', 'baseValue'] as const) {
    if ((target[field] === null) !== isRise)
      issues.add(
        [...path, field],
        'inconsistent-target',
        isRise ? `“rise”目标没有数值,${field} 应为 null` : `${field} 不应为 null(仅“rise”目标没有数值)`,
        isRise
          ? `a "rise" target has no figure: ${field} must be null`
          : `${field} must not be null (only "rise" targets have no figure)`,
      );
  }
  const isRange = target.comparator === 'range';
  for (const field of ['upperValue', 'baseUpperValue'] as const) {
    if ((target[field] !== undefined) !== isRange)
      issues.add(
        [...path, field],
        'inconsistent-target',
        isRange ? `区间目标须有 ${field}` : `仅区间目标有 ${field}`,
        isRange ? `a range target needs ${field}` : `only range targets have ${field}`,
      );
  }
  if (isRange && target.value !== null && target.upperValue !== undefined && target.upperValue < target.value)
    issues.add(
      [...path, 'upperValue'],
      'inconsistent-target',
      `上限 ${target.upperValue} 小于下限 ${target.value}`,
      `upper bound ${target.upperValue} is below the lower bound ${target.value}`,
    );
};

/** Every reference check, in the order its issues are listed. */
export const referenceChecks: readonly PlanCheck[] = [
  rangesRunForward,
  idsAreUnique,
  numbersRunInOrder,
  forEach((data) => data.taskGroups, 'taskGroups', groupTasksExist),
  forEach(
    (data) => data.tasks,
    'tasks',
    taskIdReadsNumber,
    taskGroupListsTask,
    taskUnitsExist,
    unitSpansPerUnit,
    taskTargetsMentionTask,
  ),
  tasksListedOnce,
  forEach((data) => data.goalAreas, 'goalAreas', goalAreaTargetsMentionArea),
  forEach(
    (data) => data.targets,
    'targets',
    forEachMention(mentionWordsInText, mentionListedBack),
    aspirationalMatchesMentions,
    periodRunsForward,
    figuresFitComparator,
    baseValueMatchesFigure,
  ),
];
