// The plan explorer (docs/site, built by `npm run docs`) in headless Chromium: every page at 390 and 1,280 px
// wide, with no console error, no failed request, no broken internal link, nothing wider than the screen and
// no serious or critical axe-core violation; facts on the pages against the data; the language switch; the
// search; page weights; and screenshots for a person to look at.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, missingChromium } from '../../scripts/chromium.mjs';
import { evaluatePlan } from '../../src/observations.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const site = join(root, 'docs', 'site');
const shots = join(root, '.tmp', 'site-screenshots');
const WIDTHS = [390, 1280] as const;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return htmlFiles(file);
    return name.endsWith('.html') ? [relative(site, file).split('\\').join('/')] : [];
  });
}

const url = (page: string) => {
  const [path, rest] = page.split(/(?=[?#])/) as [string, string | undefined];
  return pathToFileURL(join(site, path)).href + (rest ?? '');
};

if (!existsSync(join(site, 'index.html'))) throw new Error('docs/site is missing: run `npm run docs` first');
const missing = missingChromium();
if (missing !== undefined) throw new Error(missing);

const pages = htmlFiles(site).sort();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();

  mkdirSync(shots, { recursive: true });
  console.log(`site screenshots: ${shots}`);
});

afterAll(async () => {
  await browser?.close();
});

async function open(width: number): Promise<{ context: BrowserContext; tab: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const tab = await context.newPage();
  const problems: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${tab.url()}: console error: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`${tab.url()}: ${error.message}`));
  tab.on('requestfailed', (request) => problems.push(`${tab.url()}: failed request ${request.url()}`));
  return { context, tab, problems };
}

/** Runs axe-core on the open page; returns its serious and critical violations as lines. */
async function axe(tab: Page): Promise<string[]> {
  await tab.addScriptTag({ content: axeSource });
  const violations = await tab.evaluate<{ id: string; impact: string; nodes: number; target: string }[]>(`
    axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: String(v.nodes[0]?.target) })))`);
  return violations.map((v) => `${v.impact} ${v.id} (${v.nodes} nodes, first ${v.target})`);
}

