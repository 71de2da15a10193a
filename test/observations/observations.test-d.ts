import { describe, expectTypeOf, it } from 'vitest';
import type { TargetId } from '../../src/index.js';
import { getObservation, type ObservationId, observations } from '../../src/observations.js';

describe('observation types', () => {
  it('keeps each record literal: its target id and figure', () => {
    const talent = getObservation('talent-pool-2024-yuhaojiang-415');
    expectTypeOf(talent.target).toEqualTypeOf<'talent-pool'>();
    expectTypeOf(talent.valueText).toEqualTypeOf<'415万人'>();
    expectTypeOf(observations[0].target).toEqualTypeOf<'high-tech-enterprises'>();
    expectTypeOf<(typeof observations)[number]['target']>().toExtend<TargetId>();
  });

  it('takes only known ids', () => {
    expectTypeOf<'rd-expenditure-share-2022-kjj-nanjing-3-82'>().toExtend<ObservationId>();
    // @ts-expect-error no observation has this id
    getObservation('talent-pool-2025-nowhere-1');
  });
});
