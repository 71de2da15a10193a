import { plan } from '../data/plan.js';
import { failure, readOptions, success, valueAt } from '../issues/_helpers.js';
import type { ValidationResult } from '../issues/types.js';
import type { GoalAreaId, TargetId, TaskGroupId, UnitId } from '../model/ids.js';
import type { Observation } from '../model/observations.js';
import type { QuantitativeTarget } from '../model/types.js';
import { meets } from '../progress/_evaluate/compare.js';
import { evaluateProgress } from '../progress/evaluateProgress.js';
import { type ProgressStatus, progressStatuses, type TargetEvaluation } from '../progress/evaluation.js';
import type { ProgressEntry } from '../progress/progressReportSchema.js';
import { reportingRules } from '../progress/reportingRules.js';
import { observations } from './observations.js';

/**
 * Options of {@link evaluatePlan}.
 * @example
 * ```ts
 * import { evaluatePlan, type EvaluatePlanOptions } from 'nanjing-innovation-plan/observations';
 * const endOf2023: EvaluatePlanOptions = { asOf: '2023-12-31' };
 * const result = evaluatePlan(endOf2023);
 * result.success && result.data.asOf //=> '2023-12-31'
 * ```
 * @category Observations
 */
export interface EvaluatePlanOptions {
  /**
   * The date to judge at, `YYYY-MM-DD`; today's date (UTC) by default.
   * Figures for later years, and figures published after it, are not used.
   */
  readonly asOf?: string;
}

/**
 * A published figure an evaluation used, with where it comes from.
 * @example
 * ```ts
 * import { evaluatePlan, type Citation } from 'nanjing-innovation-plan/observations';
 * const result = evaluatePlan({ asOf: '2025-12-31' });
 * const cited: readonly Citation[] = result.success
 *   ? (result.data.targets.find((t) => t.target === 'talent-pool')?.citations ?? [])
 *   : [];
 * cited.map((c) => [c.year, c.valueText]) //=> [[2021, '356万人'], [2024, '415万人']]
 * ```
 * @category Observations
 */
export interface Citation {
  /** The observation's id. */
  readonly observation: string;
  readonly year: number;
  readonly valueText: string;
  readonly publisher: string;
  readonly url: string;
}

/**
 * One target on the scorecard: its evaluation, the figures used with their
 * citations, and the other figures recorded for it that were not used.
 * @example
 * ```ts
 * import { evaluatePlan, type ScorecardTarget } from 'nanjing-innovation-plan/observations';
 * const result = evaluatePlan({ asOf: '2025-12-31' });
 * const target: ScorecardTarget | undefined = result.success ? result.data.targets[0] : undefined;
 * [target?.target, target?.status] //=> ['high-tech-enterprises', 'no-data']
 * ```
 * @category Observations
 */
export interface ScorecardTarget extends TargetEvaluation {
  /** The figures used, with their sources, in the order of `figures`. */
  readonly citations: readonly Citation[];
  /**
   * Ids of the target's other observations: not comparable, not preferred, outside the target's years,
   * or not yet published.
   */
  readonly notUsed: readonly string[];
}

/**
 * How many targets of a set have each status.
 * @example
 * ```ts
 * import { evaluatePlan, type StatusCounts } from 'nanjing-innovation-plan/observations';
 * const result = evaluatePlan({ asOf: '2025-12-31' });
 * const counts: StatusCounts | undefined = result.success ? result.data.counts : undefined;
 * counts?.['not-evaluable'] //=> 5
 * ```
 * @category Observations
 */
export type StatusCounts = { readonly [TStatus in ProgressStatus]: number };

/**
 * A set of targets with its counts per status.
 * @example
 * ```ts
 * import { evaluatePlan, type TargetSet } from 'nanjing-innovation-plan/observations';
 * const result = evaluatePlan({ asOf: '2025-12-31' });
 * const area: TargetSet | undefined = result.success ? result.data.goalAreas[3] : undefined;
 * area?.targets //=> ['talent-pool', 'overseas-talent-growth', 'rd-personnel-per-10k-workers']
 * ```
 * @category Observations
 */
export interface TargetSet {
  readonly targets: readonly TargetId[];
  readonly counts: StatusCounts;
}

