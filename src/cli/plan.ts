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
  unitsByTarget,
} from '../index.js';
import { CliError, type Lang } from './command.js';
import { type Messages, messagesFor } from './messages.js';
import { showInput } from './show.js';

/** The unit the user typed (resolved by `resolveUnit`), or a CliError with did-you-mean suggestions. */
export function resolveUnitArg(text: string): PlanUnit {
  const result = resolveUnitText(text);
  if (result.status === 'found') return result.unit;
  if (result.status === 'ambiguous') {
    const shown = result.candidates.slice(0, 5).map((unit) => `${unit.name} (${unit.id})`);
    const more = result.candidates.length - shown.length;
    throw new CliError((t) => t.errors.ambiguousUnit(showInput(text), shown.join(', '), more));
  }
  const hint =
    result.suggestions.length === 0
      ? undefined
      : result.suggestions.map((unit) => `${unit.name} (${unit.id})`).join(', ');
  throw new CliError((t) => t.errors.unknownUnit(showInput(text), hint));
}

/** The task with the number the user typed. */
export function resolveTask(text: string): PlanTask {
  const task = /^\d+$/.test(text) ? findTask(Number(text)) : undefined;
  if (task === undefined) throw new CliError((t) => t.errors.unknownTask(showInput(text), plan.tasks.length));
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
    const hint = suggestions.length > 0 ? suggestions.join(', ') : undefined;
    throw new CliError((t) => t.errors.unknownGroup(showInput(text), plan.taskGroups.length, hint));
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
    const hint = suggestions.length > 0 ? suggestions.join(', ') : undefined;
    throw new CliError((t) => t.errors.unknownTarget(showInput(text), hint));
  }
  return target;
}

/** One of the allowed values, or a CliError listing them. */
export function oneOf<TValue extends string>(option: string, text: string, values: readonly TValue[]): TValue {
  if ((values as readonly string[]).includes(text)) return text as TValue;
  const suggestions = nearest(text, values, 1);
  throw new CliError((t) => t.errors.invalidChoice(option, showInput(text), values.join(', '), suggestions[0]), true);
}

/** A year typed by the user. */
export function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text)) throw new CliError((t) => t.errors.invalidYear(showInput(text)), true);
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
  if (target.kind === 'qualitative') return messagesFor(lang).plan.noFigure;
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
      return messagesFor(lang).plan.rising;
    default:
      return `${SYMBOLS[target.comparator] ?? ''} ${figure}${per}`;
  }
}

/** How a target is judged, in short: its cadence (or `qualitative`), in words. */
export function targetCadence(target: PlanTarget, t: Messages): string {
  return t.values.cadence[target.kind === 'qualitative' ? 'qualitative' : target.cadence];
}

/** A target's responsible units (`unitsByTarget`), joined; `—` where the plan names none. */
export function targetUnits(target: PlanTarget, lang: Lang): string {
  const t = messagesFor(lang);
  const units = unitsByTarget(target.id);
  return units.length === 0 ? t.plan.noUnit : units.map((unit) => unitName(unit, lang)).join(t.listSeparator);
}

/** `1–7` for consecutive numbers, else `1, 3, 5`. */
export function numberRange(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  const consecutive = numbers.every((value, index) => index === 0 || value === numbers[index - 1]! + 1);
  return consecutive && numbers.length > 1 ? `${numbers[0]}–${numbers[numbers.length - 1]}` : numbers.join(', ');
}
