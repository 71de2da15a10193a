import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/index.js';
import {
  GoalAreaSchema,
  HeadingSchema,
  MeasureSchema,
  PlanSchema,
  PrincipleSchema,
  SpanSchema,
  TargetMentionSchema,
  TargetSchema,
  TaskGroupSchema,
  TaskSchema,
  UnitSchema,
} from '../../src/schema.js';

describe('PlanSchema', () => {
  it('accepts the shipped plan', () => {
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });

  it('accepts dist/plan.json', () => {
    const json: unknown = JSON.parse(readFileSync(new URL('../../dist/plan.json', import.meta.url), 'utf8'));
    expect(PlanSchema.safeParse(json).success).toBe(true);
  });

  it('accepts a plan of the same shape with other ids and counts', () => {
    const other = {
      ...plan,
      id: 'suzhou-plan-2025-2027',
      period: { start: 2025, end: 2027 },
      tasks: plan.tasks.slice(0, 2),
      units: [{ ...plan.units[0], id: 'city-science-bureau', name: '市科技局' }],
      targets: [],
    };
    expect(PlanSchema.safeParse(other).success).toBe(true);
  });

  it('rejects an unknown field', () => {
    expect(PlanSchema.safeParse({ ...plan, extra: 1 }).success).toBe(false);
  });

  it('returns frozen output', () => {
    const parsed = PlanSchema.parse(JSON.parse(JSON.stringify(plan)));
    expect(Object.isFrozen(parsed.tasks[0]?.leadUnits)).toBe(true);
  });
});

describe('record schemas', () => {
  it('accept every record of the shipped plan', () => {
    for (const heading of [...plan.parts, ...plan.sections])
      expect(HeadingSchema.safeParse(heading).success).toBe(true);
    for (const principle of plan.principles) expect(PrincipleSchema.safeParse(principle).success).toBe(true);
    for (const area of plan.goalAreas) expect(GoalAreaSchema.safeParse(area).success).toBe(true);
    for (const group of plan.taskGroups) expect(TaskGroupSchema.safeParse(group).success).toBe(true);
    for (const task of plan.tasks) expect(TaskSchema.safeParse(task).success).toBe(true);
    for (const measure of plan.measures) expect(MeasureSchema.safeParse(measure).success).toBe(true);
    for (const unit of plan.units) expect(UnitSchema.safeParse(unit).success).toBe(true);
    for (const target of plan.targets) {
      expect(TargetSchema.safeParse(target).success).toBe(true);
      for (const mention of target.mentions) expect(TargetMentionSchema.safeParse(mention).success).toBe(true);
    }
  });

  it('rejects a span with a negative offset', () => {
    expect(SpanSchema.safeParse({ line: 1, start: -1, end: 3 }).success).toBe(false);
  });

  it('rejects a task id that is not task-<number>', () => {
    expect(TaskSchema.safeParse({ ...plan.tasks[0], id: 'first-task' }).success).toBe(false);
  });

  it('rejects a target of an unknown kind', () => {
    expect(TargetSchema.safeParse({ ...plan.targets[0], kind: 'numeric' }).success).toBe(false);
  });

  it('rejects a unit with fullName set to undefined (optional fields are absent, not undefined)', () => {
    expect(UnitSchema.safeParse({ ...plan.units[0], fullName: undefined }).success).toBe(false);
  });
});
