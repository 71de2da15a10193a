// The CLI speaks one language at a time: Chinese by default, English with --lang en.
//
// What counts as a label: any text the CLI writes itself — headings, field names, table headers, enumerated values
// in words, help, usage lines and messages. What is not: the data it shows (whole strings of plan.json, en.json and
// observations.json: names, titles, statements, glosses, sources), the seed's text, ids, numbers, and the syntax a
// user types (command and option names, option values such as `by-deadline`, placeholders like `<n>`).
// So, with the data, the input echoed in quotes and the syntax taken out, the default output may hold no Latin word
// and the English output no Chinese character — except the plan's word 力争, quoted beside "strive to" on purpose.
// The data of a report the CLI reads (its reporter, its scopes) is data too.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/cli/readReportFile.js';
import { commands } from '../../src/cli/registry.js';
import { cadences, comparators, measureKinds, searchScopes, targetKinds, unitFactors } from '../../src/index.js';

const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const example = fileURLToPath(new URL('../../examples/progress-report.json', import.meta.url));
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const seed = read('../../seeds/nanjing-innovation-plan-2022-2024.txt');

function strings(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) strings(item, out);
  return out;
}

const data = new Set<string>();
for (const file of ['plan.json', 'en.json', 'observations.json']) strings(JSON.parse(read(`../../dist/${file}`)), data);
strings(JSON.parse(read('../../examples/progress-report.json')), data);
// A one-word lowercase string of the data (`level`, `task`, `municipal`) is a code, not text: it is not taken out,
// so that a code shown untranslated is caught.
const shown = [...data].filter((text) => !/^[a-z]+$/.test(text) && text.length > 1).sort((a, b) => b.length - a.length);

const syntax = new Set<string>([
  ...commands.map((command) => command.name),
  ...cadences,
  ...comparators,
  ...targetKinds,
  ...measureKinds,
  ...searchScopes,
  'report',
  'feed',
  'plan',
  'zh',
  'en',
  'njplan',
  // Formats and tools, named as written in either language.
  'JSON',
  'CSV',
  'grep',
  // A report's fields and a CSV report's columns, named in the help of evaluate and template.
  'asOf',
  ...CSV_COLUMNS,
  // The files export writes and the standards they follow, named as written: datapackage.json, csv/<table>.csv.
  'datapackage',
  'json',
  'csv',
  'UTF-8',
  'Frictionless',
]);

function run(...args: string[]) {
  // Not a terminal and no COLUMNS: nothing is wrapped, so every datum is shown whole.
  const { COLUMNS: _, ...env } = process.env;
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...env, NO_COLOR: '1' } });
  return `${result.stdout}${result.stderr}`;
}

const writtenUnits = Object.keys(unitFactors).sort((a, b) => b.length - a.length);
const figures = new RegExp(
  `[0-9][0-9.,]*(?:${writtenUnits.map((unit) => unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
  'g',
);

/** The output with the data and the syntax taken out. */
function labels(output: string): string {
  // A search hit's snippet: the seed's text, cut.
  let rest = output
    .split('\n')
    .filter((line) => !/^ {2}…/.test(line) || !seed.includes(line.trim().replace(/^…|…$/g, '')))
    .join('\n');
  for (const text of shown) if (rest.includes(text)) rest = rest.split(text).join(' ');
  // A figure in the unit a reporter or a source wrote it in (`1.08万家`, `400万人`) is data, in either language.
  rest = rest.replace(figures, ' ');
  return rest
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/\{[^}\n]*\}/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/(?<![\w-])--?[a-z][a-z-]*/g, ' ')
    .replace(/<[^>\n]*>/g, ' ')
    .replace(/[A-Za-z][\w-]*/g, (word) => (syntax.has(word) ? ' ' : word));
}

const runs: readonly (readonly string[])[] = [
  [],
  ['--help'],
  ...commands.map((command) => [command.name, '--help']),
  ['tasks'],
  ['tasks', '--unit', '市发改委'],
  ['task', '1'],
  ['task', '9'],
  ['units'],
  ['unit', '市科技局'],
  ['unit', '相关区(园区)'],
  ['targets'],
  ['target', 'high-tech-enterprises'],
  ['target', 'market-entities'],
  ['target', 'world-class-high-tech-zone'],
  ['principles'],
  ['goals'],
  ['measures'],
  ['search', '人才住房'],
  ['search', 'Superbahn'],
  ['search', 'nothing-matches-this'],
  ['render'],
  ['validate', example],
  ['evaluate', example],
  ['scorecard', '--as-of', '2024-12-31'],
  ['taks'],
  ['tasks', '--primary'],
  ['targets', '--cadence', 'yearly'],
  ['unit', 'nope'],
];

describe('the CLI language', () => {
  for (const args of runs) {
    it(`writes no English label in 'njplan ${args.join(' ')}'`, { timeout: 20_000 }, () => {
      expect(labels(run(...args)).match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
    });
  }
  for (const args of runs) {
    it(`writes no Chinese label in 'njplan ${args.join(' ')} --lang en'`, { timeout: 20_000 }, () => {
      const rest = labels(run(...args, '--lang', 'en'))
        .split('力争')
        .join(' ');
      expect(rest.match(/\p{Script=Han}+/gu) ?? []).toEqual([]);
    });
  }
});
