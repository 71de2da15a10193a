import { describe, expect, expectTypeOf, it } from 'vitest';
import { progressReportTemplate } from '../../src/progress/reportTemplate.js';
import {
  evaluateProgress,
  formatEvaluation,
  type ProgressEvaluation,
  type ScopedProgressEvaluation,
  validateProgressReport,
} from '../../src/schema.js';

const jiangning = (entries: unknown[], asOf = '2023-12-31') => ({ reporter: '江宁区科技局', asOf, entries });

function scoped(entries: unknown[], asOf?: string): ScopedProgressEvaluation {
  const result = evaluateProgress(jiangning(entries, asOf), { scope: '江宁区' });
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

const targetOf = (evaluation: ScopedProgressEvaluation, id: string): ScopedProgressEvaluation['targets'][number] =>
  evaluation.targets.find((target) => target.target === id)!;

describe('evaluateProgress for one scope', () => {
  const evaluation = scoped([
    { target: 'high-tech-enterprises', year: 2023, value: 1500, unit: '家', scope: '江宁区' },
    { target: 'talent-pool', year: 2023, value: 38, unit: '万人', scope: '江宁区 ' },
    { target: 'rd-expenditure-share', year: 2023, value: 3.5, unit: '%', scope: '江宁区' },
    { target: 'major-investment-projects', year: 2023, value: 150, unit: '个', scope: '江宁区' },
    { target: 'urban-industrial-parks-per-district', year: 2023, value: 2, unit: '个', scope: '江宁区' },
    { target: 'tech-smes', year: 2023, value: 3000, unit: '家', scope: '鼓楼区' },
    { target: 'tech-smes', year: 2023, value: 2.1, unit: '万家' },
  ]);

  it('is no longer 34 no-data and 6 not-evaluable: the scope contributes to the targets it reported', () => {
    expect(evaluation.scope).toBe('江宁区');
    expect(evaluation.counts).toEqual({
      'not-met': 0,
      behind: 0,
      'no-data': 30,
      'not-evaluable': 5,
      'on-track': 1,
      met: 0,
      contribution: 4,
    });
  });

  it('sets a count beside the city-wide target with its share of it (高新技术企业总数达1.2万家)', () => {
    expect(targetOf(evaluation, 'high-tech-enterprises')).toMatchObject({
      status: 'contribution',
      figures: [{ year: 2023, value: 1500, scope: '江宁区' }],
      contributions: [{ year: 2023, value: 1500, reported: { value: 1500, unit: '家' }, share: 0.125 }],
      reason: '江宁区 的贡献(不合计为全市数据):2023: 1500家,占全市目标的 12.5%;全市目标 ≥ 12000家(2024 年)',
      reasonEn:
        "江宁区's contribution, never summed into a city-wide figure: 2023: 1500家, 12.5% of the city-wide " +
        'target; city-wide target ≥ 12000家 by 2024',
    });
  });

  it('writes reasons in the units the reporter used, keeping base units in the data (全市人才资源总量达到400万人)', () => {
    const talent = targetOf(evaluation, 'talent-pool');
    expect(talent.figures).toEqual([{ year: 2023, value: 380000, scope: '江宁区' }]);
    expect(talent.reasonEn).toBe(
      "江宁区's contribution, never summed into a city-wide figure: 2023: 38万人, 9.5% of the city-wide target; " +
        'city-wide target ≥ 400万人 by 2024',
    );
  });

  it('gives no share for a share of GDP (研发经费支出占地区生产总值比重达3.9%)', () => {
    expect(targetOf(evaluation, 'rd-expenditure-share')).toMatchObject({
      status: 'contribution',
      contributions: [{ year: 2023, value: 3.5, reported: { value: 3.5, unit: '%' }, share: null }],
      reason: '江宁区 的数据与全市目标并列(比重、比率和增速不计占比,不合计):2023: 3.5%;全市目标 ≥ 3.9%(2024 年)',
    });
  });

  it("takes a per-year target's share of the year's figure (每年至少引进1200个亿元以上招商项目)", () => {
    expect(targetOf(evaluation, 'major-investment-projects').reasonEn).toBe(
      "江宁区's contribution, never summed into a city-wide figure: 2023: 150个, 12.5% of the city-wide target; " +
        'city-wide target ≥ 1200个 each year',
    );
  });

  it('says when a figure is more than the whole city-wide target, as a wrong unit makes it', () => {
    const wrongUnit = scoped([
      { target: 'high-tech-enterprises', year: 2023, value: 1500, unit: '万家', scope: '江宁区' },
    ]);
    expect(targetOf(wrongUnit, 'high-tech-enterprises').reasonEn).toBe(
      "江宁区's contribution, never summed into a city-wide figure: 2023: 1500万家, 125000% of the city-wide " +
        'target (more than the whole city-wide target: check the unit); city-wide target ≥ 1.2万家 by 2024',
    );
  });

  it('judges a target for each main urban district for the scope (各主城区重点打造1—2个都市工业园区)', () => {
    expect(targetOf(evaluation, 'urban-industrial-parks-per-district')).toMatchObject({
      status: 'on-track',
      reasonEn: '江宁区: 2023: 2个, already meets 1–2个 (due 2024) (the target applies to each main urban district)',
    });
  });

  it('uses no figure of another scope or the city, and says so', () => {
    expect(targetOf(evaluation, 'tech-smes')).toMatchObject({
      status: 'no-data',
      figures: [],
      reason: '江宁区 未报告此目标的数据;另有 2 个其他范围或全市的数据,未使用',
      reasonEn: 'no figure reported for 江宁区; 2 figure(s) for other scopes or city-wide not used',
    });
  });

  it('heads the formatted evaluation with the scope and counts contributions', () => {
    const lines = formatEvaluation(evaluation, { lang: 'en' });
    expect(lines[0]).toBe('Report by 江宁区科技局, judged as of 2023-12-31, for 江宁区');
    expect(lines.at(-1)).toBe('met 0, on track 1, behind 0, not met 0, no data 30, not evaluable 5, contribution 4');
  });

  it('is typed by its options', () => {
    const report = jiangning([]);
    const cityWide = evaluateProgress(report);
    if (cityWide.success) expectTypeOf(cityWide.data).toEqualTypeOf<ProgressEvaluation>();
    const district = evaluateProgress(report, { scope: '江宁区' });
    if (district.success) expectTypeOf(district.data).toEqualTypeOf<ScopedProgressEvaluation>();
    const strict = evaluateProgress(report, { strict: true });
    if (strict.success) expectTypeOf(strict.data.leftOut).toEqualTypeOf<readonly LeftOut[] & readonly []>();
  });

  it('rejects a blank scope option and a strict option that is not a boolean', () => {
    expect(evaluateProgress(jiangning([]), { scope: ' ' }).issues.map((issue) => issue.path)).toEqual([
      'options.scope',
    ]);
    expect(
      evaluateProgress(jiangning([]), { strict: 'yes' } as unknown as { strict: boolean }).issues.map(
        (issue) => issue.messageEn,
      ),
    ).toEqual(['option strict must be a boolean, true or false, got the string "yes"']);
  });
});

type LeftOut = ProgressEvaluation['leftOut'][number];

describe('evaluateProgress, lenient by default and strict on request', () => {
  const report = {
    reporter: '示例',
    asOf: '2023-12-31',
    entries: [
      { target: 'talent-pool', year: 2021, value: 350, unit: '万人' },
      { target: 'talent-pool', year: 2023, value: '三百九十', unit: '万人' },
      { target: 'tech-smes', year: 2023, value: 2.1, unit: '万家' },
    ],
  };

  it('leaves invalid entries out, names them, and evaluates the rest', () => {
    const result = evaluateProgress(report);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.leftOut).toEqual([
      {
        index: 1,
        issues: [
          {
            path: 'entries[1].value',
            code: 'number-as-string',
            message: '数值 "三百九十" 是中文数字:请写成阿拉伯数字 390(不加引号)',
            messageEn: 'the value "三百九十" is written in Chinese numerals: write 390 in digits, without quotes',
            suggestions: ['390'],
          },
        ],
      },
    ]);
    expect(result.data.targets.find((target) => target.target === 'talent-pool')?.reasonEn).toBe(
      'no figure for 2022–2023',
    );
    expect(result.data.targets.find((target) => target.target === 'tech-smes')?.status).toBe('not-evaluable');
    expect(formatEvaluation(result.data, { lang: 'en' }).at(-1)).toBe('1 invalid entry left out: entries[1]');
  });

  it('fails as a whole in strict mode, as validateProgressReport does', () => {
    expect(evaluateProgress(report, { strict: true })).toEqual({
      success: false,
      issues: validateProgressReport(report).issues,
    });
  });

  it('leaves out the later of two duplicate entries', () => {
    const result = evaluateProgress({
      ...report,
      entries: [report.entries[0], report.entries[0]],
    });
    expect(result.success && result.data.leftOut.map((entry) => [entry.index, entry.issues[0]?.code])).toEqual([
      [1, 'duplicate-entry'],
    ]);
  });

  it('still fails on an invalid report itself', () => {
    expect(evaluateProgress({ ...report, asOf: '2023-13-01' }).success).toBe(false);
  });
});

