/**
 * Generic zod schemas for every record kind of a plan of this shape: ids,
 * counts and numbering are not fixed, so another city's or another year's
 * plan encoded the same way passes them. Objects are strict (an unknown key
 * is an error, so a misspelt field is caught) and readonly (parsed output is
 * frozen and typed exactly as the interfaces in `model/types.ts`; a type
 * test proves the two equal).
 *
 * @module
 */

import { z } from 'zod';
import { readsOnce } from '../issues/_readsOnce.js';
import { baseUnits, cadences, comparators, measureKinds, unitKinds, unitTiers } from '../model/vocabularies.js';

const text = z.string();
const ordinal = z.int().positive();
const year = z.int();
const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a kebab-case id (a-z, 0-9, single hyphens)' });

/**
 * A source span: 1-based line and `[start, end)` offsets into the seed text.
 * @example
 * ```ts
 * SpanSchema.parse({ line: 1, start: 0, end: 32 }) //=> { line: 1, start: 0, end: 32 }
 * ```
 * @category Schemas
 */
export const SpanSchema = readsOnce(
  z.strictObject({ line: z.int().positive(), start: z.int().nonnegative(), end: z.int().nonnegative() }).readonly(),
);

/**
 * An inclusive range of years.
 * @example
 * ```ts
 * PeriodSchema.safeParse({ start: 2022, end: 2024 }).success //=> true
 * ```
 * @category Schemas
 */
export const PeriodSchema = readsOnce(z.strictObject({ start: year, end: year }).readonly());

/**
 * A paragraph without a title of its own.
 * @example
 * ```ts
 * PassageSchema.safeParse(plan.preamble).success //=> true
 * ```
 * @category Schemas
 */
export const PassageSchema = readsOnce(
  z.strictObject({ text, source: z.strictObject({ text: SpanSchema }).readonly() }).readonly(),
);

/**
 * A part or section heading.
 * @example
 * ```ts
 * HeadingSchema.safeParse(plan.parts[0]).success //=> true
 * ```
 * @category Schemas
 */
export const HeadingSchema = readsOnce(
  z
    .strictObject({
      id: kebabId,
      number: ordinal,
      title: text,
      titleEn: text,
      source: z.strictObject({ title: SpanSchema }).readonly(),
    })
    .readonly(),
);

const nameAndText = z.strictObject({ name: SpanSchema, text: SpanSchema }).readonly();

/**
 * A basic principle.
 * @example
 * ```ts
 * PrincipleSchema.safeParse(plan.principles[0]).success //=> true
 * ```
 * @category Schemas
 */
export const PrincipleSchema = readsOnce(
  z.strictObject({ id: kebabId, number: ordinal, name: text, nameEn: text, text, source: nameAndText }).readonly(),
);

/**
 * A goal area of the main goals, with the ids of the targets it states.
 * @example
 * ```ts
 * GoalAreaSchema.safeParse(plan.goalAreas[0]).success //=> true
 * ```
 * @category Schemas
 */
export const GoalAreaSchema = readsOnce(
  z
    .strictObject({
      id: kebabId,
      number: ordinal,
      name: text,
      nameEn: text,
      text,
      targets: z.array(kebabId).readonly(),
      source: nameAndText,
    })
    .readonly(),
);

/**
 * A group of key tasks, with the numbers of its tasks.
 * @example
 * ```ts
 * TaskGroupSchema.safeParse(plan.taskGroups[0]).success //=> true
 * ```
 * @category Schemas
 */
export const TaskGroupSchema = readsOnce(
  z
    .strictObject({
      id: kebabId,
      number: ordinal,
      title: text,
      titleEn: text,
      intro: text,
      tasks: z.array(ordinal).readonly(),
      source: z.strictObject({ title: SpanSchema, intro: SpanSchema }).readonly(),
    })
    .readonly(),
);

