import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// These tests run the built bin (`npm test` builds before running them).
const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const seed = readFileSync(new URL('../../seeds/nanjing-innovation-plan-2022-2024.txt', import.meta.url), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, COLUMNS: '100', NO_COLOR: '', FORCE_COLOR: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json<TValue = unknown>(...args: string[]): TValue {
  const result = run(...args, '--json');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as TValue;
}

describe('overview', () => {
  it('is the default command, with the title, period, issuer and counts', () => {
    const { code, stdout } = run();
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('南京市创新驱动、产业转型示范三年行动计划(2022—2024年)');
    expect(stdout).toContain('期限     2022–2024');
    expect(stdout).toContain('印发单位 中共南京市委办公厅');
    expect(stdout).toContain('任务 32 项');
    // The Contents line wraps under its value at 100 columns.
    expect(stdout.replace(/\n {9}/g, '')).toContain('目标40 个(定量 35 个,定性 5 个)');
  });

  it('says the same in English with --lang en', () => {
    const { stdout } = run('--lang', 'en');
    expect(stdout).toContain('Period   2022–2024');
    expect(stdout).toContain('Issuer   General Office of the CPC Nanjing Municipal Committee (中共南京市委办公厅)');
    expect(stdout.replace(/\n {9}/g, ' ')).toContain('40 targets (35 quantitative, 5 qualitative)');
  });

  it('lists the task groups with their task ranges', () => {
    expect(run('overview').stdout).toContain('4  20–23  引进培育高质量人才队伍,加快建设人才强市');
  });

  it('aligns the units table by display width', () => {
    const lines = run('overview').stdout.split('\n');
    expect(lines).toContain('市科技局          23       4');
    expect(lines).toContain('相关区(园区)       4       0');
  });

  it('prints no colour codes when the output is not a terminal', () => {
    expect(run('overview').stdout).not.toContain('\u001b[');
  });

  it('answers as JSON with --json', () => {
    const answer = json<{
      counts: { tasks: number };
      topUnits: { name: string; tasks: number[]; primary: number[] }[];
    }>('overview');
    expect(answer.counts.tasks).toBe(32);
    expect(answer.topUnits[0]).toMatchObject({ name: '市科技局', primary: [1, 16, 18, 19] });
  });
});

describe('tasks', () => {
  it('lists the tasks 市科技局 leads first', () => {
    const { code, stdout } = run('tasks', '--unit', '市科技局', '--primary');
    expect(code).toBe(0);
    expect(
      stdout
        .split('\n')
        .filter((line) => /^\s*\d+\s/.test(line))
        .map((line) => Number(line.trim().split(/\s+/)[0])),
    ).toEqual([1, 16, 18, 19]);
  });

  it('answers with the task records as JSON', () => {
    const tasks = json<{ number: number }[]>('tasks', '--unit', 'science-technology-bureau');
    expect(tasks.map((task) => task.number)).toEqual([
      1, 4, 5, 6, 7, 8, 9, 13, 15, 16, 17, 18, 19, 20, 21, 22, 24, 25, 27, 28, 30, 31, 32,
    ]);
  });

  it('filters by group', () => {
    expect(json<{ number: number }[]>('tasks', '--group', '4').map((task) => task.number)).toEqual([20, 21, 22, 23]);
    expect(
      json<{ number: number }[]>('tasks', '--unit', '市科技局', '--group', 'talent-city').map((task) => task.number),
    ).toEqual([20, 21, 22]);
  });

  it('shows English titles with --lang en', () => {
    expect(run('tasks', '--group', '4', '--lang', 'en').stdout).toContain('Carry out the Zijinshan Talent Programme');
  });

  it('rejects --primary without --unit with the usage line', () => {
    const { code, stderr } = run('tasks', '--primary');
    expect(code).toBe(2);
    expect(stderr).toBe(
      'njplan: --primary 须与 --unit <单位> 同用\n' +
        '用法: njplan tasks [--unit <单位>] [--group <n>] [--primary] [--csv] [--json] [--lang zh|en]\n',
    );
    expect(run('tasks', '--primary', '--lang', 'en').stderr).toBe(
      'njplan: --primary needs --unit <unit>\n' +
        'usage: njplan tasks [--unit <unit>] [--group <n>] [--primary] [--csv] [--json] [--lang zh|en]\n',
    );
  });
});

describe('task', () => {
  it('shows the full text, units and source lines', () => {
    const { stdout } = run('task', '1');
    expect(stdout).toContain('任务 1. 壮大高科技型企业规模');
    expect(stdout).toContain('责任单位 市科技局(牵头)');
    expect(stdout).toContain('出处     原文第 24 行(正文),第 25 行(责任单位)');
    expect(stdout.replace(/\n/g, '')).toContain(seed.split('\n')[23]);
  });

  it('answers as JSON with units and targets', () => {
    const answer = json<{
      task: { title: string };
      units: { name: string }[];
      targets: { id: string }[];
      lines: unknown;
    }>('task', '3');
    expect(answer.task.title).toBe('促进规模以上企业倍增');
    expect(answer.units.map((unit) => unit.name)).toEqual(['市工信局', '市投促局']);
    expect(answer.targets.map((target) => target.id)).toEqual(['industrial-enterprises-above-scale']);
    expect(answer.lines).toEqual({ text: 28, units: 29 });
  });

  it('exits 2 for an unknown task', () => {
    expect(run('task', '33')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'njplan: 未知任务 "33";任务编号为 1–32\n',
    });
  });
});

