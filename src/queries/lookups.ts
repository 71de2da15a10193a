import type {
  GoalAreaId,
  MeasureId,
  PlanGoalArea,
  PlanMeasure,
  PlanPrinciple,
  PlanTarget,
  PlanTask,
  PlanTaskGroup,
  PlanUnit,
  PrincipleId,
  TargetId,
  TaskNumber,
} from '../model/ids.js';
import { indexes } from './_indexes.js';
import { goalAreaFor, measureFor, principleFor, targetFor, taskFor, taskGroupFor, unitFor } from './_resolve.js';
import type { TaskGroupKey, UnitKey } from './types.js';

/**
 * The exact task for a literal number, named `TaskOf<1>` in hovers and errors; `getTask` distributes over a union.
 * @example
 * ```ts
 * import { getTask, type TaskOf } from 'nanjing-innovation-plan';
 * const task: TaskOf<1> = getTask(1);
 * task.targets //=> ['high-tech-enterprises', 'tech-smes']
 * // the exact record type: its title is a literal
 * const title: TaskOf<1>['title'] = '壮大高科技型企业规模';
 * title //=> getTask(1).title
 * ```
 * @category Queries
 */
export type TaskOf<TNumber extends TaskNumber> = {
  [K in keyof { [N in TaskNumber]: Extract<PlanTask, { readonly number: N }> }[TNumber]]: {
    [N in TaskNumber]: Extract<PlanTask, { readonly number: N }>;
  }[TNumber][K];
};
/**
 * The exact unit for a literal id or name.
 * @example
 * ```ts
 * import { getUnit, type UnitOf } from 'nanjing-innovation-plan';
 * // the same record, named by its name or by its id
 * const unit: UnitOf<'市科技局'> = getUnit('science-technology-bureau');
 * unit.fullName //=> '南京市科学技术局'
 * ```
 * @category Queries
 */
export type UnitOf<TKey extends UnitKey> = {
  [K in keyof { [P in UnitKey]: Extract<PlanUnit, { readonly id: P } | { readonly name: P }> }[TKey]]: {
    [P in UnitKey]: Extract<PlanUnit, { readonly id: P } | { readonly name: P }>;
  }[TKey][K];
};
/**
 * The exact target for a literal id.
 * @example
 * ```ts
 * import { getTarget, type TargetOf } from 'nanjing-innovation-plan';
 * const target: TargetOf<'talent-pool'> = getTarget('talent-pool');
 * // no narrowing needed: the type is this quantitative target's
 * [target.value, target.unit, target.baseValue] //=> [400, '万人', 4000000]
 * ```
 * @category Queries
 */
export type TargetOf<TId extends TargetId> = {
  [K in keyof { [P in TargetId]: Extract<PlanTarget, { readonly id: P }> }[TId]]: {
    [P in TargetId]: Extract<PlanTarget, { readonly id: P }>;
  }[TId][K];
};
/**
 * The exact principle for a literal id.
 * @example
 * ```ts
 * import { getPrinciple, type PrincipleOf } from 'nanjing-innovation-plan';
 * const principle: PrincipleOf<'transformation-demonstration'> = getPrinciple('transformation-demonstration');
 * principle.name //=> '坚持转型示范'
 * principle.number //=> 4
 * ```
 * @category Queries
 */
export type PrincipleOf<TId extends PrincipleId> = {
  [K in keyof { [P in PrincipleId]: Extract<PlanPrinciple, { readonly id: P }> }[TId]]: {
    [P in PrincipleId]: Extract<PlanPrinciple, { readonly id: P }>;
  }[TId][K];
};
/**
 * The exact goal area for a literal id.
 * @example
 * ```ts
 * import { getGoalArea, type GoalAreaOf } from 'nanjing-innovation-plan';
 * const area: GoalAreaOf<'talent-concentration'> = getGoalArea('talent-concentration');
 * area.targets //=> ['talent-pool', 'overseas-talent-growth', 'rd-personnel-per-10k-workers']
 * ```
 * @category Queries
 */
export type GoalAreaOf<TId extends GoalAreaId> = {
  [K in keyof { [P in GoalAreaId]: Extract<PlanGoalArea, { readonly id: P }> }[TId]]: {
    [P in GoalAreaId]: Extract<PlanGoalArea, { readonly id: P }>;
  }[TId][K];
};
/**
 * The exact task group for a literal number or id.
 * @example
 * ```ts
 * import { getTaskGroup, type TaskGroupOf } from 'nanjing-innovation-plan';
 * // a number and an id name the same group
 * const group: TaskGroupOf<'talent-city'> = getTaskGroup(4);
 * group.tasks //=> [20, 21, 22, 23]
 * ```
 * @category Queries
 */
