import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// These tests run the built bin (`npm test` builds before running them).
const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'njplan-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, COLUMNS: '100' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const TABLES = [
  'english-sentences.csv',
  'goal-areas.csv',
  'measures.csv',
  'observations.csv',
  'principles.csv',
  'target-mentions.csv',
  'targets.csv',
  'task-groups.csv',
  'task-units.csv',
  'tasks.csv',
  'units.csv',
];

// Each test spawns the CLI a few times: time enough for a loaded 2-core machine.
describe('njplan export', { timeout: 60_000 }, () => {
  it('writes the descriptor and the 11 tables into a new folder, byte for byte as the package ships them', () => {
    const folder = join(work, 'new', 'tables');
    const { code, stdout, stderr } = run('export', folder);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.split('\n')[0]).toBe(`已写入 12 个文件到 "${folder}":`);
    expect(stdout).toContain('  csv/targets.csv\n');
    expect(readdirSync(folder).sort()).toEqual(['csv', 'datapackage.json']);
    expect(readdirSync(join(folder, 'csv')).sort()).toEqual(TABLES);
    for (const file of ['datapackage.json', ...TABLES.map((table) => `csv/${table}`)])
      expect(readFileSync(join(folder, file))).toEqual(readFileSync(join(dist, file)));
  });

  it('refuses to overwrite existing files, writing nothing, unless --force is given', () => {
    const folder = join(work, 'again');
    expect(run('export', folder).code).toBe(0);
    writeFileSync(join(folder, 'csv', 'tasks.csv'), 'edited\n');
    const refused = run('export', folder);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(
      `"${folder}" 中已有 datapackage.json, csv/task-groups.csv, csv/tasks.csv, …;未写入任何文件(加 --force 覆盖)`,
    );
    expect(readFileSync(join(folder, 'csv', 'tasks.csv'), 'utf8')).toBe('edited\n');
    expect(run('export', folder, '--force').code).toBe(0);
    expect(readFileSync(join(folder, 'csv', 'tasks.csv'))).toEqual(readFileSync(join(dist, 'csv', 'tasks.csv')));
  });

  it('speaks English with --lang en', () => {
    const folder = join(work, 'english');
    expect(run('export', folder, '--lang', 'en').stdout.split('\n')[0]).toBe(`wrote 12 files to "${folder}":`);
    expect(run('export', folder, '--lang', 'en').stderr).toContain('(use --force to overwrite)');
  });

  it('says why when the folder cannot be made, with exit code 2', () => {
    const file = join(work, 'a-file');
    writeFileSync(file, '');
    const onFile = run('export', file, '--lang', 'en');
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toContain('it exists and is not a folder');
    const under = run('export', join(file, 'sub'));
    expect(under.code).toBe(2);
    expect(under.stderr).toContain('(ENOTDIR)');
    expect(under.stderr).not.toContain('    at ');
  });

  it('answers as JSON with --json', () => {
    const folder = join(work, 'json');
    const { code, stdout } = run('export', folder, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      directory: folder,
      files: [
        'datapackage.json',
        ...[
          'task-groups',
          'tasks',
          'units',
          'task-units',
          'targets',
          'target-mentions',
          'principles',
          'goal-areas',
          'measures',
          'observations',
          'english-sentences',
        ].map((table) => `csv/${table}.csv`),
      ],
    });
  });

  it('needs a folder', () => {
    const { code, stderr } = run('export');
    expect(code).toBe(2);
    expect(stderr).toContain('用法: njplan export <文件夹> [--force]');
    expect(run('export', '--lang', 'en').stderr).toContain('usage: njplan export <dir> [--force]');
  });
});
