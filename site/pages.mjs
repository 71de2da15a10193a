// The pages of the plan explorer, each a function of the site data and a language.
import { chartSvg } from './chart.mjs';
import { html, raw, scriptJson } from './html.mjs';
import { STATUS_ORDER, t } from './i18n.mjs';
import { layout, prefixes } from './layout.mjs';

/** @typedef {ReturnType<typeof import('./data.mjs').loadSiteData>} SiteData */
/** @typedef {import('./i18n.mjs').Lang} Lang */

const ZH = 'zh-Hans';
const CJK = /[\u3400-\u9fff]/;

/** Text in Chinese inside an English page. @param {string} text @param {Lang} lang */
function zh(text, lang) {
  return lang === 'en' ? html`<span lang="${ZH}">${text}</span>` : text;
}

/** @param {number} value @param {Lang} lang */
function num(value, lang) {
  return new Intl.NumberFormat(lang === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 4 }).format(value);
}

/** @param {string} status @param {Lang} lang */
function chip(status, lang) {
  return html`<span class="status status-${status}">${t(lang).status[/** @type {'met'} */ (status)]}</span>`;
}

/** @param {any} target @param {Lang} lang */
function targetName(target, lang) {
  if (lang === 'en') return target.metricEn;
  if (target.metric === undefined) return target.statement;
  // Two targets share a metric (创新型产业集群): their figures tell them apart.
  return SHARED_METRICS.has(target.metric) && target.value !== null
    ? `${target.metric}(${target.value}${target.unit ?? ''})`
    : target.metric;
}

/** Metrics that more than one target measures. @type {Set<string>} */
const SHARED_METRICS = new Set();
/** @param {readonly any[]} targets */
export function noteSharedMetrics(targets) {
  const seen = new Set();
  for (const target of targets) {
    if (target.metric === undefined) continue;
    if (seen.has(target.metric)) SHARED_METRICS.add(target.metric);
    seen.add(target.metric);
  }
}

/** @param {any} task @param {SiteData} d @param {Lang} lang */
function taskTitle(task, lang) {
  return lang === 'en' ? task.titleEn : task.title;
}

/** @param {any} unit @param {Lang} lang */
function unitName(unit, lang) {
  return lang === 'en' ? unit.nameEn : unit.name;
}

const UNIT_KINDS = {
  zh: {
    'government-department': '政府部门',
    'party-department': '党委部门',
    'financial-regulator': '金融监管机构',
    court: '法院',
    association: '社会团体',
    collective: '泛指单位',
    park: '园区',
    'state-owned-enterprise': '国有企业',
    district: '区',
  },
  en: {
    'government-department': 'government department',
    'party-department': 'Party department',
    'financial-regulator': 'financial regulator',
    court: 'court',
    association: 'association',
    collective: 'collective name',
    park: 'park',
    'state-owned-enterprise': 'state-owned enterprise',
    district: 'district',
  },
};

/** Counts of statuses as a list of chips. @param {Record<string, number>} counts @param {Lang} lang */
function countList(counts, lang) {
  const shown = STATUS_ORDER.filter((s) => counts[s] > 0);
  if (shown.length === 0) return html`<span class="muted">${lang === 'en' ? 'no targets' : '无目标'}</span>`;
  return html`<ul class="counts-inline">${shown.map(
    (s) => html`<li>${chip(s, lang)} <span class="n">${counts[s]}</span></li>`,
  )}</ul>`;
}

/** @param {SiteData} d @param {Lang} lang @param {string} path */
function links(lang, path) {
  const { here } = prefixes(lang, path);
  return {
    here,
    target: (/** @type {string} */ id) => `${here}target/${id}.html`,
    task: (/** @type {number} */ n) => `${here}tasks.html#task-${n}`,
    unit: (/** @type {string} */ id) => `${here}units.html#u-${id}`,
    group: (/** @type {number} */ n) => `${here}tasks.html#group-${n}`,
  };
}

/** A target as a link with its status. @param {string} id @param {SiteData} d @param {Lang} lang @param {any} l */
function targetLink(id, d, lang, l) {
  const target = d.targetOf.get(id);
  const status = d.evaluationOf.get(id).status;
  return html`<a href="${l.target(id)}">${targetName(target, lang)}</a> ${chip(status, lang)}`;
}

/** Groups of targets: the 5 goal areas, then those stated only in tasks. @param {SiteData} d @param {Lang} lang */
function targetGroups(d, lang) {
  const groups = d.plan.goalAreas.map((area) => ({
    id: `area-${area.number}`,
    title: `${area.number}. ${lang === 'en' ? area.nameEn : area.name}`,
    targets: area.targets,
    area,
  }));
  groups.push({
    id: 'tasks-only',
    title: lang === 'en' ? 'Targets stated only in the tasks' : '仅在重点任务中提出的目标',
    targets: d.onlyInTasks,
    area: null,
  });
  return groups;
}