/**
 * A goal area's targets on the scorecard.
 * @example
 * ```ts
 * import { evaluatePlan, type GoalAreaScore } from 'nanjing-innovation-plan/observations';
 * const result = evaluatePlan({ asOf: '2025-12-31' });
 * const first: GoalAreaScore | undefined = result.success ? result.data.goalAreas[0] : undefined;
 * first?.name //=> '科创企业森林枝繁叶茂'
 * ```
 * @category Observations
 */
export interface GoalAreaScore extends TargetSet {
  readonly goalArea: GoalAreaId;
  readonly number: number;
  readonly name: string;
  readonly nameEn: string;
}

/**
 * A task group's targets on the scorecard: the targets its tasks state.
 * @example
 * ```ts
 * import { evaluatePlan, type TaskGroupScore } from 'nanjing-innovation-plan/observations';
 * const result = evaluatePlan({ asOf: '2025-12-31' });
 * const support: TaskGroupScore | undefined = result.success ? result.data.taskGroups[2] : undefined;
 * support?.targets //=> ['new-system-state-key-laboratories', 'national-innovation-pilot-zones', 'new-rd-institutions']
 * // the talent group's tasks state no target: the talent targets are stated in goal area 4 only
 * result.success && result.data.taskGroups[3]?.targets //=> []
 * ```
 * @category Observations
 */
export interface TaskGroupScore extends TargetSet {
  readonly taskGroup: TaskGroupId;
  readonly number: number;
  readonly title: string;
  readonly titleEn: string;
}

/**
 * A responsible unit's targets on the scorecard: those stated in the tasks it
 * leads (named first on the `责任单位` line) and those stated in the tasks it
 * is named on after the first. A target can be in both, from different tasks.
 * @example
 * ```ts
 * import { evaluatePlan, type UnitScore } from 'nanjing-innovation-plan/observations';
 * const result = evaluatePlan({ asOf: '2025-12-31' });
 * const science: UnitScore | undefined = result.success
 *   ? result.data.units.find((u) => u.name === '市科技局')
 *   : undefined;
 * science?.lead.tasks //=> [1, 16, 18, 19]
 * ```
 * @category Observations
 */
export interface UnitScore {
  readonly unit: UnitId;
  readonly name: string;
  readonly nameEn: string;
  readonly lead: TargetSet & { readonly tasks: readonly number[] };
  readonly coResponsible: TargetSet & { readonly tasks: readonly number[] };
}

/**
 * Something the figures show that a count of statuses does not: a target
 * already met by its baseline-year figure, or a yearly target exceeded
 * several times over (`ratio` ≥ 2: the figure divided by the target).
 * @example
 * ```ts
 * import { evaluatePlan, type ScorecardFinding } from 'nanjing-innovation-plan/observations';
 * const result = evaluatePlan({ asOf: '2025-12-31' });
 * const findings: readonly ScorecardFinding[] = result.success ? result.data.findings : [];
 * findings.map((f) => [f.kind, f.target, f.year])
 * //=> [['exceeded-several-times', 'new-national-little-giants', 2024],
 * //    ['exceeded-several-times', 'new-single-champions', 2024],
 * //    ['met-at-baseline', 'high-tech-industry-output-share', 2021]]
 * ```
 * @category Observations
 */
export interface ScorecardFinding {
  readonly kind: 'met-at-baseline' | 'exceeded-several-times';
  readonly target: TargetId;
  readonly year: number;
  /** The figure in base units, and the target's. */
  readonly value: number;
  readonly required: number;
  /** `value / required`, rounded to two decimals. */
  readonly ratio: number;
  readonly citation: Citation;
}

/**
 * The plan judged against the published figures: every target with its
 * status and citations, and the counts per goal area, task group and
 * responsible unit.
 * @example
 * ```ts
 * import { evaluatePlan, type Scorecard } from 'nanjing-innovation-plan/observations';
 * const result = evaluatePlan({ asOf: '2025-12-31' });
 * if (!result.success) throw new Error('cannot happen for a valid date');
 * const scorecard: Scorecard = result.data;
 * scorecard.targets.length //=> 40
 * scorecard.withoutResponsibleUnit.length > 0 //=> true
 * ```
 * @category Observations
 */
