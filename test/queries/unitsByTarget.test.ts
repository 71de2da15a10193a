import { describe, expect, it } from 'vitest';
import { plan, type TargetId, UnknownIdError, unitsByTarget } from '../../src/index.js';

const names = (units: readonly { name: string }[]) => units.map((unit) => unit.name);

describe('unitsByTarget', () => {
  it('returns the unit of task 1 for 高新技术企业达1.2万家 (seed line 25: 责任单位:市科技局)', () => {
    expect(names(unitsByTarget('high-tech-enterprises'))).toEqual(['市科技局']);
  });

  it('returns the units of task 6 in the order written, the lead first (seed line 35)', () => {
    expect(names(unitsByTarget('listed-companies'))).toEqual([
      '市工信局',
      '市发改委',
      '市金融监管局',
      '市科技局',
      '市商务局',
    ]);
  });

  it('returns the units of task 7 for the private economy share (seed line 37)', () => {
    expect(names(unitsByTarget('private-economy-share'))).toEqual([
      '市工信局',
      '市委统战部',
      '市发改委',
      '市科技局',
      '市人社局',
      '市金融监管局',
      '市税务局',
      '市法院',
      '市工商联',
    ]);
  });

  it('returns nothing for a target stated only in a goal area (市场主体, 人才资源总量)', () => {
    expect(unitsByTarget('market-entities')).toEqual([]);
    expect(unitsByTarget('talent-pool')).toEqual([]);
  });

  it('names no unit for exactly the 16 targets no task states', () => {
    const unnamed = plan.targets.filter((target) => unitsByTarget(target.id).length === 0).map((target) => target.id);
    expect(unnamed).toEqual([
      'market-entities',
      'hundred-billion-industrial-chains',
      'manufacturing-value-added-share',
      'high-tech-industry-output-share',
      'co2-intensity-reduction',
      'digital-economy-share',
      'national-innovation-centres',
      'world-class-high-tech-zone',
      'talent-pool',
      'overseas-talent-growth',
      'rd-personnel-per-10k-workers',
      'business-environment-national-lead',
      'rd-expenditure-share',
      'technology-contract-turnover',
      'ip-powerhouse-city',
      'high-value-patents-per-10k-people',
    ]);
  });

  it('returns frozen arrays of the plan records, the same array on each call', () => {
    const units = unitsByTarget('industrial-land');
    expect(Object.isFrozen(units)).toBe(true);
    expect(units[0]).toBe(plan.units.find((unit) => unit.name === '市规划资源局'));
    expect(unitsByTarget('industrial-land')).toBe(units);
  });

  it('throws UnknownIdError with a did-you-mean for an unknown target', () => {
    expect(() => unitsByTarget('high-tech-enterprise' as TargetId)).toThrow(UnknownIdError);
    expect(() => unitsByTarget('high-tech-enterprise' as TargetId)).toThrow(/high-tech-enterprises/);
  });
});
