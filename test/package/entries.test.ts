// Tests what loading the built entries costs and shares: the main entry never
// loads zod, and every entry of one format shares one copy of the data.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEntries, packageRoot } from '../../scripts/package-entries.mjs';

const { name } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { name: string };
const jsEntries = listEntries(packageRoot).filter((entry) => entry.kind === 'js');
// Each test starts Node processes.
const TEST_TIMEOUT = 60_000;
const ZOD = /[\\/]node_modules[\\/]zod[\\/]/;

let workDir: string;
let resolveHooks: string;

// Runs `code` in a fresh Node process inside the package root (so the package
// imports itself through its exports map) and returns every file the process
// loaded: ESM resolutions through a module hook, CJS ones from require.cache.
function loadedFiles(code: string, type: 'module' | 'commonjs'): string[] {
  const log = join(workDir, `resolved-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(log, '');
  const report =
    type === 'module'
      ? `const { createRequire } = await import('node:module'); const require = createRequire(import.meta.url);`
      : '';
  const script = `${report}\n${code}\nrequire('node:fs').appendFileSync(${JSON.stringify(log)}, Object.keys(require.cache).join('\\n') + '\\n');`;
  execFileSync(process.execPath, ['--import', pathToFileURL(resolveHooks).href, `--input-type=${type}`, '-e', script], {
    cwd: packageRoot,
    env: { ...process.env, RESOLVE_LOG: log },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line !== '');
}

beforeAll(() => {
  if (!existsSync(join(packageRoot, 'dist/index.js')))
    throw new Error('dist/ is missing: run `npm run build` before the package tests');
  workDir = mkdtempSync(join(tmpdir(), 'entries-'));
  writeFileSync(
    join(workDir, 'hooks.mjs'),
    [
      `import { appendFileSync } from 'node:fs';`,
      `export async function resolve(specifier, context, nextResolve) {`,
      `  const result = await nextResolve(specifier, context);`,
      `  appendFileSync(process.env.RESOLVE_LOG, result.url + '\\n');`,
      `  return result;`,
      `}`,
    ].join('\n'),
  );
  resolveHooks = join(workDir, 'register.mjs');
  writeFileSync(
    resolveHooks,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(workDir, 'hooks.mjs')).href)});\n`,
  );
});

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the main entry', { timeout: TEST_TIMEOUT }, () => {
  it('does not load zod when imported', () => {
    const files = loadedFiles(
      `const { plan } = await import('${name}'); if (plan.tasks.length !== 32) process.exit(1);`,
      'module',
    );
    expect(files.some((file) => file.endsWith('/dist/index.node.mjs'))).toBe(true);
    expect(files.filter((file) => ZOD.test(file))).toEqual([]);
  });

  it('does not load zod when required', () => {
    const files = loadedFiles(
      `const { plan } = require('${name}'); if (plan.tasks.length !== 32) process.exit(1);`,
      'commonjs',
    );
    expect(files.some((file) => file.endsWith('/dist/index.cjs'))).toBe(true);
    expect(files.filter((file) => ZOD.test(file))).toEqual([]);
  });

  it('does not load the English translation, which only the en subpath carries', () => {
    const files = loadedFiles(`await import('${name}'); require('${name}');`, 'module');
    expect(files.filter((file) => /[\\/]dist[\\/]en\.(node\.mjs|js|cjs)$/.test(file))).toEqual([]);
    expect(loadedFiles(`await import('${name}/en');`, 'module').some((file) => file.endsWith('/dist/en.cjs'))).toBe(
      true,
    );
    const main = readdirSync(join(packageRoot, 'dist')).filter((file) => /^index\.(js|cjs)$/.test(file));
    for (const file of main) expect(readFileSync(join(packageRoot, 'dist', file), 'utf8')).not.toContain('Superbahn');
  });

  it('would be caught loading zod, were it to (the detector sees a direct zod import and require)', () => {
    expect(loadedFiles(`await import('zod');`, 'module').some((file) => ZOD.test(file))).toBe(true);
    expect(loadedFiles(`require('zod');`, 'commonjs').some((file) => ZOD.test(file))).toBe(true);
  });

  it('reads the plan parts file only when a part is first read, and gives the same frozen part after', () => {
    const code = `
      const { plan } = require('${name}');
      const parts = () => Object.keys(require.cache).filter((file) => file.endsWith('plan-parts.json')).length;
      const before = parts();
      const tasks = plan.tasks;
      console.log(JSON.stringify([before, parts(), tasks === plan.tasks, Object.isFrozen(tasks), tasks[0].title]));`;
    const output = execFileSync(process.execPath, ['--input-type=commonjs', '-e', code], {
      cwd: packageRoot,
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual([0, 1, true, true, '壮大高科技型企业规模']);
  });

  it('gives ESM and CJS users equal data', () => {
    const code = `
      const { createRequire } = await import('node:module');
      const esm = await import('${name}');
      const cjs = createRequire(import.meta.url)('${name}');
      const data = (entry) => JSON.stringify(Object.keys(entry).sort().map((key) => [key, entry[key]]));
      console.log(JSON.stringify([esm.plan.tasks.length, cjs.plan.tasks.length, data(esm) === data(cjs)]));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: packageRoot,
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual([32, 32, true]);
  });

  it('gives a Node program that both imports and requires it one copy of the data (no dual-package hazard)', () => {
    const code = `
      const { createRequire } = await import('node:module');
      const require = createRequire(import.meta.url);
      const esm = await import('${name}');
      const cjs = require('${name}');
      const esmSchema = await import('${name}/schema');
      const cjsSchema = require('${name}/schema');
      console.log(JSON.stringify([esm.plan === cjs.plan, esm.getTask === cjs.getTask, esmSchema.validatePlan === cjsSchema.validatePlan]));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: packageRoot,
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual([true, true, true]);
  });
});

describe('the built entries', { timeout: TEST_TIMEOUT }, () => {
  // The plan's preamble (seed line 5) occurs in the data, and nowhere else.
  const preamble = '为深入贯彻习近平总书记关于长三角区域要勇当我国科技和产业创新开路先锋的重要指示精神';
  const escaped = [...preamble].map((char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase()}`).join('');

  it.each([
    ['ESM', /\.m?js$/],
    ['CJS', /\.cjs$/],
  ])('hold one copy of the plan among all %s files', (_format, pattern) => {
    const withData = readdirSync(join(packageRoot, 'dist'), { recursive: true, encoding: 'utf8' })
      .filter((file) => pattern.test(file))
      .filter((file) => {
        const text = readFileSync(join(packageRoot, 'dist', file), 'utf8');
        return text.includes(preamble) || text.includes(escaped);
      });
    expect(withData).toHaveLength(1);
  });

  const pairs = jsEntries.flatMap((first, index) =>
    jsEntries.slice(index + 1).map((second) => [first.specifier, second.specifier] as const),
  );

  it.runIf(pairs.length > 0).each(pairs)(
    'share every value %s and %s both export, with require and import',
    (first, second) => {
      const code = (load: string) => `
      const a = ${load}('${first}'), b = ${load}('${second}');
      const common = Object.keys(a).filter((key) => key !== 'default' && key !== '__esModule' && key in b);
      console.log(JSON.stringify(common.filter((key) => a[key] !== b[key])));`;
      for (const [load, type] of [
        ['await import', 'module'],
        ['require', 'commonjs'],
      ] as const) {
        const output = execFileSync(process.execPath, [`--input-type=${type}`, '-e', code(load)], {
          cwd: packageRoot,
          encoding: 'utf8',
        });
        expect(JSON.parse(output)).toEqual([]);
      }
    },
  );
});
