// The look-ups behind the public getters and relations: each resolves a key
// to its record or throws an UnknownIdError that names the exported function
// called. Internal: the public functions are in lookups.ts and relations.ts.

import { describeInput } from '../_lib/describe.js';
import { didYouMean } from '../_lib/hints.js';
import { nearest } from '../_lib/nearest.js';
import { plan } from '../data/plan.js';
import type {
  PlanGoalArea,
  PlanMeasure,
  PlanPrinciple,
  PlanTarget,
  PlanTask,
  PlanTaskGroup,
  PlanUnit,
} from '../model/ids.js';
import { indexes } from './_indexes.js';
import { type RecordKind, UnknownIdError } from './UnknownIdError.js';

// The id lists for messages, built only when a look-up fails: a successful
// look-up is one Map.get.
const targetIds = () => plan.targets.map((item) => item.id);
const principleIds = () => plan.principles.map((item) => item.id);
const goalAreaIds = () => plan.goalAreas.map((item) => item.id);
const measureIds = () => plan.measures.map((item) => item.id);

/**
 * The error for an input of the wrong type (neither a string nor a number):
 * `getTask: expected a task number 1–32, got undefined`.
 */
function wrongType(kind: RecordKind, caller: string, expected: string, input: unknown): UnknownIdError {
  return new UnknownIdError(kind, input, `${caller}: expected ${expected}, got ${describeInput(input)}`);
}

const isKey = (input: unknown): input is string | number => typeof input === 'string' || typeof input === 'number';

function byId<TRecord>(
  map: ReadonlyMap<unknown, TRecord>,
  kind: 'target' | 'principle' | 'goal-area' | 'measure',
  label: string,
  caller: string,
  input: unknown,
  ids: () => readonly string[],
): TRecord {
  const record = map.get(input);
  if (record !== undefined) return record;
  if (!isKey(input)) throw wrongType(kind, caller, `a ${label} id`, input);
  const valid = ids();
  const suggestions = typeof input === 'string' ? nearest(input, valid) : [];
  const hint = suggestions.length > 0 ? didYouMean(suggestions) : ` Valid ids: ${valid.join(', ')}.`;
  throw new UnknownIdError(kind, input, `Unknown ${label} id ${describeInput(input)}.${hint}`, suggestions);
}

/** `getTask`, with the name of the exported function that was called, for messages. */
export function taskFor(number: unknown, caller: string): PlanTask {
  const task = indexes().taskByNumber.get(number);
  if (task !== undefined) return task;
  const range = `1–${plan.tasks.length}`;
  if (!isKey(number)) throw wrongType('task', caller, `a task number ${range}`, number);
  throw new UnknownIdError(
    'task',
    number,
    `Unknown task number ${describeInput(number)}: tasks are numbered ${range}.`,
  );
}

/** `getUnit`, with the name of the exported function that was called, for messages. */
export function unitFor(key: unknown, caller: string): PlanUnit {
  const unit = indexes().unitByKey.get(key);
  if (unit !== undefined) return unit;
  if (typeof key !== 'string') throw wrongType('unit', caller, 'a unit id or name as written', key);
  const suggestions = nearest(
    key,
    plan.units.flatMap((item) => [item.id, item.name]),
  );
  throw new UnknownIdError(
    'unit',
    key,
    `Unknown unit ${describeInput(key)}: expected a unit id or name as written.${didYouMean(suggestions)}`,
    suggestions,
  );
}

/** `getTarget`, with the name of the exported function that was called, for messages. */
export function targetFor(id: unknown, caller: string): PlanTarget {
  return byId(indexes().targetById, 'target', 'target', caller, id, targetIds);
}

/** `getGoalArea`, with the name of the exported function that was called, for messages. */
export function goalAreaFor(id: unknown, caller: string): PlanGoalArea {
  return byId(indexes().goalAreaById, 'goal-area', 'goal area', caller, id, goalAreaIds);
}

/** `getTaskGroup`, with the name of the exported function that was called, for messages. */
export function taskGroupFor(key: unknown, caller: string): PlanTaskGroup {
  const group = indexes().taskGroupByKey.get(key);
  if (group !== undefined) return group;
  const count = plan.taskGroups.length;
  if (!isKey(key)) throw wrongType('task-group', caller, `a task group number 1–${count} or id`, key);
  const ids = plan.taskGroups.map((item) => item.id);
  const suggestions = typeof key === 'string' ? nearest(key, ids) : [];
  throw new UnknownIdError(
    'task-group',
    key,
    `Unknown task group ${describeInput(key)}: task groups are numbered 1–${count}, ` +
      `with ids ${ids.join(', ')}.${didYouMean(suggestions)}`,
    suggestions,
  );
}

/** `getPrinciple`, with the name of the exported function that was called, for messages. */
export function principleFor(id: unknown, caller: string): PlanPrinciple {
  return byId(indexes().principleById, 'principle', 'principle', caller, id, principleIds);
}

/** `getMeasure`, with the name of the exported function that was called, for messages. */
export function measureFor(id: unknown, caller: string): PlanMeasure {
  return byId(indexes().measureById, 'measure', 'measure', caller, id, measureIds);
}
