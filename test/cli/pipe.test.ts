import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// These tests run the built bin through a real pipe, as a shell runs it.
const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const { COLUMNS: _, ...env } = process.env;

function shell(script: string) {
  const result = spawnSync('sh', ['-c', script], { encoding: 'utf8', env: { ...env, NJPLAN: bin } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('piped output', () => {
  it('keeps each task on one line, so grep finds all 5 tasks of 市发改委 that name 市商务局 (4, 5, 6, 11, 13)', () => {
    expect(shell('node "$NJPLAN" tasks --unit 市发改委 | grep -c 市商务局')).toEqual({
      code: 0,
      stdout: '5\n',
      stderr: '',
    });
    const lines = shell('node "$NJPLAN" tasks --unit 市发改委 | grep 市商务局').stdout.trim().split('\n');
    expect(lines.map((line) => Number(line.trim().split(/\s+/)[0]))).toEqual([4, 5, 6, 11, 13]);
  });

  it('never breaks a unit name, even in English', () => {
    expect(shell('node "$NJPLAN" tasks --lang en | grep -c "Municipal Bureau of Commerce"').stdout).toBe('6\n');
  });

  it('wraps to COLUMNS when it is set', () => {
    const wrapped = spawnSync('sh', ['-c', 'node "$NJPLAN" task 1'], {
      encoding: 'utf8',
      env: { ...env, NJPLAN: bin, COLUMNS: '40' },
    }).stdout;
    expect(Math.max(...wrapped.split('\n').map((line) => line.length))).toBeLessThanOrEqual(40);
  });
});

describe('--csv', () => {
  it('lists the tasks with a header row and CRLF line ends (RFC 4180)', () => {
    const { code, stdout } = run('tasks', '--unit', '市委组织部', '--csv');
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('number,group,title,titleEn,units,unitIds');
    // Task 20, 责任单位:市委组织部、市科技局、市人社局 (seed line 69).
    expect(lines[1]).toBe(
      '20,4,实施紫金山英才计划,Carry out the Zijinshan Talent Programme,市委组织部、市科技局、市人社局,' +
        'organization-department;science-technology-bureau;human-resources-bureau',
    );
    expect(lines).toHaveLength(5 + 2);
    expect(lines.at(-1)).toBe('');
  });

  it('quotes a field with a comma and doubles its quotes', () => {
    const { stdout } = run('tasks', '--group', '1', '--csv');
    // Task 2's English title has a comma: 'Build clusters of specialized, refined, distinctive and innovative …'
    expect(stdout).toContain('2,1,打造专精特新企业集群,"');
  });

  it('lists the units', () => {
    const lines = run('units', '--csv').stdout.split('\r\n');
    expect(lines[0]).toBe('id,name,nameEn,fullName,kind,tier,tasks,primaryTasks');
    expect(lines).toContain(
      'science-technology-bureau,市科技局,Municipal Bureau of Science and Technology,南京市科学技术局,' +
        'government-department,municipal,1;4;5;6;7;8;9;13;15;16;17;18;19;20;21;22;24;25;27;28;30;31;32,1;16;18;19',
    );
    expect(lines).toHaveLength(35 + 2);
  });

  it('lists the targets with their responsible units, empty where the plan names none', () => {
    const lines = run('targets', '--csv').stdout.split('\r\n');
    expect(lines[0]).toBe(
      'id,kind,statement,metric,metricEn,comparator,cadence,measure,value,upperValue,unit,baseValue,baseUpperValue,' +
        'baseUnit,periodStart,periodEnd,dueYears,aspirational,tasks,units,unitIds',
    );
    expect(lines[1]).toBe(
      'high-tech-enterprises,quantitative,高新技术企业总数达1.2万家,高新技术企业总数,High-tech enterprises (total number),' +
        'reach,by-deadline,level,1.2,,万家,12000,,enterprises,2022,2024,2024,false,1,市科技局,science-technology-bureau',
    );
    expect(lines.find((line) => line.startsWith('market-entities,'))?.endsWith(',2024,false,,,')).toBe(true);
    expect(lines).toHaveLength(40 + 2);
  });

  it('refuses --csv with --json, and on a command without lists', () => {
    expect(run('tasks', '--csv', '--json').code).toBe(2);
    expect(run('task', '1', '--csv').code).toBe(2);
  });
});

describe('search with no hits', () => {
  it('prints nothing, says so on standard error and exits 1, as grep does', () => {
    expect(run('search', '火星基地')).toEqual({ code: 1, stdout: '', stderr: 'njplan: 没有找到 "火星基地"\n' });
    expect(run('search', 'Mars base', '--lang', 'en')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'njplan: no matches for "Mars base"\n',
    });
  });

  it('prints an empty list with --json and exits 1', () => {
    expect(run('search', '火星基地', '--json')).toEqual({ code: 1, stdout: '[]\n', stderr: '' });
  });

  it('lets a shell branch on it', () => {
    expect(shell('node "$NJPLAN" search 火星基地 2>/dev/null || echo none').stdout).toBe('none\n');
  });
});

describe('the program name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'njplan-name-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is the name it was invoked by: nanjing-innovation-plan or njplan', () => {
    for (const name of ['nanjing-innovation-plan', 'njplan']) {
      const link = join(dir, name);
      symlinkSync(bin, link);
      const result = spawnSync(process.execPath, [link, 'taks'], { encoding: 'utf8', env });
      expect(result.stderr).toBe(`${name}: 未知命令 "taks";是否要用 tasks?\n用法: ${name} [命令] [选项]\n`);
      expect(spawnSync(process.execPath, [link, '--help'], { encoding: 'utf8', env }).stdout).toContain(
        `运行 '${name} <命令> --help' 查看各命令的选项。`,
      );
    }
  });

  it('is njplan under any other name', () => {
    expect(run('taks').stderr.startsWith('njplan: ')).toBe(true);
  });
});
