import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// These tests run the built bin (`npm test` builds before running them).
const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const example = fileURLToPath(new URL('../../examples/progress-report.json', import.meta.url));
const planJson = fileURLToPath(new URL('../../dist/plan.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'njplan-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, COLUMNS: '160', NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const report = (entries: unknown[]) => ({ reporter: '测试', asOf: '2023-12-31', entries });

describe('validate', () => {
  it('accepts the example report: exit 0', () => {
    expect(run('validate', example, '--lang', 'en')).toMatchObject({ code: 0, stdout: 'valid report\n' });
  });

  it('accepts the shipped plan.json as a plan', () => {
    expect(run('validate', planJson, '--lang', 'en')).toMatchObject({ code: 0, stdout: 'valid plan\n' });
  });

  it('lists the issues of an invalid report with a path, a code and a did-you-mean: exit 1', () => {
    const path = file('bad.json', report([{ target: 'high-tech-enterprise', year: 2023, value: 1.1, unit: '万家' }]));
    const { code, stdout } = run('validate', path, '--lang', 'en');
    expect(code).toBe(1);
    expect(stdout).toContain('entries[0].target: ');
    expect(stdout).toContain('"high-tech-enterprises"');
    expect(stdout).toContain('[unknown-target]');
    expect(stdout).toContain('1 issue(s)');
  });

  it('rejects a task-status line from a unit not named on the task, naming its units', () => {
    const path = file('feed.json', [
      { task: 26, unit: 'science-technology-bureau', year: 2023, status: 'in-progress' },
    ]);
    const { code, stdout } = run('validate', path, '--lang', 'en');
    expect(code).toBe(1);
    expect(stdout).toContain('[unit-not-responsible]');
    expect(stdout).toContain('market-regulation-bureau');
  });

  it('answers as JSON with --json', () => {
    const path = file('bad-unit.json', report([{ target: 'talent-pool', year: 2023, value: 380, unit: '元' }]));
    const { code, stdout } = run('validate', path, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      valid: false,
      kind: 'report',
      issues: [{ path: 'entries[0].unit', code: 'unit-kind-mismatch' }],
    });
  });

  it('reports a file that is not JSON as invalid: exit 1', () => {
    const { code, stdout } = run('validate', file('broken.json', '{"reporter": '));
    expect(code).toBe(1);
    expect(stdout).toContain('不是有效的 JSON');
    expect(run('validate', file('broken.json', '{"reporter": '), '--lang', 'en').stdout).toContain('not valid JSON');
  });

  it('exits 2 for a file it cannot read, and for an unknown --kind', () => {
    const missing = run('validate', join(dir, 'missing.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('无法读取');
    const kind = run('validate', example, '--kind', 'budget');
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('用法: njplan validate <文件>');
  });
});

describe('evaluate', () => {
  it('judges every target of the example report: exit 0', () => {
    const { code, stdout } = run('evaluate', example, '--lang', 'en');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Report by 示例报告 / Example reporter, judged as of 2023-12-31');
    expect(lines.find((line) => line.includes(' high-tech-enterprises '))).toMatch(
      /^on track\s+high-tech-enterprises\s+2023: 1.08万家;/,
    );
    expect(lines.at(-1)).toMatch(/^met \d+, on track \d+, behind \d+, not met \d+, no data \d+, not evaluable \d+$/);
  });

  it('answers as JSON with a status for each of the 40 targets', () => {
    const { code, stdout } = run('evaluate', example, '--json');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as { targets: { target: string; status: string }[] };
    expect(answer.targets).toHaveLength(40);
    expect(answer.targets.find((entry) => entry.target === 'world-class-high-tech-zone')?.status).toBe('not-evaluable');
  });

  it('gives the usage error for an impossible --as-of in the language asked for, as every usage error', () => {
    const { code, stderr } = run('evaluate', example, '--as-of', '2023-02-30');
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('njplan: 评估日期应为有效日期 YYYY-MM-DD,实际为 "2023-02-30"');
    expect(run('evaluate', example, '--as-of', '2023-02-30', '--lang', 'en').stderr.split('\n')[0]).toBe(
      'njplan: the evaluation date must be a valid date YYYY-MM-DD, got "2023-02-30"',
    );
  });

  it('exits 2 for a malformed --as-of, and 1 for an invalid report', () => {
    expect(run('evaluate', example, '--as-of', '2023-13-45').code).toBe(2);
    const path = file('bad-year.json', report([{ target: 'talent-pool', year: 2030, value: 380, unit: '万人' }]));
    const invalid = run('evaluate', path, '--lang', 'en', '--strict');
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain('entries[0].year');
  });
});
