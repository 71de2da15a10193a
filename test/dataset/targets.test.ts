import { describe, expect, it } from 'vitest';
import { type PlanTarget, plan } from '../../src/index.js';
import { seedText } from './_seed.js';

type Row = [
  id: string,
  value: number | null,
  unit: string | null,
  baseValue: number | null,
  baseUnit: string,
  comparator: string,
  cadence: string,
  period: string,
];

// Read from the plan by hand: the figure and unit as written, the figure in its base unit,
// the comparator its wording implies, when it is judged, and the years it covers.
const quantitative: Row[] = [
  ['high-tech-enterprises', 1.2, '万家', 12000, 'enterprises', 'reach', 'by-deadline', '2022–2024'],
  ['tech-smes', 2.5, '万家', 25000, 'enterprises', 'reach', 'by-deadline', '2022–2024'],
  ['industrial-enterprises-above-scale', 5000, '家', 5000, 'enterprises', 'exceed', 'by-deadline', '2022–2024'],
  ['new-provincial-little-giants', 60, '家', 60, 'enterprises', 'reach', 'each-year', '2022–2024'],
  ['new-national-little-giants', 30, '家', 30, 'enterprises', 'reach', 'each-year', '2022–2024'],
  ['new-single-champions', 2, '家', 2, 'enterprises', 'reach', 'each-year', '2022–2024'],
  ['listed-companies', 180, '家', 180, 'enterprises', 'reach', 'by-deadline', '2022–2024'],
  ['market-entities', 265, '万家', 2650000, 'market-entities', 'reach', 'by-deadline', '2022–2024'],
  ['national-advanced-manufacturing-clusters', 4, '个', 4, 'clusters', 'reach', 'by-deadline', '2022–2024'],
  ['manufacturing-value-added-share', 29.5, '%', 29.5, 'percent', 'reach', 'by-deadline', '2022–2024'],
  ['high-tech-industry-output-share', 54.3, '%', 54.3, 'percent', 'reach', 'by-deadline', '2022–2024'],
  ['co2-intensity-reduction', 20, '%', 20, 'percent', 'reduce-by', 'by-deadline', '2022–2024'],
  ['digital-economy-share', null, null, null, 'percent', 'rise', 'year-on-year', '2022–2024'],
  ['national-innovation-centres', 5, '家', 5, 'innovation-centres', 'at-least', 'by-deadline', '2022–2024'],
  ['national-innovation-pilot-zones', 2, '家', 2, 'pilot-zones', 'reach', 'by-deadline', '2022–2024'],
  ['new-rd-institutions', 40, '家', 40, 'institutions', 'about', 'by-deadline', '2022–2024'],
  ['talent-pool', 400, '万人', 4000000, 'people', 'reach', 'by-deadline', '2022–2024'],
  ['overseas-talent-growth', 15, '%', 15, 'percent', 'grow-by', 'average-annual', '2022–2024'],
  ['rd-personnel-per-10k-workers', 240, '人年', 240, 'person-years', 'reach', 'by-deadline', '2022–2024'],
  ['rd-expenditure-share', 3.9, '%', 3.9, 'percent', 'reach', 'by-deadline', '2022–2024'],
  ['technology-contract-turnover', 940, '亿元', 94000000000, 'yuan', 'reach', 'by-deadline', '2022–2024'],
  ['high-value-patents-per-10k-people', 48, '件', 48, 'patents', 'reach', 'by-deadline', '2022–2024'],
  ['new-headquarters-enterprises', 150, '家', 150, 'enterprises', 'at-least', 'by-deadline', '2022–2024'],
  ['major-investment-projects', 1200, '个', 1200, 'projects', 'at-least', 'each-year', '2021–2025'],
  ['private-economy-share', 50, '%', 50, 'percent', 'reach', 'by-deadline', '2022–2024'],
  ['trillion-yuan-clusters', 1, '个', 1, 'clusters', 'reach', 'by-deadline', '2021–2025'],
  ['half-trillion-yuan-clusters', 2, '个', 2, 'clusters', 'reach', 'by-deadline', '2021–2025'],
  [
    'service-manufacturing-integration-demonstrations',
    55,
    '家',
    55,
    'demonstrations',
    'at-least',
    'by-deadline',
    '2022–2024',
  ],
  ['non-fossil-energy-share', null, null, null, 'percent', 'rise', 'by-deadline', '2022–2024'],
  ['urban-industrial-parks-per-district', 1, '个', 1, 'parks', 'range', 'by-deadline', '2022–2024'],
  ['urban-industrial-buildings-per-district', 2, '个', 2, 'buildings', 'range', 'by-deadline', '2022–2024'],
  ['hundred-billion-yuan-parks', 2, '家', 2, 'parks', 'range', 'by-deadline', '2022–2024'],
  ['fifty-billion-yuan-parks', 4, '家', 4, 'parks', 'range', 'by-deadline', '2022–2024'],
  ['industrial-land', 300, '平方公里', 300, 'km2', 'at-least', 'each-year', '2022–2024'],
  ['research-land', 40, '平方公里', 40, 'km2', 'at-least', 'each-year', '2022–2024'],
];

