import {
  leftOutFigureRecords,
  observationRecords,
  targetsWithoutFigureRecords,
} from '../../annotations/observations.js';
import { deepFreeze } from '../_lib/deepFreeze.js';
import type { TargetId } from '../model/ids.js';
import type { LeftOutFigure, Observation, TargetWithoutFigures } from '../model/observations.js';

/**
 * The literal type of {@link observations}: every record with its literal target id.
 * @example
 * ```ts
 * import { observations, type Observations } from 'nanjing-innovation-plan/observations';
 * const data: Observations = observations;
 * data.length //=> 72
 * ```
 * @category Observations
 */
export type Observations = typeof observationRecords;

/**
 * The id of an observation, e.g. `'high-tech-enterprises-2023-fenjinzi-10062'`.
 * @example
 * ```ts
 * import type { ObservationId } from 'nanjing-innovation-plan/observations';
 * const id: ObservationId = 'rd-expenditure-share-2022-kjj-nanjing-3-82';
 * id //=> 'rd-expenditure-share-2022-kjj-nanjing-3-82'
 * ```
 * @category Observations
 */
export type ObservationId = Observations[number]['id'] | never;

/**
 * The exact record of the observation with id `TId`, as {@link getObservation} returns it.
 * @example
 * ```ts
 * import { getObservation, type ObservationOf } from 'nanjing-innovation-plan/observations';
 * const record: ObservationOf<'talent-pool-2024-yuhaojiang-415'> = getObservation('talent-pool-2024-yuhaojiang-415');
 * record.year //=> 2024
 * ```
 * @category Observations
 */
export type ObservationOf<TId extends ObservationId> = Extract<Observations[number], { readonly id: TId }> | never;

/**
 * Figures published for the plan's targets in public pages (news reports,
 * reposts, government pages), each with the sentence that states it, the
 * page it was read on, what it counts and whether it is comparable with its
 * target. Deep-frozen; in the order the figures were recorded.
 *
 * They are not official statistics of this package: each is what one page
 * says, quoted exactly and read a second time against that page.
 * @example
 * ```ts
 * import { observations } from 'nanjing-innovation-plan/observations';
 * const rd = observations.filter((o) => o.target === 'rd-expenditure-share' && o.preferred);
 * rd.map((o) => [o.year, o.valueText]) //=> [[2022, '3.82%'], [2020, '3.48%'], [2021, '3.6%']]
 * Object.isFrozen(observations[0]) //=> true
 * ```
 * @category Observations
 */
export const observations: Observations = /* @__PURE__ */ deepFreeze(observationRecords);

/**
 * The targets with a figure in the plan for which no published figure was
 * found, with the searches made and what they turned up.
 * @example
 * ```ts
 * import { targetsWithoutFigures } from 'nanjing-innovation-plan/observations';
 * targetsWithoutFigures.map((t) => t.target)
 * //=> ['new-headquarters-enterprises', 'service-manufacturing-integration-demonstrations', 'fifty-billion-yuan-parks',
 * //    'rd-personnel-per-10k-workers', 'non-fossil-energy-share', 'industrial-land', 'research-land',
 * //    'urban-industrial-parks-per-district', 'urban-industrial-buildings-per-district']
 * ```
 * @category Observations
 */
export const targetsWithoutFigures: readonly TargetWithoutFigures[] =
  /* @__PURE__ */ deepFreeze(targetsWithoutFigureRecords);

/**
 * Figures that were recorded but are not in the dataset, because their page
 * or sentence could not be found again when the quotes were re-read.
 * @example
 * ```ts
 * import { leftOutFigures } from 'nanjing-innovation-plan/observations';
 * leftOutFigures.map((f) => [f.target, f.valueText])
 * //=> [['manufacturing-value-added-share', '29.2%'], ['technology-contract-turnover', '752.38亿元'],
 * //    ['new-rd-institutions', '401家']]
 * ```
 * @category Observations
 */
export const leftOutFigures: readonly LeftOutFigure[] = /* @__PURE__ */ deepFreeze(leftOutFigureRecords);

/**
 * The observation with an id.
 * @param id - The observation's id.
 * @returns The frozen record.
 * @throws RangeError If no observation has the id.
 * @example
 * ```ts
 * import { getObservation } from 'nanjing-innovation-plan/observations';
 * getObservation('talent-pool-2024-yuhaojiang-415').valueText //=> '415万人'
 * ```
 * @category Observations
 */
export function getObservation<const TId extends ObservationId>(id: TId): ObservationOf<TId> {
  const found = observations.find((observation) => observation.id === id);
  if (found === undefined) throw new RangeError(`getObservation: no observation has the id ${JSON.stringify(id)}`);
  return found as ObservationOf<TId>;
}

/**
 * The observations of one target, in the order recorded.
 * @param target - The target's id.
 * @returns A frozen array (empty if the target has none).
 * @example
 * ```ts
 * import { observationsOf } from 'nanjing-innovation-plan/observations';
 * observationsOf('talent-pool').map((o) => o.valueText) //=> ['356万人', '415万人']
 * observationsOf('research-land') //=> []
 * ```
 * @category Observations
 */
export function observationsOf(target: TargetId): readonly Observation[] {
  return Object.freeze(observations.filter((observation) => observation.target === target));
}
