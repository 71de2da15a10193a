import { describeInput } from '../_lib/describe.js';
import { frozenValues, push } from '../_lib/groups.js';
import { plan } from '../data/plan.js';
import type { PlanTarget, TargetId } from '../model/ids.js';
import type { Cadence, Comparator } from '../model/types.js';
import { cadences, comparators, targetKinds } from '../model/vocabularies.js';
import { EMPTY } from './_indexes.js';
import { targetFor } from './_resolve.js';
import { type RecordKind, UnknownIdError } from './UnknownIdError.js';

/**
 * The targets of this plan with a given cadence.
 * @example
 * ```ts
 * import { targetsByCadence, type TargetWithCadence } from 'nanjing-innovation-plan';
 * const yearly: readonly TargetWithCadence<'each-year'>[] = targetsByCadence('each-year');
 * yearly.map((target) => target.id)
 * //=> ['new-provincial-little-giants', 'new-national-little-giants', 'new-single-champions',
 * //    'major-investment-projects', 'industrial-land', 'research-land']
 * ```
 * @category Queries
 */
export type TargetWithCadence<TCadence extends Cadence> = Extract<PlanTarget, { readonly cadence: TCadence }>;

/**
 * The targets of this plan with a given comparator.
 * @example
 * ```ts
 * import { targetsByComparator, type TargetWithComparator } from 'nanjing-innovation-plan';
 * const ranges: readonly TargetWithComparator<'range'>[] = targetsByComparator('range');
 * // only range targets have an upper bound, so the type knows `baseUpperValue` is there
 * ranges.map((target) => [target.baseValue, target.baseUpperValue]) //=> [[1, 2], [2, 3], [2, 3], [4, 6]]
 * ```
 * @category Queries
 */
export type TargetWithComparator<TComparator extends Comparator> = Extract<
  PlanTarget,
  { readonly comparator: TComparator }
>;

/**
 * The targets of this plan of a given kind.
 * @example
 * ```ts
 * import { targetsByKind, type TargetOfKind } from 'nanjing-innovation-plan';
 * const goals: readonly TargetOfKind<'qualitative'>[] = targetsByKind('qualitative');
 * goals.map((target) => target.id)
 * //=> ['hundred-billion-industrial-chains', 'new-system-state-key-laboratories', 'world-class-high-tech-zone',
 * //    'business-environment-national-lead', 'ip-powerhouse-city']
 * ```
 * @category Queries
 */
export type TargetOfKind<TKind extends PlanTarget['kind']> = Extract<PlanTarget, { readonly kind: TKind }>;

let byYear: Map<number, readonly PlanTarget[]> | undefined;
let byCadence: Map<string, readonly PlanTarget[]> | undefined;
let byComparator: Map<string, readonly PlanTarget[]> | undefined;
let byKind: Map<string, readonly PlanTarget[]> | undefined;

function group(key: (target: PlanTarget) => string | undefined): Map<string, readonly PlanTarget[]> {
  const map = new Map<string, PlanTarget[]>();
  for (const target of plan.targets) {
    const value = key(target);
    if (value !== undefined) push(map, value, target);
  }
  return frozenValues(map);
}

/** The error for a value that is not one of `values`: the message names the function and what was given. */
function unknownValue(
  kind: RecordKind,
  caller: string,
  label: string,
  input: unknown,
  values: readonly string[],
): UnknownIdError {
  const expected = `expected one of ${values.join(', ')}`;
  return new UnknownIdError(
    kind,
    input,
    typeof input === 'string'
      ? `Unknown ${label} ${describeInput(input)}: ${expected}.`
      : `${caller}: ${expected}, got ${describeInput(input)}`,
  );
}

/**
 * The years in which a target is judged, by the rule of {@link targetsDueIn}.
 *
 * @param target - A target of the plan, or its id.
 * @returns The years, ascending, as a new frozen array.
 * @throws {@link UnknownIdError} If the id (given, or the record's) is not a target of the plan.
 * @throws TypeError If `target` is neither a string nor an object.
 * @example
 * ```ts
 * import { dueYears, getTarget } from 'nanjing-innovation-plan';
 * dueYears(getTarget('high-tech-enterprises')) //=> [2024]
 * dueYears('major-investment-projects') //=> [2021, 2022, 2023, 2024, 2025]
 * ```
 * @category Queries
 */
export function dueYears(target: PlanTarget | TargetId): readonly number[] {
  let record: PlanTarget;
  if (typeof target === 'string') record = targetFor(target, 'dueYears');
  else if (typeof target === 'object' && target !== null && !Array.isArray(target))
    record = targetFor((target as { id?: unknown }).id, 'dueYears');
  else throw new TypeError(`dueYears: expected a target of the plan or its id, got ${describeInput(target)}`);
  const { start, end } = record.period;
  if (record.kind === 'qualitative' || record.cadence === 'by-deadline') return Object.freeze([end]);
  return Object.freeze(Array.from({ length: end - start + 1 }, (_, offset) => start + offset));
}