/**
 * A numbered key task with its responsible units and targets.
 * @example
 * ```ts
 * TaskSchema.safeParse(plan.tasks[0]).success //=> true
 * ```
 * @category Schemas
 */
export const TaskSchema = readsOnce(
  z
    .strictObject({
      id: z.templateLiteral(['task-', z.number()]),
      number: ordinal,
      group: ordinal,
      title: text,
      titleEn: text,
      text,
      leadUnits: z.array(kebabId).min(1).readonly(),
      targets: z.array(kebabId).readonly(),
      source: z
        .strictObject({ title: SpanSchema, text: SpanSchema, leadUnits: z.array(SpanSchema).min(1).readonly() })
        .readonly(),
    })
    .readonly(),
);

/**
 * A safeguard measure.
 * @example
 * ```ts
 * MeasureSchema.safeParse(plan.measures[0]).success //=> true
 * ```
 * @category Schemas
 */
export const MeasureSchema = readsOnce(
  z
    .strictObject({
      id: kebabId,
      number: ordinal,
      title: text,
      titleEn: text,
      text,
      source: z.strictObject({ title: SpanSchema, text: SpanSchema }).readonly(),
    })
    .readonly(),
);

/**
 * The kind of a responsible unit.
 * @example
 * ```ts
 * UnitKindSchema.options.length //=> 9
 * ```
 * @category Schemas
 */
export const UnitKindSchema = z.enum(unitKinds);

/**
 * The tier of a responsible unit.
 * @example
 * ```ts
 * UnitTierSchema.options //=> ['municipal', 'district']
 * ```
 * @category Schemas
 */
export const UnitTierSchema = z.enum(unitTiers);

/**
 * A responsible unit.
 * @example
 * ```ts
 * UnitSchema.safeParse(plan.units[0]).success //=> true
 * ```
 * @category Schemas
 */
export const UnitSchema = readsOnce(
  z
    .strictObject({
      id: kebabId,
      name: text,
      nameEn: text,
      fullName: text.exactOptional(),
      kind: UnitKindSchema,
      tier: UnitTierSchema,
      source: z.strictObject({ name: SpanSchema }).readonly(),
    })
    .readonly(),
);

/**
 * The relation a target's wording sets between the figure and its value.
 * @example
 * ```ts
 * ComparatorSchema.options.length //=> 8
 * ```
 * @category Schemas
 */
export const ComparatorSchema = z.enum(comparators);

/**
 * When a target is judged.
 * @example
 * ```ts
 * CadenceSchema.options //=> ['by-deadline', 'each-year', 'average-annual', 'year-on-year']
 * ```
 * @category Schemas
 */
export const CadenceSchema = z.enum(cadences);

/**
 * What a target's figure measures.
 * @example
 * ```ts
 * MeasureKindSchema.options //=> ['level', 'increment', 'change']
 * ```
 * @category Schemas
 */
export const MeasureKindSchema = z.enum(measureKinds);

/**
 * The unit a target's value is normalized to.
 * @example
 * ```ts
 * BaseUnitSchema.options.length //=> 16
 * ```
 * @category Schemas
 */
export const BaseUnitSchema = z.enum(baseUnits);

const mentionFields = {
  words: text,
  aspirational: z.boolean(),
  source: z.strictObject({ words: SpanSchema }).readonly(),
};

/**
 * A place that states a target: a goal area or a task.
 * @example
 * ```ts
 * TargetMentionSchema.safeParse(plan.targets[0].mentions[1]).success //=> true
 * ```
 * @category Schemas
 */
export const TargetMentionSchema = readsOnce(
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('goal-area'), goalArea: kebabId, ...mentionFields }).readonly(),
    z.strictObject({ kind: z.literal('task'), task: ordinal, ...mentionFields }).readonly(),
  ]),
);

const targetBaseFields = {
  id: kebabId,
  statement: text,
  metricEn: text,
  period: PeriodSchema,
  aspirational: z.boolean(),
  mentions: z.array(TargetMentionSchema).readonly(),
  noteEn: text.exactOptional(),
};

