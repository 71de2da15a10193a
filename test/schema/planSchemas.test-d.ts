import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
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
  GoalAreaSchema,
  HeadingSchema,
  MeasureSchema,
  PageHeaderSchema,
  PassageSchema,
  PeriodSchema,
  PlanSchema,
  PrincipleSchema,
  QualitativeTargetSchema,
  QuantitativeTargetSchema,
  SpanSchema,
  TargetMentionSchema,
  TargetSchema,
  TaskGroupSchema,
  TaskSchema,
  UnitSchema,
} from '../../src/schema/index.js';

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
});
