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
    expect(hit?.matches).toEqual([{ field: 'text', term: '人才住房', index: 131, length: 4, seed: { line: 74, start: 8442, end: 8446 } }]);
    expect(seed.slice(8442, 8446)).toBe('人才住房');
  });

  it('returns a snippet around the match', () => {
    expect(search('人才住房')[0]?.snippet).toBe('…“类海外”环境一体化集成。加快发展租赁型人才住房,布局建设人才安居社区,落实全市热点楼盘…');
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
    expect(search('"Zijin Investment"').map((hit) => hit.kind === 'unit' && hit.record.id)).toEqual(['zijin-investment-group']);
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
