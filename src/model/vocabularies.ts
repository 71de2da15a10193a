/**
 * The closed vocabularies of the data model, each written once as a frozen
 * tuple. The types in `types.ts` are derived from them, the zod schemas
 * enumerate them, and the queries and the CLI check input against them.
 *
 * @module
 */

/**
 * Every kind of responsible unit, in the order {@link UnitKind} describes them.
 * @example
 * ```ts
 * import { getUnit, unitKinds } from 'nanjing-innovation-plan';
 * unitKinds.length //=> 9
 * unitKinds.includes(getUnit('市法院').kind) //=> true
 * ```
 * @category Data
 */
export const unitKinds = /* @__PURE__ */ Object.freeze([
  'party-department',
  'government-department',
  'court',
  'district',
  'park',
  'state-owned-enterprise',
  'financial-regulator',
  'association',
  'collective',
] as const);

/**
 * Both tiers of responsible unit (see {@link UnitTier}).
 * @example
 * ```ts
 * import { unitTiers } from 'nanjing-innovation-plan';
 * unitTiers //=> ['municipal', 'district']
 * ```
 * @category Data
 */
export const unitTiers = /* @__PURE__ */ Object.freeze(['municipal', 'district'] as const);

/**
 * Both kinds of target: with a figure or a measurable direction, or in words only.
 * @example
 * ```ts
 * import { targetKinds, targetsByKind } from 'nanjing-innovation-plan';
 * targetKinds //=> ['quantitative', 'qualitative']
 * targetKinds.map((kind) => targetsByKind(kind).length) //=> [35, 5]
 * ```
 * @category Data
 */
export const targetKinds = /* @__PURE__ */ Object.freeze(['quantitative', 'qualitative'] as const);

/**
 * Every comparator a target's wording can set (see {@link Comparator} for what each means).
 * @example
 * ```ts
 * import { comparators } from 'nanjing-innovation-plan';
 * comparators //=> ['reach', 'exceed', 'at-least', 'about', 'range', 'reduce-by', 'grow-by', 'rise']
 * ```
 * @category Data
 */
export const comparators = /* @__PURE__ */ Object.freeze([
  'reach',
  'exceed',
  'at-least',
  'about',
  'range',
  'reduce-by',
  'grow-by',
  'rise',
] as const);

/**
 * Every cadence a target can be judged by (see {@link Cadence}).
 * @example
 * ```ts
 * import { cadences } from 'nanjing-innovation-plan';
 * cadences //=> ['by-deadline', 'each-year', 'average-annual', 'year-on-year']
 * ```
 * @category Data
 */
export const cadences = /* @__PURE__ */ Object.freeze([
  'by-deadline',
  'each-year',
  'average-annual',
  'year-on-year',
] as const);

/**
 * Everything a target's figure can measure (see {@link MeasureKind}).
 * @example
 * ```ts
 * import { measureKinds } from 'nanjing-innovation-plan';
 * measureKinds //=> ['level', 'increment', 'change']
 * ```
 * @category Data
 */
export const measureKinds = /* @__PURE__ */ Object.freeze(['level', 'increment', 'change'] as const);

/**
 * Every unit a target's value is normalized to (see {@link BaseUnit}).
 * @example
 * ```ts
 * import { baseUnits, getTarget } from 'nanjing-innovation-plan';
 * baseUnits.length //=> 16
 * baseUnits.includes(getTarget('technology-contract-turnover').baseUnit) //=> true
 * ```
 * @category Data
 */
export const baseUnits = /* @__PURE__ */ Object.freeze([
  'enterprises',
  'market-entities',
  'projects',
  'clusters',
  'parks',
  'buildings',
  'pilot-zones',
  'innovation-centres',
  'institutions',
  'demonstrations',
  'people',
  'person-years',
  'patents',
  'percent',
  'yuan',
  'km2',
] as const);
