// Targets for each main urban district (`各主城区…`): each reported district judged on its own, never summed.
import type { QuantitativeTarget } from '../../model/types.js';
import type { ProgressStatus } from '../evaluation.js';
import type { NormalizedProgressEntry } from '../validateProgressReport.js';
import { judgeByDeadline } from './byDeadline.js';
import type { Clock } from './clock.js';
import { type JudgmentInParts, type PartVerdict, worstOf } from './verdict.js';

/**
 * Each reported district against the target. One district `not-met` or `behind` makes the target so (every
 * district must meet it); otherwise it is `not-evaluable`, never `met`: the plan does not name the main
 * urban districts, so the reported ones cannot be known to be all of them. No district reported is `no-data`.
 */
export function judgePerDistrict(
  target: QuantitativeTarget,
  scoped: readonly NormalizedProgressEntry[],
  clock: Clock,
): JudgmentInParts {
  const scopes = [...new Set(scoped.map((entry) => entry.scope!))].sort((a, b) => a.localeCompare(b));
  const parts = scopes.map((scope): PartVerdict => {
    const figures = new Map(scoped.filter((entry) => entry.scope === scope).map((entry) => [entry.year, entry.value]));
    const judged = judgeByDeadline(target, figures, clock);
    return { scope, status: judged.status, facts: judged.facts };
  });
  const worst = worstOf(parts) ?? 'no-data';
  const status: ProgressStatus =
    parts.length === 0 ? 'no-data' : worst === 'not-met' || worst === 'behind' ? worst : 'not-evaluable';
  return { status, facts: { kind: 'per-district', per: target.per }, parts };
}