/**
 * A target with a figure or a measurable direction.
 * @example
 * ```ts
 * QuantitativeTargetSchema.safeParse(plan.targets[0]).success //=> true
 * ```
 * @category Schemas
 */
export const QuantitativeTargetSchema = readsOnce(
  z
    .strictObject({
      ...targetBaseFields,
      kind: z.literal('quantitative'),
      metric: text,
      comparator: ComparatorSchema,
      cadence: CadenceSchema,
      measure: MeasureKindSchema,
      value: z.number().nonnegative().nullable(),
      upperValue: z.number().nonnegative().exactOptional(),
      unit: text.nullable(),
      baseValue: z.number().nonnegative().nullable(),
      baseUpperValue: z.number().nonnegative().exactOptional(),
      baseUnit: BaseUnitSchema,
      per: z.strictObject({ name: text, nameEn: text }).readonly().exactOptional(),
    })
    .readonly(),
);

/**
 * A target stated without a figure.
 * @example
 * ```ts
 * QualitativeTargetSchema.safeParse(plan.targets[9]).success //=> true
 * ```
 * @category Schemas
 */
export const QualitativeTargetSchema = readsOnce(
  z.strictObject({ ...targetBaseFields, kind: z.literal('qualitative') }).readonly(),
);

/**
 * A target: quantitative or qualitative, told apart by `kind`.
 * @example
 * ```ts
 * TargetSchema.safeParse({ kind: 'numeric' }).success //=> false
 * ```
 * @category Schemas
 */
export const TargetSchema = readsOnce(
  z.discriminatedUnion('kind', [QuantitativeTargetSchema, QualitativeTargetSchema]),
);

/**
 * The header of the captured web page.
 * @example
 * ```ts
 * PageHeaderSchema.safeParse(plan.header).success //=> true
 * ```
 * @category Schemas
 */
export const PageHeaderSchema = readsOnce(
  z
    .strictObject({
      title: text,
      issuer: text,
      postedAt: text,
      pageCounter: text,
      source: z
        .strictObject({ title: SpanSchema, issuer: SpanSchema, postedAt: SpanSchema, pageCounter: SpanSchema })
        .readonly(),
    })
    .readonly(),
);

/**
 * A whole plan of this shape, any city's or year's: at least one task
 * group, task and unit, each task with at least one lead unit, figures not
 * negative. Checks shape only; use
 * `validatePlan` to also check that references resolve, ids are unique,
 * numbering is contiguous and spans fit their texts.
 * @example
 * ```ts
 * import { plan } from 'nanjing-innovation-plan';
 * PlanSchema.safeParse(plan).success //=> true
 * ```
 * @category Schemas
 */
export const PlanSchema = readsOnce(
  z
    .strictObject({
      id: kebabId,
      title: text,
      titleEn: text,
      issuer: text,
      issuerEn: text,
      issued: z.iso.date(),
      posted: z.iso.datetime({ offset: true }),
      period: PeriodSchema,
      language: z.string().min(1),
      seed: z.strictObject({ file: text, lines: PeriodSchema }).readonly(),
      header: PageHeaderSchema,
      preamble: PassageSchema,
      parts: z.array(HeadingSchema).readonly(),
      sections: z.array(HeadingSchema).readonly(),
      guidingIdeology: PassageSchema,
      principles: z.array(PrincipleSchema).readonly(),
      goalsOverview: PassageSchema,
      goalAreas: z.array(GoalAreaSchema).readonly(),
      taskGroups: z.array(TaskGroupSchema).min(1).readonly(),
      tasks: z.array(TaskSchema).min(1).readonly(),
      measures: z.array(MeasureSchema).readonly(),
      imprint: PassageSchema,
      units: z.array(UnitSchema).min(1).readonly(),
      targets: z.array(TargetSchema).readonly(),
    })
    .readonly(),
);
