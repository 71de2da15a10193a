import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), columns: 200, color: false };
  const code = await main(['scorecard', ...args], io, '0.0.0');
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('njplan scorecard', () => {
  it('prints every target with its status, reason and sources, in Chinese by default', async () => {
    const { code, stdout } = await run('--as-of', '2025-12-31');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('计划计分卡,评估日期 2025-12-31,依据公开发布的数据(非官方)');
    expect(lines).toContain('已达成    talent-pool                                       2024: 415万人,达到 ≥ 400万人');
    expect(lines).toContain(
      '    2024: 415万人 — yuhaojiang.com repost (original publisher not named in the text read), ' +
        'https://www.yuhaojiang.com/redian/871275.html [talent-pool-2024-yuhaojiang-415]',
    );
    expect(lines).toContain('已达成 2,进度正常 0,进度落后 0,未达成 0,无数据 33,无法评估 5');
    expect(lines).toContain('- high-tech-industry-output-share:基数年 2021 已达到目标(55.1%;目标 54.3)');
  });

  it('prints English with --lang en, and one unit with --unit', async () => {
    const { code, stdout } = await run('--as-of', '2025-12-31', '--unit', '市科技局', '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toContain('Municipal Bureau of Science and Technology as lead (tasks 1, 16, 18, 19):');
    expect(stdout).toContain('no data        high-tech-enterprises');
    expect(stdout).toContain('met 0, on track 0, behind 0, not met 0, no data 3, not evaluable 1');
  });

  it('says when a task group states no target', async () => {
    const { code, stdout } = await run('--group', '4');
    expect(code).toBe(0);
    expect(stdout).toContain('(这些任务未写明目标)');
  });

  it('prints JSON with --json', async () => {
    const { code, stdout } = await run('--as-of', '2025-12-31', '--json');
    expect(code).toBe(0);
    const card = JSON.parse(stdout) as { counts: Record<string, number>; findings: unknown[] };
    expect(card.counts).toEqual({ 'not-met': 0, behind: 0, 'no-data': 33, 'not-evaluable': 5, 'on-track': 0, met: 2 });
    expect(card.findings.length).toBe(3);
    const group = JSON.parse((await run('--as-of', '2025-12-31', '--group', '3', '--json')).stdout) as {
      taskGroup: { targets: string[] };
    };
    expect(group.taskGroup.targets).toEqual([
      'new-system-state-key-laboratories',
      'national-innovation-pilot-zones',
      'new-rd-institutions',
    ]);
  });

  it('exits 2 with one line for a bad date or an unknown unit', async () => {
    const badDate = await run('--as-of', '2025-13-01', '--lang', 'en');
    expect(badDate.code).toBe(2);
    expect(badDate.stderr.split('\n')[0]).toBe(
      'njplan: the evaluation date must be a valid date YYYY-MM-DD, got "2025-13-01"',
    );
    const badUnit = await run('--unit', '市科技');
    expect(badUnit.code).toBe(2);
    expect(badUnit.stderr).toContain('未知单位 "市科技"');
    expect((await run('--unit', '市科技局', '--group', '1')).code).toBe(2);
  });
});
