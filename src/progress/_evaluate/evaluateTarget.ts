// One target's evaluation: its figures judged by the judge of its cadence, and the reasons in both languages.
import type { PlanTarget, TargetId } from '../../model/ids.js';
import type { QuantitativeTarget } from '../../model/types.js';
import type {
  Contribution,
  EvaluatedFigure,
  PartialEvaluation,
  ScopedTargetEvaluation,
  TargetEvaluation,
} from '../evaluation.js';
import { en } from '../locales/en.js';
import { zh } from '../locales/zh.js';
import { factorOf, type ReportingRule } from '../reportingRules.js';
import type { NormalizedProgressEntry } from '../validateProgressReport.js';
import { judgeAverageAnnual } from './averageAnnual.js';
import { judgeByDeadline, judgeTotal, type Series } from './byDeadline.js';
import type { Clock } from './clock.js';
import { requirementOf } from './compare.js';
import { judgeEachYear } from './eachYear.js';
import { judgePerDistrict } from './perDistrict.js';
import type {
  Display,
  Judgment,
  JudgmentInParts,
  PartVerdict,
  ScopeFigure,
  TargetVerdict,
  Verdict,
} from './verdict.js';
import { judgeYearOnYear } from './yearOnYear.js';

/** The judge of a target's city-wide figures, by its cadence (and, by a deadline, by what it measures). */
function judge(target: QuantitativeTarget, series: Series, clock: Clock): Judgment | JudgmentInParts {
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

/**
 * The unit a target's figures are shown in: the one the reporter wrote its latest figure in (so `380万人` reads
 * as written), else the plan's own unit for the target where a reporter may write it, else the first accepted.
 */
export function displayOf(rule: ReportingRule, entries: readonly NormalizedProgressEntry[]): Display {
  const latest = [...entries].sort((a, b) => a.year - b.year).at(-1);
  const planUnit = rule.target.unit as string | null;
  const unit =
    latest?.reported.unit ??
    (planUnit !== null && (rule.units as readonly string[]).includes(planUnit) ? planUnit : rule.units[0]);
  return { unit, power: Math.round(Math.log10(factorOf(unit) ?? 1)) };
}

function partOf(part: PartVerdict, display: Display): PartialEvaluation {
  const [reason, reasonEn] = [zh.part(part, display), en.part(part, display)];
  return Object.freeze(
    part.scope === undefined
      ? { year: part.year!, status: part.status, reason, reasonEn }
      : { scope: part.scope, status: part.status, reason, reasonEn },
  );
}

/** The fields every evaluation of a quantitative target opens with: what the target asks, and its status. */
function heading<TStatus>(rule: ReportingRule, status: TStatus) {
  const target = rule.target as QuantitativeTarget;
  return {
    target: target.id as TargetId,
    kind: 'quantitative' as const,
    status,
    aspirational: target.aspirational,
    comparator: target.comparator,
    cadence: target.cadence,
    required: target.baseValue,
    ...(target.baseUpperValue === undefined ? {} : { requiredUpper: target.baseUpperValue }),
    baseUnit: rule.baseUnit,
  };
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
  const display = displayOf(rule, used);
  const verdict: TargetVerdict = {
    judged,
    display,
    aspirational: target.aspirational,
    scopedNotSummed: onlyScoped ? scoped.length : 0,
    outOfScope: 0,
    notStanding,
  };
  // With no city-wide figure, each year's part would only say so: the note on the scoped figures stands for them.
  const parts = 'parts' in judged && !onlyScoped ? judged.parts : undefined;
  return Object.freeze({
    ...heading(rule, judged.status),
    figures: Object.freeze(figuresOf(used)),
    ...(parts === undefined ? {} : { parts: Object.freeze(parts.map((part) => partOf(part, display))) }),
    reason: zh.reason(verdict),
    reasonEn: en.reason(verdict),
  });
}

/** A qualitative target: not evaluable, having no figure. */
export function evaluateQualitative(target: PlanTarget): TargetEvaluation {
  const verdict: TargetVerdict = {
    judged: undefined,
    display: { unit: '', power: 0 },
    aspirational: target.aspirational,
    scopedNotSummed: 0,
    outOfScope: 0,
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

/** Whether a scope's figures add up to the city's, so that a share of the city-wide target makes sense. */
function additive(rule: ReportingRule): boolean {
  const target = rule.target as QuantitativeTarget;
  return (
    rule.baseUnit !== 'percent' &&
    !target.metric.startsWith('每') &&
    target.baseValue !== null &&
    target.comparator !== 'rise' &&
    target.comparator !== 'grow-by' &&
    target.comparator !== 'reduce-by'
  );
}

/**
 * Evaluates a quantitative target for one scope: a target for each main urban district is judged for the
 * scope; any other has the scope's figures set beside the city-wide target (`contribution`), never judged as
 * the city's. `entries` are the scope's standing figures; `outOfScope` counts the target's other figures.
 */
export function evaluateForScope(
  rule: ReportingRule,
  scope: string,
  entries: readonly NormalizedProgressEntry[],
  clock: Clock,
  notStanding: { readonly count: number; readonly asOf: string },
  outOfScope: number,
): ScopedTargetEvaluation {
  const target = rule.target as QuantitativeTarget;
  const display = displayOf(rule, entries);
  const sorted = [...entries].sort((a, b) => a.year - b.year);
  let judged: Verdict;
  let contributions: Contribution[] | undefined;
  if (rule.scopeRequired) judged = judgeByDeadline(target, seriesOf(sorted), clock);
  else if (sorted.length === 0) judged = { status: 'no-data', facts: { kind: 'scope-no-figure', scope } };
  else {
    const adds = additive(rule);
    const whole = target.baseValue;
    const figures: ScopeFigure[] = sorted.map((entry) => ({
      year: entry.year,
      value: entry.value,
      share: adds && whole !== null && whole > 0 ? entry.value / whole : null,
    }));
    contributions = sorted.map((entry, index) =>
      Object.freeze({ year: entry.year, value: entry.value, reported: entry.reported, share: figures[index]!.share }),
    );
    judged = {
      status: 'contribution',
      facts: {
        kind: 'contribution',
        scope,
        figures,
        need: requirementOf(target),
        deadline: target.cadence === 'each-year' ? undefined : target.period.end,
        additive: adds,
      },
    };
  }
  const verdict: TargetVerdict = {
    judged,
    display,
    aspirational: target.aspirational,
    scopedNotSummed: 0,
    ...(rule.scopeRequired
      ? { judgedFor: { scope, per: target.per ?? { name: '各区', nameEn: 'each district' } } }
      : {}),
    outOfScope,
    notStanding,
  };
  return Object.freeze({
    ...heading(rule, judged.status),
    figures: Object.freeze(figuresOf(sorted)),
    ...(contributions === undefined ? {} : { contributions: Object.freeze(contributions) }),
    reason: zh.reason(verdict),
    reasonEn: en.reason(verdict),
  });
}