/** @param {readonly string[]} ids @param {SiteData} d */
function countsOf(ids, d) {
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0]));
  for (const id of ids) counts[d.evaluationOf.get(id).status] += 1;
  return counts;
}

// ---------------------------------------------------------------- overview

/** @param {SiteData} d @param {Lang} lang */
export function overviewPage(d, lang) {
  const path = 'index.html';
  const l = links(lang, path);
  const w = t(lang);
  const { plan, scorecard } = d;
  const en = lang === 'en';
  const groups = targetGroups(d, lang);
  const body = html`
<h1>${en ? plan.titleEn : plan.title}</h1>
${en ? html`<p class="subtitle" lang="${ZH}">${plan.title}</p>` : ''}
<dl class="facts">
<div><dt>${en ? 'Issued by' : '发文单位'}</dt><dd>${en ? plan.issuerEn : plan.issuer}</dd></div>
<div><dt>${en ? 'Issued' : '印发日期'}</dt><dd><time datetime="${plan.issued}">${plan.issued}</time></dd></div>
<div><dt>${en ? 'Published online' : '网上发布'}</dt>
<dd><time datetime="${plan.posted}">${plan.posted.slice(0, 10)}</time></dd></div>
<div><dt>${en ? 'Period' : '实施期'}</dt><dd>${plan.period.start}–${plan.period.end}</dd></div>
<div class="wide"><dt>${en ? 'Contents' : '内容'}</dt><dd>${
    en
      ? `${plan.goalAreas.length} goal areas, ${plan.targets.length} targets, ` +
        `${plan.tasks.length} tasks in ${plan.taskGroups.length} groups, ${plan.units.length} responsible units`
      : `${plan.goalAreas.length} 个目标领域、${plan.targets.length} 项目标、` +
        `${plan.taskGroups.length} 组 ${plan.tasks.length} 项重点任务、${plan.units.length} 个责任单位`
  }</dd></div>
</dl>

<section aria-labelledby="status-h">
<h2 id="status-h">${en ? 'Where the targets stand' : '目标完成情况'}</h2>
<p class="asof">${
    en
      ? html`Judged on <time datetime="${d.asOf}" data-as-of>${d.asOf}</time> from published figures;
the latest figure used is for ${d.latestYear}, from a page published on
<time datetime="${d.figuresStandOn}">${d.figuresStandOn}</time>.`
      : html`评估日期 <time datetime="${d.asOf}" data-as-of>${d.asOf}</time>,依据公开发布的数据;所用最新数据为
${d.latestYear} 年,发布于 <time datetime="${d.figuresStandOn}">${d.figuresStandOn}</time>。`
  }</p>
<ul class="status-totals">
${STATUS_ORDER.map(
  (s) =>
    html`<li class="total total-${s}" data-status="${s}">
<span class="big" data-count>${scorecard.counts[s]}</span> ${chip(s, lang)}</li>`,
)}
</ul>
<p class="note">${
    en
      ? 'The figures are what news reports and government pages say, quoted with their sources; they are not ' +
        'official statistics, and this is not an official assessment. Most targets have no published figure ' +
        'for their deadline year yet.'
      : '数据摘自新闻报道和政府网页,逐条注明出处;并非官方统计,本评估亦非官方评估。多数目标尚无截止年份的公开数据。'
  }</p>

<div class="table-wrap" tabindex="0" role="region" aria-labelledby="by-area-caption">
<table class="by-area">
<caption id="by-area-caption">${en ? 'Targets by goal area and status' : '按目标领域和状态统计'}</caption>
<thead><tr><th scope="col">${en ? 'Goal area' : '目标领域'}</th>
${STATUS_ORDER.map((s) => html`<th scope="col">${w.status[/** @type {'met'} */ (s)]}</th>`)}
<th scope="col">${en ? 'Total' : '合计'}</th></tr></thead>
<tbody>
${groups.map((g) => {
  const counts = countsOf(g.targets, d);
  return html`<tr><th scope="row"><a href="#${g.id}">${g.title}</a></th>${STATUS_ORDER.map(
    (s) => html`<td class="${counts[s] === 0 ? 'zero' : ''}">${counts[s]}</td>`,
  )}<td>${g.targets.length}</td></tr>`;
})}
</tbody>
</table>
</div>
</section>

${findings(d, lang, l)}

<section aria-labelledby="glance-h">
<h2 id="glance-h">${en ? 'Every target at a glance' : '全部目标一览'}</h2>
${groups.map(
  (g) => html`<h3 id="${g.id}">${g.title}</h3>
<ul class="target-grid">
${g.targets.map((id) => {
  const status = d.evaluationOf.get(id).status;
  const name = targetName(d.targetOf.get(id), lang);
  return html`<li class="tcard tcard-${status}"><a href="${l.target(id)}">${name}</a>${chip(status, lang)}</li>`;
})}
</ul>`,
)}
</section>
`;
  return layout({ lang, path, title: w.nav.index, section: 'index', body, asOf: d.asOf });
}

