import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import type {
  GoalAreaId,
  MeasureId,
  PrincipleId,
  TargetId,
  TaskGroupId,
  TaskGroupNumber,
  TaskId,
  TaskNumber,
  UnitId,
  UnitName,
} from '../../src/model/ids.js';
import type {
  BaseUnit,
  GoalArea,
  Heading,
  Measure,
  PageHeader,
  Passage,
  Period,
  Plan,
  Principle,
  QualitativeTarget,
  QuantitativeTarget,
  Span,
  Target,
  TargetMention,
  Task,
  TaskGroup,
  Unit,
} from '../../src/model/types.js';
import {
  type GoalAreaIdSchema,
  GoalAreaSchema,
  type HeadingSchema,
  type MeasureIdSchema,
  type MeasureSchema,
  type NormalizedProgressEntry,
  type NormalizedProgressReport,
  type PageHeaderSchema,
  type PassageSchema,
  type PeriodSchema,
  type PlanSchema,
  type PrincipleIdSchema,
  type PrincipleSchema,
  type ProgressEntry,
  type ProgressReport,
  type ProgressReportSchema,
  type QualitativeTargetSchema,
  type QuantitativeTargetId,
  type QuantitativeTargetSchema,
  type SpanSchema,
  type TargetIdSchema,
  type TargetMentionSchema,
  type TargetSchema,
  type TaskGroupIdSchema,
  type TaskGroupNumberSchema,
  type TaskGroupSchema,
  type TaskIdSchema,
  type TaskNumberSchema,
  type TaskSchema,
  type TaskStatusEntrySchema,
  type UnitIdSchema,
  type UnitNameSchema,
  UnitSchema,
  type ValidationIssue,
  validateProgressReport,
} from '../../src/schema.js';

/**
 * Rebuilds a type as plain object types, distributing over unions, so that
 * the model's `(A | B) & C` and zod's `A' | B'` compare member by member.
 * Homomorphic mapping keeps `readonly` and `?` modifiers as they are.
 */
type Normalize<TType> = TType extends readonly (infer TElement)[]
  ? TType extends unknown[]
    ? Normalize<TElement>[]
    : readonly Normalize<TElement>[]
  : TType extends object
    ? { [TKey in keyof TType]: Normalize<TType[TKey]> }
    : TType;

/**
 * Whether each type is assignable to the other. Under `exactOptionalPropertyTypes`
 * this tells `?: T` from `?: T | undefined`, which `toEqualTypeOf` (and the
 * compiler's identity check) do not; `toEqualTypeOf` tells readonly from mutable.
 */
type MutuallyAssignable<TLeft, TRight> = [TLeft] extends [TRight] ? ([TRight] extends [TLeft] ? true : false) : false;

describe('generic schemas', () => {
  it('infer exactly the model types, record by record', () => {
    expectTypeOf<Normalize<z.infer<typeof SpanSchema>>>().toEqualTypeOf<Normalize<Span>>();
    expectTypeOf<Normalize<z.infer<typeof PeriodSchema>>>().toEqualTypeOf<Normalize<Period>>();
    expectTypeOf<Normalize<z.infer<typeof PassageSchema>>>().toEqualTypeOf<Normalize<Passage>>();
    expectTypeOf<Normalize<z.infer<typeof HeadingSchema>>>().toEqualTypeOf<Normalize<Heading>>();
    expectTypeOf<Normalize<z.infer<typeof PrincipleSchema>>>().toEqualTypeOf<Normalize<Principle>>();
    expectTypeOf<Normalize<z.infer<typeof GoalAreaSchema>>>().toEqualTypeOf<Normalize<GoalArea>>();
    expectTypeOf<Normalize<z.infer<typeof TaskGroupSchema>>>().toEqualTypeOf<Normalize<TaskGroup>>();
    expectTypeOf<Normalize<z.infer<typeof TaskSchema>>>().toEqualTypeOf<Normalize<Task>>();
    expectTypeOf<Normalize<z.infer<typeof MeasureSchema>>>().toEqualTypeOf<Normalize<Measure>>();
    expectTypeOf<Normalize<z.infer<typeof UnitSchema>>>().toEqualTypeOf<Normalize<Unit>>();
    expectTypeOf<Normalize<z.infer<typeof TargetMentionSchema>>>().toEqualTypeOf<Normalize<TargetMention>>();
    expectTypeOf<Normalize<z.infer<typeof QuantitativeTargetSchema>>>().toEqualTypeOf<Normalize<QuantitativeTarget>>();
    expectTypeOf<Normalize<z.infer<typeof QualitativeTargetSchema>>>().toEqualTypeOf<Normalize<QualitativeTarget>>();
    expectTypeOf<Normalize<z.infer<typeof TargetSchema>>>().toEqualTypeOf<Normalize<Target>>();
    expectTypeOf<Normalize<z.infer<typeof PageHeaderSchema>>>().toEqualTypeOf<Normalize<PageHeader>>();
  });

  it('infers exactly the Plan interface for the whole plan', () => {
    expectTypeOf<Normalize<z.infer<typeof PlanSchema>>>().toEqualTypeOf<Normalize<Plan>>();
  });

  it('are mutually assignable with the model types, optional fields included', () => {
    expectTypeOf<MutuallyAssignable<Normalize<z.infer<typeof UnitSchema>>, Normalize<Unit>>>().toEqualTypeOf<true>();
    expectTypeOf<
      MutuallyAssignable<Normalize<z.infer<typeof QuantitativeTargetSchema>>, Normalize<QuantitativeTarget>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      MutuallyAssignable<Normalize<z.infer<typeof TargetSchema>>, Normalize<Target>>
    >().toEqualTypeOf<true>();
    expectTypeOf<MutuallyAssignable<Normalize<z.infer<typeof PlanSchema>>, Normalize<Plan>>>().toEqualTypeOf<true>();
  });
});