export type TaskGroupOf<TKey extends TaskGroupKey> = {
  [K in keyof { [P in TaskGroupKey]: Extract<PlanTaskGroup, { readonly number: P } | { readonly id: P }> }[TKey]]: {
    [P in TaskGroupKey]: Extract<PlanTaskGroup, { readonly number: P } | { readonly id: P }>;
  }[TKey][K];
};
/**
 * The exact measure for a literal id.
 * @example
 * ```ts
 * import { getMeasure, type MeasureOf } from 'nanjing-innovation-plan';
 * const measure: MeasureOf<'organizational-leadership'> = getMeasure('organizational-leadership');
 * measure.title //=> '加强组织领导'
 * measure.number //=> 1
 * ```
 * @category Queries
 */
export type MeasureOf<TId extends MeasureId> = {
  [K in keyof { [P in MeasureId]: Extract<PlanMeasure, { readonly id: P }> }[TId]]: {
    [P in MeasureId]: Extract<PlanMeasure, { readonly id: P }>;
  }[TId][K];
};

/**
 * The task with the given number.
 *
 * @param number - The task's number, 1–32.
 * @returns The frozen task record; for a literal number its exact type.
 * @throws {@link UnknownIdError} If no task has that number (`getTask(33)` does not compile); for a value that
 * is neither a number nor a string the message reads `getTask: expected a task number 1–32, got undefined`.
 * @example
 * ```ts
 * import { getTask } from 'nanjing-innovation-plan';
 * getTask(1).title //=> '壮大高科技型企业规模'
 * getTask(1).leadUnits //=> ['science-technology-bureau']
 * ```
 * @category Queries
 */
export function getTask<const TNumber extends TaskNumber>(
  number: TNumber,
): TNumber extends unknown ? TaskOf<TNumber> : never {
  return taskFor(number, 'getTask') as TNumber extends unknown ? TaskOf<TNumber> : never;
}

/**
 * The task with the given number, or `undefined`: for numbers that may be wrong.
 *
 * @param number - Any value; only the integers 1–32 find a task.
 * @returns The frozen task record, or `undefined`.
 * @example
 * ```ts
 * import { findTask } from 'nanjing-innovation-plan';
 * findTask(32)?.title //=> '构建一流创新服务环境'
 * findTask(33) //=> undefined
 * ```
 * @category Queries
 */
export function findTask(number: unknown): PlanTask | undefined {
  return indexes().taskByNumber.get(number);
}

/**
 * The responsible unit with the given id or name as written.
 *
 * @param key - The unit's id (`'science-technology-bureau'`) or its name as written (`'市科技局'`).
 * @returns The frozen unit record; for a literal key its exact type.
 * @throws {@link UnknownIdError} If no unit has that id or name; the message suggests the nearest
 * (a string is quoted up to 40 characters).
 * For free text (English names, parts of names) use {@link resolveUnit}.
 * @example
 * ```ts
 * import { getUnit } from 'nanjing-innovation-plan';
 * getUnit('市科技局').id //=> 'science-technology-bureau'
 * getUnit('science-technology-bureau').nameEn //=> 'Municipal Bureau of Science and Technology'
 * ```
 * @category Queries
 */
export function getUnit<const TKey extends UnitKey>(key: TKey): TKey extends unknown ? UnitOf<TKey> : never {
  return unitFor(key, 'getUnit') as TKey extends unknown ? UnitOf<TKey> : never;
}

/**
 * The target with the given id.
 *
 * @param id - The target's id, e.g. `'high-tech-enterprises'`.
 * @returns The frozen target record; for a literal id its exact type.
 * @throws {@link UnknownIdError} If no target has that id; the message suggests the nearest.
 * A value of the wrong type is named with the function.
 * @example
 * ```ts
 * import { getTarget } from 'nanjing-innovation-plan';
 * const target = getTarget('high-tech-enterprises');
 * target.statement //=> '高新技术企业总数达1.2万家'
 * target.baseValue //=> 12000
 * ```
 * @category Queries
 */
export function getTarget<const TId extends TargetId>(id: TId): TId extends unknown ? TargetOf<TId> : never {
  return targetFor(id, 'getTarget') as TId extends unknown ? TargetOf<TId> : never;
}

/**
 * The target with the given id, or `undefined`.
 *
 * @param id - Any value; only a target id finds a target.
 * @returns The frozen target record, or `undefined`.
 * @example
 * ```ts
 * import { findTarget } from 'nanjing-innovation-plan';
 * findTarget('talent-pool')?.statement //=> '全市人才资源总量达到400万人'
 * findTarget('talent') //=> undefined
 * ```
 * @category Queries
 */
export function findTarget(id: unknown): PlanTarget | undefined {
  return indexes().targetById.get(id);
}

/**
 * The basic principle with the given id.
 *
 * @param id - The principle's id, e.g. `'innovation-driven'`.
 * @returns The frozen principle record; for a literal id its exact type.
 * @throws {@link UnknownIdError} If no principle has that id. A value of the wrong type is named with the function.
 * @example
 * ```ts
 * import { getPrinciple } from 'nanjing-innovation-plan';
 * getPrinciple('innovation-driven').name //=> '坚持创新驱动'
 * ```
 * @category Queries
 */
