import { describe, expectTypeOf, it } from 'vitest';
import type { NanjingPlan, PlanTask, TaskNumber } from '../../src/index.js';

describe('TaskNumber', () => {
  it('lists exactly the task numbers of the data', () => {
    expectTypeOf<TaskNumber>().toEqualTypeOf<NanjingPlan['tasks'][number]['number']>();
    expectTypeOf<TaskNumber>().toEqualTypeOf<PlanTask['number']>();
    expectTypeOf<32>().toExtend<TaskNumber>();
    expectTypeOf<33>().not.toExtend<TaskNumber>();
  });
});
