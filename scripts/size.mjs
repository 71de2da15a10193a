// Measures what users pay in bundle size: bundles (esbuild, minified, ESM,
// platform neutral) a consumer of one named import at a time and one of the
// whole main entry, gzips each, and compares it with the gzipped plan text,
// so growth shows as a ratio no budget can hide. Budgets: scripts/size-budget.json.
// Other JavaScript subpaths of the exports map are measured too, for
// information. Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { listEntries, packageRoot, readPackageJson } from './package-entries.mjs';

const budget = JSON.parse(readFileSync(join(packageRoot, 'scripts/size-budget.json'), 'utf8'));
const { name } = readPackageJson(packageRoot);
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

const seed = readFileSync(join(packageRoot, 'seeds/nanjing-innovation-plan-2022-2024.txt'), 'utf8');
const planText = `${seed.split('\n').slice(0, 102).join('\n')}\n`;
const reference = gzip(Buffer.from(planText));

async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: packageRoot, loader: 'js', sourcefile: 'consumer.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    // As Rollup and Vite emit it: text stays UTF-8, not \uXXXX escapes.
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  return { raw: output.contents.length, gzip: gzip(output.contents) };
}

const entries = listEntries(packageRoot).filter((entry) => entry.kind === 'js');
const main = entries.find((entry) => entry.subpath === '.');
if (main === undefined || !existsSync(join(packageRoot, main.importFile))) {
  console.error(`size: ${main?.importFile ?? 'the main entry'} is missing; run \`npm run build\` first`);
  process.exit(1);
}

const rows = [];
for (const [importName, max] of Object.entries(budget.namedImports)) {
  rows.push({
    what: `import { ${importName} } from '${name}'`,
    ...(await bundle(`export { ${importName} } from '${name}';`)),
    max,
  });
}
for (const entry of entries) {
  rows.push({
    what: `import * as all from '${entry.specifier}'`,
    ...(await bundle(`export * from '${entry.specifier}';`)),
    max: entry.subpath === '.' ? budget.mainEntry : undefined,
  });
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log(`| Bundle | Minified | Gzipped | ÷ plan text gzipped (${kB(reference)}) | Budget |`);
console.log('| --- | ---: | ---: | ---: | ---: |');
console.log(`| plan text (seed lines 1–102) | ${kB(Buffer.byteLength(planText))} | ${kB(reference)} | 1.00 | |`);
const failures = [];
for (const row of rows) {
  const ratio = row.gzip / reference;
  const verdict =
    row.max === undefined ? '' : ratio <= row.max ? `≤ ${row.max.toFixed(2)}` : `**> ${row.max.toFixed(2)}**`;
  console.log(`| \`${row.what}\` | ${kB(row.raw)} | ${kB(row.gzip)} | ${ratio.toFixed(2)} | ${verdict} |`);
  if (row.max !== undefined && ratio > row.max)
    failures.push(`${row.what}: ${ratio.toFixed(2)} × the plan text exceeds the budget of ${row.max}`);
}
if (failures.length > 0) {
  console.error(`\nsize budget exceeded (scripts/size-budget.json):\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