describe('the plan explorer', () => {
  it('has the pages of both languages', () => {
    // overview, goals, 40 targets, tasks, units, matrix, full text and search, in each language
    expect(pages.length).toBe(2 * (1 + 1 + 40 + 1 + 1 + 1 + 1 + 1));
    for (const page of pages.filter((p) => !p.startsWith('en/'))) expect(pages).toContain(`en/${page}`);
  });

  it('has no broken internal link', () => {
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let found = ids.get(file);
      if (found === undefined) {
        found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
        ids.set(file, found);
      }
      return found;
    };
    for (const page of pages) {
      const text = readFileSync(join(site, page), 'utf8');
      for (const [, href] of text.matchAll(/\shref="([^"]*)"/g)) {
        if (href === undefined || /^(https?:|data:|mailto:)/.test(href)) continue;
        const [path, hash] = href.split('#') as [string, string | undefined];
        const file = path === '' ? join(site, page) : join(dirname(join(site, page)), path.split('?')[0]!);
        if (!existsSync(file)) broken.push(`${page}: ${href} (no file)`);
        else if (hash && file.endsWith('.html') && !idsOf(file).has(hash))
          broken.push(`${page}: ${href} (no #${hash})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('links the API reference and the site both ways', () => {
    const api = join(root, 'docs', 'api');
    const nested = readdirSync(join(api, 'functions')).find((name) => name.endsWith('.html'));
    for (const page of [join(api, 'index.html'), join(api, 'functions', nested ?? 'missing.html')]) {
      const hrefs = [...readFileSync(page, 'utf8').matchAll(/href="([^"]*site\/index\.html)"/g)].map((m) => m[1]!);
      expect(hrefs.length, relative(root, page)).toBeGreaterThan(0);
      for (const href of hrefs) expect(join(dirname(page), href), href).toBe(join(site, 'index.html'));
    }
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('href="../api/index.html"');
    expect(readFileSync(join(site, 'en', 'target', 'talent-pool.html'), 'utf8')).toContain(
      'href="../../../api/index.html"',
    );
  });

  it('escapes what the templates insert, once', async () => {
    type Html = (strings: TemplateStringsArray, ...values: unknown[]) => unknown;
    const { html } = (await import(pathToFileURL(join(root, 'site', 'html.mjs')).href)) as { html: Html };
    const quote = '<script>alert("x")</script> & “引号”';
    expect(String(html`<blockquote>${quote}</blockquote>`)).toBe(
      '<blockquote>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; “引号”</blockquote>',
    );
    // no page shows markup as text, or an entity escaped twice
    const shown = pages.filter((page) =>
      /&lt;\/?[a-z]+[ >]|&amp;(?:lt|gt|amp|quot|#39);/.test(readFileSync(join(site, page), 'utf8')),
    );
    expect(shown).toEqual([]);
  });

  it('prints the matrix within an A4 page width', async () => {
    const { context, tab } = await open(794);
    try {
      await tab.emulateMedia({ media: 'print' });
      await tab.goto(url('matrix.html'));
      const width = await tab.evaluate<number>("document.querySelector('table.matrix').getBoundingClientRect().right");
      expect(width).toBeLessThanOrEqual(794);
      // the roles stay visible without background colours
      expect(await tab.evaluate<string>("getComputedStyle(document.querySelector('.role-primary')).color")).toBe(
        'rgb(0, 0, 0)',
      );
    } finally {
      await context.close();
    }
  });

  it('holds the page weights: the overview under 300 kB in all, no page over 1 MB', () => {
    const weights = pages.map((page) => {
      const text = readFileSync(join(site, page), 'utf8');
      const linked = [...text.matchAll(/<(?:link rel="stylesheet"|script|img)[^>]*\s(?:href|src)="([^"#?]+)"/g)]
        .map((m) => join(dirname(join(site, page)), m[1]!))
        .filter((file) => !file.includes(`${join(root, 'docs', 'api')}`));
      const bytes = Buffer.byteLength(text) + linked.reduce((sum, file) => sum + statSync(file).size, 0);
      return { page, bytes };
    });
    const heaviest = [...weights].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
    const overview = weights.filter((w) => w.page === 'index.html' || w.page === 'en/index.html');
    console.log(
      `page weights: ${overview.map((w) => `${w.page} ${(w.bytes / 1024).toFixed(1)} kB`).join(', ')}; heaviest ` +
        heaviest.map((w) => `${w.page} ${(w.bytes / 1024).toFixed(1)} kB`).join(', '),
    );
    for (const w of overview) expect(w.bytes, w.page).toBeLessThan(300 * 1024);
    for (const w of weights) expect(w.bytes, w.page).toBeLessThan(1024 * 1024);
  });

  for (const width of WIDTHS) {
    it(`opens every page at ${width} px without errors, failed requests or sideways overflow`, async () => {
      const { context, tab, problems } = await open(width);
      try {
        for (const page of pages) {
          await tab.goto(url(page), { waitUntil: 'load' });
          const overflow = await tab.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
          if (overflow > 1) problems.push(`${page}: ${overflow} px wider than the ${width} px screen`);
        }
      } finally {
        await context.close();
      }
      expect(problems).toEqual([]);
    });
  }

  it('has no serious or critical axe-core violation on any page (1,280 px; and 390 px for five pages)', async () => {
    const found: string[] = [];
    const counted: string[] = [];
    const started = Date.now();
    for (const width of WIDTHS) {
      const list =
        width === 1280
          ? pages
          : ['index.html', 'target/talent-pool.html', 'units.html', 'matrix.html', 'en/search.html'];
      // two tabs at a time: axe-core's checks are the slowest part of the suite
      const queue = [...list];
      const worker = async () => {
        const { context, tab } = await open(width);
        try {
          for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
            await tab.goto(url(page), { waitUntil: 'load' });
            for (const line of await axe(tab)) found.push(`${page} at ${width} px: ${line}`);
          }
        } finally {
          await context.close();
        }
      };
      await Promise.all([worker(), worker()]);
      counted.push(`${list.length} pages at ${width} px`);
    }
    console.log(
      `axe-core: ${counted.join(', ')}; serious or critical violations: ${found.length} ` +
        `(${Math.round((Date.now() - started) / 1000)} s)`,
    );
    expect(found).toEqual([]);
  });

  it('shows the scorecard of evaluatePlan, as of the date the page states', async () => {
    const { context, tab } = await open(1280);
    try {
      for (const page of ['index.html', 'en/index.html']) {
        await tab.goto(url(page));
        const asOf = await tab.getAttribute('[data-as-of]', 'datetime');
        const result = evaluatePlan({ asOf: asOf ?? 'no date on the page' });
        if (!result.success) throw new Error(`bad date on ${page}: ${asOf}`);
        const shown = await tab.evaluate<Record<string, number>>(`Object.fromEntries(
          [...document.querySelectorAll('.status-totals [data-status]')].map((li) =>
            [li.dataset.status, Number(li.querySelector('[data-count]').textContent)]))`);
        expect(shown).toEqual({ ...result.data.counts });
        const cards = await tab.locator('.target-grid li').count();
        expect(cards).toBe(40);
        const findings = await tab.evaluate<string[]>(
          "[...document.querySelectorAll('[data-finding]')].map((el) => el.dataset.finding)",
        );
        expect(findings).toEqual(result.data.findings.map((f) => f.target));
      }
    } finally {
      await context.close();
    }
  });

  it("shows a task's units, the lead first, in both languages", async () => {
    const { context, tab } = await open(1280);
    try {
      await tab.goto(url('tasks.html'));
      // 责任单位:市工信局、市科技局、市大数据局、相关区(园区) (seed line 43)
      const units = await tab.locator('[data-task-units="9"] a').allTextContents();
      expect(units).toEqual(['市工信局', '市科技局', '市大数据局', '相关区(园区)']);
      expect(await tab.locator('[data-task-units="9"] .badge').allTextContents()).toEqual(['牵头']);
      await tab.goto(url('en/tasks.html'));
      expect(await tab.locator('[data-task-units="9"] a').first().textContent()).toBe(
        'Municipal Bureau of Industry and Information Technology',
      );
    } finally {
      await context.close();
    }
  });

  it('cites a figure with its publisher, date, link and the quoted sentence', async () => {
    const { context, tab } = await open(1280);
    try {
      await tab.goto(url('target/high-tech-enterprises.html'));
      const citation = tab.locator('[id="obs-high-tech-enterprises-2023-fenjinzi-10062"]');
      expect(await citation.locator('a.ext').getAttribute('href')).toBe('http://m.fenjinzi.com/356.html');
      expect(await citation.locator('.source').textContent()).toContain('澎湃新闻');
      expect(await citation.locator('.source time').getAttribute('datetime')).toBe('2024-01-03');
      expect(await citation.locator('blockquote').textContent()).toContain('南京高新技术企业总数达10062家');
      expect(await citation.locator('.badge.used').count()).toBe(1);
      // the chart has its text alternative and its data table
      expect(await tab.locator('.chart-wide svg title').textContent()).toContain('高新技术企业总数');
      expect(await tab.locator('table.data tbody tr').count()).toBeGreaterThan(1);
    } finally {
      await context.close();
    }
  });

  it('switches the language and back', async () => {
    const { context, tab } = await open(390);
    try {
      await tab.goto(url('units.html'));
      await tab.click('a.lang-switch');
      expect(tab.url()).toBe(url('en/units.html'));
      expect(await tab.getAttribute('html', 'lang')).toBe('en');
      expect(await tab.locator('.unofficial').textContent()).toContain('Unofficial English translation');
      await tab.goto(url('en/index.html'));
      expect(await tab.locator('h1').textContent()).toBe(
        'Nanjing Three-Year Action Plan for Setting an Example in Innovation-Driven Development and Industrial ' +
          'Transformation (2022–2024)',
      );
      await tab.click('a.lang-switch');
      expect(tab.url()).toBe(url('index.html'));
      expect(await tab.getAttribute('html', 'lang')).toBe('zh-Hans');
      expect(await tab.locator('h1').textContent()).toBe('南京市创新驱动、产业转型示范三年行动计划(2022—2024年)');
    } finally {
      await context.close();
    }
  });

  it('searches both languages from the header and on the search page', async () => {
    const { context, tab, problems } = await open(1280);
    try {
      await tab.goto(url('index.html'));
      await tab.fill('#site-q', '揭榜挂帅');
      await tab.press('#site-q', 'Enter');
      await tab.waitForURL(/search\.html\?q=/);
      await tab.waitForSelector('#results li');
      expect(await tab.locator('#results li mark').first().textContent()).toBe('揭榜挂帅');
      await tab.goto(url('en/search.html'));
      await tab.fill('#q', 'Superbahn');
      await tab.waitForSelector('#results li');
      const first = tab.locator('#results li a').first();
      expect(await first.textContent()).toContain('Superbahn');
      await first.click();
      await tab.waitForLoadState('load');
      expect(tab.url()).toContain('en/');
      await tab.goto(url('search.html?q=nothing-like-this-in-the-plan'));
      expect(await tab.locator('#search-status').textContent()).toBe('未找到结果。');
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('saves screenshots of the overview, a target, a unit and the matrix at both widths', async () => {
    const saved: string[] = [];
    for (const width of WIDTHS) {
      const { context, tab } = await open(width);
      try {
        for (const [name, page] of [
          ['overview', 'index.html'],
          ['target', 'target/talent-pool.html'],
          ['matrix', 'matrix.html'],
        ] as const) {
          await tab.goto(url(page));
          const path = join(shots, `${name}-${width}.png`);
          await tab.screenshot({ path, fullPage: true });
          saved.push(path);
        }
        await tab.goto(url('units.html#u-science-technology-bureau'));
        const path = join(shots, `unit-${width}.png`);
        await tab.locator('#u-science-technology-bureau').screenshot({ path });
        saved.push(path);
      } finally {
        await context.close();
      }
    }
    console.log(`site screenshots saved: ${saved.map((file) => relative(root, file)).join(', ')}`);
    for (const file of saved) expect(statSync(file).size).toBeGreaterThan(5000);
  });
});
