import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/index.js';
import {
  getObservation,
  leftOutFigures,
  notComparableReasons,
  type Observation,
  observationCounts,
  observationReadings,
  observations,
  observationsOf,
  sourceKinds,
  targetsWithoutFigures,
} from '../../src/observations.js';
import { reportingRules, toBaseUnit } from '../../src/progress/reportingRules.js';
import { acceptedUnits, ProgressEntrySchema } from '../../src/schema.js';

const records: readonly Observation[] = observations;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('observations', () => {
  it('holds the 72 re-read figures', () => {
    expect(records.length).toBe(72);
  });

  it('has unique kebab-case ids', () => {
    const ids = records.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(records.map((o) => [o.id, o] as const))('%s is about a target of the plan, in a unit it takes', (_, o) => {
    const target = plan.targets.find((t) => t.id === o.target);
    expect(target?.kind).toBe('quantitative');
    const rule = reportingRules.get(o.target)!;
    if (o.comparable) {
      expect(o.baseUnit).toBe(rule.baseUnit);
      expect(rule.units).toContain(o.unit);
    }
    expect(acceptedUnits[o.baseUnit]).toContain(o.unit);
    // the normalized figure is the written one scaled by the package's own unit factor
    expect(o.normalized).toBe(toBaseUnit(o.value, o.unit));
  });

  it('takes every field from its vocabulary, and dates as YYYY-MM-DD', () => {
    for (const o of records) {
      expect(observationCounts).toContain(o.counts);
      expect(sourceKinds).toContain(o.sourceKind);
      expect(observationReadings).toContain(o.reading);
      for (const reason of o.notComparableBecause ?? []) expect(notComparableReasons).toContain(reason);
      expect(o.comparable).toBe(o.notComparableBecause === undefined);
      if (o.asOf !== undefined) expect(o.asOf).toMatch(DATE);
      if (o.published !== null) expect(o.published).toMatch(DATE);
      expect(o.url).toMatch(/^https?:\/\//);
      expect(['exact', 'corrected']).toContain(o.checked);
    }
  });

  it('cites one page the same way in every record read on it', () => {
    const first = new Map<string, Observation>();
    for (const o of records) {
      const page = first.get(o.url) ?? o;
      first.set(o.url, page);
      expect([o.publisher, o.title, o.published, o.sourceKind]).toEqual([
        page.publisher,
        page.title,
        page.published,
        page.sourceKind,
      ]);
    }
    expect(first.size).toBe(33);
  });

  it('validates each preferred city-wide figure as a progress entry of its target', () => {
    const inYears = records.filter(
      (o) => o.preferred && o.scope === '南京市' && reportingRules.get(o.target)!.years.includes(o.year),
    );
    expect(inYears.length).toBe(18);
    for (const o of inYears) {
      const entry = { target: o.target, year: o.year, value: o.value, unit: o.unit };
      expect(ProgressEntrySchema.safeParse(entry).success, o.id).toBe(true);
    }
  });

  // The quotes are copied in the characters the page shows, traditional ones
  // included (`1109個`, `突破10萬名`), and so is `valueText`: the check is the
  // same plain containment for both. A figure the sentence gives only as names
  // or in words has no digits to find.
  it.each(records.map((o) => [o.id, o] as const))('%s: the quote contains the figure as written', (_, o) => {
    expect(o.quote).toContain(o.valueText);
    if (o.reading !== 'named-items' && o.reading !== 'words') {
      expect(o.quote.replaceAll(',', '')).toContain(String(o.value));
      expect(o.valueText).toContain(o.unitAsWritten?.split(' ')[0] ?? o.unit);
    }
    if (o.yearStated) expect(o.quote).toContain(String(o.year));
  });

  it('prefers at most one figure per target, year, scope and count, and only a comparable one', () => {
    const keys = records.filter((o) => o.preferred).map((o) => `${o.target}|${o.year}|${o.scope}|${o.counts}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const o of records) {
      if (o.preferred) expect(o.comparable).toBe(true);
      for (const id of o.preferredOver ?? []) {
        const other = records.find((r) => r.id === id)!;
        expect([other.target, other.year, other.scope, other.preferred]).toEqual([o.target, o.year, o.scope, false]);
      }
      expect(o.preferredBecause === undefined).toBe(o.preferredOver === undefined);
    }
  });

  it('keeps both of two disagreeing official figures and prefers the later, final one', () => {
    const final = getObservation('rd-expenditure-share-2020-njsw-3-48');
    const preliminary = getObservation('rd-expenditure-share-2020-bjdfdc-3-38');
    expect([final.valueText, final.preferred, final.published]).toEqual(['3.48%', true, '2021-10-24']);
    expect([preliminary.valueText, preliminary.preferred, preliminary.published]).toEqual([
      '3.38%',
      false,
      '2021-01-28',
    ]);
    expect(final.preferredOver).toEqual(['rd-expenditure-share-2020-bjdfdc-3-38']);
  });

  it('holds the figures read from the quotes', () => {
    const highTech = getObservation('high-tech-enterprises-2023-fenjinzi-10062');
    expect(highTech).toMatchObject({ year: 2023, asOf: '2023-12-31', valueText: '10062家', value: 10062 });
    expect(highTech).toMatchObject({ normalized: 10062, counts: 'total', publisher: '澎湃新闻', comparable: true });
    expect(highTech.quote).toContain('南京高新技术企业总数达10062家');

    const smes = getObservation('tech-smes-2023-fenjinzi-2-2');
    expect([smes.valueText, smes.value, smes.unit, smes.normalized]).toEqual(['2.2万家', 2.2, '万家', 22000]);

    const rd = getObservation('rd-expenditure-share-2022-kjj-nanjing-3-82');
    expect(rd).toMatchObject({ valueText: '3.82%', normalized: 3.82, sourceKind: 'government-department' });
    expect(rd.quote).toBe('2022年,全社会研发经费支出占GDP比重达3.82%');

    const talent = getObservation('talent-pool-2024-yuhaojiang-415');
    expect([talent.valueText, talent.normalized, talent.year]).toEqual(['415万人', 4150000, 2024]);

    const returned = getObservation('overseas-talent-growth-2024-people-10');
    expect(returned).toMatchObject({
      valueText: '突破10萬名',
      unitAsWritten: '萬名',
      unit: '万人',
      normalized: 100000,
    });
    expect(returned).toMatchObject({ reading: 'lower-bound', comparable: false, notComparableBecause: ['cumulative'] });
  });

  it('lists the targets with no figure, with what was searched, and none of them has one', () => {
    expect(targetsWithoutFigures.map((t) => t.target)).toEqual([
      'new-headquarters-enterprises',
      'service-manufacturing-integration-demonstrations',
      'fifty-billion-yuan-parks',
      'rd-personnel-per-10k-workers',
      'non-fossil-energy-share',
      'industrial-land',
      'research-land',
      'urban-industrial-parks-per-district',
      'urban-industrial-buildings-per-district',
    ]);
    for (const { target, searched } of targetsWithoutFigures) {
      expect(observationsOf(target)).toEqual([]);
      expect(searched.length).toBeGreaterThan(0);
    }
    const quantitative = plan.targets.filter((t) => t.kind === 'quantitative').map((t) => t.id);
    const withFigures = new Set(records.map((o) => o.target));
    expect(quantitative.filter((id) => !withFigures.has(id)).sort()).toEqual(
      targetsWithoutFigures.map((t) => t.target).sort(),
    );
    expect(withFigures.size).toBe(26);
  });

  it('lists the figures left out as unverified, and does not hold them', () => {
    expect(leftOutFigures.map((f) => [f.target, f.year, f.valueText])).toEqual([
      ['manufacturing-value-added-share', 2021, '29.2%'],
      ['technology-contract-turnover', 2021, '752.38亿元'],
      ['new-rd-institutions', 2021, '401家'],
    ]);
    for (const figure of leftOutFigures) {
      expect(records.some((o) => o.url === figure.url && o.valueText === figure.valueText)).toBe(false);
    }
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(observations)).toBe(true);
    expect(Object.isFrozen(observations[0])).toBe(true);
    expect(Object.isFrozen(getObservation('high-tech-enterprises-2023-fenjinzi-10062').preferredOver)).toBe(true);
    expect(Object.isFrozen(targetsWithoutFigures[0]?.searched)).toBe(true);
  });

  it('says which id is unknown', () => {
    expect(() => getObservation('no-such-figure' as never)).toThrow(/no observation has the id "no-such-figure"/);
  });
});

describe('dist/observations.json', () => {
  it('deep-equals the TypeScript data', () => {
    const json: unknown = JSON.parse(readFileSync(new URL('../../dist/observations.json', import.meta.url), 'utf8'));
    expect(json).toStrictEqual({ observations, targetsWithoutFigures, leftOutFigures });
  });
});