const qualitative = [
  ['hundred-billion-industrial-chains', '一批千亿级产业链'],
  ['new-system-state-key-laboratories', '布局一批全新体制国家重点实验室'],
  ['world-class-high-tech-zone', '南京高新区进入世界一流科技园区行列'],
  ['business-environment-national-lead', '全市营商环境保持全国前列'],
  ['ip-powerhouse-city', '率先建成知识产权强市'],
] as const;

const byId = new Map<string, PlanTarget>(plan.targets.map((target) => [target.id, target]));

/** Where a target is first stated in the seed: the order the plan states its targets in. */
const order = (id: string) => byId.get(id)!.mentions[0]!.source.words.start;
const quantitativeTargets = plan.targets.filter((target) => target.kind === 'quantitative');

/** The sentence of a mention up to its words' end: from the last 。 or ; before them. */
function sentenceOf(start: number, end: number): string {
  const from = Math.max(
    seedText.lastIndexOf('。', start - 1),
    seedText.lastIndexOf(';', start - 1),
    seedText.lastIndexOf('\n', start - 1),
  );
  return seedText.slice(from + 1, end);
}

describe('quantitative targets', () => {
  it('are exactly the 35 read from the plan, in the order stated (goal areas first, then tasks)', () => {
    expect(quantitativeTargets.map((target) => target.id)).toEqual(
      quantitative.map((row) => row[0]).sort((a, b) => order(a) - order(b)),
    );
  });

  it('measure increments where the plan says 新增 or 引进, relative changes where it says 降低 or 增长, levels elsewhere', () => {
    const measures = Object.fromEntries(quantitativeTargets.map((target) => [target.id, target.measure]));
    const increments = [
      'new-provincial-little-giants',
      'new-national-little-giants',
      'new-single-champions',
      'new-headquarters-enterprises',
      'major-investment-projects',
    ];
    const changes = ['co2-intensity-reduction', 'overseas-talent-growth'];
    for (const row of quantitative) {
      const id = row[0];
      expect(measures[id], id).toBe(increments.includes(id) ? 'increment' : changes.includes(id) ? 'change' : 'level');
    }
  });

  it.each(quantitative)(
    '%s: %s %s = %s %s, %s, %s, %s',
    (id, value, unit, baseValue, baseUnit, comparator, cadence, period) => {
      const target = byId.get(id);
      if (target?.kind !== 'quantitative') throw new Error(`${id} is not a quantitative target`);
      const [start, end] = period.split('–').map(Number);
      expect({
        value: target.value,
        unit: target.unit,
        baseValue: target.baseValue,
        baseUnit: target.baseUnit,
      }).toEqual({ value, unit, baseValue, baseUnit });
      expect({ comparator: target.comparator, cadence: target.cadence, period: target.period }).toEqual({
        comparator,
        cadence,
        period: { start, end },
      });
    },
  );

  it('give ranges their upper bound as written: 1—2, 2—3, 2—3 and 4—6', () => {
    const ranges = quantitativeTargets.filter((target) => target.comparator === 'range');
    expect(ranges.map((target) => [target.value, 'upperValue' in target ? target.upperValue : undefined])).toEqual([
      [1, 2],
      [2, 3],
      [2, 3],
      [4, 6],
    ]);
  });

  it('scope the per-district ranges to 各主城区', () => {
    const per = quantitativeTargets.filter((target) => 'per' in target).map((target) => target.id);
    expect(per).toEqual(['urban-industrial-parks-per-district', 'urban-industrial-buildings-per-district']);
    for (const id of per) {
      const { start, end } = byId.get(id)!.mentions[0]!.source.words;
      expect(sentenceOf(start, end)).toContain('各主城区');
    }
  });

  it('state their metric in their own words', () => {
    for (const target of quantitativeTargets) {
      expect(
        target.mentions.some((mention) => mention.words.includes(target.metric)),
        target.id,
      ).toBe(true);
    }
  });

  it('have the comparator their wording implies', () => {
    const implied = (words: string) =>
      /\d—\d/.test(words)
        ? 'range'
        : words.includes('左右')
          ? 'about'
          : /至少|^确保|以上$/.test(words)
            ? 'at-least'
            : words.includes('突破')
              ? 'exceed'
              : words.includes('降低')
                ? 'reduce-by'
                : words.includes('增长')
                  ? 'grow-by'
                  : words.includes('提高')
                    ? 'rise'
                    : 'reach';
    for (const target of quantitativeTargets) {
      // 40平方公里科研用地 shares the 确保 of 确保300平方公里工业用地 that stands before it.
      const words = target.id === 'research-land' ? `确保${target.mentions[0]!.words}` : target.mentions[0]!.words;
      expect(implied(words), target.id).toBe(target.comparator);
    }
  });
});

