import { describe, expect, it } from 'vitest';
import { wrapList } from '../../src/cli/_lib/layout.js';
import { stringWidth } from '../../src/cli/_lib/stringWidth.js';
import type { CliIO } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import { plan } from '../../src/index.js';

async function output(columns: number, ...args: string[]): Promise<string[]> {
  let out = '';
  const io: CliIO = { stdout: (text) => (out += text), stderr: (text) => (out += text), columns, color: false };
  expect(await main(args, io, '0.0.0')).toBe(0);
  return out.replace(/\n$/, '').split('\n');
}

// The only line allowed to be wider than the terminal: an id that is wider on its own, left unbroken.
const ids = new Set<string>(plan.targets.map((target) => target.id));

const commands = [
  ['overview'],
  ['tasks'],
  ['task', '19'],
  ['units'],
  ['unit', '市科技局'],
  ['targets'],
  ['target', 'high-tech-enterprises'],
  ['search', '人才'],
];

describe('the CLI layout', () => {
  describe.each([40, 80, 120])('at %i columns', (columns) => {
    it.each(
      commands.flatMap((args) =>
        ['zh', 'en'].map((lang) => ({ name: [...args, '--lang', lang].join(' '), args: [...args, '--lang', lang] })),
      ),
    )('fits every line of $name', async ({ args }) => {
      const lines = await output(columns, ...args);
      const wide = lines.filter(
        (line) => stringWidth(line) > columns && !(ids.has(line.trim()) && line.trim().length > columns),
      );
      expect(wide).toEqual([]);
    });
  });

  it('keeps the ids whole and wraps the English names of units at 80 columns', async () => {
    const lines = await output(80, 'units', '--lang', 'en');
    expect(lines[1]).toBe('Municipal Bureau of    science-technology-bureau         municipal     23      4');
    expect(lines[2]).toBe('Science and');
    expect(lines[3]).toBe('Technology');
  });

  it('wraps a label’s value under the value, not at column 0', async () => {
    const lines = await output(40, 'task', '19', '--lang', 'en');
    const units = lines.findIndex((line) => line.startsWith('Units'));
    expect(lines.slice(units, units + 3)).toEqual([
      'Units    Municipal Bureau of Science and',
      '         Technology (lead); Municipal',
      '         Development and Reform',
    ]);
  });

  it('wraps the overview Contents under its value', async () => {
    const lines = await output(40, 'overview', '--lang', 'en');
    const contents = lines.findIndex((line) => line.startsWith('Contents'));
    expect(lines.slice(contents, contents + 2)).toEqual([
      'Contents 4 principles, 5 goal areas, 6',
      '         task groups, 32 tasks, 3',
    ]);
  });

  it('puts each target id on a line of its own, unbroken', async () => {
    const lines = await output(80, 'targets');
    expect(lines.slice(0, 4)).toEqual([
      '目标 / 标识          数值             考核方式    到期年份   责任单位',
      '高新技术企业总数达   ≥ 1.2万家        截止年达成  2024       市科技局',
      '1.2万家',
      '  high-tech-enterprises',
    ]);
  });

  it('lays a table out as blocks where its columns cannot fit', async () => {
    const lines = await output(40, 'targets', '--lang', 'en');
    expect(lines.slice(0, 5)).toEqual([
      'High-tech enterprises (total number)',
      '  high-tech-enterprises',
      '  Value    ≥ 12000 enterprises',
      '  Cadence  by-deadline',
      '  Due      2024',
    ]);
  });
});

describe('wrapList', () => {
  it('wraps a list of unit names between the names, never inside one that fits', () => {
    // Task 19's units (seed line 65), joined as the CLI joins them
    expect(wrapList('市科技局、市发改委、市规划资源局、市农业农村局、麒麟科创园、浦口区、溧水区', 30)).toEqual([
      '市科技局、市发改委、',
      '市规划资源局、市农业农村局、',
      '麒麟科创园、浦口区、溧水区',
    ]);
  });

  it('wraps a name wider than the column between its words', () => {
    expect(wrapList('Municipal Bureau of Science and Technology; Pukou District', 20)).toEqual([
      'Municipal Bureau of',
      'Science and',
      'Technology;',
      'Pukou District',
    ]);
  });
});
