import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluatePlan, type Scorecard } from '../../src/observations.js';
import { evaluateProgress } from '../../src/schema.js';

function scorecardAt(asOf: string): Scorecard {
  const result = evaluatePlan({ asOf });
  if (!result.success) throw new Error(`no scorecard at ${asOf}`);
  return result.data;
}

const end2025 = scorecardAt('2025-12-31');
const targetOf = (card: Scorecard, id: string) => card.targets.find((t) => t.target === id)!;

describe('evaluatePlan', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('judges all 40 targets and counts their statuses', () => {
    expect(end2025.targets.length).toBe(40);
    expect(end2025.counts).toEqual({
      met: 2,
      'on-track': 0,
      behind: 0,
      'not-met': 0,
      'no-data': 33,
      'not-evaluable': 5,
    });
    // behind at the end of 2024 (one 5000亿 cluster of two), no 2025 figure to judge its deadline by
    expect(targetOf(scorecardAt('2024-12-31'), 'half-trillion-yuan-clusters').status).toBe('behind');
    expect(targetOf(end2025, 'half-trillion-yuan-clusters').status).toBe('no-data');
  });

  it('cites the figures it used: observation, publisher and address', () => {
    const talent = targetOf(end2025, 'talent-pool');
    expect(talent.status).toBe('met');
    expect(talent.figures).toEqual([
      { year: 2021, value: 3560000 },
      { year: 2024, value: 4150000 },
    ]);
    expect(talent.citations).toEqual([
      {
        observation: 'talent-pool-2021-021cf-356',
        year: 2021,
        valueText: '356万人',
        publisher: '中新网江苏',
        url: 'http://nanjing.021cf.cn/index.php/post/7423.html',
      },
      {
        observation: 'talent-pool-2024-yuhaojiang-415',
        year: 2024,
        valueText: '415万人',
        publisher: 'yuhaojiang.com repost (original publisher not named in the text read)',
        url: 'https://www.yuhaojiang.com/redian/871275.html',
      },
    ]);
  });

  it('judges by the rules of evaluateProgress: the same figures give the same status and reason', () => {
    const direct = evaluateProgress(
      {
        reporter: 'test',
        asOf: '2025-12-31',
        entries: [
          { target: 'talent-pool', year: 2021, value: 356, unit: '万人' },
          { target: 'talent-pool', year: 2024, value: 415, unit: '万人' },
        ],
      },
      { asOf: '2025-12-31' },
    );
    if (!direct.success) throw new Error('invalid report');
    const fromReport = direct.data.targets.find((t) => t.target === 'talent-pool')!;
    const talent = targetOf(end2025, 'talent-pool');
    expect([talent.status, talent.reasonEn]).toEqual([fromReport.status, fromReport.reasonEn]);
    expect(talent.reasonEn).toBe('2024: 415万人, meets ≥ 400万人');
  });

  it('uses only the preferred of disagreeing figures, and lists the others as not used', () => {
    const highTech = targetOf(end2025, 'high-tech-enterprises');
    expect(highTech.citations.map((c) => c.observation)).toEqual([
      'high-tech-enterprises-2022-zunyiyoushi-8800',
      'high-tech-enterprises-2023-fenjinzi-10062',
    ]);
    expect(highTech.notUsed).toContain('high-tech-enterprises-2023-tigerandtech-10000');
    expect(highTech.status).toBe('no-data');
  });

  it('leaves out figures published after the evaluation date', () => {
    const end2023 = scorecardAt('2023-12-31');
    // 10062家 stands at the end of 2023 but was published on 2024-01-03
    expect(targetOf(end2023, 'high-tech-enterprises').citations.map((c) => c.year)).toEqual([2022]);
    expect(targetOf(end2023, 'rd-expenditure-share').status).toBe('on-track');
    expect(targetOf(end2023, 'talent-pool').status).toBe('no-data');
  });

  it('judges as of today by default', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-06-30T12:00:00Z'));
    const result = evaluatePlan();
    expect(result.success && result.data.asOf).toBe('2025-06-30');
  });

  it('rolls the statuses up by goal area, task group and unit', () => {
    expect(end2025.goalAreas.map((area) => [area.number, area.targets.length, area.counts.met])).toEqual([
      [1, 8, 0],
      [2, 6, 1],
      [3, 5, 0],
      [4, 3, 1],
      [5, 5, 0],
    ]);
    expect(end2025.taskGroups.map((group) => group.targets.length)).toEqual([10, 9, 3, 0, 2, 0]);
    const science = end2025.units.find((unit) => unit.name === '市科技局')!;
    expect(science.lead.tasks).toEqual([1, 16, 18, 19]);
    expect(science.lead.targets).toEqual([
      'high-tech-enterprises',
      'tech-smes',
      'new-system-state-key-laboratories',
      'new-rd-institutions',
    ]);
    expect(science.lead.counts).toEqual({
      met: 0,
      'on-track': 0,
      behind: 0,
      'not-met': 0,
      'no-data': 3,
      'not-evaluable': 1,
    });
    expect(science.coResponsible.targets).toContain('national-advanced-manufacturing-clusters');
  });

  it('names the targets stated only in a goal area as having no responsible unit', () => {
    expect(end2025.withoutResponsibleUnit).toContain('talent-pool');
    expect(end2025.withoutResponsibleUnit).toContain('rd-expenditure-share');
    expect(end2025.withoutResponsibleUnit.length).toBe(16);
    const inUnits = new Set(end2025.units.flatMap((u) => [...u.lead.targets, ...u.coResponsible.targets]));
    for (const id of end2025.withoutResponsibleUnit) expect(inUnits.has(id)).toBe(false);
  });

  it('states what the figures show: a target met at the baseline, yearly targets exceeded several times over', () => {
    expect(end2025.findings.map((f) => [f.kind, f.target, f.year, f.value, f.required, f.ratio])).toEqual([
      ['exceeded-several-times', 'new-national-little-giants', 2024, 121, 30, 4.03],
      ['exceeded-several-times', 'new-single-champions', 2024, 13, 2, 6.5],
      ['met-at-baseline', 'high-tech-industry-output-share', 2021, 55.1, 54.3, 1.01],
    ]);
    expect(end2025.findings[2]?.citation.valueText).toBe('55.1%');
  });

  it('reports a bad date as an issue, never throws', () => {
    const result = evaluatePlan({ asOf: '2025-13-01' });
    expect(result.success).toBe(false);
    expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual([['options.asOf', 'invalid-as-of']]);
    expect(evaluatePlan('2025' as never).issues.map((issue) => issue.path)).toEqual(['options']);
  });

  it('returns a frozen scorecard', () => {
    expect(Object.isFrozen(end2025.units[0]?.lead.targets)).toBe(true);
    expect(Object.isFrozen(end2025.targets[0]?.citations)).toBe(true);
  });
});
