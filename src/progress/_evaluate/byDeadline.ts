// Targets due by a deadline: a level, a reduction achieved, a rise over the baseline, or a total of additions.
import type { QuantitativeTarget } from '../../model/types.js';
import type { Clock } from './clock.js';
import { above, atLeast, meets, overshoot, requirementOf, thresholdOf } from './compare.js';
import type { Finding, Judgment, LinearPath, Requirement } from './verdict.js';

/** A target's figures by year, in base units. */
export type Series = ReadonlyMap<number, number>;

function yearsIn(series: Series, start: number, end: number): number[] {
  return [...series.keys()].filter((year) => year >= start && year <= end).sort((a, b) => a - b);
}

/**
 * A deadline target judged on its latest figure: `met` or `not-met` on the deadline year's figure; before
 * it, `on-track` once reached, otherwise as the figure stands against the straight line from the baseline.
 */
export function judgeByDeadline(target: QuantitativeTarget, series: Series, clock: Clock): Judgment {
  const { start, end } = target.period;
  const years = yearsIn(series, start, end);
  if (years.length === 0)
    return { status: 'no-data', facts: { kind: 'no-figure', years: clock.yearsDue(start, end), fullYear: false } };
  const latest = years[years.length - 1]!;
  const figure = series.get(latest)!;
  const isRise = target.comparator === 'rise';
  const isReduction = target.comparator === 'reduce-by';
  const baselineYear = start - 1;
  // A reduction is counted from the baseline, so its baseline is 0 % by definition.
  const baseline = isReduction ? 0 : series.get(baselineYear);
  if (isRise && baseline === undefined)
    return { status: 'not-evaluable', facts: { kind: 'needs-baseline', baselineYear, purpose: 'rise' } };
  const reached = isRise ? above(figure, baseline!) : meets(target, figure);
  const need: Requirement = isRise
    ? { kind: 'above-baseline', baseline: baseline!, baselineYear }
    : requirementOf(target);
  const found: Finding = { kind: 'year', year: latest, value: figure };
  const over = overshoot(target, figure);
  if (clock.closed(end)) {
    if (latest === end && reached)
      return { status: 'met', facts: { kind: 'meets', found, need, over, due: undefined } };
    return latest === end
      ? { status: 'not-met', facts: { kind: 'short', found, need } }
      : { status: 'no-data', facts: { kind: 'deadline-missing', deadline: end, latest: found } };
  }
  if (reached) return { status: 'on-track', facts: { kind: 'meets', found, need, over, due: end } };
  if (isRise) return { status: 'behind', facts: { kind: 'not-yet-above', found, need } };
  if (baseline === undefined)
    return { status: 'not-evaluable', facts: { kind: 'short-without-baseline', found, need, baselineYear } };
  const goal = thresholdOf(target).threshold;
  const required = baseline + ((goal - baseline) * clock.elapsed(baselineYear, latest)) / (end - baselineYear);
  const path: LinearPath = isReduction
    ? { kind: 'reduction', baselineYear, required }
    : { kind: 'from-baseline', baselineYear, baseline, required };
  return {
    status: atLeast(figure, required) ? 'on-track' : 'behind',
    facts: { kind: 'against-path', found, need, path, deadline: end },
  };
}

/**
 * A total to add over the period (`新增…150家以上`): the sum of the yearly additions reported, against a
 * straight line from 0; every year over by the judgment date needs its figure.
 */
export function judgeTotal(target: QuantitativeTarget, series: Series, clock: Clock): Judgment {
  const { start, end } = target.period;
  const years = yearsIn(series, start, end);
  if (years.length === 0)
    return { status: 'no-data', facts: { kind: 'no-figure', years: clock.yearsDue(start, end), fullYear: false } };
  const latest = years[years.length - 1]!;
  const total = years.reduce((sum, year) => sum + series.get(year)!, 0);
  const need = requirementOf(target);
  const found: Finding = { kind: 'total', years: { from: start, to: latest }, value: total };
  if (meets(target, total)) {
    return clock.closed(end)
      ? { status: 'met', facts: { kind: 'meets', found, need, over: undefined, due: undefined } }
      : { status: 'on-track', facts: { kind: 'meets', found, need, over: undefined, due: end } };
  }
  // Every year over by the judgment date needs its addition, as does the running year if it is reported.
  const lastClosed = clock.closed(clock.year) ? clock.year : clock.year - 1;
  const missing: number[] = [];
  for (let year = start; year <= Math.min(end, Math.max(lastClosed, latest)); year += 1)
    if (!series.has(year)) missing.push(year);
  if (missing.length > 0) return { status: 'no-data', facts: { kind: 'years-missing', years: missing, found } };
  if (clock.closed(end)) return { status: 'not-met', facts: { kind: 'short', found, need } };
  const required = (thresholdOf(target).threshold * clock.elapsed(start - 1, latest)) / (end - start + 1);
  return {
    status: atLeast(total, required) ? 'on-track' : 'behind',
    facts: { kind: 'against-path', found, need, path: { kind: 'from-zero', required }, deadline: end },
  };
}
