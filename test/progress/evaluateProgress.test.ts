import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateProgress, type ProgressEvaluation, type TargetEvaluation } from '../../src/schema.js';

const example: unknown = JSON.parse(
  readFileSync(new URL('../../examples/progress-report.json', import.meta.url), 'utf8'),
);

function evaluate(entries: unknown[], asOf = '2024-12-31'): ProgressEvaluation {
  const result = evaluateProgress({ reporter: '测试', asOf, entries });
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

function target(evaluation: ProgressEvaluation, id: string): TargetEvaluation {
  return evaluation.targets.find((entry) => entry.target === id)!;
}

function statusOf(id: string, entries: unknown[], asOf?: string): string {
  return target(evaluate(entries, asOf), id).status;
}

describe('evaluateProgress on the example report', () => {
  const result = evaluateProgress(example);
  const data = result.success ? result.data : undefined;

  it('evaluates all 40 targets', () => {
    expect(data?.targets).toHaveLength(40);
  });

  it('returns the status of every target', () => {
    expect(Object.fromEntries(data!.targets.map((entry) => [entry.target, entry.status]))).toEqual({
      'high-tech-enterprises': 'on-track',
      'tech-smes': 'behind',
      'industrial-enterprises-above-scale': 'on-track',
      'new-provincial-little-giants': 'not-met',
      'new-national-little-giants': 'on-track',
      'new-single-champions': 'no-data',
      'listed-companies': 'on-track',
      'market-entities': 'no-data',
      'national-advanced-manufacturing-clusters': 'not-evaluable',
      'hundred-billion-industrial-chains': 'not-evaluable',
      'manufacturing-value-added-share': 'behind',
      'high-tech-industry-output-share': 'no-data',
      'co2-intensity-reduction': 'on-track',
      'digital-economy-share': 'on-track',
      'new-system-state-key-laboratories': 'not-evaluable',
      'national-innovation-centres': 'on-track',
      'national-innovation-pilot-zones': 'no-data',
      'new-rd-institutions': 'on-track',
      'world-class-high-tech-zone': 'not-evaluable',
      'talent-pool': 'no-data',
      'overseas-talent-growth': 'behind',
      'rd-personnel-per-10k-workers': 'not-evaluable',
      'business-environment-national-lead': 'not-evaluable',
      'rd-expenditure-share': 'no-data',
      'technology-contract-turnover': 'on-track',
      'ip-powerhouse-city': 'not-evaluable',
      'high-value-patents-per-10k-people': 'on-track',
      'new-headquarters-enterprises': 'behind',
      'major-investment-projects': 'on-track',
      'private-economy-share': 'behind',
      'trillion-yuan-clusters': 'on-track',
      'half-trillion-yuan-clusters': 'no-data',
      'service-manufacturing-integration-demonstrations': 'no-data',
      'non-fossil-energy-share': 'on-track',
      'urban-industrial-parks-per-district': 'behind',
      'urban-industrial-buildings-per-district': 'no-data',
      'hundred-billion-yuan-parks': 'no-data',
      'fifty-billion-yuan-parks': 'no-data',
      'industrial-land': 'on-track',
      'research-land': 'not-met',
    });
  });

  it('counts the statuses', () => {
    expect(data?.counts).toEqual({
      'not-met': 2,
      behind: 6,
      'no-data': 11,
      'not-evaluable': 7,
      'on-track': 14,
      met: 0,
    });
  });

  it('gives the figures used and a reason', () => {
    expect(target(data!, 'high-tech-enterprises')).toMatchObject({
      figures: [
        { year: 2021, value: 7600 },
        { year: 2022, value: 9000 },
        { year: 2023, value: 10800 },
      ],
      required: 12000,
      baseUnit: 'enterprises',
      reasonEn:
        '2023: 1.08万家; the linear path from the 2021 baseline 0.76万家 requires 1.0533万家; target ≥ 1.2万家 by 2024',
    });
  });

  it('keeps the scoped figure out of the city-wide one', () => {
    expect(target(data!, 'market-entities').reasonEn).toBe(
      'no figure for 2022–2023; 1 scoped figure(s) are kept but never summed into a city-wide one',
    );
  });

  it('marks aspirational targets without softening them', () => {
    expect(target(data!, 'private-economy-share')).toMatchObject({ aspirational: true, status: 'behind' });
    expect(target(data!, 'private-economy-share').reasonEn.startsWith('Aspirational (力争). ')).toBe(true);
  });

  it('judges again at a later date, when the 2024 figures are due', () => {
    const later = evaluateProgress(example, { asOf: '2025-06-30' });
    expect(later.success && target(later.data, 'high-tech-enterprises').reasonEn).toBe(
      'no figure for the deadline year 2024 (latest 2023: 1.08万家)',
    );
  });

  it('says that figures after an earlier evaluation date are not used, rather than that there are none', () => {
    const result = evaluateProgress(
      {
        reporter: '测试',
        asOf: '2024-12-31',
        entries: [{ target: 'tech-smes', year: 2023, value: 2.3, unit: '万家' }],
      },
      { asOf: '2022-12-31' },
    );
    expect(result.success && target(result.data, 'tech-smes')).toMatchObject({
      status: 'no-data',
      figures: [],
      reason: '无 2022 年的数据;1 个数据不是截至评估日期 2022-12-31 的数据,未使用',
      reasonEn: 'no figure for 2022; 1 figure(s) not standing on the evaluation date 2022-12-31 not used',
    });
  });

  it('rejects an asOf option before 2020, the earliest baseline year, at options.asOf', () => {
    for (const asOf of ['2019-12-31', '1999-01-01', '0000-01-01'])
      expect(evaluateProgress(example, { asOf }).issues).toEqual([
        expect.objectContaining({ path: 'options.asOf', code: 'as-of-too-early' }),
      ]);
  });

  it('rejects an invalid asOf option', () => {
    expect(evaluateProgress(example, { asOf: '2023-02-30' }).issues).toEqual([
      expect.objectContaining({ path: 'options.asOf', code: 'invalid-as-of' }),
    ]);
  });
});

describe('evaluateProgress by comparator', () => {
  it('meets reach at exactly the value (高新技术企业总数达1.2万家)', () => {
    expect(
      statusOf('high-tech-enterprises', [{ target: 'high-tech-enterprises', year: 2024, value: 1.2, unit: '万家' }]),
    ).toBe('met');
  });

  it('does not meet exceed at exactly the value (规上工业企业突破5000家)', () => {
    expect(
      statusOf('industrial-enterprises-above-scale', [
        { target: 'industrial-enterprises-above-scale', year: 2024, value: 5000, unit: '家' },
      ]),
    ).toBe('not-met');
    expect(
      statusOf('industrial-enterprises-above-scale', [
        { target: 'industrial-enterprises-above-scale', year: 2024, value: 5001, unit: '家' },
      ]),
    ).toBe('met');
  });

  it('meets about within 10 % below the value (40家左右: 36 meets, 35 does not)', () => {
    expect(
      statusOf('new-rd-institutions', [{ target: 'new-rd-institutions', year: 2024, value: 36, unit: '家' }]),
    ).toBe('met');
    expect(
      statusOf('new-rd-institutions', [{ target: 'new-rd-institutions', year: 2024, value: 35, unit: '家' }]),
    ).toBe('not-met');
  });

  it('meets a range at its lower bound and notes a figure above it (2—3家千亿级园区)', () => {
    const evaluation = evaluate([{ target: 'hundred-billion-yuan-parks', year: 2024, value: 4, unit: '家' }]);
    expect(target(evaluation, 'hundred-billion-yuan-parks')).toMatchObject({
      status: 'met',
      reasonEn: "2024: 4家, meets 2–3家 (above the range's upper bound 3家)",
    });
    expect(
      statusOf('hundred-billion-yuan-parks', [
        { target: 'hundred-billion-yuan-parks', year: 2024, value: 1, unit: '家' },
      ]),
    ).toBe('not-met');
  });

  it('meets reduce-by on a reduction of 20 % (二氧化碳排放降低20%)', () => {
    expect(
      statusOf('co2-intensity-reduction', [{ target: 'co2-intensity-reduction', year: 2024, value: 20, unit: '%' }]),
    ).toBe('met');
    expect(
      statusOf('co2-intensity-reduction', [{ target: 'co2-intensity-reduction', year: 2024, value: 19.9, unit: '%' }]),
    ).toBe('not-met');
  });

  it('computes the average annual growth from the reported series (年均增长15%)', () => {
    // 1000 → 1521 over three years is 15.0 % a year (1.15³ = 1.520875).
    const entries = [
      { target: 'overseas-talent-growth', year: 2021, value: 1000, unit: '人' },
      { target: 'overseas-talent-growth', year: 2024, value: 1521, unit: '人' },
    ];
    expect(statusOf('overseas-talent-growth', entries, '2024-12-31')).toBe('met');
    expect(statusOf('overseas-talent-growth', [entries[0], { ...entries[1], value: 1500 }], '2024-12-31')).toBe(
      'not-met',
    );
  });

  it('meets exactly 15 % average annual growth (8000 → 12167 over 2021–2024, 1.15³ = 12167/8000)', () => {
    const entries = [
      { target: 'overseas-talent-growth', year: 2021, value: 8000, unit: '人' },
      { target: 'overseas-talent-growth', year: 2024, value: 12167, unit: '人' },
    ];
    expect(target(evaluate(entries, '2024-12-31'), 'overseas-talent-growth')).toMatchObject({
      status: 'met',
      reasonEn: '2021–2024 average annual growth 15%, meets average annual growth of ≥ 15%',
    });
  });

  it('is on track at exactly 15 % growth in the first year (1000 → 1150)', () => {
    const entries = [
      { target: 'overseas-talent-growth', year: 2021, value: 1000, unit: '人' },
      { target: 'overseas-talent-growth', year: 2022, value: 1150, unit: '人' },
    ];
    expect(statusOf('overseas-talent-growth', entries, '2022-12-31')).toBe('on-track');
  });

  it('is on track exactly on the linear path (16.6 % in 2021 towards 29.5 %: 20.9 % due at the end of 2022)', () => {
    const entries = [
      { target: 'manufacturing-value-added-share', year: 2021, value: 16.6, unit: '%' },
      { target: 'manufacturing-value-added-share', year: 2022, value: 20.9, unit: '%' },
    ];
    expect(statusOf('manufacturing-value-added-share', entries, '2022-12-31')).toBe('on-track');
  });

  it('is not evaluable on growth without the baseline year', () => {
    expect(
      statusOf('overseas-talent-growth', [{ target: 'overseas-talent-growth', year: 2024, value: 1521, unit: '人' }]),
    ).toBe('not-evaluable');
  });

  it('meets rise by the deadline above the baseline (逐步提高非化石能源的占比)', () => {
    const entries = [
      { target: 'non-fossil-energy-share', year: 2021, value: 12, unit: '%' },
      { target: 'non-fossil-energy-share', year: 2024, value: 12.5, unit: '%' },
    ];
    expect(statusOf('non-fossil-energy-share', entries)).toBe('met');
    expect(statusOf('non-fossil-energy-share', [entries[1]])).toBe('not-evaluable');
  });

  it('judges year-on-year rise year by year (逐年提高)', () => {
    const evaluation = evaluate([
      { target: 'digital-economy-share', year: 2021, value: 10, unit: '%' },
      { target: 'digital-economy-share', year: 2022, value: 11, unit: '%' },
      { target: 'digital-economy-share', year: 2023, value: 11, unit: '%' },
      { target: 'digital-economy-share', year: 2024, value: 12, unit: '%' },
    ]);
    expect(target(evaluation, 'digital-economy-share').parts?.map((part) => [part.year, part.status])).toEqual([
      [2022, 'met'],
      [2023, 'not-met'],
      [2024, 'met'],
    ]);
    expect(target(evaluation, 'digital-economy-share').status).toBe('not-met');
  });
});

describe('evaluateProgress by cadence', () => {
  it('judges each year on its own (每年新增…60家): one short year is not-met', () => {
    const entries = [
      { target: 'new-provincial-little-giants', year: 2022, value: 60, unit: '家' },
      { target: 'new-provincial-little-giants', year: 2023, value: 59, unit: '家' },
      { target: 'new-provincial-little-giants', year: 2024, value: 90, unit: '家' },
    ];
    expect(statusOf('new-provincial-little-giants', entries)).toBe('not-met');
  });

  it('meets a per-year target when every year of the period meets it', () => {
    const entries = [2022, 2023, 2024].map((year) => ({
      target: 'new-national-little-giants',
      year,
      value: 30,
      unit: '家',
    }));
    expect(statusOf('new-national-little-giants', entries)).toBe('met');
  });

  it('judges the running year of a per-year increment pro rata', () => {
    // By 2023-07-01 (day 182 of 365) 60 × 182/365 ≈ 29.9 are due.
    const entries = [
      { target: 'new-provincial-little-giants', year: 2022, value: 61, unit: '家' },
      { target: 'new-provincial-little-giants', year: 2023, value: 31, unit: '家' },
    ];
    expect(statusOf('new-provincial-little-giants', entries, '2023-07-01')).toBe('on-track');
    expect(statusOf('new-provincial-little-giants', [entries[0], { ...entries[1], value: 29 }], '2023-07-01')).toBe(
      'behind',
    );
  });

  it('sums yearly additions for a total over the period (新增总部企业150家以上)', () => {
    const entries = [
      { target: 'new-headquarters-enterprises', year: 2022, value: 50, unit: '家' },
      { target: 'new-headquarters-enterprises', year: 2023, value: 50, unit: '家' },
      { target: 'new-headquarters-enterprises', year: 2024, value: 50, unit: '家' },
    ];
    expect(statusOf('new-headquarters-enterprises', entries)).toBe('met');
    expect(statusOf('new-headquarters-enterprises', entries.slice(0, 2))).toBe('no-data');
  });

  it('judges major-investment-projects over 2021–2025, so 2024 is not the end', () => {
    const entries = [2021, 2022, 2023, 2024].map((year) => ({
      target: 'major-investment-projects',
      year,
      value: 1200,
      unit: '个',
    }));
    expect(statusOf('major-investment-projects', entries, '2024-12-31')).toBe('on-track');
  });

  it('keeps trillion-yuan-clusters (due 2025) open at the end of 2024', () => {
    expect(
      statusOf('trillion-yuan-clusters', [
        { target: 'trillion-yuan-clusters', year: 2024, value: 0, unit: '个' },
        { target: 'trillion-yuan-clusters', year: 2020, value: 0, unit: '个' },
      ]),
    ).toBe('behind');
  });

  it('is behind before the deadline when short of the linear path', () => {
    // Baseline 2021: 20000; path to 25000 in 2024 requires 21666.7 at the end of 2022.
    const entries = [
      { target: 'tech-smes', year: 2021, value: 2, unit: '万家' },
      { target: 'tech-smes', year: 2022, value: 2.16, unit: '万家' },
    ];
    expect(statusOf('tech-smes', entries, '2022-12-31')).toBe('behind');
    expect(statusOf('tech-smes', [entries[0], { ...entries[1], value: 2.17 }], '2022-12-31')).toBe('on-track');
  });

  it('is not evaluable before the deadline without a baseline', () => {
    expect(statusOf('tech-smes', [{ target: 'tech-smes', year: 2022, value: 2.1, unit: '万家' }], '2022-12-31')).toBe(
      'not-evaluable',
    );
  });

  it('is no-data with no figure', () => {
    expect(statusOf('talent-pool', [])).toBe('no-data');
  });
});

describe('evaluateProgress by scope', () => {
  it('never sums scoped figures into a city-wide one', () => {
    const entries = [
      { target: 'tech-smes', year: 2024, value: 1.5, unit: '万家', scope: '江宁区' },
      { target: 'tech-smes', year: 2024, value: 1.5, unit: '万家', scope: '鼓楼区' },
    ];
    expect(statusOf('tech-smes', entries)).toBe('no-data');
  });

  it('judges per-district targets per scope and combines to the worst (各主城区重点打造1—2个都市工业园区)', () => {
    const evaluation = evaluate([
      { target: 'urban-industrial-parks-per-district', year: 2024, value: 2, unit: '个', scope: '玄武区' },
      { target: 'urban-industrial-parks-per-district', year: 2024, value: 0, unit: '个', scope: '秦淮区' },
    ]);
    expect(
      target(evaluation, 'urban-industrial-parks-per-district').parts?.map((part) => [part.scope, part.status]),
    ).toEqual([
      ['玄武区', 'met'],
      ['秦淮区', 'not-met'],
    ]);
    expect(target(evaluation, 'urban-industrial-parks-per-district').status).toBe('not-met');
  });
});

describe('evaluateProgress reasons', () => {
  it('give large figures exactly and others to four decimals, without an exponent, in both languages', () => {
    const evaluation = evaluate(
      [
        { target: 'technology-contract-turnover', year: 2021, value: 60000000000, unit: '元' },
        { target: 'technology-contract-turnover', year: 2023, value: 83333250000, unit: '元' },
      ],
      '2023-12-31',
    );
    expect(target(evaluation, 'technology-contract-turnover')).toMatchObject({
      reason:
        '2023: 83333250000元,按线性进度应为 82666666666.6667元(自 2021 年基数 60000000000元 起),目标 ≥ 94000000000元(2024 年)',
      reasonEn:
        '2023: 83333250000元; the linear path from the 2021 baseline 60000000000元 requires 82666666666.6667元; target ≥ 94000000000元 by 2024',
    });
  });
});

describe('evaluateProgress on targets for each main urban district', () => {
  it('is never met on the districts reported, which cannot be known to be all of them', () => {
    const evaluation = evaluate([
      { target: 'urban-industrial-parks-per-district', year: 2024, value: 2, unit: '个', scope: '玄武区' },
    ]);
    expect(target(evaluation, 'urban-industrial-parks-per-district')).toMatchObject({
      status: 'not-evaluable',
      parts: [{ scope: '玄武区', status: 'met' }],
      reason:
        '按区分别评估(不合计),已报 1 个区:玄武区 已达成;计划未列出“各主城区”具体指哪些区,无法确认已报的区即全部,故全市状态无法评估',
      reasonEn:
        'judged per district, never summed; 1 reported: 玄武区 met; the plan does not list the districts meant by 各主城区 (each main urban district), so the reported ones cannot be known to be all of them: the city-wide status is not evaluable',
    });
  });

  it('is not evaluable, not on track, while every reported district is on track', () => {
    const entries = [
      { target: 'urban-industrial-buildings-per-district', year: 2021, value: 0, unit: '个', scope: '鼓楼区' },
      { target: 'urban-industrial-buildings-per-district', year: 2023, value: 2, unit: '个', scope: '鼓楼区' },
    ];
    expect(statusOf('urban-industrial-buildings-per-district', entries, '2023-12-31')).toBe('not-evaluable');
  });

  it('is behind when one reported district is behind', () => {
    const entries = [
      { target: 'urban-industrial-buildings-per-district', year: 2021, value: 0, unit: '个', scope: '鼓楼区' },
      { target: 'urban-industrial-buildings-per-district', year: 2022, value: 0, unit: '个', scope: '鼓楼区' },
      { target: 'urban-industrial-buildings-per-district', year: 2022, value: 2, unit: '个', scope: '秦淮区' },
    ];
    expect(statusOf('urban-industrial-buildings-per-district', entries, '2022-12-31')).toBe('behind');
  });
});

describe('evaluateProgress on bad input', () => {
  it('returns the validation issues instead of an evaluation in strict mode', () => {
    const report = { reporter: '测试', asOf: '2024-12-31', entries: [{ target: 'nothing' }] };
    expect(evaluateProgress(report, { strict: true })).toEqual({
      success: false,
      issues: [expect.objectContaining({ path: 'entries[0].target', code: 'unknown-target' })],
    });
  });
});

describe('evaluateProgress, at the edges of a year', () => {
  const judge = (asOf: string, entries: unknown[], options?: { asOf: string }) => {
    const result = evaluateProgress({ reporter: '测试', asOf, entries }, options);
    if (!result.success) throw new Error(result.issues.map((issue) => issue.messageEn).join('; '));
    return result.data;
  };

  it('reads a deadline target reached during its deadline year as on track, not yet met', () => {
    const data = judge('2024-06-30', [
      { target: 'manufacturing-value-added-share', year: 2021, value: 28, unit: '%' },
      { target: 'manufacturing-value-added-share', year: 2024, value: 29.5, unit: '%' },
    ]);
    expect(target(data, 'manufacturing-value-added-share')).toMatchObject({
      status: 'on-track',
      reasonEn: '2024: 29.5%, already meets ≥ 29.5% (due 2024)',
    });
  });

  it('reads a total reached before its deadline as on track, and met once the deadline is over', () => {
    const entries = [
      { target: 'new-headquarters-enterprises', year: 2022, value: 100, unit: '家' },
      { target: 'new-headquarters-enterprises', year: 2023, value: 60, unit: '家' },
    ];
    expect(target(judge('2023-12-31', entries), 'new-headquarters-enterprises')).toMatchObject({
      status: 'on-track',
      reasonEn: '2022–2023 total 160家, already meets ≥ 150家 (due 2024)',
    });
    expect(
      target(
        judge('2024-12-31', [...entries, { target: 'new-headquarters-enterprises', year: 2024, value: 0, unit: '家' }]),
        'new-headquarters-enterprises',
      ).status,
    ).toBe('met');
  });

  it('finds a total short of a year that is over', () => {
    const data = judge('2023-12-31', [{ target: 'new-headquarters-enterprises', year: 2022, value: 50, unit: '家' }]);
    expect(target(data, 'new-headquarters-enterprises')).toMatchObject({
      status: 'no-data',
      reasonEn: 'no figure for 2023 (2022 total 50家)',
    });
  });

  it('does not take a part-year figure for a whole year when judging at a later date', () => {
    const data = judge(
      '2023-06-30',
      [
        { target: 'new-provincial-little-giants', year: 2022, value: 60, unit: '家' },
        { target: 'new-provincial-little-giants', year: 2023, value: 30, unit: '家' },
      ],
      { asOf: '2023-12-31' },
    );
    expect(target(data, 'new-provincial-little-giants').status).toBe('no-data');
    expect(target(data, 'new-provincial-little-giants').reasonEn).toContain(
      '1 figure(s) not standing on the evaluation date 2023-12-31 not used',
    );
  });

  it('does not judge a year-end figure against a path halfway through that year', () => {
    const data = judge(
      '2023-12-31',
      [
        { target: 'tech-smes', year: 2021, value: 1.6, unit: '万家' },
        { target: 'tech-smes', year: 2023, value: 2.3, unit: '万家' },
      ],
      { asOf: '2023-06-30' },
    );
    expect(target(data, 'tech-smes').figures).toEqual([{ year: 2021, value: 16000 }]);
  });

  it('shows a figure just short of its path with the decimals that tell them apart', () => {
    const data = judge('2023-12-31', [
      { target: 'rd-expenditure-share', year: 2021, value: 3.5, unit: '%' },
      { target: 'rd-expenditure-share', year: 2023, value: 3.76666, unit: '%' },
    ]);
    expect(target(data, 'rd-expenditure-share')).toMatchObject({
      status: 'behind',
      reasonEn: '2023: 3.76666%; the linear path from the 2021 baseline 3.5% requires 3.76667%; target ≥ 3.9% by 2024',
    });
  });
});

describe('evaluateProgress, reasons in Chinese', () => {
  it('says a per-year figure reaches the value without doubling the sign', () => {
    const result = evaluateProgress({
      reporter: '测试',
      asOf: '2022-12-31',
      entries: [{ target: 'new-provincial-little-giants', year: 2022, value: 65, unit: '家' }],
    });
    expect(result.success && target(result.data, 'new-provincial-little-giants').parts?.[0]?.reason).toBe(
      '2022: 65家,达到 ≥ 60家',
    );
  });
});
