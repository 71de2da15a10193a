import { describe, expect, it } from 'vitest';
import glossaryJson from '../../annotations/translation/glossary.en.json' with { type: 'json' };
import { english, glossary, renderPlanTextEn, searchEn } from '../../src/en.js';
import { plan, renderPlanText } from '../../src/index.js';
import { seedLines, seedText } from '../dataset/_seed.js';

describe('english', () => {
  it('says it is an unofficial translation', () => {
    expect(english.notice).toBe('Unofficial English translation; the Chinese text is authoritative.');
  });

  it("holds every sentence of lines 1–102, each the seed's text at its span", () => {
    expect(english.sentences).toHaveLength(246);
    for (const sentence of english.sentences) {
      expect(seedText.slice(sentence.source.start, sentence.source.end)).toBe(sentence.zh);
      expect(sentence.id.split('.')[0]).toBe(String(sentence.source.line));
    }
  });

  it('covers each line exactly with its sentences', () => {
    for (let line = 1; line <= 102; line += 1) {
      const zh = english.sentences.filter((sentence) => sentence.source.line === line).map((sentence) => sentence.zh);
      expect(zh.join('')).toBe(seedLines[line - 1]);
    }
  });

  it('gives each field of a task its sentences', () => {
    const task = english.tasks['task-1'];
    expect(task.title.en).toBe('1. Expand the ranks of high-tech enterprises.');
    expect(task.title.sentences[0]?.zh).toBe('1.壮大高科技型企业规模。');
    expect(task.units.en).toBe('Responsible units: Municipal Bureau of Science and Technology');
    expect(task.text.sentences.map((sentence) => sentence.id)).toEqual(['24.2', '24.3', '24.4', '24.5', '24.6']);
    expect(task.text.en.startsWith('Implement the ')).toBe(true);
  });

  it('keys each record by its id, in the order of the plan', () => {
    expect(Object.keys(english.tasks)).toEqual(plan.tasks.map((task) => task.id));
    expect(Object.keys(english.principles)).toEqual([
      'innovation-driven',
      'market-led',
      'talent-led',
      'transformation-demonstration',
    ]);
    expect(Object.keys(english.measures)).toHaveLength(3);
    expect(english.imprint.text.sentences.map((sentence) => sentence.id)).toEqual(['102.1']);
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(english)).toBe(true);
    expect(Object.isFrozen(english.tasks['task-32'].units.sentences[0]?.source)).toBe(true);
    expect(Object.isFrozen(english.tasks['task-32'].units.sentences[0]?.record)).toBe(true);
    expect(Object.isFrozen(glossary[0]?.occurrences)).toBe(true);
  });

  it("agrees with the main entry's English titles and unit names", () => {
    expect(english.header.title.en).toBe(plan.titleEn);
    for (const task of plan.tasks) {
      expect(english.tasks[task.id].title.en).toBe(`${task.number}. ${task.titleEn}.`);
    }
    for (const principle of plan.principles) {
      expect(english.principles[principle.id].name.en).toBe(`— ${principle.nameEn}.`);
    }
    expect(plan.principles.map((principle) => principle.nameEn)).toEqual([
      'Uphold innovation-driven development',
      "Uphold the market's leading role",
      'Uphold the leading role of talent',
      'Uphold transformation that sets an example',
    ]);
  });
});

describe('glossary', () => {
  it('holds the 295 terms, each occurring in the seed', () => {
    expect(glossary).toHaveLength(295);
    for (const term of glossary) {
      expect(term.occurrences.length).toBeGreaterThan(0);
      for (const { source, sentence } of term.occurrences) {
        expect(seedText.slice(source.start, source.end)).toBe(term.zh);
        const found = english.sentences.find((candidate) => candidate.id === sentence);
        expect(found?.source.start).toBeLessThanOrEqual(source.start);
        expect(found?.source.end).toBeGreaterThanOrEqual(source.end);
      }
    }
  });

  it('finds every occurrence of a term', () => {
    const term = glossary.find((entry) => entry.zh === '揭榜挂帅');
    expect(term?.occurrences.map((occurrence) => occurrence.sentence)).toEqual(['62.3', '88.3']);
  });

  it('names every unit as the unit registry does', () => {
    const unitTerms = new Map(glossaryJson.filter((term) => term.kind === 'unit').map((term) => [term.zh, term.en]));
    for (const unit of plan.units) expect(unit.nameEn).toBe(unitTerms.get(unit.name));
    expect(plan.units.find((unit) => unit.name === '市市场监管局')?.nameEn).toBe(
      'Municipal Administration for Market Regulation',
    );
  });
});

describe('renderPlanTextEn', () => {
  it('renders one line for each line of renderPlanText()', () => {
    const lines = renderPlanTextEn().split('\n');
    expect(lines).toHaveLength(renderPlanText().split('\n').length);
    expect(lines[23]?.startsWith('1. Expand the ranks of high-tech enterprises. Implement')).toBe(true);
    expect(lines[24]).toBe('Responsible units: Municipal Bureau of Science and Technology');
    expect(lines.at(-1)).toBe('');
  });

  it('leaves no Han character outside round brackets', () => {
    const outside = renderPlanTextEn().replace(/\([^)]*\)|([^)]*)/g, '');
    expect(/\p{Script=Han}/u.test(outside)).toBe(false);
  });
});

describe('searchEn', () => {
  it('finds English text ignoring case, with the Chinese it renders', () => {
    const hits = searchEn('LITTLE GIANT');
    expect(hits.map((hit) => hit.sentence.id)).toEqual(['16.2', '26.3', '26.4']);
    expect(hits[1]?.sentence.zh).toContain('“小巨人”');
  });

  it('stops at the limit', () => {
    expect(searchEn('talent', { limit: 2 })).toHaveLength(2);
  });

  it('rejects an empty query and a bad limit with a clear error', () => {
    expect(() => searchEn('  ')).toThrow('searchEn: the query must be a non-empty string, got "  "');
    expect(() => searchEn('talent', { limit: 0 })).toThrow('searchEn: options.limit must be a positive integer, got 0');
  });
});
