// Cold-start cost of loading the package, each case in fresh Node processes,
// interleaved so that machine noise falls on every case alike:
// - the main entry vs reading and JSON.parse-ing dist/plan.json (the floor for
//   getting the data at all);
// - the main entry vs the ./schema entry (what zod costs), when it exists.
// Each process times its own load with process.hrtime from just before the
// import to just after, so Node's own start-up is left out.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listEntries, packageRoot, readPackageJson } from '../scripts/package-entries.mjs';

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

const timed = (body) => `const t0 = process.hrtime.bigint();\n${body}\nconsole.log(Number(process.hrtime.bigint() - t0) / 1e6);`;
const cases = {
  main: { label: `\`import('${name}')\``, code: timed(`await import('${name}');`) },
  json: {
    label: '`JSON.parse(readFileSync(dist/plan.json))`',
    code: timed(
      `const { readFileSync } = await import('node:fs');\nJSON.parse(readFileSync(${JSON.stringify(join(packageRoot, planJson.importFile))}, 'utf8'));`,
    ),
  },
};
if (schema !== undefined) cases.schema = { label: `\`import('${schema.specifier}')\``, code: timed(`await import('${schema.specifier}');`) };

function once(code) {
  // The package imports itself through its exports map from its own root.
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: packageRoot, encoding: 'utf8' });
  return Number(output.trim());
}

for (const { code } of Object.values(cases)) once(code); // warm the file system cache
const samples = Object.fromEntries(Object.keys(cases).map((key) => [key, []]));
for (let run = 0; run < RUNS; run += 1) {
  for (const [key, { code }] of Object.entries(cases)) samples[key].push(once(code));
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
  console.log(`| ${cases[measured].label} vs ${cases[baseline].label} | ${ms(b)} | ${ms(m)} | ${(m / b).toFixed(2)}× |`);
};
row('json', 'main');
if (schema !== undefined) row('main', 'schema');
else console.log('| `./schema` vs main entry | – | – | skipped: package.json exports no `./schema` yet |');
