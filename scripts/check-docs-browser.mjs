// Opens the built API reference (docs/api, from `npm run docs`) in headless
// Chromium at 1,280 px wide and holds the central function pages to under
// 4,000 px tall, the height at which a reader still finds the summary, the
// parameters and the example without scrolling through a printed type.
// Needs Debian's `chromium` (`apt-get install -y chromium fonts-noto-cjk`).
// Saves a screenshot of the first page to .tmp/ for a person to look at.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium, missingChromium } from './chromium.mjs';
import { packageRoot } from './package-entries.mjs';

const WIDTH = 1280;
const HEIGHT_LIMIT = 4000;
const functions = ['tasksByUnit', 'getTask', 'validateProgressReport', 'evaluateProgress'];
const noChromium = missingChromium();
if (noChromium !== undefined) {
  console.error(`check-docs-browser: ${noChromium}`);
  process.exit(1);
}
const root = process.env.DOCS_API_DIR ?? join(packageRoot, 'docs', 'api');
// typedoc names a function's page after its module and name: functions/<module>.<name>.html
const files = existsSync(join(root, 'functions')) ? readdirSync(join(root, 'functions')) : [];
const pages = functions.map((name) => files.find((file) => file.endsWith(`.${name}.html`)));
const missing = functions.filter((_, i) => pages[i] === undefined);
if (missing.length > 0) {
  console.error(`check-docs-browser: no page for ${missing.join(', ')} in docs/api; run \`npm run docs\` first`);
  process.exit(1);
}

const browser = await launchChromium();
const problems = [];
const heights = [];
try {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 } });
  const tab = await context.newPage();
  for (const page of pages) {
    await tab.goto(pathToFileURL(join(root, 'functions', page)).href, { waitUntil: 'load' });
    const height = await tab.evaluate(() => document.documentElement.scrollHeight);
    heights.push(`${page} ${height} px`);
    if (height >= HEIGHT_LIMIT)
      problems.push(`${page} is ${height} px tall at ${WIDTH} px wide (budget ${HEIGHT_LIMIT})`);
    if (page === pages[0]) {
      mkdirSync(join(packageRoot, '.tmp'), { recursive: true });
      await tab.screenshot({ path: join(packageRoot, '.tmp', 'docs-tasksByUnit.png'), fullPage: true });
    }
  }
} finally {
  await browser.close();
}
if (problems.length > 0) {
  console.error(`check-docs-browser: ${heights.join('; ')}\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`check-docs-browser: ${heights.join('; ')} (budget ${HEIGHT_LIMIT} px at ${WIDTH} px wide)`);
