import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command.js';
import { main, shouldColor, terminalColumns } from '../../src/cli/main.js';

function capture(options: { color?: boolean; columns?: number } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    columns: options.columns ?? 80,
    color: options.color ?? false,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('main', () => {
  it('runs a command with injected I/O and returns its exit code', async () => {
    const { io, stdout } = capture();
    expect(await main(['task', '26'], io, '0.0.0')).toBe(0);
    expect(stdout()).toContain('责任单位 市市场监管局(牵头)');
  });

  it('colours headings when colour is on', async () => {
    const { io, stdout } = capture({ color: true });
    await main(['unit', '市法院'], io, '0.0.0');
    expect(stdout()).toContain('\u001b[1m市法院\u001b[22m');
  });

  it('wraps text to the given width', async () => {
    const { io, stdout } = capture({ columns: 40 });
    await main(['task', '1'], io, '0.0.0');
    const lines = stdout().split('\n');
    expect(lines).toContain('1.壮大高科技型企业规模。实施市场主体倍增');
  });

  it('returns 2 and writes one line for an unknown unit', async () => {
    const { io, stdout, stderr } = capture();
    expect(await main(['tasks', '--unit', '市科技'], io, '0.0.0')).toBe(2);
    expect(stdout()).toBe('');
    expect(stderr()).toBe('njplan: 未知单位 "市科技";是否要找 市科技局 (science-technology-bureau)?\n');
  });

  it('names itself as told, in usage lines and errors', async () => {
    const { io, stderr } = capture();
    expect(await main(['tasks', '--primary', '--lang', 'en'], { ...io, program: 'nanjing-innovation-plan' }, '0')).toBe(
      2,
    );
    expect(stderr()).toBe(
      'nanjing-innovation-plan: --primary needs --unit <unit>\n' +
        'usage: nanjing-innovation-plan tasks [--unit <unit>] [--group <n>] [--primary] [--csv] [--json] [--lang zh|en]\n',
    );
  });
});

describe('shouldColor', () => {
  it('colours only on a terminal', async () => {
    expect(shouldColor(true, {})).toBe(true);
    expect(shouldColor(false, {})).toBe(false);
    expect(shouldColor(undefined, {})).toBe(false);
  });

  it('never colours with NO_COLOR set', async () => {
    expect(shouldColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColor(true, { NO_COLOR: '' })).toBe(true);
  });
});

describe('terminalColumns', () => {
  it('returns COLUMNS for a terminal that reports 0 columns', () => {
    expect(terminalColumns(0, { COLUMNS: '100' })).toBe(100);
  });

  it('returns the terminal width when it has one', () => {
    expect(terminalColumns(132, { COLUMNS: '100' })).toBe(132);
  });

  it('returns 80 without a width or COLUMNS', () => {
    expect(terminalColumns(undefined, {})).toBe(80);
  });

  it('returns at least 40', () => {
    expect(terminalColumns(undefined, { COLUMNS: '20' })).toBe(40);
  });
});