describe('units and unit', () => {
  it('lists the 35 units as JSON with their tasks', () => {
    const units = json<{ id: string; tasks: number[]; primaryTasks: number[] }[]>('units');
    expect(units).toHaveLength(35);
    expect(units.find((unit) => unit.id === 'relevant-districts-parks')).toMatchObject({
      tasks: [9, 15, 16, 17],
      primaryTasks: [],
    });
  });

  it('shows a unit with its tasks, partners and targets', () => {
    const { stdout } = run('unit', '市市场监管局');
    expect(stdout).toContain('任务(4 项,牵头 2 项)');
    expect(stdout).toContain('  26  牵头  推进质量标准设施建设');
    expect(stdout).toContain('市科技局             2  24, 31');
    const english = run('unit', '市市场监管局', '--lang', 'en').stdout;
    expect(english).toContain('Tasks (4, leads 2)');
    expect(english).toContain('26  lead  Build quality and standards infrastructure');
  });

  it('resolves an English name and answers as JSON', () => {
    const answer = json<{ unit: { id: string }; targets: { id: string; tasks: number[] }[] }>('unit', 'housing');
    expect(answer.unit.id).toBe('housing-bureau');
    expect(answer.targets).toEqual([]);
  });

  it('lists the targets reachable through the unit tasks', () => {
    const answer = json<{ targets: { id: string; tasks: number[] }[] }>('unit', '市投促局');
    expect(answer.targets.map((target) => [target.id, target.tasks])).toEqual([
      ['industrial-enterprises-above-scale', [3]],
      ['major-investment-projects', [5]],
      ['trillion-yuan-clusters', [8]],
      ['half-trillion-yuan-clusters', [8]],
      ['national-advanced-manufacturing-clusters', [8]],
    ]);
  });

  it('exits 2 with a did-you-mean for an unknown unit', () => {
    expect(run('unit', '市科技')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'njplan: 未知单位 "市科技";是否要找 市科技局 (science-technology-bureau)?\n',
    });
  });

  it('exits 2 listing candidates for an ambiguous unit', () => {
    const { code, stderr } = run('tasks', '--unit', 'big data', '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toBe(
      'njplan: unit "big data" is ambiguous; it could be 市大数据局 (big-data-bureau), 大数据集团 (big-data-group)\n',
    );
  });
});

describe('targets and target', () => {
  it('lists the targets due in 2023', () => {
    expect(json<{ id: string }[]>('targets', '--year', '2023').map((target) => target.id)).toEqual([
      'new-provincial-little-giants',
      'new-national-little-giants',
      'new-single-champions',
      'digital-economy-share',
      'overseas-talent-growth',
      'major-investment-projects',
      'industrial-land',
      'research-land',
    ]);
  });

  it('filters by cadence', () => {
    expect(json<{ id: string }[]>('targets', '--cadence', 'average-annual').map((target) => target.id)).toEqual([
      'overseas-talent-growth',
    ]);
  });

  it('rejects an unknown cadence with the usage line', () => {
    const { code, stderr } = run('targets', '--cadence', 'yearly');
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(
      'njplan: --cadence "yearly" 无效;应为以下之一:by-deadline, each-year, average-annual, year-on-year',
    );
    expect(stderr.split('\n')[1]).toMatch(/^用法: njplan targets /);
    expect(run('targets', '--cadence', 'yearly', '--lang', 'en').stderr.split('\n')[0]).toBe(
      'njplan: invalid --cadence "yearly"; expected one of by-deadline, each-year, average-annual, year-on-year',
    );
  });

  it('shows a target with the places that state it', () => {
    const { stdout } = run('target', 'high-tech-enterprises');
    expect(stdout.split('\n')[0]).toBe('高新技术企业总数达1.2万家');
    expect(stdout).toContain('数值       ≥ 1.2万家(达到,总量)');
    expect(stdout).toContain('考核方式   截止年达成');
    expect(stdout).toContain('责任单位   市科技局');
    expect(stdout).toContain('高新技术企业达1.2万家');
    expect(run('target', 'high-tech-enterprises', '--lang', 'en').stdout).toContain(
      'Value      ≥ 12000 enterprises (reach, level)',
    );
  });

  it('says when the plan names no unit for a target', () => {
    expect(run('target', 'market-entities').stdout).toContain(
      '责任单位   规划未指定责任单位(该目标仅见于主要目标,无具体任务)',
    );
    expect(run('target', 'market-entities', '--lang', 'en').stdout).toContain(
      'Units      the plan names no unit for this target (it is stated only in a goal area)',
    );
  });

  it('shows the responsible units of each target in the list', () => {
    const lines = run('targets', '--year', '2024').stdout.split('\n');
    expect(lines.find((line) => line.startsWith('每年新增省级专精特新'))).toMatch(/ 市工信局$/);
    expect(lines.find((line) => line.startsWith('市场主体达265万家'))).toMatch(/ —$/);
    expect(lines.at(-2)).toBe('—:规划未指定责任单位(该目标仅见于主要目标,无具体任务)');
  });

  it('answers a target as JSON with its due years and tasks', () => {
    const answer = json<{ dueYears: number[]; tasks: number[]; goalAreas: string[] }>(
      'target',
      'major-investment-projects',
    );
    expect(answer).toMatchObject({ dueYears: [2021, 2022, 2023, 2024, 2025], tasks: [5], goalAreas: [] });
  });

  it('exits 2 with suggestions for an unknown target', () => {
    expect(run('target', 'talent').stderr).toBe(
      'njplan: 未知目标 "talent";是否要找 talent-pool, overseas-talent-growth?\n',
    );
  });
});