describe('drift detection', () => {
  it('tells apart an optional field that admits undefined', () => {
    const Drifted = z.strictObject({ ...UnitSchema.unwrap().shape, fullName: z.string().optional() }).readonly();
    expectTypeOf<MutuallyAssignable<Normalize<z.infer<typeof Drifted>>, Normalize<Unit>>>().toEqualTypeOf<false>();
  });

  it('tells apart a mutable list', () => {
    const Drifted = z.strictObject({ ...GoalAreaSchema.unwrap().shape, targets: z.array(z.string()) }).readonly();
    // @ts-expect-error `string[]` is not the model's `readonly string[]`
    expectTypeOf<Normalize<z.infer<typeof Drifted>>>().toEqualTypeOf<Normalize<GoalArea>>();
  });

  it('compares the members of the mention union one by one', () => {
    expectTypeOf<Normalize<Extract<z.infer<typeof TargetMentionSchema>, { kind: 'task' }>>>().toEqualTypeOf<
      Normalize<Extract<TargetMention, { kind: 'task' }>>
    >();
    expectTypeOf<Normalize<Extract<z.infer<typeof TargetMentionSchema>, { kind: 'goal-area' }>>>().toEqualTypeOf<
      Normalize<Extract<TargetMention, { kind: 'goal-area' }>>
    >();
  });
});

describe('plan-bound schemas', () => {
  it('infer the plan’s literal unions', () => {
    expectTypeOf<z.infer<typeof TaskNumberSchema>>().toEqualTypeOf<TaskNumber>();
    expectTypeOf<z.infer<typeof TaskIdSchema>>().toEqualTypeOf<TaskId>();
    expectTypeOf<z.infer<typeof UnitIdSchema>>().toEqualTypeOf<UnitId>();
    expectTypeOf<z.infer<typeof UnitNameSchema>>().toEqualTypeOf<UnitName>();
    expectTypeOf<z.infer<typeof TargetIdSchema>>().toEqualTypeOf<TargetId>();
    expectTypeOf<z.infer<typeof TaskGroupNumberSchema>>().toEqualTypeOf<TaskGroupNumber>();
    expectTypeOf<z.infer<typeof TaskGroupIdSchema>>().toEqualTypeOf<TaskGroupId>();
    expectTypeOf<z.infer<typeof GoalAreaIdSchema>>().toEqualTypeOf<GoalAreaId>();
    expectTypeOf<z.infer<typeof PrincipleIdSchema>>().toEqualTypeOf<PrincipleId>();
    expectTypeOf<z.infer<typeof MeasureIdSchema>>().toEqualTypeOf<MeasureId>();
  });

  it('rejects a task number outside 1–32 at compile time', () => {
    // @ts-expect-error 33 is not a task number
    const task: z.infer<typeof TaskNumberSchema> = 33;
    expectTypeOf(task).toEqualTypeOf<TaskNumber>();
  });
});

describe('progress types', () => {
  it('type a validated report with the plan’s target ids and base units', () => {
    expectTypeOf<NormalizedProgressEntry['target']>().toEqualTypeOf<QuantitativeTargetId>();
    expectTypeOf<NormalizedProgressEntry['baseUnit']>().toEqualTypeOf<BaseUnit>();
    expectTypeOf<z.infer<typeof ProgressReportSchema>>().toEqualTypeOf<ProgressReport>();
    expectTypeOf<z.infer<typeof TaskStatusEntrySchema>['unit']>().toEqualTypeOf<UnitId>();
  });

  it('narrows a validation result on success', () => {
    const result = validateProgressReport({});
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<NormalizedProgressReport>();
    else expectTypeOf(result.issues).toEqualTypeOf<readonly ValidationIssue[]>();
  });

  it('rejects an unknown target id in a typed entry', () => {
    // @ts-expect-error 'high-tech-firms' is not a quantitative target id
    const entry: ProgressEntry = { target: 'high-tech-firms', year: 2023, value: 1, unit: '家' };
    expectTypeOf(entry).toEqualTypeOf<ProgressEntry>();
  });
});
