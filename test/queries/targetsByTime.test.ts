import { describe, expect, it } from 'vitest';
import {
  dueYears,
  getTarget,
  targetsByCadence,
  targetsByComparator,
  targetsByKind,
  targetsDueIn,
  UnknownIdError,
} from '../../src/index.js';

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);

describe('targetsDueIn', () => {
  it('returns the yearly targets due in 2023 (每年, 年均, 逐年)', () => {
    expect(ids(targetsDueIn(2023))).toEqual([
      'new-provincial-little-giants',
      'new-national-little-giants',
      'new-single-champions',
      'digital-economy-share',
      'overseas-talent-growth',
      'major-investment-projects',
      'industrial-land',
      'research-land',
    ]);
  });

  it('returns every target due by 2024, qualitative ones included', () => {
    const due = ids(targetsDueIn(2024));
    expect(due).toHaveLength(38);
    expect(due).toContain('world-class-high-tech-zone');
    expect(due).toContain('high-tech-enterprises');
    expect(due).not.toContain('trillion-yuan-clusters');
  });

  it('returns the 十四五 targets due in 2025', () => {
    expect(ids(targetsDueIn(2025))).toEqual([
      'major-investment-projects',
      'trillion-yuan-clusters',
      'half-trillion-yuan-clusters',
    ]);
  });

  it('returns only the 十四五 yearly target in 2021', () => {
    expect(ids(targetsDueIn(2021))).toEqual(['major-investment-projects']);
  });

  it('returns an empty array for a year outside every period', () => {
    expect(targetsDueIn(2030)).toEqual([]);
  });

  it('throws a RangeError for a non-integer year', () => {
    expect(() => targetsDueIn(2023.5)).toThrow(RangeError);
    expect(() => targetsDueIn('2023' as never)).toThrow('targetsDueIn expects a year as an integer, got "2023"');
  });
});

describe('dueYears', () => {
  it('returns the deadline year for a by-deadline target', () => {
    expect(dueYears(getTarget('listed-companies'))).toEqual([2024]);
  });

  it('returns every year of the period for an each-year target', () => {
    expect(dueYears(getTarget('new-single-champions'))).toEqual([2022, 2023, 2024]);
  });
});

describe('targetsByCadence', () => {
  it('returns the targets set for each year', () => {
    expect(ids(targetsByCadence('each-year'))).toEqual([
      'new-provincial-little-giants',
      'new-national-little-giants',
      'new-single-champions',
      'major-investment-projects',
      'industrial-land',
      'research-land',
    ]);
  });

  it('returns the year-on-year target', () => {
    expect(ids(targetsByCadence('year-on-year'))).toEqual(['digital-economy-share']);
  });

  it('throws for an unknown cadence', () => {
    expect(() => targetsByCadence('yearly' as never)).toThrow(UnknownIdError);
  });
});

describe('targetsByComparator', () => {
  it('returns the range targets (2—3家, 4—6家, …)', () => {
    expect(ids(targetsByComparator('range'))).toEqual([
      'urban-industrial-parks-per-district',
      'urban-industrial-buildings-per-district',
      'hundred-billion-yuan-parks',
      'fifty-billion-yuan-parks',
    ]);
  });

  it('returns the 左右 target', () => {
    expect(targetsByComparator('about').map((target) => target.statement)).toEqual(['建设40家左右高水平新型研发机构']);
  });
});

describe('targetsByKind', () => {
  it('returns the five qualitative targets', () => {
    expect(ids(targetsByKind('qualitative'))).toEqual([
      'hundred-billion-industrial-chains',
      'new-system-state-key-laboratories',
      'world-class-high-tech-zone',
      'business-environment-national-lead',
      'ip-powerhouse-city',
    ]);
  });

  it('returns 35 quantitative targets', () => {
    expect(targetsByKind('quantitative')).toHaveLength(35);
  });
});

describe('dueYears with an id', () => {
  it('returns the years of the target with that id', () => {
    expect(dueYears('high-tech-enterprises' as never)).toEqual([2024]);
    expect(dueYears('major-investment-projects')).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('throws an UnknownIdError naming dueYears for an unknown id', () => {
    expect(() => dueYears('talent' as never)).toThrow(UnknownIdError);
    expect(() => dueYears({ id: undefined } as never)).toThrow(/^dueYears: expected a target id, got undefined$/);
  });

  it('throws a TypeError for a value that is neither a target nor an id', () => {
    expect(() => dueYears(null as never)).toThrow(
      new TypeError('dueYears: expected a target of the plan or its id, got null'),
    );
  });
});

describe('targetsByCadence, targetsByComparator and targetsByKind with a value of the wrong type', () => {
  it('name the function and what was given', () => {
    expect(() => targetsByCadence(undefined as never)).toThrow(
      /^targetsByCadence: expected one of by-deadline, each-year, average-annual, year-on-year, got undefined$/,
    );
    expect(() => targetsByComparator(null as never)).toThrow(
      /^targetsByComparator: expected one of reach, .*, rise, got null$/,
    );
    expect(() => targetsByKind(1 as never)).toThrow(
      /^targetsByKind: expected one of quantitative, qualitative, got 1$/,
    );
  });
});
