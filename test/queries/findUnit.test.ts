import { describe, expect, it } from 'vitest';
import { findUnit, plan } from '../../src/index.js';

const names = (units: readonly { name: string }[]) => units.map((unit) => unit.name);

describe('findUnit', () => {
  it('returns the unit for its name as written', () => {
    expect(findUnit('市科技局')).toMatchObject({
      status: 'found',
      unit: { id: 'science-technology-bureau' },
      matchedBy: 'name',
    });
  });

  it('returns the unit for its id', () => {
    expect(findUnit('industry-it-bureau')).toMatchObject({
      status: 'found',
      unit: { name: '市工信局' },
      matchedBy: 'id',
    });
  });

  it('returns the unit for its full official name', () => {
    expect(findUnit('南京市科学技术局')).toMatchObject({
      status: 'found',
      unit: { name: '市科技局' },
      matchedBy: 'full-name',
    });
  });

  it('returns the unit for its English name in any case', () => {
    expect(findUnit("MUNICIPAL intermediate people's court")).toMatchObject({
      status: 'found',
      unit: { name: '市法院' },
      matchedBy: 'english-name',
    });
  });

  it('returns the unit for words of its English name', () => {
    expect(findUnit('housing')).toMatchObject({
      status: 'found',
      unit: { name: '市房产局' },
      matchedBy: 'english-words',
    });
    expect(findUnit('science bureau')).toMatchObject({
      status: 'found',
      unit: { name: '市科技局' },
      matchedBy: 'english-words',
    });
  });

  it('accepts full-width brackets and surrounding spaces', () => {
    expect(findUnit(' 相关区（园区） ')).toMatchObject({ status: 'found', unit: { id: 'relevant-districts-parks' } });
  });

  it('reports ambiguity with the candidates', () => {
    const result = findUnit('big data');
    expect(result.status).toBe('ambiguous');
    expect(result.status === 'ambiguous' && names(result.candidates)).toEqual(['市大数据局', '大数据集团']);
  });

  it('does not resolve part of a Chinese name, but suggests it', () => {
    const result = findUnit('市科技');
    expect(result.status).toBe('not-found');
    expect(result.status === 'not-found' && names(result.suggestions)).toEqual(['市科技局']);
  });

  it('returns not-found with no suggestions for text unlike any unit', () => {
    expect(findUnit('zzzzzz')).toEqual({ status: 'not-found', suggestions: [] });
  });

  it('answers every id and every name as written with its unit, frozen', () => {
    for (const unit of plan.units) {
      expect(findUnit(unit.id)).toEqual({ status: 'found', unit, matchedBy: 'id' });
      expect(findUnit(unit.name)).toEqual({ status: 'found', unit, matchedBy: 'name' });
      expect(Object.isFrozen(findUnit(unit.name))).toBe(true);
    }
    expect(plan.units).toHaveLength(35);
  });

  it('throws a TypeError for a non-string', () => {
    expect(() => findUnit(42 as never)).toThrow(TypeError);
  });
});

describe('findUnit with English stop words', () => {
  it.each(['the', 'of', 'and', 'the of and'])('returns not-found for %j', (text) => {
    expect(findUnit(text)).toEqual({ status: 'not-found', suggestions: [] });
  });

  it('ignores stop words among other words', () => {
    expect(findUnit('bureau of commerce')).toMatchObject({
      status: 'found',
      unit: { name: '市商务局' },
      matchedBy: 'english-words',
    });
  });
});
