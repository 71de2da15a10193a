// The plan explorer's search: runs in the page over the index the build inlined (window.SEARCH_INDEX), so it
// works from file:// without fetching anything. Every term must appear, in the Chinese or the English.
(() => {
  const index = window.SEARCH_INDEX;
  const labels = window.SEARCH_LABELS;
  const form = document.getElementById('search-form');
  const input = document.getElementById('q');
  const status = document.getElementById('search-status');
  const list = document.getElementById('results');
  const LIMIT = 100;
  const KIND_ORDER = { t: 0, u: 1, s: 2 };
  const entries = index.map((e) => ({
    kind: e[0],
    href: e[1],
    zh: e[2],
    en: e[3],
    hay: `${e[2]}\n${e[3]}`.toLowerCase(),
  }));

  function marked(text, terms) {
    const fragment = document.createDocumentFragment();
    const lower = text.toLowerCase();
    let at = 0;
    while (at < text.length) {
      let best = -1;
      let length = 0;
      for (const term of terms) {
        const found = lower.indexOf(term, at);
        if (found >= 0 && (best < 0 || found < best)) {
          best = found;
          length = term.length;
        }
      }
      if (best < 0) break;
      fragment.append(text.slice(at, best));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(best, best + length);
      fragment.append(mark);
      at = best + length;
    }
    fragment.append(text.slice(at));
    return fragment;
  }

  function run(query) {
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    list.textContent = '';
    if (terms.length === 0) {
      status.textContent = labels.hint;
      return;
    }
    const hits = entries
      .filter((e) => terms.every((term) => e.hay.includes(term)))
      .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
    status.textContent = hits.length === 0 ? labels.none : `${hits.length} ${labels.count}`;
    for (const hit of hits.slice(0, LIMIT)) {
      const item = document.createElement('li');
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = labels[hit.kind];
      const link = document.createElement('a');
      link.href = hit.href;
      const main = labels.lang === 'en' ? hit.en : hit.zh;
      const other = labels.lang === 'en' ? hit.zh : hit.en;
      link.append(marked(main, terms));
      if (labels.lang === 'en') link.lang = 'en';
      const second = document.createElement('p');
      second.className = 'other-lang';
      second.lang = labels.lang === 'en' ? 'zh-Hans' : 'en';
      second.append(marked(other, terms));
      item.append(kind, ' ', link, second);
      list.append(item);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(input.value);
    try {
      history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    } catch {
      // some hosts refuse to change the address; the results stand
    }
  });
  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), 150);
  });
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  run(initial);
})();
