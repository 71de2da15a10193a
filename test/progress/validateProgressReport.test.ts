import { describe, expect, it } from 'vitest';
import { validateProgressReport } from '../../src/schema.js';

function report(entries: unknown[], asOf = '2024-12-31'): Record<string, unknown> {
  return { reporter: '测试', asOf, entries };
}

function issuesOf(input: unknown) {
  return validateProgressReport(input).issues.map((issue) => ({ path: issue.path, code: issue.code }));
}

describe('validateProgressReport', () => {
  it('converts 1.05万家 to 10500 enterprises', () => {
    const result = validateProgressReport(
      report([{ target: 'high-tech-enterprises', year: 2023, value: 1.05, unit: '万家' }]),
    );
    expect(result).toEqual({
      success: true,
      data: {
        reporter: '测试',
        asOf: '2024-12-31',
        entries: [
          {
            target: 'high-tech-enterprises',
            year: 2023,
            value: 10500,
            baseUnit: 'enterprises',
            reported: { value: 1.05, unit: '万家' },
          },
        ],
      },
      issues: [],
    });
  });

  it('converts 940亿元 to 94000000000 yuan', () => {
    const result = validateProgressReport(
      report([{ target: 'technology-contract-turnover', year: 2024, value: 940, unit: '亿元' }]),
    );
    expect(result.success && result.data.entries[0]?.value).toBe(94_000_000_000);
  });

  it('keeps scope, note and source', () => {
    const entry = {
      target: 'tech-smes',
      year: 2022,
      value: 3100,
      unit: '家',
      scope: '江宁区',
      note: '入库数',
      source: '示例',
    };
    const result = validateProgressReport(report([entry]));
    expect(result.success && result.data.entries[0]).toMatchObject({
      scope: '江宁区',
      note: '入库数',
      source: '示例',
      value: 3100,
    });
  });

  it('returns frozen data', () => {
    const result = validateProgressReport(report([{ target: 'tech-smes', year: 2022, value: 1, unit: '万家' }]));
    expect(result.success && Object.isFrozen(result.data.entries[0])).toBe(true);
  });

  it('rejects an unknown target id and suggests the nearest ids', () => {
    const result = validateProgressReport(
      report([{ target: 'high-tech-enterprise', year: 2023, value: 1, unit: '万家' }]),
    );
    expect(result.issues[0]).toMatchObject({
      path: 'entries[0].target',
      code: 'unknown-target',
      suggestions: ['high-tech-enterprises'],
    });
  });

  it('rejects a figure for a qualitative target', () => {
    expect(issuesOf(report([{ target: 'ip-powerhouse-city', year: 2023, value: 1, unit: '个' }]))).toEqual([
      { path: 'entries[0].target', code: 'qualitative-target' },
    ]);
  });

  it('rejects a year after the period and names the years it takes', () => {
    const result = validateProgressReport(report([{ target: 'talent-pool', year: 2025, value: 400, unit: '万人' }]));
    expect(result.issues).toEqual([
      {
        path: 'entries[0].year',
        code: 'year-out-of-period',
        message: '年份 2025 不在目标“talent-pool”可报告的年份 2021–2024 内(2021 年为基数年)',
        messageEn: 'year 2025 is outside the years target "talent-pool" takes: 2021–2024 (2021 as the baseline year)',
      },
    ]);
  });

  it('rejects the baseline year for a per-year target, which has no baseline', () => {
    expect(issuesOf(report([{ target: 'new-provincial-little-giants', year: 2021, value: 60, unit: '家' }]))).toEqual([
      { path: 'entries[0].year', code: 'year-out-of-period' },
    ]);
  });

  it('accepts 2025 for major-investment-projects, whose period is 2021–2025', () => {
    expect(
      validateProgressReport(
        report([{ target: 'major-investment-projects', year: 2025, value: 1200, unit: '个' }], '2025-12-31'),
      ).success,
    ).toBe(true);
  });

  it('rejects a percentage reported for a count target', () => {
    const result = validateProgressReport(
      report([{ target: 'high-tech-enterprises', year: 2023, value: 12, unit: '%' }]),
    );
    expect(result.issues[0]).toMatchObject({
      path: 'entries[0].unit',
      code: 'unit-kind-mismatch',
      suggestions: ['家', '万家', '个'],
    });
  });

  it('returns the issue the ValidationIssue example shows, word for word', () => {
    expect(
      validateProgressReport({
        reporter: '示例',
        asOf: '2023-12-31',
        entries: [{ target: 'high-tech-enterprises', year: 2023, value: 12, unit: '%' }],
      }).issues[0],
    ).toEqual({
      path: 'entries[0].unit',
      code: 'unit-kind-mismatch',
      message: '单位 "%" 不适用于目标“high-tech-enterprises”(enterprises);应为:家、万家、个',
      messageEn: 'unit "%" does not fit target "high-tech-enterprises" (enterprises); use one of: 家, 万家, 个',
      suggestions: ['家', '万家', '个'],
    });
  });

  it('rejects yuan for a head count', () => {
    expect(issuesOf(report([{ target: 'talent-pool', year: 2023, value: 400, unit: '元' }]))).toEqual([
      { path: 'entries[0].unit', code: 'unit-kind-mismatch' },
    ]);
  });

  it('rejects an unknown unit and suggests the nearest accepted one', () => {
    const result = validateProgressReport(report([{ target: 'talent-pool', year: 2023, value: 400, unit: '万仁' }]));
    expect(result.issues[0]).toMatchObject({ path: 'entries[0].unit', code: 'unknown-unit', suggestions: ['万人'] });
  });

  it('takes head counts for overseas-talent-growth, whose series is of people introduced', () => {
    expect(
      validateProgressReport(report([{ target: 'overseas-talent-growth', year: 2021, value: 1000, unit: '人' }]))
        .success,
    ).toBe(true);
    expect(issuesOf(report([{ target: 'overseas-talent-growth', year: 2022, value: 15, unit: '%' }]))).toEqual([
      { path: 'entries[0].unit', code: 'unit-kind-mismatch' },
    ]);
  });

  it('rejects a negative count', () => {
    expect(issuesOf(report([{ target: 'tech-smes', year: 2023, value: -3, unit: '家' }]))).toEqual([
      { path: 'entries[0].value', code: 'negative-value' },
    ]);
  });

  it('rejects a share above 100 %', () => {
    expect(issuesOf(report([{ target: 'rd-expenditure-share', year: 2023, value: 130, unit: '%' }]))).toEqual([
      { path: 'entries[0].value', code: 'value-out-of-range' },
    ]);
  });

  it('accepts a negative reduction (emissions intensity rose)', () => {
    expect(
      validateProgressReport(report([{ target: 'co2-intensity-reduction', year: 2022, value: -1.5, unit: '%' }]))
        .success,
    ).toBe(true);
  });

  it('rejects NaN, Infinity and numbers written as strings', () => {
    expect(
      issuesOf(
        report([
          { target: 'tech-smes', year: 2023, value: Number.NaN, unit: '家' },
          { target: 'tech-smes', year: 2022, value: Number.POSITIVE_INFINITY, unit: '家' },
          { target: 'tech-smes', year: '2024', value: '25000', unit: '家' },
        ]),
      ),
    ).toEqual([
      { path: 'entries[0].value', code: 'non-finite-number' },
      { path: 'entries[1].value', code: 'non-finite-number' },
      { path: 'entries[2].year', code: 'number-as-string' },
      { path: 'entries[2].value', code: 'number-as-string' },
    ]);
  });

  it('rejects two entries for the same target, year and scope', () => {
    const entry = { target: 'tech-smes', year: 2023, value: 2, unit: '万家' };
    expect(validateProgressReport(report([entry, { ...entry, value: 2.1 }])).issues).toEqual([
      {
        path: 'entries[1]',
        code: 'duplicate-entry',
        message: '与 entries[0] 重复:同一目标“tech-smes”、年份 2023、全市',
        messageEn: 'duplicates entries[0]: same target "tech-smes", year 2023, city-wide',
      },
    ]);
  });

  it('accepts the same target and year for different scopes', () => {
    const entry = { target: 'tech-smes', year: 2023, value: 2, unit: '万家' };
    expect(
      validateProgressReport(report([entry, { ...entry, scope: '江宁区' }, { ...entry, scope: '鼓楼区' }])).success,
    ).toBe(true);
  });

  it('rejects the same target and year for a scope written with and without surrounding spaces', () => {
    const entry = { target: 'tech-smes', year: 2023, value: 2, unit: '万家' };
    expect(
      validateProgressReport(
        report([
          { ...entry, scope: '江宁区' },
          { ...entry, scope: '江宁区 ' },
        ]),
      ).issues,
    ).toEqual([
      {
        path: 'entries[1]',
        code: 'duplicate-entry',
        message: '与 entries[0] 重复:同一目标“tech-smes”、年份 2023、范围 "江宁区"',
        messageEn: 'duplicates entries[0]: same target "tech-smes", year 2023, scope "江宁区"',
      },
    ]);
  });

  it('keeps scopes trimmed', () => {
    const result = validateProgressReport(
      report([{ target: 'tech-smes', year: 2023, value: 2, unit: '万家', scope: ' 江宁区\u3000' }]),
    );
    expect(result.success && result.data.entries[0]?.scope).toBe('江宁区');
  });

  it('rejects a reporter and a scope that are empty or only whitespace', () => {
    const result = validateProgressReport({
      reporter: ' \u3000',
      asOf: '2024-12-31',
      entries: [{ target: 'tech-smes', year: 2023, value: 2, unit: '万家', scope: '' }],
    });
    expect(result.issues).toEqual([
      {
        path: 'reporter',
        code: 'blank-text',
        message: '不能为空或只有空白,实际为字符串 " \u3000"',
        messageEn: 'must not be empty or only whitespace, got the string " \u3000"',
      },
      {
        path: 'entries[0].scope',
        code: 'blank-text',
        message: '不能为空或只有空白,实际为字符串 ""',
        messageEn: 'must not be empty or only whitespace, got the string ""',
      },
    ]);
  });

  it('rejects a count of enterprises that is not a whole number (1.5家)', () => {
    expect(
      validateProgressReport(report([{ target: 'tech-smes', year: 2023, value: 1.5, unit: '家' }])).issues,
    ).toEqual([
      {
        path: 'entries[0].value',
        code: 'not-a-whole-number',
        message: '目标“tech-smes”的数值是个数,应为整数:1.5 家 即 1.5',
        messageEn: 'target "tech-smes" counts enterprises, so its figure must be a whole number: 1.5 家 is 1.5',
      },
    ]);
  });

  it('rejects a head count that is not a whole number (152.0875人, 1.00005万人)', () => {
    expect(
      issuesOf(
        report([
          { target: 'overseas-talent-growth', year: 2024, value: 152.0875, unit: '人' },
          { target: 'talent-pool', year: 2024, value: 400.00005, unit: '万人' },
        ]),
      ),
    ).toEqual([
      { path: 'entries[0].value', code: 'not-a-whole-number' },
      { path: 'entries[1].value', code: 'not-a-whole-number' },
    ]);
  });

  it('accepts counts that are whole in their base unit (1.05万家 = 10500), and fractional shares, money, areas and rates', () => {
    const result = validateProgressReport(
      report([
        { target: 'tech-smes', year: 2023, value: 1.05, unit: '万家' },
        { target: 'rd-expenditure-share', year: 2023, value: 3.62, unit: '%' },
        { target: 'technology-contract-turnover', year: 2023, value: 0.5, unit: '元' },
        { target: 'industrial-land', year: 2023, value: 300.5, unit: '平方公里' },
        { target: 'rd-personnel-per-10k-workers', year: 2023, value: 200.5, unit: '人年' },
        { target: 'high-value-patents-per-10k-people', year: 2023, value: 41.36, unit: '件' },
      ]),
    );
    expect(result.issues).toEqual([]);
  });

  it('rejects a report dated before 2020, the earliest baseline year, with one issue', () => {
    for (const asOf of ['2019-12-31', '1999-01-01', '0000-01-01'])
      expect(
        validateProgressReport(report([{ target: 'tech-smes', year: 2023, value: 2, unit: '万家' }], asOf)).issues,
      ).toEqual([
        {
          path: 'asOf',
          code: 'as-of-too-early',
          message: `日期 ${asOf} 早于任何目标可报告的最早年份 2020(基数年)`,
          messageEn: `the date ${asOf} is before 2020, the earliest year any target takes a figure for (a baseline year)`,
        },
      ]);
  });

  it('accepts a report dated in 2020', () => {
    expect(validateProgressReport(report([], '2020-01-01')).success).toBe(true);
  });

  it('rejects a city-wide figure for a target that applies to each main urban district', () => {
    expect(
      issuesOf(report([{ target: 'urban-industrial-parks-per-district', year: 2023, value: 2, unit: '个' }])),
    ).toEqual([{ path: 'entries[0].scope', code: 'scope-required' }]);
  });

  it('rejects a year after the report date', () => {
    expect(issuesOf(report([{ target: 'tech-smes', year: 2024, value: 2, unit: '万家' }], '2023-06-30'))).toEqual([
      { path: 'entries[0].year', code: 'year-after-as-of' },
    ]);
  });

  it('rejects missing and unknown fields, with a did-you-mean hint', () => {
    const result = validateProgressReport({
      reporter: '测试',
      asof: '2023-12-31',
      entries: [{ target: 'tech-smes', year: 2023, valu: 2, unit: '万家' }],
    });
    expect(result.issues.map((issue) => [issue.path, issue.code, issue.suggestions])).toEqual([
      ['asOf', 'missing-field', undefined],
      ['asof', 'unknown-field', ['asOf']],
      ['entries[0].value', 'missing-field', undefined],
      ['entries[0].valu', 'unknown-field', ['value']],
    ]);
  });

  it('rejects an invalid date', () => {
    expect(issuesOf({ reporter: '测试', asOf: '2023-02-30', entries: [] })).toEqual([
      { path: 'asOf', code: 'invalid-format' },
    ]);
  });

  it('rejects entries that are not objects', () => {
    expect(issuesOf(report([null, 5, 'x', []]))).toEqual([
      { path: 'entries[0]', code: 'invalid-type' },
      { path: 'entries[1]', code: 'invalid-type' },
      { path: 'entries[2]', code: 'invalid-type' },
      { path: 'entries[3]', code: 'invalid-type' },
    ]);
  });

  it('accepts an optional $schema pointer', () => {
    expect(
      validateProgressReport({
        $schema: './progress-report.schema.json',
        reporter: '测试',
        asOf: '2023-12-31',
        entries: [],
      }).success,
    ).toBe(true);
  });

  it('cuts the issue list at maxIssues and says so', () => {
    const entries = Array.from({ length: 30 }, () => ({ target: 'nothing' }));
    const issues = validateProgressReport(report(entries), { maxIssues: 10 }).issues;
    expect(issues).toHaveLength(11);
    expect(issues[10]?.code).toBe('too-many-issues');
  });
});