export interface Scorecard {
  /** The date judged at. */
  readonly asOf: string;
  readonly targets: readonly ScorecardTarget[];
  readonly counts: StatusCounts;
  readonly goalAreas: readonly GoalAreaScore[];
  readonly taskGroups: readonly TaskGroupScore[];
  readonly units: readonly UnitScore[];
  /** Targets stated only in a goal area: no task states them, so the plan's text names no unit responsible. */
  readonly withoutResponsibleUnit: readonly TargetId[];
  readonly findings: readonly ScorecardFinding[];
}

/** The reporter named in the progress report the observations are turned into. */
const REPORTER = '公开发布数据(非官方汇编) / published figures (unofficial compilation)';

/**
 * Whether the scorecard uses an observation at `asOf`: preferred, comparable, city-wide, in its target's
 * years, published by then.
 */
function usable(observation: Observation, asOf: string): boolean {
  const rule = reportingRules.get(observation.target);
  return (
    observation.preferred &&
    observation.comparable &&
    observation.scope === '南京市' &&
    rule?.years.includes(observation.year) === true &&
    (observation.published === null || observation.published <= asOf)
  );
}

function citationOf(observation: Observation): Citation {
  const { id, year, valueText, publisher, url } = observation;
  return { observation: id, year, valueText, publisher, url };
}

function countsOf(targets: readonly TargetId[], statusOf: ReadonlyMap<TargetId, ProgressStatus>): StatusCounts {
  const counts = Object.fromEntries(progressStatuses.map((status) => [status, 0])) as Record<ProgressStatus, number>;
  for (const target of targets) counts[statusOf.get(target)!] += 1;
  return counts;
}

function unique<TValue>(values: Iterable<TValue>): TValue[] {
  return [...new Set(values)];
}

function targetsOfTasks(tasks: readonly number[]): TargetId[] {
  return unique(tasks.flatMap((number) => plan.tasks[number - 1]?.targets ?? []));
}

function findingsOf(targets: readonly ScorecardTarget[], used: readonly Observation[]): ScorecardFinding[] {
  const findings: ScorecardFinding[] = [];
  const ratio = (value: number, required: number) => Math.round((value / required) * 100) / 100;
  for (const evaluation of targets) {
    const rule = reportingRules.get(evaluation.target);
    if (rule === undefined || typeof evaluation.required !== 'number' || evaluation.required <= 0) continue;
    const required = evaluation.required;
    const target = rule.target as QuantitativeTarget;
    for (const figure of evaluation.figures) {
      const observation = used.find((o) => o.target === evaluation.target && o.year === figure.year);
      if (observation === undefined) continue;
      const found = { target: evaluation.target, year: figure.year, value: figure.value, required };
      if (
        figure.year === rule.baselineYear &&
        target.cadence === 'by-deadline' &&
        target.comparator !== 'reduce-by' &&
        meets(target, figure.value)
      ) {
        findings.push({
          kind: 'met-at-baseline',
          ...found,
          ratio: ratio(figure.value, required),
          ...cite(observation),
        });
      }
      if (target.cadence === 'each-year' && figure.value >= 2 * required) {
        findings.push({
          kind: 'exceeded-several-times',
          ...found,
          ratio: ratio(figure.value, required),
          ...cite(observation),
        });
      }
    }
  }
  return findings.sort((a, b) => a.kind.localeCompare(b.kind) || a.target.localeCompare(b.target) || a.year - b.year);
}

function cite(observation: Observation): { citation: Citation } {
  return { citation: citationOf(observation) };
}

/**
 * Evaluates the plan against the published figures in {@link observations},
 * as of a date.
 *
 * The preferred, comparable, city-wide observations (see
 * `Observation.preferred`) for the years each target takes, published by
 * the date, are turned into a progress report and judged by
 * `evaluateProgress` with its rules unchanged: a lower bound (`超4000家`) is
 * judged as the figure written, and a target without a usable figure is
 * `no-data`. Every status carries the figures used with their citations.
 *
 * The figures are what public pages say, quoted and re-read against those
 * pages; they are not official statistics, and the scorecard is not an
 * official assessment.
 *
 * @param options - `asOf`: the date to judge at, `YYYY-MM-DD` (default: today, UTC).
 * @returns `{ success: true, data }` with the scorecard, or `{ success: false, issues }` for a bad date.
 * @example
 * ```ts
 * import { evaluatePlan } from 'nanjing-innovation-plan/observations';
 * const result = evaluatePlan({ asOf: '2025-12-31' });
 * if (!result.success) throw new Error('cannot happen for a valid date');
 * const talent = result.data.targets.find((t) => t.target === 'talent-pool');
 * talent?.status //=> 'met'
 * talent?.citations.map((c) => c.publisher)
 * //=> ['中新网江苏', 'yuhaojiang.com repost (original publisher not named in the text read)']
 * evaluatePlan({ asOf: '2025-13-01' }).success //=> false
 * ```
 * @category Observations
 */
