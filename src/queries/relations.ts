import { describeInput } from '../_lib/describe.js';
import { plan } from '../data/plan.js';
import type { GoalAreaId, PlanTarget, PlanTask, PlanUnit, TargetId, TaskNumber } from '../model/ids.js';
import { EMPTY, indexes } from './_indexes.js';
import { goalAreaFor, targetFor, taskFor, taskGroupFor, unitFor } from './_resolve.js';
import type { CoResponsibleUnit, TaskGroupKey, UnitKey } from './types.js';

/**
 * Options for {@link tasksByUnit}.
 * @example
 * ```ts
 * import { tasksByUnit, type TasksByUnitOptions } from 'nanjing-innovation-plan';
 * const leadsFirst: TasksByUnitOptions = { primary: true };
 * tasksByUnit('市发改委', leadsFirst).map((task) => task.number) //=> [4, 11, 13, 15, 17]
 * tasksByUnit('市发改委').length //=> 15
 * ```
 * @category Queries
 */
export interface TasksByUnitOptions {
  /** Only the tasks the unit leads first (the first unit of the `责任单位` line). Default `false`. */
  readonly primary?: boolean;
}

/**
 * A unit's part in a task: `primary` (named first in its `责任单位` line, the
 * lead), `supporting` (named after the first) or `null` (not named).
 * @example
 * ```ts
 * import {
 *   getUnit, responsibilityMatrix, type ResponsibilityRole, type TaskNumber, type UnitKey,
 * } from 'nanjing-innovation-plan';
 * const { units, roles } = responsibilityMatrix();
 * const roleIn = (unit: UnitKey, task: TaskNumber): ResponsibilityRole | undefined =>
 *   roles[units.indexOf(getUnit(unit))]?.[task - 1];
 * roleIn('市工信局', 3) //=> 'primary'
 * roleIn('市投促局', 3) //=> 'supporting'
 * roleIn('市科技局', 3) //=> null
 * ```
 * @category Queries
 */
export type ResponsibilityRole = 'primary' | 'supporting' | null;

/**
 * Every unit × every task: `roles[u][t]` is the part of `units[u]` in `tasks[t]`.
 * @example
 * ```ts
 * import { responsibilityMatrix, type ResponsibilityMatrix } from 'nanjing-innovation-plan';
 * const matrix: ResponsibilityMatrix = responsibilityMatrix();
 * matrix.units.length //=> 35
 * matrix.tasks.length //=> 32
 * // the tasks 市科技局 (the first row) leads first
 * matrix.roles[0]?.flatMap((role, t) => (role === 'primary' ? [matrix.tasks[t]?.number] : [])) //=> [1, 16, 18, 19]
 * ```
 * @category Queries
 */
export interface ResponsibilityMatrix {
  /** The rows: every unit, in the order of the registry (first named first). */
  readonly units: readonly PlanUnit[];
  /** The columns: every task, 1–32. */
  readonly tasks: readonly PlanTask[];
  /** `roles[u][t]`: the role of `units[u]` in `tasks[t]`. */
  readonly roles: readonly (readonly ResponsibilityRole[])[];
}

/**
 * The tasks a unit is responsible for, in task order.
 *
 * @param unit - The unit's id or its name as written (`'市科技局'`).
 * @param options - `{ primary: true }` keeps only the tasks the unit leads first; `undefined` for the defaults.
 * @returns A frozen array of frozen task records (empty if the unit leads none first).
 * @throws {@link UnknownIdError} If the unit is unknown.
 * @throws TypeError If `options` is given but is not an object (`null` included), or `primary` is not a boolean.
 * @example
 * ```ts
 * import { tasksByUnit } from 'nanjing-innovation-plan';
 * tasksByUnit('市科技局', { primary: true }).map((task) => task.number) //=> [1, 16, 18, 19]
 * tasksByUnit('market-regulation-bureau').map((task) => task.number) //=> [24, 26, 29, 31]
 * ```
 * @category Queries
 */
export function tasksByUnit(unit: UnitKey, options?: TasksByUnitOptions): readonly PlanTask[] {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new TypeError(`tasksByUnit: expected options to be an object or undefined, got ${describeInput(options)}`);
  }
  const primary = options?.primary;
  if (primary !== undefined && typeof primary !== 'boolean') {
    throw new TypeError(`tasksByUnit: expected options.primary to be a boolean, got ${describeInput(primary)}`);
  }
  const index = primary === true ? indexes().primaryTasksByUnit : indexes().tasksByUnit;
  const tasks = index.get(unit);
  if (tasks !== undefined) return tasks;
  unitFor(unit, 'tasksByUnit'); // throws for an unknown unit; a known one simply has no such tasks
  return EMPTY;
}

/**
 * The units responsible for a task, in the order written: the first is the
 * primary lead.
 *
 * @param task - The task's number, 1–32.
 * @returns A frozen array of frozen unit records.
 * @throws {@link UnknownIdError} If the task is unknown.
 * @example
 * ```ts
 * import { unitsByTask } from 'nanjing-innovation-plan';
 * unitsByTask(3).map((unit) => unit.name) //=> ['市工信局', '市投促局']
 * ```
 * @category Queries
 */
