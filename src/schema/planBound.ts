/**
 * Plan-bound schemas: for data that refers to this plan, so that a reference
 * to a task, unit or target that does not exist is rejected (with the
 * nearest existing ids named in the message).
 *
 * @module
 */
import { z } from 'zod';
import { describeInput } from '../_lib/describe.js';
import { hintClause, suggest } from '../_lib/hints.js';
import { plan } from '../data/plan.js';

function unknownIdError(label: string, candidates: readonly string[]) {
  return (issue: { input?: unknown }): string => {
    return `unknown ${label} ${describeInput(issue.input)}${hintClause(suggest(issue.input, candidates)).en}`;
  };
}

function idEnum<const TIds extends readonly [string, ...string[]]>(ids: TIds, label: string) {
  return z.enum(ids, { error: unknownIdError(label, ids) });
}

function nonEmpty<TItem>(items: readonly TItem[]): readonly [TItem, ...TItem[]] {
  if (items.length === 0) throw new Error('the plan has an empty registry');
  return items as readonly [TItem, ...TItem[]];
}

const taskNumbers = nonEmpty(plan.tasks.map((task) => task.number));
const quantitativeTargets = plan.targets.filter((target) => target.kind === 'quantitative');

/**
 * A task number of this plan: an integer 1–32.
 * @example
 * ```ts
 * TaskNumberSchema.safeParse(32).success //=> true
 * TaskNumberSchema.safeParse(33).success //=> false
 * ```
 * @category Schemas
 */
export const TaskNumberSchema = z.literal(taskNumbers, { error: 'expected a task number of the plan (1–32)' });

/**
 * A task id of this plan: `task-1` … `task-32`.
 * @example
 * ```ts
 * TaskIdSchema.safeParse('task-7').success //=> true
 * ```
 * @category Schemas
 */
export const TaskIdSchema = idEnum(nonEmpty(plan.tasks.map((task) => task.id)), 'task id');

/**
 * The number of a task group of this plan: 1–6.
 * @example
 * ```ts
 * TaskGroupNumberSchema.safeParse(6).success //=> true
 * ```
 * @category Schemas
 */
export const TaskGroupNumberSchema = z.literal(nonEmpty(plan.taskGroups.map((group) => group.number)), {
  error: 'expected a task group number of the plan (1–6)',
});

/**
 * The id of a task group of this plan.
 * @example
 * ```ts
 * TaskGroupIdSchema.safeParse('enterprise-forest').success //=> true
 * ```
 * @category Schemas
 */
export const TaskGroupIdSchema = idEnum(nonEmpty(plan.taskGroups.map((group) => group.id)), 'task group id');

/**
 * The id of a responsible unit of this plan.
 * @example
 * ```ts
 * UnitIdSchema.safeParse('science-technology-bureau').success //=> true
 * UnitIdSchema.safeParse('science-technolgy-bureau').error?.issues[0]?.message
 * //=> 'unknown unit id "science-technolgy-bureau"; did you mean "science-technology-bureau"?'
 * ```
 * @category Schemas
 */
export const UnitIdSchema = idEnum(nonEmpty(plan.units.map((unit) => unit.id)), 'unit id');

/**
 * The name of a responsible unit as the plan writes it (`市科技局`).
 * @example
 * ```ts
 * UnitNameSchema.safeParse('市科技局').success //=> true
 * ```
 * @category Schemas
 */
export const UnitNameSchema = idEnum(nonEmpty(plan.units.map((unit) => unit.name)), 'unit name');

/**
 * The id of a target of this plan (quantitative or qualitative).
 * @example
 * ```ts
 * TargetIdSchema.safeParse('high-tech-enterprises').success //=> true
 * ```
 * @category Schemas
 */
export const TargetIdSchema = idEnum(nonEmpty(plan.targets.map((target) => target.id)), 'target id');

/**
 * The id of a target of this plan that has a figure (the 35 quantitative ones).
 * @example
 * ```ts
 * QuantitativeTargetIdSchema.safeParse('world-class-high-tech-zone').success //=> false
 * ```
 * @category Schemas
 */
export const QuantitativeTargetIdSchema = idEnum(
  nonEmpty(quantitativeTargets.map((target) => target.id)),
  'quantitative target id',
);

/**
 * The id of a goal area of this plan.
 * @example
 * ```ts
 * GoalAreaIdSchema.safeParse('enterprises-flourish').success //=> true
 * ```
 * @category Schemas
 */
export const GoalAreaIdSchema = idEnum(nonEmpty(plan.goalAreas.map((area) => area.id)), 'goal area id');

/**
 * The id of a basic principle of this plan.
 * @example
 * ```ts
 * PrincipleIdSchema.safeParse('innovation-driven').success //=> true
 * ```
 * @category Schemas
 */
export const PrincipleIdSchema = idEnum(nonEmpty(plan.principles.map((principle) => principle.id)), 'principle id');

/**
 * The id of a safeguard measure of this plan.
 * @example
 * ```ts
 * MeasureIdSchema.safeParse('organizational-leadership').success //=> true
 * ```
 * @category Schemas
 */
export const MeasureIdSchema = idEnum(nonEmpty(plan.measures.map((measure) => measure.id)), 'measure id');