/**
 * What the figures show that the counts do not (the scorecard's findings).
 * @param {SiteData} d @param {Lang} lang @param {any} l
 */
function findings(d, lang, l) {
  const en = lang === 'en';
  if (d.scorecard.findings.length === 0) return '';
  return html`<section aria-labelledby="findings-h">
<h2 id="findings-h">${en ? 'What the figures show beyond the counts' : '数据还显示'}</h2>
<ul class="findings">${d.scorecard.findings.map((f) => {
    const name = targetName(d.targetOf.get(f.target), lang);
    const value = num(f.value, lang);
    const required = num(f.required, lang);
    const said =
      f.kind === 'met-at-baseline'
        ? en
          ? `already met in the baseline year ${f.year}: ${value} against ${required}`
          : `基年 ${f.year} 年已达到:${value},目标 ${required}`
        : en
          ? `${f.year}: ${value}, ${f.ratio} times the yearly target of ${required}`
          : `${f.year} 年:${value},为年度目标 ${required} 的 ${f.ratio} 倍`;
    return html`<li data-finding="${f.target}"><a href="${l.target(f.target)}">${name}</a>${en ? ': ' : ':'}${said}
(<a href="${l.target(f.target)}#obs-${f.citation.observation}">${zh(f.citation.publisher, lang)}</a>)</li>`;
  })}</ul>
</section>`;
}

// ---------------------------------------------------------------- goal areas

/** @param {SiteData} d @param {Lang} lang */
export function goalsPage(d, lang) {
  const path = 'goals.html';
  const l = links(lang, path);
  const en = lang === 'en';
  const all = d.plan.targets.length;
  const onlyInTasks = d.onlyInTasks.length;
  const inAreas = all - onlyInTasks;
  const body = html`
<h1>${en ? 'Goal areas and targets' : '目标领域与目标'}</h1>
<p>${
    en
      ? `The plan sets ${all} targets: ${inAreas} in its five goal areas, ` +
        `and ${onlyInTasks} more stated only in its tasks.`
      : `计划共提出 ${all} 项目标:五个目标领域中 ${inAreas} 项,另有 ${onlyInTasks} 项仅在重点任务中提出。`
  }</p>
${targetGroups(d, lang).map((g) => {
  const text = g.area === null ? null : en ? d.english.goalAreas[g.area.id].text.en : g.area.text;
  return html`<section aria-labelledby="${g.id}">
<h2 id="${g.id}">${g.title}</h2>
${text === null ? '' : html`<p class="plan-text">${text}</p>`}
${countList(countsOf(g.targets, d), lang)}
<ul class="target-list">
${g.targets.map((id) => html`<li>${targetLink(id, d, lang, l)}</li>`)}
</ul>
</section>`;
})}
`;
  return layout({ lang, path, title: t(lang).nav.goals, section: 'goals', body, asOf: d.asOf });
}

// ---------------------------------------------------------------- one target

/** Why a figure is not used by the scorecard. @param {any} o @param {SiteData} d @param {Lang} lang */
function whyNotUsed(o, d, lang) {
  const w = t(lang);
  const en = lang === 'en';
  if (!o.comparable)
    return (
      (en ? 'Not comparable: ' : '不可比:') +
      (o.notComparableBecause ?? []).map((r) => w.notComparable[/** @type {'district'} */ (r)]).join(en ? '; ' : ';')
    );
  if (!o.preferred) return en ? 'Another source for the same year is preferred.' : '同年另有优先采用的来源。';
  if (o.scope !== '南京市') return en ? 'A district’s figure.' : '区级数据。';
  if (o.published !== null && o.published > d.asOf)
    return en ? 'Published after the evaluation date.' : '发布晚于评估日期。';
  return en ? 'Outside the years the target is judged on.' : '不在目标的评估年份内。';
}