export function getPrinciple<const TId extends PrincipleId>(id: TId): TId extends unknown ? PrincipleOf<TId> : never {
  return principleFor(id, 'getPrinciple') as TId extends unknown ? PrincipleOf<TId> : never;
}

/**
 * The basic principle with the given id, or `undefined`.
 *
 * @param id - Any value.
 * @returns The frozen principle record, or `undefined`.
 * @example
 * ```ts
 * import { findPrinciple } from 'nanjing-innovation-plan';
 * findPrinciple('talent-led')?.nameEn //=> 'Uphold the leading role of talent'
 * findPrinciple('talent') //=> undefined
 * ```
 * @category Queries
 */
export function findPrinciple(id: unknown): PlanPrinciple | undefined {
  return indexes().principleById.get(id);
}

/**
 * The goal area with the given id.
 *
 * @param id - The goal area's id, e.g. `'enterprises-flourish'`.
 * @returns The frozen goal area record; for a literal id its exact type.
 * @throws {@link UnknownIdError} If no goal area has that id. A value of the wrong type is named with the function.
 * @example
 * ```ts
 * import { getGoalArea } from 'nanjing-innovation-plan';
 * getGoalArea('enterprises-flourish').name //=> '科创企业森林枝繁叶茂'
 * ```
 * @category Queries
 */
export function getGoalArea<const TId extends GoalAreaId>(id: TId): TId extends unknown ? GoalAreaOf<TId> : never {
  return goalAreaFor(id, 'getGoalArea') as TId extends unknown ? GoalAreaOf<TId> : never;
}

/**
 * The goal area with the given id, or `undefined`.
 *
 * @param id - Any value.
 * @returns The frozen goal area record, or `undefined`.
 * @example
 * ```ts
 * import { findGoalArea } from 'nanjing-innovation-plan';
 * findGoalArea('ecosystem-thrives')?.name //=> '创新生态环境生机盎然'
 * findGoalArea('ecosystem') //=> undefined
 * ```
 * @category Queries
 */
export function findGoalArea(id: unknown): PlanGoalArea | undefined {
  return indexes().goalAreaById.get(id);
}

/**
 * The task group with the given number or id.
 *
 * @param key - The group's number (1–6, as numbered (一)–(六)) or id, e.g. `'talent-city'`.
 * @returns The frozen task group record; for a literal key its exact type.
 * @throws {@link UnknownIdError} If no group has that number or id.
 * A value of the wrong type is named with the function.
 * @example
 * ```ts
 * import { getTaskGroup } from 'nanjing-innovation-plan';
 * getTaskGroup(4).tasks //=> [20, 21, 22, 23]
 * getTaskGroup('talent-city').number //=> 4
 * ```
 * @category Queries
 */
export function getTaskGroup<const TKey extends TaskGroupKey>(
  key: TKey,
): TKey extends unknown ? TaskGroupOf<TKey> : never {
  return taskGroupFor(key, 'getTaskGroup') as TKey extends unknown ? TaskGroupOf<TKey> : never;
}

/**
 * The task group with the given number or id, or `undefined`.
 *
 * @param key - Any value.
 * @returns The frozen task group record, or `undefined`.
 * @example
 * ```ts
 * import { findTaskGroup } from 'nanjing-innovation-plan';
 * findTaskGroup(6)?.id //=> 'innovation-ecosystem'
 * findTaskGroup(7) //=> undefined
 * ```
 * @category Queries
 */
export function findTaskGroup(key: unknown): PlanTaskGroup | undefined {
  return indexes().taskGroupByKey.get(key);
}

/**
 * The safeguard measure with the given id.
 *
 * @param id - The measure's id, e.g. `'organizational-leadership'`.
 * @returns The frozen measure record; for a literal id its exact type.
 * @throws {@link UnknownIdError} If no measure has that id. A value of the wrong type is named with the function.
 * @example
 * ```ts
 * import { getMeasure } from 'nanjing-innovation-plan';
 * getMeasure('organizational-leadership').title //=> '加强组织领导'
 * ```
 * @category Queries
 */
export function getMeasure<const TId extends MeasureId>(id: TId): TId extends unknown ? MeasureOf<TId> : never {
  return measureFor(id, 'getMeasure') as TId extends unknown ? MeasureOf<TId> : never;
}

/**
 * The safeguard measure with the given id, or `undefined`.
 *
 * @param id - Any value.
 * @returns The frozen measure record, or `undefined`.
 * @example
 * ```ts
 * import { findMeasure } from 'nanjing-innovation-plan';
 * findMeasure('monitoring-evaluation')?.title //=> '实施全过程监测评价'
 * findMeasure('monitoring') //=> undefined
 * ```
 * @category Queries
 */
export function findMeasure(id: unknown): PlanMeasure | undefined {
  return indexes().measureById.get(id);
}
