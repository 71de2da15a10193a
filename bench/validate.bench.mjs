// Throughput of validateProgressReport on a valid 10,000-entry report, beside
// ajv compiled from the emitted progress-report JSON Schema, on the same report.
// Run with `npm run bench:validate`; prints a Markdown table.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { plan } from '../dist/index.js';
import { acceptedUnits, ProgressReportSchema, validateProgressReport } from '../dist/schema.js';

const ENTRIES = 10_000;
const SCOPES = [
  undefined,
  '玄武区',
  '秦淮区',
  '建邺区',
  '鼓楼区',
  '栖霞区',
  '雨花台区',
  '江宁区',
  '浦口区',
  '六合区',
  '溧水区',
  '高淳区',
];

/** Builds a valid report: entries spread over every quantitative target, its years and many scopes. */
function buildReport() {
  const targets = plan.targets.filter((target) => target.kind === 'quantitative');
  const entries = [];
  const seen = new Set();
  let serial = 0;
  for (let round = 0; entries.length < ENTRIES; round += 1) {
    for (const target of targets) {
      if (entries.length === ENTRIES) break;
      const series = target.id === 'overseas-talent-growth' ? 'people' : target.baseUnit;
      const units = acceptedUnits[series];
      const baseline =
        (target.cadence === 'by-deadline' && target.measure === 'level') ||
        target.cadence === 'year-on-year' ||
        series === 'people';
      const first =
        target.cadence === 'each-year' || target.measure === 'increment' || target.comparator === 'reduce-by'
          ? target.period.start
          : target.period.start - 1;
      const years = [];
      for (let year = baseline ? first : target.period.start; year <= target.period.end; year += 1) years.push(year);
      const year = years[round % years.length];
      const scopeIndex = Math.floor(round / years.length) % SCOPES.length;
      let scope = target.per ? SCOPES[1 + (scopeIndex % (SCOPES.length - 1))] : SCOPES[scopeIndex];
      // Beyond the named districts, number the scopes (parks, streets) so keys stay unique.
      if (round >= years.length * SCOPES.length)
        scope = `园区${Math.floor(round / (years.length * SCOPES.length))}-${scope ?? '全市'}`;
      const key = `${target.id}|${year}|${scope ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      serial += 1;
      const value = series === 'percent' ? (serial % 97) + 0.5 : (serial % 500) + 1;
      const entry = { target: target.id, year, value, unit: units[serial % units.length] };
      if (scope !== undefined) entry.scope = scope;
      if (serial % 3 === 0) entry.note = '示例';
      entries.push(entry);
    }
  }
  return { reporter: 'benchmark', asOf: '2025-12-31', note: 'Illustrative figures for a benchmark', entries };
}

const report = JSON.parse(JSON.stringify(buildReport()));
const check = validateProgressReport(report);
if (!check.success) {
  console.error(check.issues.slice(0, 5));
  throw new Error('the benchmark report must be valid');
}
const ajv = new Ajv2020({ allErrors: true, validateFormats: false });
const ajvValidate = ajv.compile(
  JSON.parse(readFileSync(new URL('../dist/schemas/progress-report.schema.json', import.meta.url), 'utf8')),
);
if (!ajvValidate(report)) throw new Error('ajv must accept the benchmark report');
const ajvFirstError = new Ajv2020({ validateFormats: false }).compile(
  JSON.parse(readFileSync(new URL('../dist/schemas/progress-report.schema.json', import.meta.url), 'utf8')),
);

function measure(run) {
  for (let i = 0; i < 5; i += 1) run();
  const samples = [];
  for (let i = 0; i < 25; i += 1) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const rows = [
  ['validateProgressReport (zod, bilingual issues, normalization)', measure(() => validateProgressReport(report))],
  ['ProgressReportSchema.safeParse (zod)', measure(() => ProgressReportSchema.safeParse(report))],
  ['ajv 2020 (allErrors), compiled from progress-report.schema.json', measure(() => ajvValidate(report))],
  ['ajv 2020 (stops at the first error), same schema', measure(() => ajvFirstError(report))],
];
const ajvMs = rows[2][1];
const scopes = new Set(report.entries.map((entry) => entry.scope ?? '(city-wide)')).size;
const targets = new Set(report.entries.map((entry) => entry.target)).size;
console.log(
  `Valid report: ${report.entries.length} entries over ${targets} targets and ${scopes} scopes; ` +
    `Node ${process.version}; median of 25 runs.\n`,
);
console.log('| validator | ms per report | entries/s | time vs ajv |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, ms] of rows)
  console.log(
    `| ${name} | ${ms.toFixed(2)} | ` +
      `${Math.round((report.entries.length / ms) * 1000).toLocaleString('en-US')} | ${(ms / ajvMs).toFixed(1)}× |`,
  );