describe('qualitative targets', () => {
  it.each(qualitative)('%s is stated as %s, with no figure', (id, statement) => {
    const target = byId.get(id)!;
    expect(target.kind).toBe('qualitative');
    expect(target.statement).toBe(statement);
    expect('value' in target).toBe(false);
  });
});

describe('every target', () => {
  it('has as its statement the words of its first mention', () => {
    for (const target of plan.targets) expect(target.statement).toBe(target.mentions[0]!.words);
  });

  it('is aspirational exactly where a statement of it is hedged with 力争 in its sentence', () => {
    for (const target of plan.targets) {
      for (const mention of target.mentions) {
        const hedged = sentenceOf(mention.source.words.start, mention.source.words.end).includes('力争');
        expect(mention.aspirational, `${target.id} at line ${mention.source.words.line}`).toBe(hedged);
      }
      expect(target.aspirational).toBe(target.mentions.some((mention) => mention.aspirational));
    }
    expect(plan.targets.filter((target) => target.aspirational).map((target) => target.id)).toEqual([
      'listed-companies',
      'new-system-state-key-laboratories',
      'private-economy-share',
    ]);
  });

  it('covers 十四五 (2021–2025) exactly where its sentence says “十四五”期间', () => {
    for (const target of plan.targets) {
      const { start, end } = target.mentions[0]!.source.words;
      const fiveYear = sentenceOf(start, end).includes('“十四五”期间');
      expect(target.period, target.id).toEqual(fiveYear ? { start: 2021, end: 2025 } : { start: 2022, end: 2024 });
    }
  });

  it('is stated twice where the goal areas and a task both state it: 11 targets', () => {
    const twice = plan.targets.filter((target) => target.mentions.length === 2).map((target) => target.id);
    expect(twice).toEqual([
      'high-tech-enterprises',
      'tech-smes',
      'industrial-enterprises-above-scale',
      'new-provincial-little-giants',
      'new-national-little-giants',
      'new-single-champions',
      'listed-companies',
      'national-advanced-manufacturing-clusters',
      'new-system-state-key-laboratories',
      'national-innovation-pilot-zones',
      'new-rd-institutions',
    ]);
  });
});

describe('figures in the goal areas and tasks', () => {
  // Numbers in the texts that are not targets, read by hand: years, list lengths and names.
  const notTargets = [
    { line: 24, figure: '2024', why: 'deadline year' },
    { line: 28, figure: '2024', why: 'deadline year' },
    {
      line: 30,
      figure: '100',
      why: 'a selection: 聚焦100家…龙头企业,建立企业培育库 picks firms for a pool, not a level to reach',
    },
    { line: 30, figure: '2024', why: 'deadline year' },
    { line: 34, figure: '2024', why: 'deadline year' },
    { line: 36, figure: '2024', why: 'deadline year' },
    { line: 40, figure: '2', why: 'list length: 2个国家级先进制造业集群 names two existing clusters' },
    { line: 40, figure: '7', why: 'list length: 等7个集群 names the clusters listed before it' },
    { line: 40, figure: '2024', why: 'deadline year' },
    { line: 46, figure: '2024', why: 'deadline year' },
    { line: 58, figure: '6', why: 'a name: 6G' },
    { line: 92, figure: '20', why: 'a name: T20国际绿色智慧城市联盟' },
  ];

  it("are each either inside a quantitative target's words or a known non-target", () => {
    const spans = quantitativeTargets.flatMap((target) => target.mentions.map((mention) => mention.source.words));
    const texts = [...plan.goalAreas, ...plan.tasks].map((record) => record.source.text);
    const unexplained: { line: number; figure: string }[] = [];
    for (const text of texts) {
      for (const match of seedText.slice(text.start, text.end).matchAll(/\d+(?:\.\d+)?/g)) {
        const at = text.start + match.index;
        const inTarget = spans.some((span) => span.start <= at && at + match[0].length <= span.end);
        if (!inTarget) unexplained.push({ line: text.line, figure: match[0] });
      }
    }
    expect(unexplained).toEqual(notTargets.map(({ line, figure }) => ({ line, figure })));
  });
});
