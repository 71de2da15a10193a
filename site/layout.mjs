// The frame of every page: head, skip link, header with navigation, language switch and search, footer.
import { html } from './html.mjs';
import { t } from './i18n.mjs';

/** The pages of the main navigation, in order, as [key, file]. */
export const NAV = [
  ['index', 'index.html'],
  ['goals', 'goals.html'],
  ['tasks', 'tasks.html'],
  ['units', 'units.html'],
  ['matrix', 'matrix.html'],
  ['text', 'text.html'],
  ['search', 'search.html'],
];

/**
 * Relative prefixes for a page: `root` reaches docs/site/, `here` the page's language folder.
 * @param {import('./i18n.mjs').Lang} lang
 * @param {string} path the page's path inside its language folder (`index.html`, `target/x.html`)
 */
export function prefixes(lang, path) {
  const depth = path.split('/').length - 1 + (lang === 'en' ? 1 : 0);
  const root = '../'.repeat(depth);
  const here = root + (lang === 'en' ? 'en/' : '');
  return { root, here, other: lang === 'en' ? root + path : `${root}en/${path}` };
}

/**
 * @param {object} page
 * @param {import('./i18n.mjs').Lang} page.lang
 * @param {string} page.path
 * @param {string} page.title
 * @param {string} page.section the NAV key highlighted
 * @param {unknown} page.body
 * @param {unknown} [page.scripts]
 * @param {string} page.asOf
 */
export function layout({ lang, path, title, section, body, scripts, asOf }) {
  const w = t(lang);
  const { root, here, other } = prefixes(lang, path);
  const otherLang = lang === 'en' ? 'zh' : 'en';
  return html`<!DOCTYPE html>
<html lang="${w.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${w.siteName}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${root}style.css">
<link rel="alternate" hreflang="${t(otherLang).htmlLang}" href="${other}">
</head>
<body>
<a class="skip" href="#main">${w.skip}</a>
<header class="site-header">
<div class="bar">
<a class="brand" href="${here}index.html">${w.siteName}</a>
<a class="lang-switch" href="${other}" hreflang="${t(otherLang).htmlLang}" lang="${w.otherLangCode}"
  title="${w.otherLangLabel}">${w.otherLang}</a>
</div>
<nav aria-label="${w.navLabel}">
<ul>
${NAV.map(
  ([key, file]) =>
    html`<li><a href="${here}${file}"${section === key ? html` aria-current="page"` : ''}>${
      w.nav[/** @type {keyof typeof w.nav} */ (key)]
    }</a></li>`,
)}
<li><a href="${root}../api/index.html">${w.nav.api}</a></li>
</ul>
</nav>
<form class="site-search" role="search" aria-label="${w.searchLabel}" action="${here}search.html" method="get">
<label for="site-q" class="vh">${w.searchLabel}</label>
<input id="site-q" name="q" type="search" placeholder="${w.searchLabel}">
<button type="submit">${w.searchButton}</button>
</form>
</header>
<main id="main" tabindex="-1">
${
  lang === 'en'
    ? html`<p class="unofficial">${w.unofficial}
  <a href="${other}" hreflang="zh-Hans">${w.otherLangLabel}</a></p>`
    : ''
}
${body}
</main>
<footer class="site-footer">
<p>${w.footer}</p>
<p>${lang === 'en' ? 'Scorecard as of' : '评估日期'} <time datetime="${asOf}">${asOf}</time> ·
  <a href="${root}../api/index.html">${w.nav.api}</a></p>
</footer>
${scripts}
</body>
</html>
`;
}
