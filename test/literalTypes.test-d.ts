// The plan's type is generated beside its data (src/data/plan.ts): these
// check that it keeps every value as its literal, as `as const` did, deep
// down and in order.
import { describe, expectTypeOf, it } from 'vitest';
import { getTarget, getTask, type NanjingPlan, type Plan, plan } from '../src/index.js';

describe('NanjingPlan', () => {
  it('is the type of plan, and fits the Plan interface', () => {
    expectTypeOf(plan).toEqualTypeOf<NanjingPlan>();
    expectTypeOf<NanjingPlan>().toExtend<Plan>();
  });

  it('keeps deep values literal', () => {
    expectTypeOf(getTask(1).title).toEqualTypeOf<'壮大高科技型企业规模'>();
    expectTypeOf(getTask(32).title).toEqualTypeOf<'构建一流创新服务环境'>();
    expectTypeOf(plan.targets[0].baseValue).toEqualTypeOf<12000>();
    expectTypeOf(plan.targets[0].statement).toEqualTypeOf<'高新技术企业总数达1.2万家'>();
    expectTypeOf(getTarget('market-entities').statement).toEqualTypeOf<'市场主体达265万家'>();
    expectTypeOf(plan.units[0].fullName).toEqualTypeOf<'南京市科学技术局'>();
    expectTypeOf(plan.seed.lines).toEqualTypeOf<{ readonly start: 1; readonly end: 102 }>();
  });

  it('keeps lists as tuples, in order', () => {
    expectTypeOf(plan.taskGroups[4].tasks).toEqualTypeOf<readonly [24, 25, 26, 27]>();
    expectTypeOf(getTask(3).leadUnits).toEqualTypeOf<readonly ['industry-it-bureau', 'investment-promotion-bureau']>();
    expectTypeOf(plan.tasks).toHaveProperty('length').toEqualTypeOf<32>();
  });

  it('is deeply readonly', () => {
    // @ts-expect-error readonly
    plan.targets[0].mentions[0].source.words.start = 0;
    // @ts-expect-error readonly tuple
    plan.taskGroups[4].tasks.push(28);
  });
});
