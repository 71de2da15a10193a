// Targets held every year (`每年`): each year's figure judged on its own.
import type { QuantitativeTarget } from '../../model/types.js';
import type { Series } from './byDeadline.js';
import type { Clock } from './clock.js';
import { atLeast, meets, requirementOf, thresholdOf } from './compare.js';
import { combine, type JudgmentInParts, type PartVerdict } from './verdict.js';

/**
 * Each year up to the judgment date on its own: a year missed is `not-met`; the running year is judged pro
 * rata for additions, and is short of a level until it reaches it.
 */
export function judgeEachYear(target: QuantitativeTarget, series: Series, clock: Clock): JudgmentInParts {
  const { start, end } = target.period;
  const need = requirementOf(target);
  const parts: PartVerdict[] = [];
  for (let year = start; year <= end && year <= clock.year; year += 1) {
    const figure = series.get(year);
    const closed = clock.closed(year);
    if (figure === undefined) {
      if (closed) parts.push({ year, status: 'no-data', facts: { kind: 'year-no-figure', year } });
      continue;
    }
    const found = { kind: 'year', year, value: figure } as const;
    if (meets(target, figure)) {
      const final = closed || target.measure === 'increment';
      parts.push({ year, status: final ? 'met' : 'on-track', facts: { kind: 'year-meets', found, need } });
    } else if (closed) {
      parts.push({ year, status: 'not-met', facts: { kind: 'short', found, need } });
    } else if (target.measure === 'increment') {
      const required = thresholdOf(target).threshold * clock.fraction;
      parts.push({
        year,
        status: atLeast(figure, required) ? 'on-track' : 'behind',
        facts: { kind: 'year-pro-rata', found, required },
      });
    } else parts.push({ year, status: 'behind', facts: { kind: 'year-below', found, need } });
  }
  return { status: combine(parts, clock.closed(end)), facts: { kind: 'each-year', need }, parts };
}
