import { scaleByPowerOfTen } from '../_lib/decimal.js';
import { deepFreeze } from '../_lib/deepFreeze.js';
import { plan } from '../data/plan.js';
import type { PlanTarget } from '../model/ids.js';
import { unitFactors, type WrittenUnit } from '../model/quantities.js';
import type { BaseUnit, QuantitativeTarget } from '../model/types.js';

/**
 * The units a reporter may write a figure in, by the base unit of what the
 * figure counts. Counts of things take the count classifiers (`家`, `个`,
 * `万家`), head counts `人`/`万人`, full-time equivalents `人年`, patents
 * `件`, shares and rates `%`, money `元`/`万元`/`亿元`, areas `平方公里`.
 *
 * | base unit | accepted units |
 * | --- | --- |
 * | enterprises, market-entities, projects, clusters, parks | 家, 万家, 个 |
 * | buildings, pilot-zones, innovation-centres, institutions, demonstrations | 家, 万家, 个 |
 * | people | 人, 万人 |
 * | person-years | 人年 |
 * | patents | 件 |
 * | percent | % |
 * | yuan | 元, 万元, 亿元 |
 * | km2 | 平方公里 |
 *
 * @example
 * ```ts
 * acceptedUnits.people //=> ['人', '万人']
 * ```
 * @category Progress
 */
export const acceptedUnits: { readonly [TBaseUnit in BaseUnit]: readonly WrittenUnit[] } = deepFreeze({
  enterprises: ['家', '万家', '个'],
  'market-entities': ['家', '万家', '个'],
  projects: ['家', '万家', '个'],
  clusters: ['家', '万家', '个'],
  parks: ['家', '万家', '个'],
  buildings: ['家', '万家', '个'],
  'pilot-zones': ['家', '万家', '个'],
  'innovation-centres': ['家', '万家', '个'],
  institutions: ['家', '万家', '个'],
  demonstrations: ['家', '万家', '个'],
  people: ['人', '万人'],
  'person-years': ['人年'],
  patents: ['件'],
  percent: ['%'],
  yuan: ['元', '万元', '亿元'],
  km2: ['平方公里'],
} satisfies Record<BaseUnit, readonly WrittenUnit[]>);

/**
 * A quantitative target of this plan, with its literal values.
 * @example
 * ```ts
 * import { getTarget } from 'nanjing-innovation-plan';
 * import { acceptedUnits, type PlanQuantitativeTarget } from 'nanjing-innovation-plan/schema';
 * const target: PlanQuantitativeTarget = getTarget('rd-expenditure-share');
 * [target.value, target.unit, target.baseUnit] //=> [3.9, '%', 'percent']
 * acceptedUnits[target.baseUnit] //=> ['%']
 * ```
 * @category Progress
 */
export type PlanQuantitativeTarget = Extract<PlanTarget, { readonly kind: 'quantitative' }>;

/**
 * The id of a target of this plan that has a figure, e.g. `'high-tech-enterprises'`.
 * @example
 * ```ts
 * import { targetsByKind } from 'nanjing-innovation-plan';
 * import type { QuantitativeTargetId } from 'nanjing-innovation-plan/schema';
 * const ids: readonly QuantitativeTargetId[] = targetsByKind('quantitative').map((target) => target.id);
 * ids.length //=> 35
 * ids.includes('high-tech-enterprises') //=> true
 * // a qualitative target takes no figure, so 'ip-powerhouse-city' is not a QuantitativeTargetId
 * ```
 * @category Progress
 */
export type QuantitativeTargetId = PlanQuantitativeTarget['id'];

/** How a target's figures are reported: what, in which units, for which years, within which bounds. */
export interface ReportingRule {
  readonly target: PlanQuantitativeTarget;
  /** Units the reporter may write. */
  readonly units: readonly [WrittenUnit, ...WrittenUnit[]];
  /** Base unit of the entries' normalized values (differs from the target's for `grow-by`: a series of head counts). */
  readonly baseUnit: BaseUnit;
  /** The year before the period, when a baseline figure is accepted; `null` otherwise. */
  readonly baselineYear: number | null;
  /** Every year a figure may be reported for, baseline first. */
  readonly years: readonly [number, ...number[]];
  /** Least value that makes sense, if any. */
  readonly min?: number;
  /** Greatest value that makes sense, if any. */
  readonly max?: number;
  /**
   * Whether figures must be whole numbers once in the base unit: counts of
   * things (enterprises, projects, parks, people, patents, …), not shares,
   * money, areas, full-time equivalents or rates per 10,000 (`每万…`).
   */
  readonly wholeNumbers: boolean;
  /** Whether a scope is required (targets that apply to each of several districts). */
  readonly scopeRequired: boolean;
  /** What a figure for this target means, in Chinese and English. */
  readonly reports: { readonly zh: string; readonly en: string };
}