describe('hints for the mistakes of reporters typing in Chinese', () => {
  const issueOf = (entry: Record<string, unknown>) =>
    validateProgressReport({ reporter: '示例', asOf: '2023-12-31', entries: [entry] }).issues[0];
  const talent = { target: 'talent-pool', year: 2023, value: 390, unit: '万人' };

  it('full-width digits', () => {
    expect(issueOf({ ...talent, value: '１２' })).toEqual({
      path: 'entries[0].value',
      code: 'number-as-string',
      message: '数值 "１２" 使用了全角字符:请写成半角数字 12(不加引号)',
      messageEn:
        'the value "１２" is written with full-width characters: write 12 in half-width digits, without quotes',
      suggestions: ['12'],
    });
  });

  it('a full-width year', () => {
    expect(issueOf({ ...talent, year: '２０２３' })).toMatchObject({
      path: 'entries[0].year',
      code: 'number-as-string',
      suggestions: ['2023'],
    });
  });

  it('a full-width percent sign', () => {
    expect(issueOf({ target: 'rd-expenditure-share', year: 2023, value: 3.6, unit: '％' })).toEqual({
      path: 'entries[0].unit',
      code: 'unknown-unit',
      message: '单位 "％" 使用了全角字符:请写成半角的“%”',
      messageEn: 'the unit "％" is written with full-width characters: write "%"',
      suggestions: ['%'],
    });
  });

  it('thousands separators', () => {
    expect(issueOf({ target: 'tech-smes', year: 2023, value: '22,000', unit: '家' })).toEqual({
      path: 'entries[0].value',
      code: 'number-as-string',
      message: '数值 "22,000" 含千位分隔符:请写成 22000(不加逗号和引号)',
      messageEn: 'the value "22,000" has thousands separators: write 22000, without commas or quotes',
      suggestions: ['22000'],
    });
  });

  it('Chinese numerals', () => {
    expect(issueOf({ ...talent, value: '三百九十' })?.suggestions).toEqual(['390']);
    expect(issueOf({ ...talent, value: '一万二千' })?.suggestions).toEqual(['12000']);
    expect(issueOf({ ...talent, value: '十五' })?.suggestions).toEqual(['15']);
  });

  it('a unit with stray spaces', () => {
    expect(issueOf({ ...talent, unit: ' 万 人' })).toEqual({
      path: 'entries[0].unit',
      code: 'unknown-unit',
      message: '单位 " 万 人" 含多余的空格:请写成“万人”',
      messageEn: 'the unit " 万 人" has stray spaces: write "万人"',
      suggestions: ['万人'],
    });
  });

  it("the target's Chinese metric name instead of its id", () => {
    expect(issueOf({ ...talent, target: '全市人才资源总量' })).toEqual({
      path: 'entries[0].target',
      code: 'unknown-target',
      message: '"全市人才资源总量" 是目标的中文指标名称,不是目标 id:请写目标 id;是否应为“talent-pool”?',
      messageEn:
        '"全市人才资源总量" is a target\'s Chinese metric name, not its id: write the target id; ' +
        'did you mean "talent-pool"?',
      suggestions: ['talent-pool'],
    });
  });

  it('a metric name two targets share names both (“十四五”期间,建成1个万亿级、2个5千亿级等创新型产业集群)', () => {
    expect(issueOf({ ...talent, target: '创新型产业集群' })?.suggestions).toEqual([
      'trillion-yuan-clusters',
      'half-trillion-yuan-clusters',
    ]);
  });
});

