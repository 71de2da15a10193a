// A target's published figures as an SVG chart, rendered at build time by Observable Plot with linkedom as
// its document: no chart library reaches the page. The chart carries a <title> and <desc>; the page shows
// the same figures in a table beside it.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { escapeHtml, raw } from './html.mjs';

const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');

/**
 * Years shown on the x axis: 2020 to the target's last year (2024 or later).
 * @param {{ period: { end: number } }} target
 */
export function chartYears(target) {
  return [2020, Math.max(2024, target.period.end)];
}

/**
 * The target's line or band in base units, and the linear path for a deadline target with a baseline figure.
 * @param {any} evaluation a ScorecardTarget
 * @param {any} target the plan's target
 */
export function targetShape(evaluation, target) {
  const required = evaluation.required;
  if (typeof required !== 'number') return null;
  const { comparator, cadence } = evaluation;
  if (comparator === 'reduce-by' || comparator === 'grow-by' || comparator === 'rise') return null;
  const x1 = cadence === 'each-year' ? target.period.start : 2020;
  const x2 = target.period.end;
  let band = null;
  if (comparator === 'about') band = [required * 0.9, required];
  if (comparator === 'range' && typeof evaluation.requiredUpper === 'number')
    band = [required, evaluation.requiredUpper];
  let path = null;
  if (cadence === 'by-deadline') {
    const baseline = evaluation.figures.find((/** @type {any} */ f) => f.year === target.period.start - 1);
    if (baseline !== undefined) path = [baseline, { year: target.period.end, value: required }];
  }
  return { required, band, x1, x2, path };
}

/**
 * @param {object} input
 * @param {any} input.target the plan's target
 * @param {any} input.evaluation its ScorecardTarget
 * @param {readonly any[]} input.points figures to draw: { year, value, used }
 * @param {string} input.title
 * @param {string} input.description
 * @param {string} input.id a unique id for the title and description
 * @param {{ used: string, other: string, target: string, path: string }} input.legend
 * @param {number} [input.width] the drawing's width in CSS pixels (it scales down to fit)
 */
export function chartSvg({ target, evaluation, points, title, description, id, legend, width = 640 }) {
  const [start, end] = chartYears(target);
  const shape = targetShape(evaluation, target);
  const marks = [];
  const values = points.map((p) => p.value);
  if (shape !== null) {
    values.push(shape.required);
    if (shape.band !== null) {
      values.push(...shape.band);
      marks.push(
        Plot.rectY([{ x1: shape.x1 - 0.3, x2: shape.x2 + 0.3, y1: shape.band[0], y2: shape.band[1] }], {
          x1: 'x1',
          x2: 'x2',
          y1: 'y1',
          y2: 'y2',
          fill: '#b35900',
          fillOpacity: 0.18,
        }),
      );
    }
    marks.push(
      Plot.ruleY([shape.required], { x1: shape.x1 - 0.3, x2: shape.x2 + 0.3, stroke: '#b35900', strokeWidth: 2 }),
    );
    if (shape.path !== null) {
      marks.push(
        Plot.line(shape.path, { x: 'year', y: 'value', stroke: '#6b4c9a', strokeDasharray: '5 4', strokeWidth: 1.5 }),
      );
    }
  }
  const used = points.filter((p) => p.used);
  const other = points.filter((p) => !p.used);
  if (used.length > 1) marks.push(Plot.line(used, { x: 'year', y: 'value', stroke: '#1f5f99', strokeWidth: 2 }));
  marks.push(Plot.dot(other, { x: 'year', y: 'value', stroke: '#5c5c5c', fill: 'white', r: 4, strokeWidth: 1.5 }));
  marks.push(Plot.dot(used, { x: 'year', y: 'value', fill: '#1f5f99', r: 4.5 }));
  const max = Math.max(0, ...values);
  const svg = Plot.plot({
    document,
    width,
    height: width < 500 ? 240 : 280,
    marginLeft: width < 500 ? 48 : 70,
    marginRight: 20,
    style: { fontSize: width < 500 ? '13px' : '12px', fontFamily: 'inherit', background: 'transparent' },
    x: { domain: [start - 0.5, end + 0.5], ticks: range(start, end), tickFormat: (d) => String(d), label: null },
    y: { domain: [0, max * 1.15 || 1], grid: true, label: null, tickFormat: '~s' },
    marks,
  });
  svg.removeAttribute('aria-label');
  svg.removeAttribute('aria-description');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${id}-title ${id}-desc`);
  // Plot labels its mark groups with aria-label; inside an image they are not allowed, and the title and
  // description say what the drawing shows.
  for (const element of svg.querySelectorAll('[aria-label]')) element.removeAttribute('aria-label');
  const markup = svg.outerHTML.replace(
    /^<svg([^>]*)>/,
    `<svg$1><title id="${escapeHtml(id)}-title">${escapeHtml(title)}</title>` +
      `<desc id="${escapeHtml(id)}-desc">${escapeHtml(description)}</desc>`,
  );
  const key = [
    shape !== null ? `<span class="key key-target">${escapeHtml(legend.target)}</span>` : '',
    shape?.path ? `<span class="key key-path">${escapeHtml(legend.path)}</span>` : '',
    used.length > 0 ? `<span class="key key-used">${escapeHtml(legend.used)}</span>` : '',
    other.length > 0 ? `<span class="key key-other">${escapeHtml(legend.other)}</span>` : '',
  ].join('');
  return { svg: raw(markup), key: raw(`<p class="chart-key" aria-hidden="true">${key}</p>`) };
}

/** @param {number} a @param {number} b */
function range(a, b) {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}
