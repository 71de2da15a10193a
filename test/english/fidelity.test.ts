import { describe, expect, it } from 'vitest';
import sentences from '../../annotations/translation/sentences.en.json' with { type: 'json' };
import { plan } from '../../src/data/plan.js';
import { checkFidelity } from '../../src/english/_fidelity.js';

const units = plan.units;
const pair = (id: string) => {
  const found = sentences.find((sentence) => sentence.id === id);
  if (!found) throw new Error(`no sentence ${id}`);
  return found;
};
/** A copy of the translation with one sentence's English changed. */
const mutated = (id: string, change: (en: string) => string) =>
  sentences.map((sentence) => (sentence.id === id ? { ...sentence, en: change(sentence.en) } : sentence));

describe('checkFidelity', () => {
  it('finds no defect in any of the 246 sentence pairs', () => {
    expect(sentences).toHaveLength(246);
    expect(checkFidelity(sentences, units)).toEqual([]);
  });

  it('reports a figure dropped from the English', () => {
    expect(pair('16.2').zh).toContain('1.2万家');
    expect(pair('16.2').en).toContain('12,000');
    const issues = checkFidelity(
      mutated('16.2', (en) => en.replace('12,000', 'many')),
      units,
    );
    expect(issues).toEqual([{ sentence: '16.2', kind: 'figure', message: 'the figure 1.2万 is not in the English' }]);
  });

  it('reports a figure changed in the English, by its scale', () => {
    expect(pair('16.2').zh).toContain('265万家');
    const issues = checkFidelity(
      mutated('16.2', (en) => en.replace('2.65 million', '265 thousand')),
      units,
    );
    expect(issues.map((issue) => issue.message)).toEqual(['the figure 265万 is not in the English']);
  });

  it('reports a range written as two figures', () => {
    const withRange = sentences.find((sentence) => sentence.zh.includes('2—3'));
    expect(withRange?.en).toContain('2–3');
    const issues = checkFidelity(
      mutated(withRange!.id, (en) => en.replace('2–3', '2 or 3')),
      units,
    );
    expect(issues.map((issue) => issue.message)).toContain('the figure 2—3 is not in the English');
  });

  it('reports the 14th Five-Year Plan missing', () => {
    expect(pair('5.1').zh).toContain('十四五');
    const issues = checkFidelity(
      mutated('5.1', (en) => en.replace('14th Five-Year Plan', 'five-year plan')),
      units,
    );
    expect(issues).toEqual([{ sentence: '5.1', kind: 'figure', message: 'the figure 十四五 is not in the English' }]);
  });

  it("reads the imprint's date as a date", () => {
    expect(pair('102.1').en).toContain('3 January 2022');
    const issues = checkFidelity(
      mutated('102.1', (en) => en.replace('3 January 2022', '3 February 2022')),
      units,
    );
    expect(issues.map((issue) => issue.kind)).toEqual(['figure']);
  });

  it('reports a unit whose English name is missing', () => {
    expect(pair('25.1')).toMatchObject({
      zh: '责任单位:市科技局',
      en: 'Responsible units: Municipal Bureau of Science and Technology',
    });
    const issues = checkFidelity(
      mutated('25.1', () => 'Responsible units: Municipal Science and Technology Bureau'),
      units,
    );
    expect(issues).toEqual([
      {
        sentence: '25.1',
        kind: 'unit',
        message: '市科技局 is named, but not "Municipal Bureau of Science and Technology"',
      },
    ]);
  });

  it('reports Han characters outside round brackets, and allows them inside', () => {
    const issues = checkFidelity(
      mutated('25.1', (en) => `${en} 市科技局`),
      units,
    );
    expect(issues).toEqual([
      { sentence: '25.1', kind: 'untranslated', message: 'Han characters outside brackets: 市科技局' },
    ]);
    expect(
      checkFidelity(
        mutated('25.1', (en) => `${en} (市科技局)`),
        units,
      ),
    ).toEqual([]);
  });

  it('does not change the pairs it is given', () => {
    const copy = structuredClone(sentences);
    checkFidelity(sentences, units);
    expect(sentences).toEqual(copy);
  });
});