/** Targets whose figures are reported in a kind of unit other than the target's own. */
const SERIES_OF: Partial<Record<string, { readonly baseUnit: BaseUnit; readonly zh: string; readonly en: string }>> = {
  'overseas-talent-growth': {
    baseUnit: 'people',
    zh: '当年引进海外人才人数(含基数年),据此计算年均增长率',
    en:
      'the number of overseas talents introduced in the year (with the baseline year); ' +
      'the average annual growth is computed from the series',
  },
};

function describe(target: QuantitativeTarget): { zh: string; en: string } {
  if (target.comparator === 'reduce-by')
    return {
      zh: '较基数年(期间前一年)累计降低的百分比',
      en: 'the reduction achieved since the baseline year (the year before the period), in percent',
    };
  if (target.measure === 'increment')
    return { zh: '当年新增数', en: "the number added in that year (a year's flow, not a running total)" };
  if (target.cadence === 'each-year') return { zh: '当年水平', en: "that year's level" };
  return {
    zh: '当年年末水平(基数年为期间前一年)',
    en: 'the level at the end of that year (the baseline is the year before the period)',
  };
}

/** Base units whose figures need not be whole numbers. */
const NOT_COUNTS: ReadonlySet<BaseUnit> = new Set<BaseUnit>(['percent', 'yuan', 'km2', 'person-years']);

function ruleFor(target: PlanQuantitativeTarget): ReportingRule {
  const series = SERIES_OF[target.id];
  const baseUnit = series?.baseUnit ?? target.baseUnit;
  const units = acceptedUnits[baseUnit] as readonly [WrittenUnit, ...WrittenUnit[]];
  const needsBaseline =
    series !== undefined ||
    target.cadence === 'year-on-year' ||
    (target.cadence === 'by-deadline' && target.measure === 'level');
  const baselineYear = needsBaseline ? target.period.start - 1 : null;
  const years: number[] = [];
  for (let year = baselineYear ?? target.period.start; year <= target.period.end; year += 1) years.push(year);
  const isShare = baseUnit === 'percent' && target.measure === 'level';
  const bounds = target.comparator === 'reduce-by' ? { max: 100 } : isShare ? { min: 0, max: 100 } : { min: 0 };
  return {
    target,
    units,
    baseUnit,
    baselineYear,
    years: years as unknown as readonly [number, ...number[]],
    ...bounds,
    wholeNumbers: !NOT_COUNTS.has(baseUnit) && !target.metric.startsWith('每'),
    scopeRequired: (target as QuantitativeTarget).per !== undefined,
    reports: series ? { zh: series.zh, en: series.en } : describe(target),
  };
}

/**
 * The reporting rule of every quantitative target, by id.
 */
export const reportingRules: ReadonlyMap<string, ReportingRule> = new Map(
  plan.targets
    .filter((target): target is PlanQuantitativeTarget => target.kind === 'quantitative')
    .map((target) => [target.id, ruleFor(target)]),
);

/**
 * The earliest year any target takes a figure for (a baseline year): a
 * report dated before it speaks for none of them.
 */
export const EARLIEST_YEAR: number = Math.min(...[...reportingRules.values()].map((rule) => rule.years[0]));

/**
 * A figure in its base unit, scaled exactly on its decimal digits (`1.05 万家` → 10500, not
 * 10500.000000000002; `12345678901234 家` stays 12345678901234): `NaN` for an unknown unit, `±Infinity`
 * past the range of numbers.
 */
export function toBaseUnit(value: number, unit: string): number {
  const factor = factorOf(unit);
  return factor === undefined ? Number.NaN : scaleByPowerOfTen(value, Math.round(Math.log10(factor)));
}

/** Factor from a written unit to its base unit; `undefined` for units this package does not know. */
export function factorOf(unit: string): number | undefined {
  return Object.hasOwn(unitFactors, unit) ? unitFactors[unit as WrittenUnit] : undefined;
}
