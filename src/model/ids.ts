// Names for parts of the plan's type, which the generator writes beside the data.
import type { NanjingPlan } from '../data/plan.js';

export type { NanjingPlan };

// Each alias below ends in `| never`, which changes nothing in the type but
// writes it as a union of its own: TypeScript then keeps the alias's name, so
// hovers, error messages and the API reference print `PlanTask` or
// `TaskNumber` rather than the 32 records or numbers they stand for.

/**
 * A task of this plan, with its literal values.
 * @example
 * ```ts
 * import { getTask, type PlanTask } from 'nanjing-innovation-plan';
 * const task: PlanTask = getTask(23);
 * task.title //=> '提升服务人才保障效能'
 * task.group //=> 4
 * ```
 * @category Data
 */
export type PlanTask = NanjingPlan['tasks'][number] | never;

/**
 * A responsible unit of this plan, with its literal values.
 * @example
 * ```ts
 * import { getUnit, type PlanUnit } from 'nanjing-innovation-plan';
 * const unit: PlanUnit = getUnit('浦口区');
 * unit //=> { id: 'pukou-district', name: '浦口区', nameEn: 'Pukou District', kind: 'district', tier: 'district', … }
 * ```
 * @category Data
 */
export type PlanUnit = NanjingPlan['units'][number] | never;

/**
 * A target of this plan, with its literal values.
 * @example
 * ```ts
 * import { getTarget, type PlanTarget } from 'nanjing-innovation-plan';
 * const target: PlanTarget = getTarget('market-entities');
 * target.statement //=> '市场主体达265万家'
 * target.kind === 'quantitative' && target.baseValue //=> 2650000
 * ```
 * @category Data
 */
export type PlanTarget = NanjingPlan['targets'][number] | never;

/**
 * A basic principle of this plan, with its literal values.
 * @example
 * ```ts
 * import { getPrinciple, type PlanPrinciple } from 'nanjing-innovation-plan';
 * const principle: PlanPrinciple = getPrinciple('market-led');
 * principle.name //=> '坚持市场主导'
 * principle.nameEn //=> "Uphold the market's leading role"
 * ```
 * @category Data
 */
export type PlanPrinciple = NanjingPlan['principles'][number] | never;

/**
 * A goal area of this plan, with its literal values.
 * @example
 * ```ts
 * import { getGoalArea, type PlanGoalArea } from 'nanjing-innovation-plan';
 * const area: PlanGoalArea = getGoalArea('clusters-rise');
 * area.name //=> '创新产业集群蓄势崛起'
 * area.targets.length //=> 6
 * ```
 * @category Data
 */
export type PlanGoalArea = NanjingPlan['goalAreas'][number] | never;

/**
 * A task group of this plan, with its literal values.
 * @example
 * ```ts
 * import { getTaskGroup, type PlanTaskGroup } from 'nanjing-innovation-plan';
 * const group: PlanTaskGroup = getTaskGroup(5);
 * group.id //=> 'factor-markets'
 * group.tasks //=> [24, 25, 26, 27]
 * ```
 * @category Data
 */
export type PlanTaskGroup = NanjingPlan['taskGroups'][number] | never;

/**
 * A safeguard measure of this plan, with its literal values.
 * @example
 * ```ts
 * import { getMeasure, type PlanMeasure } from 'nanjing-innovation-plan';
 * const measure: PlanMeasure = getMeasure('investment-guarantees');
 * measure.title //=> '强化保障投入'
 * measure.titleEn //=> 'Step up support and investment'
 * ```
 * @category Data
 */
export type PlanMeasure = NanjingPlan['measures'][number] | never;

// TaskNumber is written out in order, so that declarations, the reference and hovers read `1 | 2 | 3 …`:
// derived from the data, the union printed in the order TypeScript first met each number (32, the tasks'
// count, came first). A type test (test/model/ids.test-d.ts) holds it equal to the data's task numbers.
/**
 * The number of a task: `1 | 2 | … | 32`.
 * @example
 * ```ts
 * import { tasksByUnit, type TaskNumber } from 'nanjing-innovation-plan';
 * const numbers: TaskNumber[] = tasksByUnit('市市场监管局').map((task) => task.number);
 * numbers //=> [24, 26, 29, 31]
 * // getTask(33) does not compile: 33 is not a TaskNumber
 * ```
 * @category Data
 */
export type TaskNumber =
  | 1
  | 2
  | 3
  | 4
  | 5
  | 6
  | 7
  | 8
  | 9
  | 10
  | 11
  | 12
  | 13
  | 14
  | 15
  | 16
  | 17
  | 18
  | 19
  | 20
  | 21
  | 22
  | 23
  | 24
  | 25
  | 26
  | 27
  | 28
  | 29
  | 30
  | 31
  | 32;