describe('search', () => {
  it('prints each hit with its line and a snippet', () => {
    expect(run('search', '人才住房').stdout).toBe(
      '任务 23 提升服务人才保障效能  第 74 行\n' +
        '  …“类海外”环境一体化集成。加快发展租赁型人才住房,布局建设人才安居社区,落实全市热点楼盘…\n共 1 处\n',
    );
    expect(run('search', '人才住房', '--lang', 'en').stdout.split('\n')[0]).toBe(
      'task 23 Make services and support for talent more effective  line 74',
    );
  });

  it('answers with hits and seed offsets as JSON', () => {
    const hits = json<{ kind: string; matches: { seed: { line: number; start: number; end: number } }[] }[]>(
      'search',
      '人才住房',
    );
    expect(hits.map((hit) => [hit.kind, hit.matches[0]?.seed])).toEqual([
      ['task', { line: 74, start: 8442, end: 8446 }],
    ]);
  });

  it('limits the search to a scope', () => {
    expect(json<{ kind: string }[]>('search', '海外人才', '--scope', 'goals,targets').map((hit) => hit.kind)).toEqual([
      'goal-area',
      'target',
    ]);
  });

  it('exits 2 with the usage line for an empty or blank term', () => {
    for (const term of ['', ' ', '""']) {
      const { code, stdout, stderr } = run('search', term);
      expect({ code, stdout, stderr: stderr.split('\n')[0] }).toEqual({
        code: 2,
        stdout: '',
        stderr: 'njplan: search 至少需要一个检索词',
      });
    }
  });

  it('finds a quoted phrase as the API does', () => {
    expect(
      json<{ kind: string; record: { number: number } }[]>('search', '"digital economy"').map(
        (hit) => hit.record.number,
      ),
    ).toEqual([12]);
  });

  it('takes the arguments as one query of several terms', () => {
    expect(
      json<{ kind: string; record: { number: number } }[]>('search', '海外人才', '离岸').map(
        (hit) => hit.record.number,
      ),
    ).toEqual([21]);
  });

  it('accepts --scope more than once', () => {
    expect(
      json<{ kind: string }[]>('search', '海外人才', '--scope', 'goals', '--scope', 'targets').map((hit) => hit.kind),
    ).toEqual(['goal-area', 'target']);
  });

  it('needs at least one term', () => {
    const { code, stderr } = run('search');
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('njplan: search 至少需要 1 个参数,收到 0 个');
    expect(run('search', '--lang', 'en').stderr.split('\n')[0]).toBe('njplan: search takes at least 1 argument, got 0');
  });
});

