// Checks the shape of src/'s import graph (type-only imports included), on top
// of `madge --circular`, which checks that no module imports itself through
// others:
// - the top-level folders of src/ (the entry files at the top count as one,
//   `(entries)`) import each other without a cycle, so each folder can be read
//   knowing only the folders below it;
// - a `_lib` folder imports nothing outside itself: its helpers sit below
//   everything that uses them.
// Exits 1 and names the imports at fault when either fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import madge from 'madge';
import { packageRoot } from './package-entries.mjs';

const config = JSON.parse(readFileSync(join(packageRoot, '.madgerc'), 'utf8'));
const result = await madge(join(packageRoot, 'src'), config);
const { skipped } = result.warnings();
const problems = [];
if (skipped.length > 0) problems.push(`imports that could not be resolved (so not checked): ${skipped.join(', ')}`);

/** @type {Record<string, string[]>} */
const files = result.obj();
const folderOf = (file) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '(entries)');

// `_lib` folders are leaves.
for (const [file, imports] of Object.entries(files)) {
  const lib = /^(.*\/)?_lib\//.exec(file)?.[0];
  if (lib === undefined) continue;
  for (const imported of imports) {
    if (!imported.startsWith(lib)) problems.push(`${file} imports ${imported}, outside ${lib}`);
  }
}

// The folder graph, with one file import as the witness of each edge.
/** @type {Map<string, Map<string, string>>} */
const folders = new Map();
for (const [file, imports] of Object.entries(files)) {
  const from = folderOf(file);
  if (!folders.has(from)) folders.set(from, new Map());
  for (const imported of imports) {
    const to = folderOf(imported);
    if (to !== from && !folders.get(from).has(to)) folders.get(from).set(to, `${file} → ${imported}`);
    if (!folders.has(to)) folders.set(to, new Map());
  }
}

// Strongly connected components (Tarjan): each with more than one folder is a cycle.
const cycles = [];
{
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const visit = (folder) => {
    index.set(folder, counter);
    low.set(folder, counter);
    counter += 1;
    stack.push(folder);
    onStack.add(folder);
    for (const next of folders.get(folder).keys()) {
      if (!index.has(next)) {
        visit(next);
        low.set(folder, Math.min(low.get(folder), low.get(next)));
      } else if (onStack.has(next)) low.set(folder, Math.min(low.get(folder), index.get(next)));
    }
    if (low.get(folder) === index.get(folder)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== folder);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const folder of folders.keys()) if (!index.has(folder)) visit(folder);
}

for (const component of cycles) {
  const name = component.join(' ⇄ ');
  const witnesses = component.flatMap((from) =>
    [...folders.get(from)].filter(([to]) => component.includes(to)).map(([, witness]) => `    ${witness}`),
  );
  problems.push(`folder cycle ${name}\n${witnesses.join('\n')}`);
}

const list = (items) => items.map((problem) => `- ${problem}`).join('\n');
if (problems.length > 0) {
  console.error(`src/'s imports:\n${list(problems)}`);
  process.exit(1);
}