/**
 * The id of a task: `'task-1' | … | 'task-32'`.
 * @example
 * ```ts
 * import { getTask, type TaskId } from 'nanjing-innovation-plan';
 * const id: TaskId = getTask(7).id;
 * id //=> 'task-7'
 * ```
 * @category Data
 */
export type TaskId = PlanTask['id'] | never;

/**
 * The id of a responsible unit, e.g. `'science-technology-bureau'`.
 * @example
 * ```ts
 * import { getUnit, unitsByTask, type UnitId } from 'nanjing-innovation-plan';
 * const ids: UnitId[] = unitsByTask(3).map((unit) => unit.id);
 * ids //=> ['industry-it-bureau', 'investment-promotion-bureau']
 * const id: UnitId = 'science-technology-bureau';
 * getUnit(id).name //=> '市科技局'
 * ```
 * @category Data
 */
export type UnitId = PlanUnit['id'] | never;

/**
 * The name of a responsible unit as the plan writes it, e.g. `'市科技局'`.
 * @example
 * ```ts
 * import { getUnit, unitsByTask, type UnitName } from 'nanjing-innovation-plan';
 * const names: UnitName[] = unitsByTask(3).map((unit) => unit.name);
 * names //=> ['市工信局', '市投促局']
 * const name: UnitName = '市科技局';
 * getUnit(name).id //=> 'science-technology-bureau'
 * ```
 * @category Data
 */
export type UnitName = PlanUnit['name'] | never;

/**
 * The id of a target, e.g. `'high-tech-enterprises'`.
 * @example
 * ```ts
 * import { getTarget, getTask, type TargetId } from 'nanjing-innovation-plan';
 * const ids: readonly TargetId[] = getTask(1).targets;
 * ids //=> ['high-tech-enterprises', 'tech-smes']
 * const id: TargetId = 'tech-smes';
 * getTarget(id).statement //=> '科技型中小企业达2.5万家'
 * ```
 * @category Data
 */
export type TargetId = PlanTarget['id'] | never;

/**
 * The id of a basic principle, e.g. `'innovation-driven'`.
 * @example
 * ```ts
 * import { plan, type PrincipleId } from 'nanjing-innovation-plan';
 * const ids: PrincipleId[] = plan.principles.map((principle) => principle.id);
 * ids //=> ['innovation-driven', 'market-led', 'talent-led', 'transformation-demonstration']
 * ```
 * @category Data
 */
export type PrincipleId = PlanPrinciple['id'] | never;

/**
 * The id of a goal area, e.g. `'enterprises-flourish'`.
 * @example
 * ```ts
 * import { plan, type GoalAreaId } from 'nanjing-innovation-plan';
 * const ids: GoalAreaId[] = plan.goalAreas.map((area) => area.id);
 * ids //=> ['enterprises-flourish', 'clusters-rise', 'support-system', 'talent-concentration', 'ecosystem-thrives']
 * ```
 * @category Data
 */
export type GoalAreaId = PlanGoalArea['id'] | never;

/**
 * The number of a task group: `1 | … | 6`.
 * @example
 * ```ts
 * import { getTask, type TaskGroupNumber } from 'nanjing-innovation-plan';
 * const group: TaskGroupNumber = getTask(20).group;
 * group //=> 4
 * ```
 * @category Data
 */
export type TaskGroupNumber = PlanTaskGroup['number'] | never;

/**
 * The id of a task group, e.g. `'enterprise-forest'`.
 * @example
 * ```ts
 * import { getTaskGroup, plan, type TaskGroupId } from 'nanjing-innovation-plan';
 * const ids: TaskGroupId[] = plan.taskGroups.map((group) => group.id);
 * ids //=> ['enterprise-forest', 'chain-integration', 'core-technologies',
 * //         'talent-city', 'factor-markets', 'innovation-ecosystem']
 * const id: TaskGroupId = 'core-technologies';
 * getTaskGroup(id).tasks //=> [15, 16, 17, 18, 19]
 * ```
 * @category Data
 */
export type TaskGroupId = PlanTaskGroup['id'] | never;

/**
 * The id of a safeguard measure, e.g. `'organizational-leadership'`.
 * @example
 * ```ts
 * import { plan, type MeasureId } from 'nanjing-innovation-plan';
 * const ids: MeasureId[] = plan.measures.map((measure) => measure.id);
 * ids //=> ['organizational-leadership', 'investment-guarantees', 'monitoring-evaluation']
 * ```
 * @category Data
 */
export type MeasureId = PlanMeasure['id'] | never;
