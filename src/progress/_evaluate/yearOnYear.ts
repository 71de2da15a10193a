// Targets to rise year on year (`逐年提高`): each year's figure against the year before's.
import type { QuantitativeTarget } from '../../model/types.js';
import type { Series } from './byDeadline.js';
import type { Clock } from './clock.js';
import { above } from './compare.js';
import { combine, type JudgmentInParts, type PartVerdict } from './verdict.js';

/** Each year up to the judgment date against the year before; a year without the one before is not evaluable. */
export function judgeYearOnYear(target: QuantitativeTarget, series: Series, clock: Clock): JudgmentInParts {
  const { start, end } = target.period;
  const parts: PartVerdict[] = [];
  for (let year = start; year <= end && year <= clock.year; year += 1) {
    const value = series.get(year);
    const previous = series.get(year - 1);
    const closed = clock.closed(year);
    if (value === undefined) {
      if (closed) parts.push({ year, status: 'no-data', facts: { kind: 'year-no-figure', year } });
      continue;
    }
    if (previous === undefined) {
      parts.push({ year, status: 'not-evaluable', facts: { kind: 'year-needs-previous', year } });
      continue;
    }
    const rose = above(value, previous);
    const status = rose ? (closed ? 'met' : 'on-track') : closed ? 'not-met' : 'behind';
    parts.push({ year, status, facts: { kind: 'year-on-year', year, value, previous, rose } });
  }
  return { status: combine(parts, clock.closed(end)), facts: { kind: 'higher-each-year' }, parts };
}
