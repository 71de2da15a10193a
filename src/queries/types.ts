// The queries' shared public types, below every query module (the indexes
// included), so that none of them imports another for a type.
import type { PlanUnit, TaskGroupId, TaskGroupNumber, TaskNumber, UnitId, UnitName } from '../model/ids.js';

/**
 * A unit as callers name it: its id (`'science-technology-bureau'`) or its
 * name as the plan writes it (`'市科技局'`).
 * @example
 * ```ts
 * import { getUnit, type UnitKey } from 'nanjing-innovation-plan';
 * const keys: UnitKey[] = ['science-technology-bureau', '市科技局'];
 * keys.map((key) => getUnit(key).nameEn)
 * //=> ['Municipal Bureau of Science and Technology', 'Municipal Bureau of Science and Technology']
 * ```
 * @category Queries
 */
export type UnitKey = UnitId | UnitName;

/**
 * A task group as callers name it: its number (1–6) or its id.
 * @example
 * ```ts
 * import { getTaskGroup, type TaskGroupKey } from 'nanjing-innovation-plan';
 * const keys: TaskGroupKey[] = [4, 'talent-city'];
 * keys.map((key) => getTaskGroup(key).title) //=> ['引进培育高质量人才队伍,加快建设人才强市', '引进培育高质量人才队伍,加快建设人才强市']
 * ```
 * @category Queries
 */
export type TaskGroupKey = TaskGroupNumber | TaskGroupId;

/**
 * A unit that shares tasks with another, with the tasks they share.
 * @example
 * ```ts
 * import { coResponsibleUnits, type CoResponsibleUnit } from 'nanjing-innovation-plan';
 * const shared: readonly CoResponsibleUnit[] = coResponsibleUnits('市市场监管局');
 * shared[0] //=> { unit: { name: '市科技局', … }, tasks: [24, 31], count: 2 }
 * ```
 * @category Queries
 */
export interface CoResponsibleUnit {
  /** The other unit. */
  readonly unit: PlanUnit;
  /** Numbers of the tasks both units are responsible for, ascending. */
  readonly tasks: readonly TaskNumber[];
  /** How many tasks they share (`tasks.length`). */
  readonly count: number;
}