/**
 * The targets that fall due in a year, in the order of the registry.
 *
 * The rule, by cadence:
 * - `by-deadline` (and every qualitative target): due once, in the last year of its period (`period.end`);
 * - `each-year`: due in every year of its period, each year's figure judged on its own;
 * - `average-annual`: judged in every year of its period (the average rate so far is compared each year);
 * - `year-on-year`: judged in every year of its period (each year against the one before).
 *
 * Most targets run 2022–2024; those set for the 14th Five-Year Plan (`“十四五”期间`) run 2021–2025.
 *
 * @param year - A calendar year (an integer).
 * @returns A frozen array of frozen target records; empty for a year no target falls due in.
 * @throws RangeError If `year` is not an integer.
 * @example
 * ```ts
 * import { targetsDueIn } from 'nanjing-innovation-plan';
 * targetsDueIn(2023).map((target) => target.id)
 * //=> ['new-provincial-little-giants', 'new-national-little-giants', 'new-single-champions',
 * //    'digital-economy-share', 'overseas-talent-growth', 'major-investment-projects',
 * //    'industrial-land', 'research-land']
 * targetsDueIn(2030) //=> []
 * ```
 * @category Queries
 */
export function targetsDueIn(year: number): readonly PlanTarget[] {
  if (!Number.isInteger(year))
    throw new RangeError(`targetsDueIn expects a year as an integer, got ${describeInput(year)}`);
  if (!byYear) {
    const map = new Map<number, PlanTarget[]>();
    for (const target of plan.targets) for (const due of dueYears(target)) push(map, due, target);
    byYear = frozenValues(map);
  }
  return byYear.get(year) ?? EMPTY;
}

/**
 * The quantitative targets with a given cadence (qualitative targets have none).
 *
 * @param cadence - `'by-deadline'`, `'each-year'`, `'average-annual'` or `'year-on-year'`.
 * @returns A frozen array of frozen target records, typed by the cadence.
 * @throws {@link UnknownIdError} If the cadence is not one of the four.
 * @example
 * ```ts
 * import { targetsByCadence } from 'nanjing-innovation-plan';
 * targetsByCadence('average-annual').map((target) => target.statement) //=> ['引进海外人才数量年均增长15%']
 * ```
 * @category Queries
 */
export function targetsByCadence<const TCadence extends Cadence>(
  cadence: TCadence,
): readonly TargetWithCadence<TCadence>[] {
  byCadence ??= group((target) => (target.kind === 'quantitative' ? target.cadence : undefined));
  if (!cadences.includes(cadence)) {
    throw unknownValue('cadence', 'targetsByCadence', 'cadence', cadence, cadences);
  }
  return (byCadence.get(cadence) ?? EMPTY) as readonly TargetWithCadence<TCadence>[];
}

/**
 * The quantitative targets with a given comparator.
 *
 * @param comparator - One of `reach`, `exceed`, `at-least`, `about`, `range`, `reduce-by`, `grow-by`, `rise`.
 * @returns A frozen array of frozen target records, typed by the comparator.
 * @throws {@link UnknownIdError} If the comparator is not one of these.
 * @example
 * ```ts
 * import { targetsByComparator } from 'nanjing-innovation-plan';
 * targetsByComparator('exceed').map((target) => target.statement) //=> ['全市规上工业企业突破5000家']
 * ```
 * @category Queries
 */
export function targetsByComparator<const TComparator extends Comparator>(
  comparator: TComparator,
): readonly TargetWithComparator<TComparator>[] {
  byComparator ??= group((target) => (target.kind === 'quantitative' ? target.comparator : undefined));
  if (!comparators.includes(comparator)) {
    throw unknownValue('comparator', 'targetsByComparator', 'comparator', comparator, comparators);
  }
  return (byComparator.get(comparator) ?? EMPTY) as readonly TargetWithComparator<TComparator>[];
}

/**
 * The quantitative or the qualitative targets.
 *
 * @param kind - `'quantitative'` (with a figure or a measurable direction) or `'qualitative'` (words only).
 * @returns A frozen array of frozen target records, typed by the kind.
 * @throws {@link UnknownIdError} If the kind is neither.
 * @example
 * ```ts
 * import { targetsByKind } from 'nanjing-innovation-plan';
 * targetsByKind('qualitative').map((target) => target.statement)
 * //=> ['一批千亿级产业链', '布局一批全新体制国家重点实验室', '南京高新区进入世界一流科技园区行列',
 * //    '全市营商环境保持全国前列', '率先建成知识产权强市']
 * targetsByKind('quantitative').length //=> 35
 * ```
 * @category Queries
 */
export function targetsByKind<const TKind extends PlanTarget['kind']>(kind: TKind): readonly TargetOfKind<TKind>[] {
  byKind ??= group((target) => target.kind);
  if (!targetKinds.includes(kind)) {
    throw unknownValue('target-kind', 'targetsByKind', 'target kind', kind, targetKinds);
  }
  return (byKind.get(kind) ?? EMPTY) as readonly TargetOfKind<TKind>[];
}
