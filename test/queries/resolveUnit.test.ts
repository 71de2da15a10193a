import { describe, expect, it } from 'vitest';
import { plan, resolveUnit } from '../../src/index.js';

const names = (units: readonly { name: string }[]) => units.map((unit) => unit.name);

describe('resolveUnit', () => {
  it('returns the unit for its name as written', () => {
    expect(resolveUnit('市科技局')).toMatchObject({
      status: 'found',
      unit: { id: 'science-technology-bureau' },
      matchedBy: 'name',
    });
  });

  it('returns the unit for its id', () => {
    expect(resolveUnit('industry-it-bureau')).toMatchObject({
      status: 'found',
      unit: { name: '市工信局' },
      matchedBy: 'id',
    });
  });

  it('returns the unit for its full official name', () => {
    expect(resolveUnit('南京市科学技术局')).toMatchObject({
      status: 'found',
      unit: { name: '市科技局' },
      matchedBy: 'full-name',
    });
  });

  it('returns the unit for its English name in any case', () => {
    expect(resolveUnit("MUNICIPAL intermediate people's court")).toMatchObject({
      status: 'found',
      unit: { name: '市法院' },
      matchedBy: 'english-name',
    });
  });

  it('returns the unit for words of its English name', () => {
    expect(resolveUnit('housing')).toMatchObject({
      status: 'found',
      unit: { name: '市房产局' },
      matchedBy: 'english-words',
    });
    expect(resolveUnit('science bureau')).toMatchObject({
      status: 'found',
      unit: { name: '市科技局' },
      matchedBy: 'english-words',
    });
  });

  it('accepts full-width brackets and surrounding spaces', () => {
    expect(resolveUnit(' 相关区（园区） ')).toMatchObject({
      status: 'found',
      unit: { id: 'relevant-districts-parks' },
    });
  });

  it('reports ambiguity with the candidates', () => {
    const result = resolveUnit('big data');
    expect(result.status).toBe('ambiguous');
    expect(result.status === 'ambiguous' && names(result.candidates)).toEqual(['市大数据局', '大数据集团']);
  });

  it('does not resolve part of a Chinese name, but suggests it', () => {
    const result = resolveUnit('市科技');
    expect(result.status).toBe('not-found');
    expect(result.status === 'not-found' && names(result.suggestions)).toEqual(['市科技局']);
  });

  it('returns not-found with no suggestions for text unlike any unit', () => {
    expect(resolveUnit('zzzzzz')).toEqual({ status: 'not-found', suggestions: [] });
  });

  it('answers every id and every name as written with its unit, frozen', () => {
    for (const unit of plan.units) {
      expect(resolveUnit(unit.id)).toEqual({ status: 'found', unit, matchedBy: 'id' });
      expect(resolveUnit(unit.name)).toEqual({ status: 'found', unit, matchedBy: 'name' });
      expect(Object.isFrozen(resolveUnit(unit.name))).toBe(true);
    }
    expect(plan.units).toHaveLength(35);
  });

  it('throws a TypeError for a non-string', () => {
    expect(() => resolveUnit(42 as never)).toThrow(TypeError);
  });
});

describe('resolveUnit with a name written without its leading 市', () => {
  it('resolves 发改委 to 市发改委', () => {
    expect(resolveUnit('发改委')).toMatchObject({
      status: 'found',
      unit: { id: 'development-reform-commission', name: '市发改委' },
      matchedBy: 'short-name',
    });
  });

  it.each([
    ['科技局', '市科技局'],
    ['市场监管局', '市市场监管局'],
    ['政府外办', '市政府外办'],
    [' 大数据局 ', '市大数据局'],
  ])('resolves %j to %s', (text, name) => {
    expect(resolveUnit(text)).toMatchObject({ status: 'found', unit: { name }, matchedBy: 'short-name' });
  });

  it('prefers a name as written to a short name (大数据集团 has no 市)', () => {
    expect(resolveUnit('大数据集团')).toMatchObject({
      status: 'found',
      unit: { name: '大数据集团' },
      matchedBy: 'name',
    });
  });

  it('does not guess other abbreviations or parts of a name', () => {
    // 统战部 is 市委统战部 without 市委, not without 市; 大数据 is part of two names.
    for (const text of ['统战部', '大数据', '发改', '南京发改委']) {
      expect(resolveUnit(text)).toMatchObject({ status: 'not-found' });
    }
    const partial = resolveUnit('大数据');
    expect(partial.status === 'not-found' && names(partial.suggestions)).toContain('市大数据局');
  });

  it('still reports text that fits several units as ambiguous', () => {
    const result = resolveUnit('municipal bureau');
    expect(result.status).toBe('ambiguous');
    expect(result.status === 'ambiguous' && result.candidates.length).toBeGreaterThan(2);
    expect(resolveUnit('big data')).toMatchObject({ status: 'ambiguous' });
  });
});

describe('resolveUnit with English stop words', () => {
  it.each(['the', 'of', 'and', 'the of and'])('returns not-found for %j', (text) => {
    expect(resolveUnit(text)).toEqual({ status: 'not-found', suggestions: [] });
  });

  it('ignores stop words among other words', () => {
    expect(resolveUnit('bureau of commerce')).toMatchObject({
      status: 'found',
      unit: { name: '市商务局' },
      matchedBy: 'english-words',
    });
  });
});
