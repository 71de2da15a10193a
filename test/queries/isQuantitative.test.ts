import { describe, expect, it } from 'vitest';
import { getTarget, isQuantitative, plan } from '../../src/index.js';

describe('isQuantitative', () => {
  it('is true for a target with a figure, which has a metric', () => {
    const target = getTarget('talent-pool');
    expect(isQuantitative(target)).toBe(true);
    expect(isQuantitative(target) && target.metric).toBe('全市人才资源总量');
  });

  it('is false for the five qualitative targets, which have no metric', () => {
    const qualitative = plan.targets.filter((target) => !isQuantitative(target));
    expect(qualitative.map((target) => target.id)).toEqual([
      'hundred-billion-industrial-chains',
      'new-system-state-key-laboratories',
      'world-class-high-tech-zone',
      'business-environment-national-lead',
      'ip-powerhouse-city',
    ]);
    for (const target of qualitative) expect('metric' in target).toBe(false);
  });

  it('agrees with the model: every quantitative target has a metric, 35 of 40', () => {
    const quantitative = plan.targets.filter(isQuantitative);
    expect(quantitative).toHaveLength(35);
    expect(plan.targets).toHaveLength(40);
    for (const target of quantitative) expect(typeof target.metric).toBe('string');
  });
});