/** @param {SiteData} d @param {string} id @param {Lang} lang */
export function targetPage(d, id, lang) {
  const path = `target/${id}.html`;
  const l = links(lang, path);
  const w = t(lang);
  const en = lang === 'en';
  const target = d.targetOf.get(id);
  const ev = d.evaluationOf.get(id);
  const area = d.goalAreaOf.get(id) ?? null;
  const tasks = d.tasksOf.get(id) ?? [];
  const all = d.observationsOf.get(id) ?? [];
  const name = targetName(target, lang);
  const points = all
    .filter((o) => d.usedIds.has(o.id) || (o.comparable && o.scope === '南京市' && o.baseUnit === target.baseUnit))
    .map((o) => ({ year: o.year, value: o.normalized, used: d.usedIds.has(o.id), o }));
  const quantitative = target.kind === 'quantitative';
  const required =
    quantitative && target.value !== null
      ? `${num(target.value, lang)}${target.upperValue !== undefined ? `–${num(target.upperValue, lang)}` : ''}` +
        (target.unit ?? '')
      : null;
  const requiredBase =
    quantitative && typeof ev.required === 'number'
      ? `${num(ev.required, lang)}${typeof ev.requiredUpper === 'number' ? `–${num(ev.requiredUpper, lang)}` : ''}` +
        (en ? ` ${ev.baseUnit}` : '')
      : null;
  const chartId = `chart-${id}`;
  const describe = () => {
    const parts = points.map((p) => `${p.year}: ${num(p.value, lang)}${p.used ? '' : en ? ' (not used)' : '(未采用)'}`);
    const line = requiredBase === null ? '' : en ? `Target: ${requiredBase}. ` : `目标:${requiredBase}。`;
    return `${line}${en ? 'Figures: ' : '数据:'}${parts.join(en ? '; ' : ';')}`;
  };
  const chartInput = {
    target,
    evaluation: ev,
    points,
    title: en ? `${name}: published figures 2020–${Math.max(2024, target.period.end)}` : `${name}:公开数据`,
    description: describe(),
    legend: en
      ? { used: 'figure used', other: 'other comparable figure', target: 'target', path: 'linear path' }
      : { used: '采用的数据', other: '其他可比数据', target: '目标', path: '线性进度' },
  };
  // Two drawings: one for phones (larger type), one for wider screens; CSS shows one of them.
  const wide = quantitative && points.length > 0 ? chartSvg({ ...chartInput, id: chartId, width: 640 }) : null;
  const narrow = wide === null ? null : chartSvg({ ...chartInput, id: `${chartId}-n`, width: 360 });
  const chart =
    wide === null || narrow === null
      ? null
      : html`<div class="chart-wide">${wide.svg}</div><div class="chart-narrow">${narrow.svg}</div>${wide.key}`;
  const mentionWhere = (/** @type {any} */ m) =>
    m.kind === 'goal-area'
      ? en
        ? `Goal area ${d.plan.goalAreas.find((a) => a.id === m.goalArea)?.number}`
        : `目标领域 ${d.plan.goalAreas.find((a) => a.id === m.goalArea)?.number}`
      : en
        ? `Task ${m.task}`
        : `任务 ${m.task}`;
  const body = html`
<p class="crumbs"><a href="${l.here}goals.html">${w.nav.goals}</a> › ${
    area === null ? (en ? 'Stated only in tasks' : '仅在任务中提出') : `${area.number}. ${en ? area.nameEn : area.name}`
  }</p>
<h1>${name}</h1>
${en ? html`<p class="subtitle" lang="${ZH}">${target.metric ?? target.statement}</p>` : ''}
<p class="status-line">${chip(ev.status, lang)} <span class="reason">${en ? ev.reasonEn : ev.reason}</span></p>
${
  ev.parts
    ? html`<ul class="parts">${ev.parts.map(
        (p) => html`<li>${chip(p.status, lang)} ${en ? p.reasonEn : p.reason}</li>`,
      )}
</ul>`
    : ''
}

<section aria-labelledby="wording-h">
<h2 id="wording-h">${en ? 'Wording' : '原文表述'}</h2>
<ul class="mentions">
${target.mentions.map((m) => {
  const sentences = d.englishSentenceAt(m.source.words);
  const link =
    m.kind === 'task'
      ? l.task(m.task)
      : `${l.here}goals.html#area-${d.plan.goalAreas.find((a) => a.id === m.goalArea)?.number}`;
  const english = sentences.map((s) => s.en).join(' ');
  return html`<li><a href="${link}">${mentionWhere(m)}</a>: <q lang="${ZH}">${m.words}</q>
${m.aspirational ? html` <span class="badge">力争</span>` : ''}
${en && sentences.length > 0 ? html`<br><span class="en-sentence">${english}</span>` : ''}</li>`;
})}
</ul>
</section>

<section aria-labelledby="reading-h">
<h2 id="reading-h">${en ? 'How it is read' : '目标解读'}</h2>
<dl class="reading">
<div><dt>${en ? 'Kind' : '类型'}</dt>
<dd>${quantitative ? (en ? 'quantitative' : '定量') : en ? 'qualitative' : '定性'}</dd></div>
${
  quantitative
    ? html`<div><dt>${en ? 'Comparator' : '比较方式'}</dt>
<dd>${w.comparator[/** @type {'reach'} */ (target.comparator)]}</dd></div>
<div><dt>${en ? 'Cadence' : '考核方式'}</dt><dd>${w.cadence[/** @type {'each-year'} */ (target.cadence)]}</dd></div>
${
  required === null
    ? ''
    : html`<div><dt>${en ? 'Figure as written' : '目标值(原文)'}</dt>
<dd>${zh(required, lang)}</dd></div>`
}
${requiredBase === null || !en ? '' : html`<div><dt>In base units</dt><dd>${requiredBase}</dd></div>`}`
    : ''
}
<div><dt>${en ? 'Period' : '时期'}</dt><dd>${target.period.start}–${target.period.end}</dd></div>
<div><dt>${en ? 'Aspirational (力争)' : '力争'}</dt><dd>${
    target.aspirational
      ? en
        ? 'yes: “strive to”; the status is not softened for it'
        : '是(状态不因此放宽)'
      : en
        ? 'no'
        : '否'
  }</dd></div>
