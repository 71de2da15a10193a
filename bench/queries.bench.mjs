// Look-ups by id and by unit against a plain Map.get over the same data, and
// search() over the whole plan. Runs against the built package (dist/):
// `npm run bench`. Prints a Markdown table.
import { findUnit, getPrinciple, getTarget, getTask, getUnit, plan, search, tasksByUnit } from '../dist/index.js';

const RUNS = 7;
const MIN_TIME_MS = 200;

/** Operations per second: warm up, then the median of RUNS timed runs of at least MIN_TIME_MS each. */
function measure(fn) {
  let sink = 0;
  for (let i = 0; i < 10_000; i += 1) sink ^= fn(i) ? 1 : 0;
  let iterations = 1_000;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < iterations; i += 1) sink ^= fn(i) ? 1 : 0;
    if (performance.now() - start >= MIN_TIME_MS / 4) break;
    iterations *= 2;
  }
  const rates = [];
  for (let run = 0; run < RUNS; run += 1) {
    let done = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < MIN_TIME_MS) {
      for (let i = 0; i < iterations; i += 1) sink ^= fn(i) ? 1 : 0;
      done += iterations;
      elapsed = performance.now() - start;
    }
    rates.push((done / elapsed) * 1000);
  }
  globalThis.__sink = sink;
  return rates.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

const taskNumbers = plan.tasks.map((task) => task.number);
const unitIds = plan.units.map((unit) => unit.id);
const taskMap = new Map(plan.tasks.map((task) => [task.number, task]));
const unitMap = new Map(plan.units.map((unit) => [unit.id, unit]));
const tasksOfUnitMap = new Map(unitIds.map((id) => [id, plan.tasks.filter((task) => task.leadUnits.includes(id))]));
const targetIds = plan.targets.map((target) => target.id);
const targetMap = new Map(plan.targets.map((target) => [target.id, target]));
const principleIds = plan.principles.map((principle) => principle.id);
const principleMap = new Map(plan.principles.map((principle) => [principle.id, principle]));
const unitNames = plan.units.map((unit) => unit.name);
const unitByName = new Map(plan.units.map((unit) => [unit.name, unit]));
const pick = (list, i) => list[i % list.length];

const pairs = [
  ['getTask(n)', (i) => getTask(pick(taskNumbers, i)), (i) => taskMap.get(pick(taskNumbers, i))],
  ['getUnit(id)', (i) => getUnit(pick(unitIds, i)), (i) => unitMap.get(pick(unitIds, i))],
  ['getTarget(id)', (i) => getTarget(pick(targetIds, i)), (i) => targetMap.get(pick(targetIds, i))],
  ['getPrinciple(id)', (i) => getPrinciple(pick(principleIds, i)), (i) => principleMap.get(pick(principleIds, i))],
  ['findUnit(name)', (i) => findUnit(pick(unitNames, i)), (i) => unitByName.get(pick(unitNames, i))],
  ['tasksByUnit(id)', (i) => tasksByUnit(pick(unitIds, i)), (i) => tasksOfUnitMap.get(pick(unitIds, i))],
];

const format = (value) => Math.round(value).toLocaleString('en-US');
const lines = [
  `Node ${process.version}, median of ${RUNS} runs of ≥ ${MIN_TIME_MS} ms each after warm-up.`,
  '',
  '| operation | ops/s | `Map.get` ops/s | ratio (query / `Map.get`) |',
  '| --- | ---: | ---: | ---: |',
];
for (const [name, query, baseline] of pairs) {
  const queryRate = measure(query);
  const mapRate = measure(baseline);
  lines.push(`| \`${name}\` | ${format(queryRate)} | ${format(mapRate)} | ${(queryRate / mapRate).toFixed(2)} |`);
}
const queries = ['人才', '人才住房', '创新 企业', 'digital economy', '市科技局'];
const searchRate = measure((i) => search(pick(queries, i)).length);
lines.push(
  `| \`search(q)\` over the whole plan (${queries.map((q) => `\`${q}\``).join(', ')}) ` +
    `| ${format(searchRate)} | — | — |`,
);
// Hostile queries, timed once each (the bounds of search keep them far under a second; a median is not the point).
const once = (query) => {
  const start = performance.now();
  let outcome;
  try {
    outcome = `${search(query).length} hits`;
  } catch (error) {
    outcome = error.name;
  }
  return `${(performance.now() - start).toFixed(0)} ms (${outcome})`;
};
const repeated = 'e '.repeat(50_000);
const distinct = Array.from({ length: 32 }, (_, i) => `${i}`.padEnd(3_124, 'x')).join(' ');
lines.push(`| \`search('e '.repeat(50000))\`, a 100 kB query of one repeated term, once | ${once(repeated)} | — | — |`);
lines.push(`| \`search\` of 100 kB in 32 distinct terms, once | ${once(distinct)} | — | — |`);
console.log(lines.join('\n'));
