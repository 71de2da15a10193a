import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { search } from '../../src/index.js';

const seed = readFileSync(new URL('../../seeds/nanjing-innovation-plan-2022-2024.txt', import.meta.url), 'utf8');

describe('search', () => {
  it('finds the task that says 人才住房, with its place in the seed', () => {
    const hits = search('人才住房');
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit?.kind).toBe('task');
    expect(hit?.kind === 'task' && hit.record.number).toBe(23);
    expect(hit?.matches).toEqual([
      { field: 'text', term: '人才住房', index: 131, length: 4, seed: { line: 74, start: 8442, end: 8446 } },
    ]);
    expect(seed.slice(8442, 8446)).toBe('人才住房');
  });

  it('returns a snippet around the match', () => {
    expect(search('人才住房')[0]?.snippet).toBe(
      '…“类海外”环境一体化集成。加快发展租赁型人才住房,布局建设人才安居社区,落实全市热点楼盘…',
    );
  });

  it('requires every term to match the same record', () => {
    expect(search('海外人才 离岸').map((hit) => hit.kind === 'task' && hit.record.number)).toEqual([21]);
  });

  it('finds every place that says 海外人才, in the order of the text', () => {
    const places = search('海外人才').map((hit) => [hit.kind, hit.matches.map((match) => match.seed?.start ?? null)]);
    // The goal area's text, the target's words there (and its metric, which is not in the seed), task 21's text.
    expect(places).toEqual([
      ['goal-area', [1743]],
      ['target', [1743, null]],
      ['task', [8018, 8048]],
    ]);
  });

  it('limits the search to a scope', () => {
    expect(search('海外人才', { scope: 'targets' }).map((hit) => hit.kind === 'target' && hit.record.id)).toEqual([
      'overseas-talent-growth',
    ]);
    expect(search('海外人才', { scope: ['goals'] }).map((hit) => hit.kind)).toEqual(['goal-area']);
  });

  it('finds the tasks whose 责任单位 line names a unit', () => {
    const hits = search('市房产局', { scope: 'tasks' });
    expect(hits.map((hit) => hit.kind === 'task' && hit.record.number)).toEqual([23]);
    expect(hits[0]?.matches[0]?.field).toBe('leadUnits.3');
    const span = hits[0]?.matches[0]?.seed;
    expect(span && seed.slice(span.start, span.end)).toBe('市房产局');
  });

  it('searches English glosses in any letter case, without seed offsets', () => {
    const hits = search('FOREIGN AFFAIRS');
    expect(hits.map((hit) => hit.kind === 'unit' && hit.record.name)).toEqual(['市政府外办']);
    expect(hits[0]?.matches[0]?.seed).toBeNull();
  });

  it('matches full-width Latin letters and digits as their ASCII forms', () => {
    expect(search('Ｔ２０').map((hit) => hit.kind === 'task' && hit.record.number)).toEqual([30]);
  });

  it('keeps quoted phrases together', () => {
    expect(search('"Zijin Investment"').map((hit) => hit.kind === 'unit' && hit.record.id)).toEqual([
      'zijin-investment-group',
    ]);
  });

  it('returns at most limit hits', () => {
    expect(search('创新', { limit: 3 })).toHaveLength(3);
  });

  it('returns an empty array when nothing matches', () => {
    expect(search('量子计算')).toEqual([]);
  });

  it('throws for an empty query or an unknown scope', () => {
    expect(() => search('  ')).toThrow(TypeError);
    expect(() => search('创新', { scope: 'everything' as never })).toThrow(RangeError);
  });

  it('returns frozen hits holding the frozen records', () => {
    const [hit] = search('人才住房');
    expect(Object.isFrozen(hit)).toBe(true);
    expect(Object.isFrozen(hit?.matches)).toBe(true);
    expect(Object.isFrozen(hit?.record)).toBe(true);
  });
});