${target.noteEn && en ? html`<div><dt>Note</dt><dd>${target.noteEn}</dd></div>` : ''}
</dl>
</section>

<section aria-labelledby="chart-h">
<h2 id="chart-h">${en ? 'Published figures' : '公开数据'}</h2>
${
  chart === null
    ? html`<p class="muted">${
        quantitative
          ? en
            ? 'No comparable published figure to chart.'
            : '暂无可比的公开数据可供绘图。'
          : en
            ? 'A qualitative target: nothing to chart.'
            : '定性目标,无图表。'
      }</p>`
    : html`<figure class="chart">${chart}
<figcaption>${
        en
          ? 'Filled dots: figures the scorecard uses; the line or band: the target; ' +
            'dashed: the linear path from the baseline year to the deadline.'
          : '实心点:评估采用的数据;实线或色带:目标;虚线:自基年至截止年的线性进度。'
      }</figcaption>
</figure>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="${chartId}-table">
<table class="data">
<caption id="${chartId}-table">${en ? 'Figures in the chart' : '图中数据'}</caption>
<thead><tr>${(en ? ['Year', 'As written', 'Value', 'Used', 'Source'] : ['年份', '原文', '数值', '采用', '来源']).map(
        (h) => html`<th scope="col">${h}</th>`,
      )}</tr></thead>
<tbody>${points.map(
        (p) =>
          html`<tr><td>${p.year}</td><td>${zh(p.o.valueText, lang)}</td><td>${num(p.value, lang)}</td>
<td>${p.used ? (en ? 'yes' : '是') : en ? 'no' : '否'}</td><td><a href="#obs-${p.o.id}">${p.o.publisher}</a></td></tr>`,
      )}</tbody>
</table>
</div>`
}
${
  all.length === 0
    ? html`<p>${en ? 'No published figure was found for this target.' : '未找到该目标的公开数据。'}</p>`
    : html`<h3>${en ? `Citations (${all.length})` : `出处(${all.length} 条)`}</h3>
<ol class="citations">
${all.map(
  (o) => html`<li id="obs-${o.id}" class="citation${d.usedIds.has(o.id) ? ' used' : ''}">
<p class="cite-head"><strong>${o.year}</strong> · <strong>${zh(o.valueText, lang)}</strong> ${
    d.usedIds.has(o.id)
      ? html`<span class="badge used">${en ? 'used' : '采用'}</span>`
      : html`<span class="badge">${en ? 'not used' : '未采用'}</span>`
  }${o.scope !== '南京市' ? html` <span class="badge">${zh(o.scope, lang)}</span>` : ''}</p>
<blockquote${CJK.test(o.quote) ? html` lang="${ZH}"` : ''} cite="${o.url}">${o.quote}</blockquote>
<p class="source">${zh(o.publisher, lang)}${
    o.title ? html`, <cite${CJK.test(o.title) ? html` lang="${ZH}"` : ''}>${o.title}</cite>` : ''
  }, ${o.published === null ? (en ? 'undated' : '无日期') : html`<time datetime="${o.published}">${o.published}</time>`}
— <a class="ext" href="${o.url}" rel="external noopener noreferrer">${o.url}</a></p>
${d.usedIds.has(o.id) ? '' : html`<p class="why">${whyNotUsed(o, d, lang)}</p>`}
</li>`,
)}
</ol>`
}
</section>

<section aria-labelledby="tasks-h">
<h2 id="tasks-h">${en ? 'Tasks and responsible units' : '相关任务与责任单位'}</h2>
${
  tasks.length === 0
    ? html`<p>${
        en
          ? 'No task states this target, so the plan names no unit responsible for it.'
          : '没有重点任务提出该目标,计划未明确责任单位。'
      }</p>`
    : html`<ul class="task-list">${tasks.map(
        (task) =>
          html`<li><a href="${l.task(task.number)}">${task.number}. ${taskTitle(task, lang)}</a> — ${task.leadUnits.map(
            (u, i) =>
              html`${i > 0 ? (en ? ', ' : '、') : ''}<a href="${l.unit(u)}">${unitName(d.unitOf.get(u), lang)}</a>${
                i === 0 ? html` <span class="badge lead">${en ? 'lead' : '牵头'}</span>` : ''
              }`,
          )}</li>`,
      )}</ul>`
}
</section>
`;
  return layout({ lang, path, title: name, section: 'goals', body, asOf: d.asOf });
}

// ---------------------------------------------------------------- tasks

/** @param {SiteData} d @param {Lang} lang */
export function tasksPage(d, lang) {
  const path = 'tasks.html';
  const l = links(lang, path);
  const en = lang === 'en';
  const body = html`
