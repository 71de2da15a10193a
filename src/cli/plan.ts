// What the commands share: resolving user input to records (or a one-line
// error with suggestions) and describing records in either language.

import { nearest } from '../_lib/nearest.js';
import {
  type BaseUnit,
  type Comparator,
  findTarget,
  findTask,
  findTaskGroup,
  type PlanTarget,
  type PlanTask,
  type PlanTaskGroup,
  type PlanUnit,
  plan,
  resolveUnit as resolveUnitText,
  type Target,
} from '../index.js';
import { CliError, type Lang } from './command.js';
import { showInput } from './show.js';

/** The unit the user means, or a CliError with did-you-mean suggestions. */
export function resolveUnit(text: string): PlanUnit {
  const result = resolveUnitText(text);
  if (result.status === 'found') return result.unit;
  if (result.status === 'ambiguous') {
    const shown = result.candidates.slice(0, 5).map((unit) => `${unit.name} (${unit.id})`);
    const more = result.candidates.length - shown.length;
    throw new CliError(
      `unit ${showInput(text)} is ambiguous; it could be ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
    );
  }
  const hint =
    result.suggestions.length === 0
      ? ''
      : `; did you mean ${result.suggestions.map((unit) => `${unit.name} (${unit.id})`).join(', ')}?`;
  throw new CliError(`unknown unit ${showInput(text)}${hint}`);
}

/** The task with the number the user typed. */
export function resolveTask(text: string): PlanTask {
  const task = /^\d+$/.test(text) ? findTask(Number(text)) : undefined;
  if (task === undefined)
    throw new CliError(`unknown task ${showInput(text)}; tasks are numbered 1–${plan.tasks.length}`);
  return task;
}

/** The task group with the number or id the user typed. */
export function resolveGroup(text: string): PlanTaskGroup {
  const group = findTaskGroup(/^\d+$/.test(text) ? Number(text) : text);
  if (group === undefined) {
    const suggestions = nearest(
      text,
      plan.taskGroups.map((item) => item.id),
    );
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : '';
    throw new CliError(`unknown task group ${showInput(text)}; groups are numbered 1–${plan.taskGroups.length}${hint}`);
  }
  return group;
}

/** The target with the id the user typed. */
export function resolveTarget(text: string): PlanTarget {
  const target = findTarget(text);
  if (target === undefined) {
    const suggestions = nearest(
      text,
      plan.targets.map((item) => item.id),
    );
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : `; run 'targets' for the list`;
    throw new CliError(`unknown target ${showInput(text)}${hint}`);
  }
  return target;
}

/** One of the allowed values, or a CliError listing them. */
export function oneOf<TValue extends string>(option: string, text: string, values: readonly TValue[]): TValue {
  if ((values as readonly string[]).includes(text)) return text as TValue;
  const suggestions = nearest(text, values, 1);
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions[0]}?` : '';
  throw new CliError(`invalid --${option} ${showInput(text)}; expected one of ${values.join(', ')}${hint}`, true);
}

/** A year typed by the user. */
export function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text))
    throw new CliError(`invalid --year ${showInput(text)}; expected a year such as 2023`, true);
  return Number(text);
}

export const unitName = (unit: PlanUnit, lang: Lang) => (lang === 'en' ? unit.nameEn : unit.name);
export const taskTitle = (task: PlanTask, lang: Lang) => (lang === 'en' ? task.titleEn : task.title);
export const groupTitle = (group: PlanTaskGroup, lang: Lang) => (lang === 'en' ? group.titleEn : group.title);
export const targetLabel = (target: PlanTarget, lang: Lang) => (lang === 'en' ? target.metricEn : target.statement);

const EN_UNITS: Partial<Record<BaseUnit, string>> = { percent: '%', km2: ' km²' };

const SYMBOLS: Partial<Record<Comparator, string>> = { reach: '≥', exceed: '>', 'at-least': '≥', about: '≈' };

/** A target's figure in short: `≥ 1.2万家`, `2–3家`, `−20%`, `+15%/yr`, `rising`, or `(qualitative)`. */
export function targetValue(target: Target, lang: Lang): string {
  if (target.kind === 'qualitative') return lang === 'en' ? '(no figure)' : '(定性)';
  const unit = lang === 'en' ? (EN_UNITS[target.baseUnit] ?? ` ${target.baseUnit}`) : (target.unit ?? '');
  const value = lang === 'en' ? target.baseValue : target.value;
  const upper = lang === 'en' ? target.baseUpperValue : target.upperValue;
  const per = target.per ? (lang === 'en' ? ` (${target.per.nameEn})` : `(${target.per.name})`) : '';
  const figure = `${value}${unit}`;
  switch (target.comparator) {
    case 'range':
      return `${value}–${upper}${unit}${per}`;
    case 'reduce-by':
      return `−${figure}`;
    case 'grow-by':
      return `+${figure}`;
    case 'rise':
      return lang === 'en' ? 'rising' : '提高';
    default:
      return `${SYMBOLS[target.comparator] ?? ''} ${figure}${per}`;
  }
}

/** How a target is judged, in short: its cadence (or `qualitative`). */
export function targetCadence(target: PlanTarget): string {
  return target.kind === 'qualitative' ? 'qualitative' : target.cadence;
}

/** `1–7` for consecutive numbers, else `1, 3, 5`. */
export function numberRange(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  const consecutive = numbers.every((value, index) => index === 0 || value === numbers[index - 1]! + 1);
  return consecutive && numbers.length > 1 ? `${numbers[0]}–${numbers[numbers.length - 1]}` : numbers.join(', ');
}
