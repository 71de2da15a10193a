// One target's evaluation: its figures judged by the judge of its cadence, and the reasons in both languages.
import type { PlanTarget, TargetId } from '../../model/ids.js';
import type { QuantitativeTarget } from '../../model/types.js';
import type { EvaluatedFigure, PartialEvaluation, TargetEvaluation } from '../evaluation.js';
import { en } from '../locales/en.js';
import { zh } from '../locales/zh.js';
import type { ReportingRule } from '../reportingRules.js';
import type { NormalizedProgressEntry } from '../validateProgressReport.js';
import { judgeAverageAnnual } from './averageAnnual.js';
import { judgeByDeadline, judgeTotal, type Series } from './byDeadline.js';
import type { Clock } from './clock.js';
import { judgeEachYear } from './eachYear.js';
import { judgePerDistrict } from './perDistrict.js';
import type { PartVerdict, TargetVerdict, Verdict } from './verdict.js';
import { judgeYearOnYear } from './yearOnYear.js';

/** The judge of a target's city-wide figures, by its cadence (and, by a deadline, by what it measures). */
function judge(target: QuantitativeTarget, series: Series, clock: Clock): Verdict {
  switch (target.cadence) {
    case 'each-year':
      return judgeEachYear(target, series, clock);
    case 'year-on-year':
      return judgeYearOnYear(target, series, clock);
    case 'average-annual':
      return judgeAverageAnnual(target, series, clock);
    default:
      return target.measure === 'increment'
        ? judgeTotal(target, series, clock)
        : judgeByDeadline(target, series, clock);
  }
}

function seriesOf(entries: readonly NormalizedProgressEntry[]): Series {
  return new Map(entries.map((entry) => [entry.year, entry.value]));
}

function figuresOf(entries: readonly NormalizedProgressEntry[]): EvaluatedFigure[] {
  return [...entries]
    .sort((a, b) => (a.scope ?? '').localeCompare(b.scope ?? '') || a.year - b.year)
    .map((entry) =>
      Object.freeze(
        entry.scope === undefined
          ? { year: entry.year, value: entry.value }
          : { year: entry.year, value: entry.value, scope: entry.scope },
      ),
    );
}

function partOf(part: PartVerdict): PartialEvaluation {
  const [reason, reasonEn] = [zh.part(part), en.part(part)];
  return Object.freeze(
    part.scope === undefined
      ? { year: part.year!, status: part.status, reason, reasonEn }
      : { scope: part.scope, status: part.status, reason, reasonEn },
  );
}

/**
 * Evaluates a quantitative target on the report's figures for it that stand on the evaluation date;
 * `notStanding` counts those that do not.
 */
export function evaluateTarget(
  rule: ReportingRule,
  entries: readonly NormalizedProgressEntry[],
  clock: Clock,
  notStanding: { readonly count: number; readonly asOf: string },
): TargetEvaluation {
  const target = rule.target as QuantitativeTarget;
  const cityWide = entries.filter((entry) => entry.scope === undefined);
  const scoped = entries.filter((entry) => entry.scope !== undefined);
  // Scoped figures are judged only for targets that apply to each district, and never summed into a city-wide one.
  const used = rule.scopeRequired ? scoped : cityWide;
  const judged = rule.scopeRequired
    ? judgePerDistrict(target, scoped, clock)
    : judge(target, seriesOf(cityWide), clock);
  const onlyScoped = !rule.scopeRequired && judged.status === 'no-data' && cityWide.length === 0 && scoped.length > 0;
  const verdict: TargetVerdict = {
    judged,
    aspirational: target.aspirational,
    scopedNotSummed: onlyScoped ? scoped.length : 0,
    notStanding,
  };
  // With no city-wide figure, each year's part would only say so: the note on the scoped figures stands for them.
  const parts = 'parts' in judged && !onlyScoped ? judged.parts : undefined;
  return Object.freeze({
    target: target.id as TargetId,
    kind: 'quantitative' as const,
    status: judged.status,
    aspirational: target.aspirational,
    comparator: target.comparator,
    cadence: target.cadence,
    required: target.baseValue,
    ...(target.baseUpperValue === undefined ? {} : { requiredUpper: target.baseUpperValue }),
    baseUnit: rule.baseUnit,
    figures: Object.freeze(figuresOf(used)),
    ...(parts === undefined ? {} : { parts: Object.freeze(parts.map(partOf)) }),
    reason: zh.reason(verdict),
    reasonEn: en.reason(verdict),
  });
}

/** A qualitative target: not evaluable, having no figure. */
export function evaluateQualitative(target: PlanTarget): TargetEvaluation {
  const verdict: TargetVerdict = {
    judged: undefined,
    aspirational: target.aspirational,
    scopedNotSummed: 0,
    notStanding: { count: 0, asOf: '' },
  };
  return Object.freeze({
    target: target.id,
    kind: 'qualitative' as const,
    status: 'not-evaluable' as const,
    aspirational: target.aspirational,
    figures: Object.freeze([]),
    reason: zh.reason(verdict),
    reasonEn: en.reason(verdict),
  });
}