<h1>${en ? 'Key tasks' : '重点任务'}</h1>
<p>${
    en
      ? `${d.plan.tasks.length} tasks in ${d.plan.taskGroups.length} groups, each with its responsible units ` +
        '(the lead unit first) and the targets it states.'
      : `${d.plan.taskGroups.length} 组共 ${d.plan.tasks.length} 项重点任务,列出责任单位(牵头单位在前)和任务提出的目标。`
  }</p>
<nav aria-label="${en ? 'Task groups' : '任务分组'}"><ol class="toc">${d.plan.taskGroups.map(
    (g) => html`<li><a href="#group-${g.number}">${en ? g.titleEn : g.title}</a></li>`,
  )}</ol></nav>
${d.plan.taskGroups.map(
  (g) => html`<section aria-labelledby="group-${g.number}">
<h2 id="group-${g.number}">${g.number}. ${en ? g.titleEn : g.title}</h2>
<p class="plan-text">${en ? d.english.taskGroups[g.id].intro.en : g.intro}</p>
${g.tasks.map((n) => {
  const task = d.plan.tasks[n - 1];
  const tx = d.english.tasks[task.id];
  return html`<article id="task-${n}" class="task">
<h3>${n}. ${taskTitle(task, lang)}</h3>
<p class="plan-text">${en ? tx.text.en : task.text}</p>
<p class="units" data-task-units="${n}"><span class="label">${en ? 'Responsible units' : '责任单位'}:</span>
${task.leadUnits.map(
  (u, i) =>
    html`${i > 0 ? (en ? '; ' : '、') : ''}<a href="${l.unit(u)}" data-unit="${u}">${unitName(d.unitOf.get(u), lang)}</a>
${i === 0 ? html` <span class="badge lead">${en ? 'lead' : '牵头'}</span>` : ''}`,
)}</p>
${
  task.targets.length > 0
    ? html`<p class="targets"><span class="label">${en ? 'Targets' : '目标'}:</span></p>
<ul class="target-list">${task.targets.map((id) => html`<li>${targetLink(id, d, lang, l)}</li>`)}</ul>`
    : ''
}
</article>`;
})}
</section>`,
)}
`;
  return layout({ lang, path, title: t(lang).nav.tasks, section: 'tasks', body, asOf: d.asOf });
}

// ---------------------------------------------------------------- units

/** @param {SiteData} d @param {Lang} lang */
export function unitsPage(d, lang) {
  const path = 'units.html';
  const l = links(lang, path);
  const en = lang === 'en';
  const scoreOf = new Map(d.scorecard.units.map((u) => [u.unit, u]));
  const taskItem = (/** @type {number} */ n) =>
    html`<li><a href="${l.task(n)}">${n}. ${taskTitle(d.plan.tasks[n - 1], lang)}</a></li>`;
  const taskList = (/** @type {readonly number[]} */ tasks) =>
    tasks.length === 0
      ? html`<p class="muted">${en ? 'none' : '无'}</p>`
      : html`<ul class="task-list">${tasks.map(taskItem)}</ul>`;
  const targetsBlock = (/** @type {any} */ set, /** @type {string} */ heading) =>
    set.targets.length === 0
      ? ''
      : html`<h4>${heading}</h4>${countList(set.counts, lang)}<ul class="target-list">${set.targets.map(
          (/** @type {string} */ id) => html`<li>${targetLink(id, d, lang, l)}</li>`,
        )}</ul>`;
  const body = html`
<h1>${en ? 'Responsible units' : '责任单位'}</h1>
<p>${
    en
      ? `${d.plan.units.length} units are named responsible for the tasks. The first unit named for a task leads ` +
        'it; the others are co-responsible. The targets of a unit are those its tasks state.'
      : `重点任务共涉及 ${d.plan.units.length} 个责任单位。每项任务排在首位的单位为牵头单位,其余为配合单位;` +
        '单位的目标即其任务提出的目标。'
  } <a href="${l.here}matrix.html">${en ? 'See the responsibility matrix.' : '查看责任矩阵。'}</a></p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="units-caption">
<table class="units-table">
<caption id="units-caption">${en ? 'Units and their tasks' : '单位及其任务'}</caption>
<thead><tr>${(en ? ['Unit', 'Leads', 'Co-responsible'] : ['单位', '牵头', '配合']).map(
    (h) => html`<th scope="col">${h}</th>`,
  )}</tr></thead>
