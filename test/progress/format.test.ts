import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateProgress, formatEvaluation, formatIssues, validateProgressReport } from '../../src/schema.js';

const example: unknown = JSON.parse(
  readFileSync(new URL('../../examples/progress-report.json', import.meta.url), 'utf8'),
);

describe('formatIssues', () => {
  const issues = validateProgressReport({
    reporter: '测试',
    asOf: '2024-12-31',
    entries: [{ target: 'talent-pool', year: 2023, value: 400, unit: '元' }],
    x: 1,
  }).issues;

  it('returns one English line per issue with path, message and code', () => {
    expect(formatIssues(issues, { lang: 'en' })).toEqual([
      'x: unknown field "x" [unknown-field]',
      'entries[0].unit: unit "元" does not fit target "talent-pool" (people); use one of: 人, 万人 [unit-kind-mismatch]',
    ]);
  });

  it('returns Chinese lines by default', () => {
    expect(formatIssues(issues)[1]).toBe(
      'entries[0].unit: 单位 "元" 不适用于目标“talent-pool”(people);应为:人、万人 [unit-kind-mismatch]',
    );
  });

  it('names the root as (root)', () => {
    expect(formatIssues(validateProgressReport(null).issues, { lang: 'en' })).toEqual([
      '(root): expected an object, got null [invalid-type]',
    ]);
  });
});

describe('formatEvaluation', () => {
  const result = evaluateProgress(example);
  const lines = result.success ? formatEvaluation(result.data, { lang: 'en' }) : [];

  it('returns a heading, one line per target and a count line', () => {
    expect(lines).toHaveLength(42);
    expect(lines[0]).toBe('Report by 示例报告 / Example reporter, judged as of 2023-12-31');
    expect(lines[41]).toBe('met 0, on track 14, behind 6, not met 2, no data 11, not evaluable 7');
  });

  it('puts status, id and reason on each target line', () => {
    expect(lines[2]).toBe(
      'behind         tech-smes                                         2023: 1.9万家; the linear path from the 2021 baseline 1.6万家 requires 2.2万家; target ≥ 2.5万家 by 2024',
    );
  });

  it('writes Chinese labels by default', () => {
    const zh = result.success ? formatEvaluation(result.data) : [];
    expect(zh[0]).toBe('报告方:示例报告 / Example reporter,评估日期:2023-12-31');
    expect(zh[41]).toBe('已达成 0,进度正常 14,进度落后 6,未达成 2,无数据 11,无法评估 7');
  });
});