describe('search with bad arguments', () => {
  it.each([
    [null, 'search: expected the query to be a string or an array of strings, got null'],
    [undefined, 'search: expected the query to be a string or an array of strings, got undefined'],
    [2024, 'search: expected the query to be a string or an array of strings, got 2024'],
    [[null], "search: expected the query's terms to be strings, got null at index 0"],
    [[2024], "search: expected the query's terms to be strings, got 2024 at index 0"],
  ])('throws a TypeError naming the query for %j', (query, message) => {
    expect(() => search(query as never)).toThrow(new TypeError(message));
  });

  it.each([
    [{ scope: null }, 'search: expected options.scope to be a scope or an array of scopes, got null'],
    [{ scope: 123 }, 'search: expected options.scope to be a scope or an array of scopes, got 123'],
    [{ scope: {} }, 'search: expected options.scope to be a scope or an array of scopes, got an object'],
    [null, 'search: expected options to be an object or undefined, got null'],
    [{ context: '3' }, 'search: expected options.context to be a number, got "3"'],
  ])('throws a TypeError naming the option for %j', (options, message) => {
    expect(() => search('人才', options as never)).toThrow(new TypeError(message));
  });

  it.each([
    [{ context: Number.NaN }, 'search: expected options.context to be a non-negative integer, got NaN'],
    [{ context: -5 }, 'search: expected options.context to be a non-negative integer, got -5'],
    [{ limit: 1.5 }, 'search: expected options.limit to be a positive integer, got 1.5'],
    [{ limit: 0 }, 'search: expected options.limit to be a positive integer, got 0'],
    [
      { scope: [] },
      'search: options.scope is an empty array; expected at least one of tasks, goals, principles, measures, targets, units, general',
    ],
  ])('throws a RangeError naming the option for %j', (options, message) => {
    expect(() => search('人才', options as never)).toThrow(new RangeError(message));
  });

  it.each([
    ['', 'search: the query has no terms (got "")'],
    ['   ', 'search: the query has no terms (got "   ")'],
    ['""', 'search: the query has no terms (got "\\"\\"")'],
  ])('throws the same TypeError for the empty query %j', (query, message) => {
    expect(() => search(query)).toThrow(new TypeError(message));
  });

  it('uses the defaults for undefined options', () => {
    expect(search('人才住房', undefined)).toHaveLength(1);
  });
});

describe('search quoting', () => {
  it('reads an unclosed quote as a phrase running to the end', () => {
    expect(search('"digital economy').map((hit) => hit.kind === 'task' && hit.record.number)).toEqual([12]);
  });

  it('matches the phrase in curly quotes too', () => {
    expect(search('“digital economy”').map((hit) => hit.kind === 'task' && hit.record.number)).toEqual([12]);
  });

  it('keeps a quote inside a word as part of the word', () => {
    expect(search("people's court").map((hit) => hit.kind === 'unit' && hit.record.name)).toEqual(['市法院']);
  });
});

describe('search bounds', () => {
  // The terms the plan's longest task (14) holds most often: 102 occurrences in its title, text and 责任单位 line.
  const COMMON = '业 区 , 新 、 园 市 产 。';

  it('counts a repeated term once: 50,000 repeats answer as one term', () => {
    const once = search('e');
    const repeated = search('e '.repeat(50_000));
    expect(repeated).toEqual(once);
    expect(repeated).toHaveLength(126);
  });

  it('takes terms that fold alike as one, keeping the first as given', () => {
    const hits = search(['E', 'e', 'ｅ'], { scope: 'units' });
    expect(hits).toEqual(search('E', { scope: 'units' }));
    expect(new Set(hits.flatMap((hit) => hit.matches.map((match) => match.term)))).toEqual(new Set(['E']));
  });

  it('lists at most 100 matches of a hit, and says how many there are', () => {
    const hit = search(COMMON, { scope: 'tasks' }).find((item) => item.kind === 'task' && item.record.number === 14);
    expect(hit?.matches).toHaveLength(100);
    expect(hit?.matchCount).toBe(102);
    // The first 100 in the order of the text: the cut falls in the 责任单位 line, after its first 市.
    const starts = hit?.matches.map((match) => match.seed?.start ?? Number.NaN) ?? [];
    expect(starts.every((start, index) => index === 0 || start > starts[index - 1]!)).toBe(true);
    expect(hit?.matches.at(-1)).toEqual({
      field: 'leadUnits.1',
      term: '市',
      index: 0,
      length: 1,
      seed: { line: 53, start: 5980, end: 5981 },
    });
    expect(seed.slice(5980, 5981)).toBe('市');
  });

  it('counts every match of a hit under the cap', () => {
    const [hit] = search('人才住房');
    expect(hit?.matchCount).toBe(1);
  });

  it('answers a query of exactly 100,000 characters', () => {
    expect(search(`人才住房${' '.repeat(99_996)}`)).toHaveLength(1);
  });

  it.each([
    ['a string', 'x'.repeat(100_001)],
    ['an array', Array.from({ length: 100_001 }, () => '')],
    ['an array of long terms', ['x'.repeat(60_000), 'y'.repeat(60_000)]],
  ])('throws a RangeError for a query over 100,000 characters (%s)', (_, query) => {
    expect(() => search(query)).toThrow(
      new RangeError('search: the query is longer than 100000 characters; search for fewer or shorter terms'),
    );
  });

  it('allows 32 distinct terms and throws a RangeError for 33', () => {
    const terms = Array.from({ length: 33 }, (_, index) => `t${index}`);
    expect(search(terms.slice(0, 32))).toEqual([]);
    expect(() => search(terms)).toThrow(
      new RangeError('search: the query has 33 distinct terms; at most 32 are allowed'),
    );
    expect(() => search(terms.join(' '))).toThrow(RangeError);
  });
});