<tbody>${d.plan.units.map((u) => {
    const s = scoreOf.get(u.id);
    return html`<tr><th scope="row"><a href="#u-${u.id}">${unitName(u, lang)}</a></th>
<td>${s.lead.tasks.length}</td><td>${s.coResponsible.tasks.length}</td></tr>`;
  })}</tbody>
</table>
</div>
${d.plan.units.map((u) => {
  const s = scoreOf.get(u.id);
  return html`<section id="u-${u.id}" class="unit" aria-labelledby="u-${u.id}-h">
<h2 id="u-${u.id}-h">${unitName(u, lang)}</h2>
<p class="muted">${
    en ? html`<span lang="${ZH}">${u.fullName ?? u.name}</span> · ` : u.fullName ? `${u.fullName} · ` : ''
  }
${UNIT_KINDS[lang][/** @type {'court'} */ (u.kind)] ?? u.kind}</p>
<div class="unit-cols">
<div><h3>${en ? `Leads (${s.lead.tasks.length})` : `牵头任务(${s.lead.tasks.length})`}</h3>
${taskList(s.lead.tasks)}
${targetsBlock(s.lead, en ? 'Targets of the tasks it leads' : '牵头任务的目标')}</div>
<div><h3>${en ? `Co-responsible (${s.coResponsible.tasks.length})` : `配合任务(${s.coResponsible.tasks.length})`}</h3>
${taskList(s.coResponsible.tasks)}
${targetsBlock(s.coResponsible, en ? 'Targets of those tasks' : '配合任务的目标')}</div>
</div>
</section>`;
})}
`;
  return layout({ lang, path, title: t(lang).nav.units, section: 'units', body, asOf: d.asOf });
}

// ---------------------------------------------------------------- matrix

/** @param {SiteData} d @param {Lang} lang */
export function matrixPage(d, lang) {
  const path = 'matrix.html';
  const l = links(lang, path);
  const en = lang === 'en';
  const { units, tasks, roles } = d.matrix;
  const P = en ? 'L' : '主';
  const C = en ? 'C' : '协';
  const body = html`
<h1>${en ? 'Responsibility matrix' : '责任矩阵'}</h1>
<p>${en ? 'Units (rows) by tasks (columns): ' : '责任单位(行)× 重点任务(列):'}
<span class="role role-primary" aria-hidden="true">${P}</span> ${en ? 'leads the task (named first); ' : '牵头(排在首位);'}
<span class="role role-supporting" aria-hidden="true">${C}</span> ${en ? 'co-responsible. ' : '配合。'}
${en ? 'On a narrow screen the table scrolls sideways; the unit names stay in view.' : '窄屏上表格可横向滚动,单位名称固定显示。'}</p>
<div class="matrix-wrap" tabindex="0" role="region" aria-labelledby="matrix-caption">
<table class="matrix">
<caption id="matrix-caption">${en ? 'Who is responsible for which task' : '各任务的责任单位'}</caption>
<thead><tr><th scope="col" class="corner">${en ? 'Unit \\ task' : '单位 \\ 任务'}</th>${tasks.map(
    (task) =>
      html`<th scope="col"><a href="${l.task(task.number)}" title="${taskTitle(task, lang)}"
  aria-label="${en ? 'Task' : '任务'} ${task.number}: ${taskTitle(task, lang)}">${task.number}</a></th>`,
  )}<th scope="col">${en ? 'Lead' : '牵头'}</th><th scope="col">${en ? 'Co' : '配合'}</th></tr></thead>
<tbody>
${units.map((u, r) => {
  const row = roles[r];
  const leads = row.filter((x) => x === 'primary').length;
  const supports = row.filter((x) => x === 'supporting').length;
  const cell = (/** @type {string | null} */ role, /** @type {number} */ c) => {
    if (role === null) return html`<td></td>`;
    const n = tasks[c].number;
    const part = role === 'primary' ? (en ? 'leads' : '牵头') : en ? 'co-responsible' : '配合';
    const title = en ? `Task ${n}: ${part}` : `任务 ${n}:${part}`;
    const mark = role === 'primary' ? P : C;
    return html`<td class="has"><span class="role role-${role}" title="${title}">${mark}</span></td>`;
  };
  const name = html`<th scope="row"><a href="${l.unit(u.id)}">${unitName(u, lang)}</a></th>`;
  return html`<tr>${name}${row.map(cell)}<td class="sum">${leads}</td><td class="sum">${supports}</td></tr>`;
})}
</tbody>
</table>
</div>
`;
  return layout({ lang, path, title: t(lang).nav.matrix, section: 'matrix', body, asOf: d.asOf });
}

// ---------------------------------------------------------------- full text

const HEADING_OF = /** @type {Record<string, string>} */ ({
  'parts:title': 'h2',
  'sections:title': 'h3',
  'taskGroups:title': 'h3',
});

/** Where a record of the text is shown beside the full text. @param {any} record @param {SiteData} d @param {any} l */
function recordLink(record, d, l) {
  if (record.section === 'tasks') return l.task(Number(record.id.slice(5)));
  if (record.section === 'taskGroups') return l.group(d.plan.taskGroups.find((g) => g.id === record.id)?.number ?? 1);
  if (record.section === 'goalAreas')
    return `${l.here}goals.html#area-${d.plan.goalAreas.find((a) => a.id === record.id)?.number}`;
  return null;
}

