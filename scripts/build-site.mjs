// Builds the plan explorer, a static site in Chinese and English, into docs/site/ from the built package
// (dist/, built first where missing). `npm run docs` runs it after typedoc. The pages need no server: links
// are relative, the charts are SVG rendered here, and the search index is inlined in the search page.
// The scorecard is judged at SITE_AS_OF (YYYY-MM-DD), or today (UTC).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { packageRoot } from './package-entries.mjs';

// On a clean clone `npm run docs` comes before any build: build the package first.
if (!existsSync(join(packageRoot, 'dist', 'observations.js'))) {
  console.log('build-site: dist/ is missing; running `npm run build` first');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: packageRoot, stdio: 'inherit' });
}
const { loadSiteData } = await import('../site/data.mjs');
const pages = await import('../site/pages.mjs');

const asOf = process.env.SITE_AS_OF ?? new Date().toISOString().slice(0, 10);
const out = join(packageRoot, 'docs', 'site');
const data = loadSiteData({ asOf });
const client = readFileSync(join(packageRoot, 'site', 'search-client.js'), 'utf8');

rmSync(out, { recursive: true, force: true });
/** @type {[string, string][]} */
const written = [];
/** @param {string} path @param {unknown} content */
function write(path, content) {
  const file = join(out, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, String(content));
  written.push([path, String(content)]);
}

pages.noteSharedMetrics(data.plan.targets);
for (const lang of /** @type {const} */ (['zh', 'en'])) {
  const dir = lang === 'en' ? 'en/' : '';
  write(`${dir}index.html`, pages.overviewPage(data, lang));
  write(`${dir}goals.html`, pages.goalsPage(data, lang));
  for (const target of data.plan.targets)
    write(`${dir}target/${target.id}.html`, pages.targetPage(data, target.id, lang));
  write(`${dir}tasks.html`, pages.tasksPage(data, lang));
  write(`${dir}units.html`, pages.unitsPage(data, lang));
  write(`${dir}matrix.html`, pages.matrixPage(data, lang));
  write(`${dir}text.html`, pages.textPage(data, lang));
  write(`${dir}search.html`, pages.searchPage(data, lang, client));
}
write('style.css', readFileSync(join(packageRoot, 'site', 'style.css'), 'utf8'));

// The reference's header links to the site with a path relative to docs/api/ (typedoc.config.mjs
// navigationLinks); typedoc writes it unchanged on every page, so pages in subfolders get their own prefix.
const api = join(packageRoot, 'docs', 'api');
let fixed = 0;
if (existsSync(api)) {
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.html')) {
        const depth = relative(api, file).split(/[\\/]/).length - 1;
        const text = readFileSync(file, 'utf8');
        const next = text
          .replaceAll('href="../site/index.html"', `href="${'../'.repeat(depth + 1)}site/index.html"`)
          // The README (the reference's first page) names the site and its screenshot from the repository's
          // root, so that typedoc leaves them alone rather than copying them into the reference.
          .replaceAll('href="/docs/site/index.html"', `href="${'../'.repeat(depth + 1)}site/index.html"`)
          .replaceAll('src="/docs/site-overview.png"', `src="${'../'.repeat(depth + 1)}site-overview.png"`);
        if (next !== text) {
          writeFileSync(file, next);
          fixed += 1;
        }
      }
    }
  };
  walk(api);
}

const bytes = written.reduce((sum, [, content]) => sum + Buffer.byteLength(content), 0);
console.log(
  `build-site: ${written.length} files (${Math.round(bytes / 1024)} kB) in docs/site, scorecard as of ${data.asOf}` +
    (existsSync(api) ? `; site link set on ${fixed} reference pages` : ''),
);
