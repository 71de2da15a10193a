import { frozenValues, push } from '../_lib/groups.js';
import { plan } from '../data/plan.js';
import type {
  PlanGoalArea,
  PlanMeasure,
  PlanPrinciple,
  PlanTarget,
  PlanTask,
  PlanTaskGroup,
  PlanUnit,
  TaskNumber,
} from '../model/ids.js';
import type { CoResponsibleUnit } from './types.js';

export interface PlanIndexes {
  readonly taskByNumber: ReadonlyMap<unknown, PlanTask>;
  /** Units by id and by name as written. */
  readonly unitByKey: ReadonlyMap<unknown, PlanUnit>;
  readonly targetById: ReadonlyMap<unknown, PlanTarget>;
  readonly principleById: ReadonlyMap<unknown, PlanPrinciple>;
  readonly goalAreaById: ReadonlyMap<unknown, PlanGoalArea>;
  /** Task groups by number and by id. */
  readonly taskGroupByKey: ReadonlyMap<unknown, PlanTaskGroup>;
  readonly measureById: ReadonlyMap<unknown, PlanMeasure>;
  /** Tasks by unit id and by unit name as written. */
  readonly tasksByUnit: ReadonlyMap<unknown, readonly PlanTask[]>;
  /** Tasks led first, by unit id and by unit name as written. */
  readonly primaryTasksByUnit: ReadonlyMap<unknown, readonly PlanTask[]>;
  readonly unitsByTask: ReadonlyMap<number, readonly PlanUnit[]>;
  readonly targetsByTask: ReadonlyMap<number, readonly PlanTarget[]>;
  readonly tasksByTarget: ReadonlyMap<string, readonly PlanTask[]>;
  readonly targetsByGoalArea: ReadonlyMap<string, readonly PlanTarget[]>;
  readonly tasksByGroup: ReadonlyMap<number, readonly PlanTask[]>;
  readonly coResponsible: ReadonlyMap<string, readonly CoResponsibleUnit[]>;
}

/** One frozen empty array, shared by every empty result. */
export const EMPTY: readonly never[] = Object.freeze([]);

/** Adds each unit's name as a second key to a map keyed by unit id. */
function withUnitNames<TValue>(byId: Map<string, TValue>, units: Iterable<PlanUnit>): Map<unknown, TValue> {
  const map = new Map<unknown, TValue>(byId);
  for (const unit of units) {
    const value = byId.get(unit.id);
    if (value !== undefined) map.set(unit.name, value);
  }
  return map;
}

function require<TValue>(map: ReadonlyMap<unknown, TValue>, key: unknown, what: string): TValue {
  const value = map.get(key);
  if (value === undefined)
    throw new Error(`the plan's data refers to ${what} ${String(key)}, which it does not define`);
  return value;
}

function buildIndexes(): PlanIndexes {
  const taskByNumber = new Map<unknown, PlanTask>(plan.tasks.map((task) => [task.number, task]));
  const unitByKey = new Map<unknown, PlanUnit>();
  for (const unit of plan.units) {
    unitByKey.set(unit.id, unit);
    unitByKey.set(unit.name, unit);
  }
  const targetById = new Map<unknown, PlanTarget>(plan.targets.map((target) => [target.id, target]));
  const taskGroupByKey = new Map<unknown, PlanTaskGroup>();
  for (const group of plan.taskGroups) {
    taskGroupByKey.set(group.number, group);
    taskGroupByKey.set(group.id, group);
  }

  const tasksByUnit = new Map<string, PlanTask[]>();
  const primaryTasksByUnit = new Map<string, PlanTask[]>();
  const unitsByTask = new Map<number, PlanUnit[]>();
  const targetsByTask = new Map<number, PlanTarget[]>();
  const tasksByGroup = new Map<number, PlanTask[]>();
  const shared = new Map<string, Map<string, TaskNumber[]>>();
  for (const task of plan.tasks) {
    push(tasksByGroup, task.group, task);
    task.leadUnits.forEach((unitId, position) => {
      push(tasksByUnit, unitId, task);
      if (position === 0) push(primaryTasksByUnit, unitId, task);
      push(unitsByTask, task.number, require(unitByKey, unitId, 'unit'));
      for (const otherId of task.leadUnits) {
        if (otherId === unitId) continue;
        let partners = shared.get(unitId);
        if (!partners) shared.set(unitId, (partners = new Map()));
        push(partners, otherId, task.number);
      }
    });
    for (const targetId of task.targets) push(targetsByTask, task.number, require(targetById, targetId, 'target'));
  }

  const tasksByTarget = new Map<string, PlanTask[]>();
  for (const target of plan.targets) {
    for (const mention of target.mentions) {
      if (mention.kind === 'task') push(tasksByTarget, target.id, require(taskByNumber, mention.task, 'task'));
    }
  }
  const targetsByGoalArea = new Map<string, PlanTarget[]>(
    plan.goalAreas.map((area) => [area.id, area.targets.map((id) => require(targetById, id, 'target'))]),
  );

  const registryOrder = new Map(plan.units.map((unit, index) => [unit.id as string, index]));
  const coResponsible = new Map<string, readonly CoResponsibleUnit[]>();
  for (const [unitId, partners] of shared) {
    const entries = [...partners]
      .map(([otherId, tasks]) =>
        Object.freeze({ unit: require(unitByKey, otherId, 'unit'), tasks: Object.freeze(tasks), count: tasks.length }),
      )
      .sort((a, b) => b.count - a.count || registryOrder.get(a.unit.id)! - registryOrder.get(b.unit.id)!);
    coResponsible.set(unitId, Object.freeze(entries));
  }

  return {
    taskByNumber,
    unitByKey,
    targetById,
    principleById: new Map<unknown, PlanPrinciple>(plan.principles.map((item) => [item.id, item])),
    goalAreaById: new Map<unknown, PlanGoalArea>(plan.goalAreas.map((item) => [item.id, item])),
    taskGroupByKey,
    measureById: new Map<unknown, PlanMeasure>(plan.measures.map((item) => [item.id, item])),
    tasksByUnit: withUnitNames(frozenValues(tasksByUnit), plan.units),
    primaryTasksByUnit: withUnitNames(frozenValues(primaryTasksByUnit), plan.units),
    unitsByTask: frozenValues(unitsByTask),
    targetsByTask: frozenValues(targetsByTask),
    tasksByTarget: frozenValues(tasksByTarget),
    targetsByGoalArea: frozenValues(targetsByGoalArea),
    tasksByGroup: frozenValues(tasksByGroup),
    coResponsible,
  };
}

let cache: PlanIndexes | undefined;

/** The plan's indexes, built on first use and kept. */
export function indexes(): PlanIndexes {
  return (cache ??= buildIndexes());
}
