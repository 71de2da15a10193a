// Tests the package as users get it: `npm pack`, install the tarball into a
// fresh project, then load every subpath of the packed exports map with ESM
// and CJS, run every `bin`, and compile TypeScript consumers.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBins, listEntries, type PackageEntry, packageRoot } from '../../scripts/package-entries.mjs';

// Packing, installing and compiling take seconds, more on a busy machine.
const SETUP_TIMEOUT = 180_000;
const TEST_TIMEOUT = 60_000;
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');
// A Node consumer compiles with Node's types (a browser one with the DOM's).
const NODE_TYPES = join(packageRoot, 'node_modules/@types');

function run(command: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd}:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

let workDir: string;
let consumer: string;
let packedFiles: string[];
let entries: PackageEntry[];
let installedRoot: string;

beforeAll(() => {
  if (!existsSync(join(packageRoot, 'dist/index.js')))
    throw new Error('dist/ is missing: run `npm run build` before the package tests');
  workDir = mkdtempSync(join(tmpdir(), 'packed-consumer-'));
  const [packed] = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', workDir], packageRoot),
  ) as { filename: string; files: { path: string }[] }[];
  if (packed === undefined) throw new Error('npm pack reported no tarball');
  packedFiles = packed.files.map((file) => file.path);
  consumer = join(workDir, 'consumer');
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true, type: 'module' })}\n`,
  );
  // Dependencies come from the npm cache when it has them (as it does after `npm ci`).
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--ignore-scripts',
      '--no-package-lock',
      join(workDir, packed.filename),
    ],
    consumer,
  );
  const { name } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { name: string };
  installedRoot = join(consumer, 'node_modules', name);
  entries = listEntries(installedRoot);
}, SETUP_TIMEOUT);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('npm pack', { timeout: TEST_TIMEOUT }, () => {
  it('ships only the built files, the manifest, the readme, the licence, the changelog and the example report', () => {
    const extras = packedFiles.filter(
      (path) =>
        !path.startsWith('dist/') &&
        !/^(package\.json|README\.md|LICENSE|CHANGELOG\.md|examples\/progress-report\.json)$/.test(path),
    );
    expect(extras).toEqual([]);
    expect(packedFiles).toContain('examples/progress-report.json');
  });

  it('ships every file that the exports map, main, module, types and bin point to', () => {
    const manifest = JSON.parse(readFileSync(join(installedRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
    const targets = entries.flatMap((entry) => [
      entry.importFile,
      entry.requireFile,
      entry.importTypes,
      entry.requireTypes,
    ]);
    targets.push(manifest.main as string, manifest.module as string, manifest.types as string);
    targets.push(...listBins(installedRoot).map((bin) => bin.file));
    const missing = [...new Set(targets)].filter(
      (target) => target !== undefined && !existsSync(join(installedRoot, target)),
    );
    expect(missing).toEqual([]);
  });
});

describe('the installed package', { timeout: TEST_TIMEOUT }, () => {
  it('imports every subpath of its exports map with ESM', () => {
    const loadable = entries.filter((entry) => entry.kind !== 'other');
    const lines = loadable.map((entry, index) =>
      entry.kind === 'json'
        ? `const m${index} = { default: (await import(${JSON.stringify(entry.specifier)}, { with: { type: 'json' } })).default };`
        : `const m${index} = await import(${JSON.stringify(entry.specifier)});`,
    );
    lines.push(
      `console.log(JSON.stringify([${loadable.map((_, index) => `Object.keys(m${index}).sort()`).join(', ')}]));`,
    );
    writeFileSync(join(consumer, 'esm.mjs'), `${lines.join('\n')}\n`);
    const keys = JSON.parse(run(process.execPath, ['esm.mjs'], consumer)) as string[][];
    expect(keys.map((names) => names.length > 0)).toEqual(loadable.map(() => true));
  });

  it('requires every subpath of its exports map with CJS', () => {
    const loadable = entries.filter((entry) => entry.kind !== 'other');
    const lines = loadable.map((entry, index) => `const m${index} = require(${JSON.stringify(entry.specifier)});`);
    lines.push(
      `console.log(JSON.stringify([${loadable.map((_, index) => `Object.keys(m${index}).sort()`).join(', ')}]));`,
    );
    writeFileSync(join(consumer, 'cjs.cjs'), `${lines.join('\n')}\n`);
    const keys = JSON.parse(run(process.execPath, ['cjs.cjs'], consumer)) as string[][];
    expect(keys.map((names) => names.length > 0)).toEqual(loadable.map(() => true));
  });

  it('resolves the CSV tables and their descriptor by their subpaths', () => {
    const tables = entries.filter((entry) => entry.pattern === './csv/*.csv').map((entry) => entry.specifier);
    expect(tables).toHaveLength(11);
    writeFileSync(
      join(consumer, 'tables.mjs'),
      [
        `import { readFileSync } from 'node:fs';`,
        `import { fileURLToPath } from 'node:url';`,
        `const read = (specifier) => readFileSync(fileURLToPath(import.meta.resolve(specifier)), 'utf8');`,
        `const descriptor = JSON.parse(read('nanjing-innovation-plan/datapackage.json'));`,
        `const targets = read('nanjing-innovation-plan/csv/targets.csv').split('\\r\\n');`,
        `console.log(JSON.stringify([descriptor.profile, descriptor.resources.length, targets[1].split(',')[0]]));`,
      ].join('\n'),
    );
    expect(JSON.parse(run(process.execPath, ['tables.mjs'], consumer))).toEqual([
      'tabular-data-package',
      11,
      'high-tech-enterprises',
    ]);
  });

  it('gives ESM and CJS users the same exports from every JavaScript subpath', () => {
    const js = entries.filter((entry) => entry.kind === 'js');
    const specifiers = JSON.stringify(js.map((entry) => entry.specifier));
    writeFileSync(
      join(consumer, 'both.mjs'),
      [
        `import { createRequire } from 'node:module';`,
        `const require = createRequire(import.meta.url);`,
        `const result = [];`,
        `for (const specifier of ${specifiers}) {`,
        `  const esm = await import(specifier);`,
        `  const cjs = require(specifier);`,
        `  result.push([Object.keys(esm).sort(), Object.keys(cjs).filter((key) => key !== '__esModule').sort()]);`,
        `}`,
        `console.log(JSON.stringify(result));`,
      ].join('\n'),
    );
    const result = JSON.parse(run(process.execPath, ['both.mjs'], consumer)) as [string[], string[]][];
    for (const [esmKeys, cjsKeys] of result) expect(cjsKeys).toEqual(esmKeys);
  });

  it('reads the 32 tasks of the plan through import, require and plan.json alike', () => {
    writeFileSync(
      join(consumer, 'tasks.mjs'),
      [
        `import { createRequire } from 'node:module';`,
        `import { plan } from 'nanjing-innovation-plan';`,
        `import json from 'nanjing-innovation-plan/plan.json' with { type: 'json' };`,
        `const { plan: required } = createRequire(import.meta.url)('nanjing-innovation-plan');`,
        `console.log(JSON.stringify([plan, required, json].map((source) => [source.tasks.length, source.tasks[0].title, source.tasks[31].title])));`,
      ].join('\n'),
    );
    expect(JSON.parse(run(process.execPath, ['tasks.mjs'], consumer))).toEqual([
      [32, '壮大高科技型企业规模', '构建一流创新服务环境'],
      [32, '壮大高科技型企业规模', '构建一流创新服务环境'],
      [32, '壮大高科技型企业规模', '构建一流创新服务环境'],
    ]);
  });

  it('reads the English of task 1 through import, require and en.json alike', () => {
    writeFileSync(
      join(consumer, 'english.mjs'),
      [
        `import { createRequire } from 'node:module';`,
        `import { english } from 'nanjing-innovation-plan/en';`,
        `import json from 'nanjing-innovation-plan/en.json' with { type: 'json' };`,
        `const { english: required } = createRequire(import.meta.url)('nanjing-innovation-plan/en');`,
        `console.log(JSON.stringify([english, required, json].map((source) => [source.notice, source.tasks['task-1'].title.en])));`,
      ].join('\n'),
    );
    const row = [
      'Unofficial English translation; the Chinese text is authoritative.',
      '1. Expand the ranks of high-tech enterprises.',
    ];
    expect(JSON.parse(run(process.execPath, ['english.mjs'], consumer))).toEqual([row, row, row]);
  });

  it('installs every bin command, runnable with --help', () => {
    const bins = listBins(installedRoot);
    for (const bin of bins) {
      expect(existsSync(join(consumer, 'node_modules/.bin', bin.name))).toBe(true);
      expect(readFileSync(join(installedRoot, bin.file), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
      expect(() => run(join(consumer, 'node_modules/.bin', bin.name), ['--help'], consumer)).not.toThrow();
    }
    expect(bins.length).toBe(listBins(packageRoot).length);
  });
});

describe('a TypeScript consumer', { timeout: TEST_TIMEOUT }, () => {
  // Uses the literal id types; each @ts-expect-error must meet a real error,
  // or tsc fails with "Unused '@ts-expect-error' directive".
  function consumerSource(style: 'esm' | 'cjs'): string {
    const others = entries.filter((entry) => entry.kind === 'js' && entry.subpath !== '.');
    const load = (specifier: string, local: string) =>
      style === 'esm' ? `import * as ${local} from '${specifier}';` : `import ${local} = require('${specifier}');`;
    return [
      style === 'esm'
        ? `import { plan, resolveUnit, type TaskNumber, type UnitId } from 'nanjing-innovation-plan';`
        : [
            `import pkg = require('nanjing-innovation-plan');`,
            `const { plan, resolveUnit } = pkg;`,
            `type TaskNumber = pkg.TaskNumber;`,
            `type UnitId = pkg.UnitId;`,
          ].join('\n'),
      ...others.map((entry, index) => load(entry.specifier, `entry${index}`)),
      `export const subpaths = [${others.map((_, index) => `entry${index}`).join(', ')}];`,
      `export const lastTask: TaskNumber = 32;`,
      `// @ts-expect-error the plan has 32 tasks`,
      `export const wrongTask: TaskNumber = 33;`,
      `export const unit: UnitId = 'science-technology-bureau';`,
      `// @ts-expect-error no unit has this id`,
      `export const wrongUnit: UnitId = 'science-bureau';`,
      `export const firstTitle: '壮大高科技型企业规模' = plan.tasks[0].title;`,
      `export const firstLead: 'science-technology-bureau' = plan.tasks[0].leadUnits[0];`,
      // resolveUnit's parameter is type-fest's LiteralUnion: a unit's name as written, or any text.
      `export const byName = resolveUnit('市科技局').status;`,
      `export const byText = resolveUnit('science bureau').status;`,
      `// @ts-expect-error resolveUnit takes text`,
      `export const byNumber = resolveUnit(1);`,
      '',
    ].join('\n');
  }

  function compile(name: string, compilerOptions: Record<string, unknown>, files: Record<string, string>): void {
    const directory = join(consumer, name);
    mkdirSync(directory, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(directory, file), text);
    const tsconfig = {
      compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, target: 'es2022', ...compilerOptions },
      files: Object.keys(files),
    };
    writeFileSync(join(directory, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
    run(process.execPath, [TSC, '-p', 'tsconfig.json'], directory);
  }

  it('compiles under moduleResolution node16 as ESM and as CJS', () => {
    expect(() =>
      compile(
        'node16',
        { module: 'node16', moduleResolution: 'node16', lib: ['es2022'], types: ['node'], typeRoots: [NODE_TYPES] },
        {
          'consumer.mts': consumerSource('esm'),
          'consumer.cts': consumerSource('cjs'),
        },
      ),
    ).not.toThrow();
  });

  it('compiles under moduleResolution bundler', () => {
    expect(() =>
      compile(
        'bundler',
        { module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [] },
        { 'consumer.ts': consumerSource('esm') },
      ),
    ).not.toThrow();
  });

  it('fails to compile a consumer that misuses a literal id type', () => {
    const source = consumerSource('esm').replace('// @ts-expect-error the plan has 32 tasks\n', '');
    expect(() =>
      compile(
        'negative',
        { module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [] },
        { 'consumer.ts': source },
      ),
    ).toThrow(/TS2322: Type '33' is not assignable to type/);
  });
});
