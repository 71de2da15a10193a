// Cold-start cost of loading the package, each case in fresh Node processes,
// interleaved so that machine noise falls on every case alike:
// - the main entry vs reading and JSON.parse-ing dist/plan.json (the floor for
//   getting the data at all), in an ES module program (`import`) and in a
//   CommonJS one (`require`);
// - for scale, costs that are Node's, not the package's: finding plan.json
//   through the package's exports map before reading it (what a consumer of
//   the package does), and importing and requiring an empty package with the
//   same package.json and Node wrapper (exports map, CommonJS loader);
// - the main entry vs the ./schema entry (what zod costs), when it exists.
// Each process times its own load with process.hrtime from just before the
// import to just after, so Node's own start-up is left out.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listEntries, packageRoot, readPackageJson, resolveTarget } from '../scripts/package-entries.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const { name } = readPackageJson(packageRoot);
const entries = listEntries(packageRoot);
const main = entries.find((entry) => entry.subpath === '.');
const schema = entries.find((entry) => entry.subpath === './schema');
const planJson = entries.find((entry) => entry.subpath === './plan.json');

if (!existsSync(join(packageRoot, main.importFile)) || !existsSync(join(packageRoot, planJson.importFile))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

// The empty package: the same package.json and Node wrapper, over a CommonJS
// file that exports a no-op under each of the main entry's names.
const emptyRoot = mkdtempSync(join(tmpdir(), 'bench-empty-'));
process.on('exit', () => rmSync(emptyRoot, { recursive: true, force: true }));
copyFileSync(join(packageRoot, 'package.json'), join(emptyRoot, 'package.json'));
const mainRequireFile = resolveTarget(readPackageJson(packageRoot).exports['.'], ['require', 'node']);
const names = Object.keys(createRequire(import.meta.url)(join(packageRoot, mainRequireFile)));
for (const [file, contents] of [
  [main.importFile, undefined],
  [mainRequireFile, names.map((exported) => `exports.${exported} = function () {};\n`).join('')],
]) {
  mkdirSync(dirname(join(emptyRoot, file)), { recursive: true });
  if (contents === undefined) copyFileSync(join(packageRoot, file), join(emptyRoot, file));
  else writeFileSync(join(emptyRoot, file), contents);
}

const timed = (body) =>
  `const t0 = process.hrtime.bigint();\n${body}\nconsole.log(Number(process.hrtime.bigint() - t0) / 1e6);`;
const cases = {
  main: { label: `\`import('${name}')\``, code: timed(`await import('${name}');`) },
  json: {
    label: '`JSON.parse(readFileSync(dist/plan.json))`',
    code: timed(
      `const { readFileSync } = await import('node:fs');\n` +
        `JSON.parse(readFileSync(${JSON.stringify(join(packageRoot, planJson.importFile))}, 'utf8'));`,
    ),
  },
  jsonResolved: {
    label: `the same, found with \`import.meta.resolve('${planJson.specifier}')\``,
    code: timed(
      `const { readFileSync } = await import('node:fs');\n` +
        `JSON.parse(readFileSync(new URL(import.meta.resolve('${planJson.specifier}')), 'utf8'));`,
    ),
  },
  // The same two in a CommonJS program: `require` loads index.cjs directly.
  mainRequired: { label: `\`require('${name}')\``, code: timed(`require('${name}');`), type: 'commonjs' },
  jsonRequired: {
    label: '`JSON.parse(readFileSync(dist/plan.json))` in a CommonJS program',
    code: timed(
      `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(join(packageRoot, planJson.importFile))}, 'utf8'));`,
    ),
    type: 'commonjs',
  },
  empty: {
    label: 'an empty package with the same package.json and Node wrapper',
    code: timed(`await import('${name}');`),
    cwd: emptyRoot,
  },
  emptyRequired: {
    label: '`require` of the same empty package',
    code: timed(`require('${name}');`),
    cwd: emptyRoot,
    type: 'commonjs',
  },
};
if (schema !== undefined)
  cases.schema = { label: `\`import('${schema.specifier}')\``, code: timed(`await import('${schema.specifier}');`) };

function once({ code, cwd = packageRoot, type = 'module' }) {
  // The package imports itself through its exports map from its own root.
  const output = execFileSync(process.execPath, [`--input-type=${type}`, '-e', code], { cwd, encoding: 'utf8' });
  return Number(output.trim());
}

for (const testCase of Object.values(cases)) once(testCase); // warm the file system cache
const samples = Object.fromEntries(Object.keys(cases).map((key) => [key, []]));
for (let run = 0; run < RUNS; run += 1) {
  for (const [key, testCase] of Object.entries(cases)) samples[key].push(once(testCase));
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;

console.log(`Cold load, median of ${RUNS} fresh processes each (interleaved).\n`);
console.log('| Comparison | Baseline | Measured | Ratio |');
console.log('| --- | --- | --- | ---: |');
const row = (baseline, measured) => {
  const [b, m] = [median(samples[baseline]), median(samples[measured])];
  console.log(
    `| ${cases[measured].label} vs ${cases[baseline].label} | ${ms(b)} | ${ms(m)} | ${(m / b).toFixed(2)}× |`,
  );
};
row('json', 'main');
row('jsonRequired', 'mainRequired');
row('jsonResolved', 'main');
row('json', 'empty');
row('jsonRequired', 'emptyRequired');
if (schema !== undefined) row('main', 'schema');
else console.log('| `./schema` vs main entry | – | – | skipped: package.json exports no `./schema` yet |');