describe('progressReportTemplate', () => {
  it('has one blank row per quantitative target, in the units the plan states them in', () => {
    const template = progressReportTemplate();
    expect(template.entries).toHaveLength(35);
    expect(template.entries[0]).toEqual({
      target: 'high-tech-enterprises',
      metric: '高新技术企业总数',
      year: null,
      value: null,
      unit: '万家',
    });
    expect(template.entries.find((entry) => entry.target === 'overseas-talent-growth')?.unit).toBe('人');
  });

  it('round-trips once filled in: a scoped template filled by hand validates and evaluates', () => {
    const template = progressReportTemplate({ scope: '江宁区' });
    const filled = {
      reporter: '江宁区科技局',
      asOf: '2023-12-31',
      entries: template.entries
        .filter((entry) => entry.target === 'high-tech-enterprises')
        .map(({ metric: _metric, ...entry }) => ({ ...entry, year: 2023, value: 0.15 })),
    };
    expect(validateProgressReport(filled).success).toBe(true);
    const result = evaluateProgress(filled, { scope: '江宁区' });
    expect(result.success && result.data.targets[0]?.reason).toBe(
      '江宁区 的贡献(不合计为全市数据):2023: 0.15万家,占全市目标的 12.5%;全市目标 ≥ 1.2万家(2024 年)',
    );
  });
});
