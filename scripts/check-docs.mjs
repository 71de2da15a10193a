// Holds the built API reference (docs/api, from `npm run docs`) to its budgets:
// - no page over 250 kB, and the whole reference under 3 MB;
// - on every function's page, the summary and the parameters come before any
//   long type: the text before the parameters' heading (or, for a function
//   without parameters, before the end of the summary) is under 2,000
//   characters, which a signature that prints a record's literal type exceeds.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot } from './package-entries.mjs';

const PAGE_LIMIT = 250_000;
const TOTAL_LIMIT = 3_000_000;
const LEAD_LIMIT = 2_000;

const root = join(packageRoot, 'docs', 'api');

function filesUnder(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** The visible text of an HTML fragment, entities left as written. */
function textOf(html) {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');
}

/**
 * The length of the text on a function page before its parameters (or its
 * summary, when it has none), counted from the start of the page's content.
 */
export function leadLength(html) {
  const start = html.indexOf('<div class="col-content">');
  const parameters = html.indexOf('<h4 class="tsd-parameters-title">', start);
  const summary = html.indexOf('<div class="tsd-comment tsd-typography">', start);
  const summaryEnd = summary === -1 ? -1 : html.indexOf('</div>', summary);
  const end = parameters !== -1 ? parameters : summaryEnd;
  if (start === -1 || end === -1) return Number.POSITIVE_INFINITY;
  return textOf(html.slice(start, end)).length;
}

const problems = [];
let total = 0;
let pages = 0;
let largest = { path: '', size: 0 };
let files;
try {
  files = filesUnder(root);
} catch {
  console.error('check-docs: docs/api does not exist; run `npm run docs` first');
  process.exit(1);
}
for (const path of files) {
  const size = statSync(path).size;
  total += size;
  if (!path.endsWith('.html')) continue;
  pages += 1;
  const name = relative(root, path);
  if (size > largest.size) largest = { path: name, size };
  if (size > PAGE_LIMIT) problems.push(`${name} is ${size} bytes, over the ${PAGE_LIMIT} budget for a page`);
  if (name.startsWith('functions')) {
    const lead = leadLength(readFileSync(path, 'utf8'));
    if (lead > LEAD_LIMIT) {
      problems.push(
        `${name}: ${lead} characters come before the summary and parameters (budget ${LEAD_LIMIT}); ` +
          'a declared type is probably printed in full instead of by its name',
      );
    }
  }
}
if (total > TOTAL_LIMIT) problems.push(`the reference is ${total} bytes, over the ${TOTAL_LIMIT} budget`);
if (problems.length > 0) {
  console.error(`check-docs: ${problems.length} budget(s) exceeded:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `check-docs: ${pages} pages, ${total} bytes in all (budget ${TOTAL_LIMIT}); ` +
    `largest ${largest.path} at ${largest.size} bytes (budget ${PAGE_LIMIT})`,
);
