import { describe, expect, it } from 'vitest';
import {
  GoalAreaIdSchema,
  MeasureIdSchema,
  PrincipleIdSchema,
  QuantitativeTargetIdSchema,
  TargetIdSchema,
  TaskGroupIdSchema,
  TaskGroupNumberSchema,
  TaskIdSchema,
  TaskNumberSchema,
  UnitIdSchema,
  UnitNameSchema,
} from '../../src/schema.js';

describe('TaskNumberSchema', () => {
  it('accepts 1 and 32', () => {
    expect(TaskNumberSchema.safeParse(1).success).toBe(true);
    expect(TaskNumberSchema.safeParse(32).success).toBe(true);
  });

  it('rejects 0, 33, 1.5 and "1"', () => {
    for (const value of [0, 33, 1.5, '1']) expect(TaskNumberSchema.safeParse(value).success).toBe(false);
  });
});

describe('TaskIdSchema', () => {
  it('accepts task-32 and rejects task-33', () => {
    expect(TaskIdSchema.safeParse('task-32').success).toBe(true);
    expect(TaskIdSchema.safeParse('task-33').success).toBe(false);
  });
});

describe('TaskGroupNumberSchema', () => {
  it('accepts 6 and rejects 7', () => {
    expect(TaskGroupNumberSchema.safeParse(6).success).toBe(true);
    expect(TaskGroupNumberSchema.safeParse(7).success).toBe(false);
  });
});

describe('UnitIdSchema', () => {
  it('accepts the id of 市科技局', () => {
    expect(UnitIdSchema.safeParse('science-technology-bureau').success).toBe(true);
  });

  it('names the nearest unit id in its message', () => {
    expect(UnitIdSchema.safeParse('science-technolgy-bureau').error?.issues[0]?.message).toBe(
      'unknown unit id "science-technolgy-bureau"; did you mean "science-technology-bureau"?',
    );
  });
});

describe('UnitNameSchema', () => {
  it('accepts 市科技局 and rejects 科技局', () => {
    expect(UnitNameSchema.safeParse('市科技局').success).toBe(true);
    expect(UnitNameSchema.safeParse('科技局').success).toBe(false);
  });
});

describe('TargetIdSchema', () => {
  it('accepts a qualitative target id', () => {
    expect(TargetIdSchema.safeParse('world-class-high-tech-zone').success).toBe(true);
  });

  it('rejects an id that is not in the plan', () => {
    expect(TargetIdSchema.safeParse('high-tech-firms').success).toBe(false);
  });
});

describe('QuantitativeTargetIdSchema', () => {
  it('accepts high-tech-enterprises and rejects the qualitative world-class-high-tech-zone', () => {
    expect(QuantitativeTargetIdSchema.safeParse('high-tech-enterprises').success).toBe(true);
    expect(QuantitativeTargetIdSchema.safeParse('world-class-high-tech-zone').success).toBe(false);
  });

  it('lists 35 ids', () => {
    expect(QuantitativeTargetIdSchema.options).toHaveLength(35);
  });
});

describe('other id schemas', () => {
  it('accept ids of the plan', () => {
    expect(GoalAreaIdSchema.safeParse('talent-concentration').success).toBe(true);
    expect(PrincipleIdSchema.safeParse('talent-led').success).toBe(true);
    expect(TaskGroupIdSchema.safeParse('factor-markets').success).toBe(true);
    expect(MeasureIdSchema.safeParse('monitoring-evaluation').success).toBe(true);
  });

  it('reject ids of another kind', () => {
    expect(GoalAreaIdSchema.safeParse('talent-led').success).toBe(false);
    expect(MeasureIdSchema.safeParse('talent-concentration').success).toBe(false);
  });
});