describe('--lang en', () => {
  const notice = 'Unofficial English translation; the Chinese is authoritative.';

  it('shows a task in English, marked as unofficial', () => {
    const { code, stdout } = run('task', '9', '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toContain('9. Plan ahead for future industries. Strengthen planning guidance, and plan');
    expect(stdout).not.toContain('9.前瞻性推进未来产业布局。');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(notice);
  });

  it('shows the principles, goal areas and measures in English with the notice first', () => {
    for (const [command, first] of [
      ['principles', '1. Uphold innovation-driven development'],
      ['goals', '1. A flourishing forest of science and technology enterprises'],
      ['measures', '1. Strengthen organizational leadership'],
    ] as const) {
      const lines = run(command, '--lang', 'en').stdout.split('\n');
      expect(lines.slice(0, 3)).toEqual([notice, '', first]);
    }
    expect(run('measures', '--lang', 'en').stdout).toContain('Establish a joint meeting system headed by municipal');
  });

  it('shows the Chinese text without --lang en', () => {
    const lines = run('measures').stdout.split('\n');
    expect(lines[0]).toBe('1. 加强组织领导');
    expect(lines[1]?.startsWith('建立市领导挂帅,多部门参与的联席会议制度')).toBe(true);
  });

  it('answers with the English sentences as JSON', () => {
    const [first] = json<{ id: string; textEn: string; notice: string }[]>('principles', '--lang', 'en');
    expect(first?.id).toBe('innovation-driven');
    expect(first?.notice).toBe('Unofficial English translation; the Chinese text is authoritative.');
  });

  it('renders the plan in English line for line after the notice', () => {
    const lines = run('render', '--lang', 'en').stdout.split('\n');
    expect(lines[0]).toBe(notice);
    expect(lines[2]).toBe(
      'Nanjing Three-Year Action Plan for Setting an Example in Innovation-Driven Development and ' +
        'Industrial Transformation (2022–2024)',
    );
    expect(lines[2 + 24]).toBe('Responsible units: Municipal Bureau of Science and Technology');
    expect(lines).toHaveLength(2 + 103);
  });
});

describe('search in English', () => {
  it('matches the English translation and shows the Chinese sentence it renders', () => {
    const { code, stdout } = run('search', 'Superbahn', '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toContain(
      'In the English translation\nUnofficial English translation; the Chinese is authoritative.\n',
    );
    expect(stdout).toContain('56.2 task-15 text  line 56\n');
    expect(stdout).toContain('comprehensive experimental infrastructure for the Information Superbahn');
    expect(stdout).toContain('加快信息高铁综合试验基础设施');
    expect(stdout.trimEnd().endsWith('1 sentence')).toBe(true);
  });

  it('answers with the English sentences as JSON with --lang en', () => {
    const answer = json<{ hits: unknown[]; english: { sentence: { id: string; zh: string } }[]; notice: string }>(
      'search',
      'little giant',
      '--lang',
      'en',
    );
    expect(answer.english.map((hit) => hit.sentence.id)).toEqual(['16.2', '26.3', '26.4']);
    expect(answer.english[1]?.sentence.zh).toContain('“小巨人”');
  });
});

describe('render', () => {
  it('prints the plan identical to lines 1–102 of the source', () => {
    const { code, stdout } = run('render');
    expect(code).toBe(0);
    expect(stdout).toBe(`${seed.split('\n').slice(0, 102).join('\n')}\n`);
  });
});

describe('help, version and usage errors', () => {
  it('prints the version', () => {
    expect(run('--version')).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it('lists the commands with --help', () => {
    const { code, stdout } = run('--help');
    expect(code).toBe(0);
    for (const name of ['overview', 'tasks', 'task', 'units', 'unit', 'targets', 'target', 'search', 'render']) {
      expect(stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });

  it('prints a command help with its usage and options', () => {
    const { code, stdout } = run('targets', '--help');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      '用法: njplan targets [--year <年>] [--cadence <c>] [--comparator <c>] [--kind <k>] [--csv] [--json] [--lang zh|en]',
    );
    expect(stdout).toContain('--year <年>');
    expect(run('targets', '--help', '--lang', 'en').stdout.split('\n')[0]).toBe(
      'usage: njplan targets [--year <y>] [--cadence <c>] [--comparator <c>] [--kind <k>] [--csv] [--json] [--lang zh|en]',
    );
  });

  it('exits 2 for an unknown command, with a suggestion', () => {
    expect(run('taks')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'njplan: 未知命令 "taks";是否要用 tasks?\n用法: njplan [命令] [选项]\n',
    });
  });

  it('exits 2 for an unknown option, with the usage line', () => {
    const { code, stderr } = run('units', '--bogus');
    expect(code).toBe(2);
    expect(stderr).toBe('njplan: 未知选项 "--bogus"\n用法: njplan units [--csv] [--json] [--lang zh|en]\n');
    expect(run('units', '--bogus', '--lang=en').stderr).toBe(
      'njplan: unknown option "--bogus"\nusage: njplan units [--csv] [--json] [--lang zh|en]\n',
    );
  });

  it('exits 2 when an option that takes one value is given two', () => {
    const { code, stderr } = run('tasks', '--unit', '市科技局', '--unit', '市工信局');
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('njplan: --unit 重复给出');
  });

  it('exits 2 for an invalid --lang', () => {
    expect(run('units', '--lang', 'fr').code).toBe(2);
  });
});
