import { describe, expectTypeOf, it } from 'vitest';
import {
  isQuantitative,
  type PlanTarget,
  plan,
  type QualitativeTarget,
  type QuantitativeTarget,
  type Target,
} from '../../src/index.js';

describe('isQuantitative', () => {
  it('narrows a target of this plan to its quantitative records', () => {
    (target: PlanTarget) => {
      if (isQuantitative(target)) {
        expectTypeOf(target.metric).toBeString();
        expectTypeOf(target).toEqualTypeOf<Extract<PlanTarget, { readonly kind: 'quantitative' }>>();
      } else {
        expectTypeOf(target.kind).toEqualTypeOf<'qualitative'>();
        // @ts-expect-error a qualitative target has no metric
        target.metric;
      }
    };
  });

  it('narrows the generic Target, and filters', () => {
    (target: Target) => {
      if (isQuantitative(target)) expectTypeOf(target).toEqualTypeOf<QuantitativeTarget>();
      else expectTypeOf(target).toEqualTypeOf<QualitativeTarget>();
    };
    expectTypeOf(plan.targets.filter(isQuantitative)[0]!.metric).toBeString();
  });
});
