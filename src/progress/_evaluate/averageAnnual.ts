// Targets of average annual growth (`年均增长`): the compound growth from the baseline year.
import type { QuantitativeTarget } from '../../model/types.js';
import type { Series } from './byDeadline.js';
import type { Clock } from './clock.js';
import { atLeast, requirementOf } from './compare.js';
import type { Finding, Judgment } from './verdict.js';

/**
 * The compound average annual growth from the baseline year's figure to the latest full year's: `met` or
 * `not-met` on the deadline year, `on-track` or `behind` before it.
 */
export function judgeAverageAnnual(target: QuantitativeTarget, series: Series, clock: Clock): Judgment {
  const { start, end } = target.period;
  const baselineYear = start - 1;
  const years = [...series.keys()]
    .filter((year) => year >= start && year <= end && clock.closed(year))
    .sort((a, b) => a - b);
  if (years.length === 0)
    return { status: 'no-data', facts: { kind: 'no-figure', years: clock.yearsDue(start, end), fullYear: true } };
  const baseline = series.get(baselineYear);
  if (baseline === undefined || baseline <= 0)
    return { status: 'not-evaluable', facts: { kind: 'needs-baseline', baselineYear, purpose: 'growth' } };
  const latest = years[years.length - 1]!;
  const growth = ((series.get(latest)! / baseline) ** (1 / (latest - baselineYear)) - 1) * 100;
  const need = requirementOf(target);
  const found: Finding = { kind: 'growth', years: { from: baselineYear, to: latest }, value: growth };
  const reached = atLeast(growth, target.baseValue ?? 0);
  if (latest === end)
    return reached
      ? { status: 'met', facts: { kind: 'meets', found, need, over: undefined, due: undefined } }
      : { status: 'not-met', facts: { kind: 'short', found, need } };
  if (clock.closed(end))
    return { status: 'no-data', facts: { kind: 'deadline-missing', deadline: end, latest: found } };
  return { status: reached ? 'on-track' : 'behind', facts: { kind: 'against-target', found, need } };
}
