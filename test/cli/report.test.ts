import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, describe, expect, it } from 'vitest';

// These tests run the built bin (`npm test` builds before running them).
const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'njplan-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, COLUMNS: '200', NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The CSV template for 江宁区, filled in by hand: two rows, one with thousands separators. */
function filledCsv(value = '1500'): string {
  const rows = parse(run('template', '--scope', '江宁区', '--csv').stdout, { columns: true }) as Record<
    string,
    string
  >[];
  for (const row of rows) {
    if (row.target === 'high-tech-enterprises') Object.assign(row, { year: '2023', value, unit: '家' });
    if (row.target === 'talent-pool') Object.assign(row, { year: '2023', value: '38' });
    if (row.target === 'high-tech-enterprises') Object.assign(row, { reporter: '江宁区科技局', asOf: '2023-12-31' });
  }
  return stringify(rows, { header: true });
}

describe('njplan template', () => {
  it('prints a blank JSON report with one entry per quantitative target', () => {
    const { code, stdout } = run('template');
    expect(code).toBe(0);
    const template = JSON.parse(stdout) as { reporter: string; asOf: string; entries: { target: string }[] };
    expect([template.reporter, template.asOf, template.entries.length]).toEqual(['', '', 35]);
  });

  it('prints a CSV with a header row and one row per target, for a scope', () => {
    const lines = run('template', '--scope', '江宁区', '--csv').stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(36);
    expect(lines[0]).toBe('target,metric,year,value,unit,scope,reporter,asOf,note,source');
    expect(lines[1]).toBe('high-tech-enterprises,高新技术企业总数,,,万家,江宁区,,,,');
  });

  it('rejects a blank --scope: exit 2', () => {
    expect(run('template', '--scope', ' ').code).toBe(2);
  });
});

describe('a CSV report, filled in from the template', () => {
  it('round-trips through validate: exit 0', () => {
    const path = file('filled.csv', filledCsv());
    expect(run('validate', path, '--lang', 'en')).toMatchObject({
      code: 0,
      stdout: 'valid report\n(33 template row(s) left blank, with no value, skipped)\n',
    });
  });

  it('round-trips through evaluate, as the scope every row names', () => {
    const { code, stdout } = run('evaluate', file('filled2.csv', filledCsv()), '--lang', 'en');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Evaluated for the scope 江宁区 (every entry of the report is for it)');
    expect(lines[1]).toBe('Report by 江宁区科技局, judged as of 2023-12-31, for 江宁区');
    expect(lines).toContain(
      'contribution   talent-pool                                       ' +
        "江宁区's contribution, never summed into a city-wide figure: 2023: 38万人, 9.5% of the city-wide target; " +
        'city-wide target ≥ 400万人 by 2024',
    );
    expect(lines).toContain('met 0, on track 0, behind 0, not met 0, no data 33, not evaluable 5, contribution 2');
  });

  it('names the row and column of an invalid cell, with the hint', () => {
    const path = file('separators.csv', filledCsv('1,500'));
    const { code, stdout } = run('validate', path, '--lang', 'en');
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe(
      `${path}:2, column "value": the value "1,500" has thousands separators: write 1500, without commas or ` +
        'quotes [number-as-string]',
    );
  });

  it('leaves the invalid row out of the evaluation and lists it, unless --strict', () => {
    const path = file('separators2.csv', filledCsv('1,500'));
    const lenient = run('evaluate', path);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('未计入的条目(无效)共 1 个:');
    expect(lenient.stdout).toContain(`  ${path}:2, column "value": 数值 "1,500" 含千位分隔符`);
    expect(run('evaluate', path, '--strict').code).toBe(1);
  });

  it('is evaluated for the scope --scope names: nothing of 江宁区 is used', () => {
    const { stdout } = run('evaluate', file('other.csv', filledCsv()), '--scope', '鼓楼区', '--json');
    const data = JSON.parse(stdout) as { scope: string; counts: Record<string, number> };
    expect([data.scope, data.counts.contribution]).toEqual(['鼓楼区', 0]);
  });
});

describe('a JSON report filled in from the template', () => {
  it('skips the entries left with a null value and drops the metric field', () => {
    const template = JSON.parse(run('template').stdout) as {
      entries: { target: string; year: number | null; value: number | null }[];
    };
    const talent = template.entries.find((entry) => entry.target === 'talent-pool')!;
    Object.assign(talent, { year: 2023, value: 390 });
    const path = file('filled.json', JSON.stringify({ ...template, reporter: '南京市', asOf: '2023-12-31' }));
    expect(run('validate', path, '--lang', 'en').stdout).toBe(
      'valid report\n(34 template row(s) left blank, with no value, skipped)\n',
    );
    expect(run('evaluate', path, '--lang', 'en').stdout).toContain('talent-pool');
  });
});

describe('hostile CSV: a clear error, exit 2, never a stack trace', () => {
  const cases: [string, string | Buffer, string][] = [
    ['empty.csv', '', 'is empty: a CSV report starts with a header row'],
    ['blank.csv', '\n\n  \n', 'is empty: a CSV report starts with a header row'],
    [
      'ragged.csv',
      'target,year,value,unit,reporter,asOf\ntalent-pool,2023,390\n',
      ':2: the row has 3 cells, the header 6',
    ],
    [
      'huge.csv',
      `target,year,value,unit,reporter,asOf,note\ntalent-pool,2023,390,万人,a,2023-12-31,${'x'.repeat(20_000)}\n`,
      'a cell longer than 10000 characters',
    ],
    ['binary.csv', Buffer.from([0x74, 0x00, 0xff, 0x00, 0x01]), 'it is a binary file, not text'],
    ['gbk.csv', Buffer.from([0x74, 0x2c, 0xc4, 0xcf, 0xbe, 0xa9, 0x0a]), 'it is not UTF-8 text'],
    ['quote.csv', 'target,year\n"talent-pool,2023\n', 'cannot be read as CSV'],
    ['columns.csv', 'target,yaer,value,unit,reporter,asOf\n', 'unknown column "yaer"; did you mean "year"?'],
    ['missing.csv', 'target,value,unit,reporter,asOf\n', 'no column "year"'],
    [
      'reporters.csv',
      'target,year,value,unit,reporter,asOf\ntalent-pool,2022,390,万人,A,2023-12-31\ntalent-pool,2023,391,万人,B,\n',
      ':3, column "reporter": differs from row 2\'s "A"; a report has one reporter',
    ],
  ];
  for (const [name, content, message] of cases)
    it(`${name}`, () => {
      const path = file(name, content);
      for (const command of ['validate', 'evaluate']) {
        const result = run(command, path, '--lang', 'en');
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(message);
        expect(result.stderr).not.toMatch(/\n\s+at /);
      }
    });

  it('reads a CSV file with a byte order mark', () => {
    const path = file(
      'bom.csv',
      `\uFEFFtarget,year,value,unit,reporter,asOf\ntalent-pool,2023,390,万人,A,2023-12-31\n`,
    );
    expect(run('validate', path, '--lang', 'en')).toMatchObject({ code: 0, stdout: 'valid report\n' });
  });

  it('reads a file without an extension as CSV when it does not start with { or [', () => {
    const path = file('report', 'target,year,value,unit,reporter,asOf\ntalent-pool,2023,390,万人,A,2023-12-31\n');
    expect(run('validate', path, '--lang', 'en')).toMatchObject({ code: 0, stdout: 'valid report\n' });
  });
});
