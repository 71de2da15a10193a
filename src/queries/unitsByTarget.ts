import type { PlanUnit, TargetId } from '../model/ids.js';
import { EMPTY, indexes } from './_indexes.js';
import { targetFor } from './_resolve.js';

const cache = new Map<string, readonly PlanUnit[]>();

/**
 * The units responsible for a target: the units named on the tasks that state
 * it, primary leads first.
 *
 * The order: the primary lead of each task that states the target (task
 * order), then the other units of those tasks (task order, and within a task
 * the order written); each unit once. A target stated only in a goal area
 * (no task states it; 16 of the 40 are) has no unit: the plan names no unit
 * for it, and the result is empty.
 *
 * @param target - The target's id.
 * @returns A frozen array of frozen unit records (empty where the plan names no unit).
 * @throws {@link UnknownIdError} If the target is unknown.
 * @example
 * ```ts
 * import { unitsByTarget } from 'nanjing-innovation-plan';
 * // 高新技术企业达1.2万家, stated in task 1 (责任单位:市科技局)
 * unitsByTarget('high-tech-enterprises').map((unit) => unit.name) //=> ['市科技局']
 * // task 27 (责任单位:市规划资源局、市工信局、市科技局)
 * unitsByTarget('industrial-land').map((unit) => unit.name) //=> ['市规划资源局', '市工信局', '市科技局']
 * // stated only in a goal area: the plan names no unit
 * unitsByTarget('market-entities') //=> []
 * ```
 * @category Queries
 */
export function unitsByTarget(target: TargetId): readonly PlanUnit[] {
  const record = targetFor(target, 'unitsByTarget');
  const cached = cache.get(record.id);
  if (cached !== undefined) return cached;
  const { tasksByTarget, unitsByTask } = indexes();
  const lists = (tasksByTarget.get(record.id) ?? EMPTY).map((task) => unitsByTask.get(task.number) ?? EMPTY);
  const units = new Set<PlanUnit>();
  for (const list of lists) if (list[0] !== undefined) units.add(list[0]);
  for (const list of lists) for (const unit of list) units.add(unit);
  const result = units.size === 0 ? EMPTY : Object.freeze([...units]);
  cache.set(record.id, result);
  return result;
}