/** The sentence id as an HTML id. @param {string} id */
export function sentenceAnchor(id) {
  return `s-${id.replace('.', '-')}`;
}

/** @param {SiteData} d @param {Lang} lang */
export function textPage(d, lang) {
  const path = 'text.html';
  const en = lang === 'en';
  /** @type {{ key: string, record: any, sentences: any[] }[]} */
  const blocks = [];
  for (const s of d.english.sentences) {
    const key = `${s.record.section}:${s.record.id}:${s.record.field}`;
    const last = blocks.at(-1);
    if (last?.key === key) last.sentences.push(s);
    else blocks.push({ key, record: s.record, sentences: [s] });
  }
  const body = html`
<h1>${en ? 'The plan’s full text' : '计划全文'}</h1>
<p class="muted">${
    en
      ? 'Sentence by sentence, in the unofficial English translation; the Chinese page shows the original.'
      : '按句排列;英文版为每句的非官方译文。'
  }</p>
${blocks.map((b) => {
  const tag = HEADING_OF[`${b.record.section}:${b.record.field}`];
  const inner = b.sentences.map(
    (s, i) =>
      html`${i > 0 && en ? ' ' : ''}<span id="${sentenceAnchor(s.id)}" class="sentence">${en ? s.en : s.zh}</span>`,
  );
  if (tag === 'h2') return html`<h2>${inner}</h2>`;
  if (tag === 'h3') return html`<h3>${inner}</h3>`;
  const strong = b.record.field === 'title' || b.record.field === 'name';
  return html`<p class="plan-text${strong ? ' strong' : ''}">${inner}</p>`;
})}
`;
  return layout({ lang, path, title: t(lang).nav.text, section: 'text', body, asOf: d.asOf });
}

// ---------------------------------------------------------------- search

/**
 * The search index: every sentence of the plan in both languages, every target and every unit, with the page
 * it is on. Paths are relative to the language folder.
 * @param {SiteData} d
 */
export function searchIndex(d) {
  /** @type {[string, string, string, string][]} */
  const entries = [];
  const l = links('zh', 'search.html');
  for (const s of d.english.sentences) {
    const where = recordLink(s.record, d, l) ?? `text.html#${sentenceAnchor(s.id)}`;
    entries.push(['s', where, s.zh, s.en]);
  }
  for (const target of d.plan.targets)
    entries.push([
      't',
      l.target(target.id),
      `${target.metric ?? target.statement} ${target.statement}`,
      target.metricEn,
    ]);
  for (const unit of d.plan.units)
    entries.push(['u', l.unit(unit.id), `${unit.name} ${unit.fullName ?? ''}`.trim(), unit.nameEn]);
  return entries;
}

/** @param {SiteData} d @param {Lang} lang @param {string} clientScript */
export function searchPage(d, lang, clientScript) {
  const path = 'search.html';
  const en = lang === 'en';
  const w = t(lang);
  const labels = en
    ? {
        s: 'Text',
        t: 'Target',
        u: 'Unit',
        none: 'Nothing found.',
        count: 'results',
        hint: 'Type at least one character.',
      }
    : { s: '正文', t: '目标', u: '单位', none: '未找到结果。', count: '条结果', hint: '请输入检索词。' };
  const body = html`
<h1>${w.nav.search}</h1>
<form id="search-form" role="search" aria-label="${en ? 'Full search' : '全文检索'}" action="search.html" method="get">
<label for="q">${en ? 'Words in Chinese or English (all must appear)' : '中文或英文检索词(多个词须同时出现)'}</label>
<div class="search-row"><input id="q" name="q" type="search" autocomplete="off">
<button type="submit">${w.searchButton}</button></div>
</form>
<p id="search-status" role="status" aria-live="polite">${labels.hint}</p>
<ol id="results" class="results"></ol>
<noscript><p>${en ? 'Search needs JavaScript.' : '搜索需要启用 JavaScript。'}</p></noscript>
`;
  const scripts = html`<script>window.SEARCH_INDEX = ${scriptJson(searchIndex(d))};
window.SEARCH_LABELS = ${scriptJson({ ...labels, lang })};</script>
<script>${rawScript(clientScript)}</script>`;
  return layout({ lang, path, title: w.nav.search, section: 'search', body, scripts, asOf: d.asOf });
}

/** The client script as it is (it comes from the repository, not from data). @param {string} source */
function rawScript(source) {
  if (/<\/script/i.test(source)) throw new Error('search client must not contain </script');
  return raw(source);
}