export function unitsByTask(task: TaskNumber): readonly PlanUnit[] {
  return indexes().unitsByTask.get(taskFor(task, 'unitsByTask').number) ?? EMPTY;
}

/**
 * The targets a task states, in the order stated.
 *
 * @param task - The task's number, 1–32.
 * @returns A frozen array of frozen target records (empty for the tasks that state none).
 * @throws {@link UnknownIdError} If the task is unknown.
 * @example
 * ```ts
 * import { targetsByTask } from 'nanjing-innovation-plan';
 * targetsByTask(1).map((target) => target.id) //=> ['high-tech-enterprises', 'tech-smes']
 * targetsByTask(9) //=> []
 * ```
 * @category Queries
 */
export function targetsByTask(task: TaskNumber): readonly PlanTarget[] {
  return indexes().targetsByTask.get(taskFor(task, 'targetsByTask').number) ?? EMPTY;
}

/**
 * The tasks that state a target (a target stated only in a goal area has none).
 *
 * @param target - The target's id.
 * @returns A frozen array of frozen task records, in task order.
 * @throws {@link UnknownIdError} If the target is unknown.
 * @example
 * ```ts
 * import { tasksByTarget } from 'nanjing-innovation-plan';
 * tasksByTarget('listed-companies').map((task) => task.number) //=> [6]
 * tasksByTarget('market-entities') //=> []
 * ```
 * @category Queries
 */
export function tasksByTarget(target: TargetId): readonly PlanTask[] {
  return indexes().tasksByTarget.get(targetFor(target, 'tasksByTarget').id) ?? EMPTY;
}

/**
 * The targets a goal area states, in the order stated.
 *
 * @param goalArea - The goal area's id.
 * @returns A frozen array of frozen target records.
 * @throws {@link UnknownIdError} If the goal area is unknown.
 * @example
 * ```ts
 * import { targetsByGoalArea } from 'nanjing-innovation-plan';
 * targetsByGoalArea('talent-concentration').map((target) => target.id)
 * //=> ['talent-pool', 'overseas-talent-growth', 'rd-personnel-per-10k-workers']
 * ```
 * @category Queries
 */
export function targetsByGoalArea(goalArea: GoalAreaId): readonly PlanTarget[] {
  return indexes().targetsByGoalArea.get(goalAreaFor(goalArea, 'targetsByGoalArea').id) ?? EMPTY;
}

/**
 * The tasks of a task group, in order.
 *
 * @param group - The group's number (1–6) or id.
 * @returns A frozen array of frozen task records.
 * @throws {@link UnknownIdError} If the group is unknown.
 * @example
 * ```ts
 * import { tasksByGroup } from 'nanjing-innovation-plan';
 * tasksByGroup(4).map((task) => task.title)
 * //=> ['实施紫金山英才计划', '围绕产业链部署人才链和创业链', '改革优化人才评价机制', '提升服务人才保障效能']
 * ```
 * @category Queries
 */
export function tasksByGroup(group: TaskGroupKey): readonly PlanTask[] {
  return indexes().tasksByGroup.get(taskGroupFor(group, 'tasksByGroup').number) ?? EMPTY;
}

/**
 * The units that share tasks with a unit, most shared tasks first (then in
 * the order of the registry), each with the tasks shared.
 *
 * @param unit - The unit's id or its name as written.
 * @returns A frozen array of frozen entries `{ unit, tasks, count }`.
 * @throws {@link UnknownIdError} If the unit is unknown.
 * @example
 * ```ts
 * import { coResponsibleUnits } from 'nanjing-innovation-plan';
 * coResponsibleUnits('市市场监管局').map(({ unit, tasks }) => [unit.name, tasks])
 * //=> [['市科技局', [24, 31]], ['市工信局', [24, 31]], ['市发改委', [24]], ['市委创新办', [24]], ['市财政局', [31]]]
 * ```
 * @category Queries
 */
export function coResponsibleUnits(unit: UnitKey): readonly CoResponsibleUnit[] {
  return indexes().coResponsible.get(unitFor(unit, 'coResponsibleUnits').id) ?? EMPTY;
}

let matrix: ResponsibilityMatrix | undefined;

/**
 * The unit × task responsibility matrix: for every unit and every task,
 * whether the unit leads it first, supports it, or is not named.
 *
 * @returns A frozen matrix, built once.
 * @example
 * ```ts
 * import { responsibilityMatrix } from 'nanjing-innovation-plan';
 * const { units, tasks, roles } = responsibilityMatrix();
 * units[0]?.name //=> '市科技局'
 * tasks[0].number //=> 1
 * roles[0][0] //=> 'primary'
 * roles[0][1] //=> null
 * ```
 * @category Queries
 */
export function responsibilityMatrix(): ResponsibilityMatrix {
  return (matrix ??= Object.freeze({
    units: plan.units,
    tasks: plan.tasks,
    roles: Object.freeze(
      plan.units.map((unit) =>
        Object.freeze(
          plan.tasks.map((task): ResponsibilityRole => {
            const position = (task.leadUnits as readonly string[]).indexOf(unit.id);
            return position === 0 ? 'primary' : position > 0 ? 'supporting' : null;
          }),
        ),
      ),
    ),
  }));
}