export function evaluatePlan(options?: EvaluatePlanOptions | null): ValidationResult<Scorecard> {
  const read = readOptions(options);
  if ('code' in read) return failure([read]);
  const given = valueAt(read.options, ['asOf']);
  const asOf = given === undefined ? new Date().toISOString().slice(0, 10) : given;
  const used = observations.filter((observation) => usable(observation, String(asOf)));
  const entries: ProgressEntry[] = used.map(
    (observation) =>
      ({
        target: observation.target,
        year: observation.year,
        value: observation.value,
        unit: observation.unit,
        source: observation.url,
        note: observation.id,
      }) as ProgressEntry,
  );
  // Every figure is a whole year's, so the report stands at the end of the last year it covers; the evaluation
  // date then decides which years stand, by evaluateProgress's own rule.
  const lastYear = Math.max(plan.period.end, ...used.map((observation) => observation.year));
  const evaluated = evaluateProgress(
    { reporter: REPORTER, asOf: `${lastYear}-12-31`, entries },
    { asOf: asOf as string },
  );
  if (!evaluated.success) return failure(evaluated.issues);
  const targets: ScorecardTarget[] = evaluated.data.targets.map((evaluation) => {
    const citations = evaluation.figures.flatMap((figure) => {
      const observation = used.find((o) => o.target === evaluation.target && o.year === figure.year);
      return observation === undefined ? [] : [citationOf(observation)];
    });
    const cited = new Set(citations.map((citation) => citation.observation));
    const notUsed = observations
      .filter((observation) => observation.target === evaluation.target && !cited.has(observation.id))
      .map((observation) => observation.id);
    return { ...evaluation, citations, notUsed };
  });
  const statusOf = new Map(targets.map((target) => [target.target, target.status]));
  const goalAreas = plan.goalAreas.map((area) => ({
    goalArea: area.id,
    number: area.number,
    name: area.name,
    nameEn: area.nameEn,
    targets: area.targets,
    counts: countsOf(area.targets, statusOf),
  }));
  const taskGroups = plan.taskGroups.map((group) => {
    const inGroup = targetsOfTasks(group.tasks);
    return {
      taskGroup: group.id,
      number: group.number,
      title: group.title,
      titleEn: group.titleEn,
      targets: inGroup,
      counts: countsOf(inGroup, statusOf),
    };
  });
  const units = plan.units.map((unit) => {
    const named = plan.tasks.filter((task) => (task.leadUnits as readonly string[]).includes(unit.id));
    const leads = named.filter((task) => task.leadUnits[0] === unit.id).map((task) => task.number);
    const supports = named.filter((task) => task.leadUnits[0] !== unit.id).map((task) => task.number);
    const [leadTargets, coTargets] = [targetsOfTasks(leads), targetsOfTasks(supports)];
    return {
      unit: unit.id,
      name: unit.name,
      nameEn: unit.nameEn,
      lead: { tasks: leads, targets: leadTargets, counts: countsOf(leadTargets, statusOf) },
      coResponsible: { tasks: supports, targets: coTargets, counts: countsOf(coTargets, statusOf) },
    };
  });
  const inTasks = new Set(plan.tasks.flatMap((task) => task.targets as readonly TargetId[]));
  const withoutResponsibleUnit = plan.targets.map((target) => target.id).filter((id) => !inTasks.has(id));
  return success({
    asOf: evaluated.data.asOf,
    targets,
    counts: evaluated.data.counts,
    goalAreas,
    taskGroups,
    units,
    withoutResponsibleUnit,
    findings: findingsOf(targets, used),
  });
}
