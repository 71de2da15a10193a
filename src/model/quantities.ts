/**
 * The units the plan writes its figures in, with the factor that converts a
 * figure in that unit to its base unit (`万` = 10⁴, `亿` = 10⁸).
 *
 * @example
 * ```ts
 * 1.2 * unitFactors['万家'] //=> 12000
 * ```
 * @category Data
 */
export const unitFactors = /* @__PURE__ */ Object.freeze({
  家: 1,
  万家: 1e4,
  个: 1,
  件: 1,
  人: 1,
  万人: 1e4,
  人年: 1,
  '%': 1,
  元: 1,
  万元: 1e4,
  亿元: 1e8,
  平方公里: 1,
} as const);

/**
 * A unit a figure of the plan is written in.
 * @example
 * ```ts
 * import { getTarget, unitFactors, type WrittenUnit } from 'nanjing-innovation-plan';
 * const target = getTarget('technology-contract-turnover');
 * const unit: WrittenUnit = target.unit;
 * unit //=> '亿元'
 * target.value * unitFactors[unit] //=> 94000000000
 * ```
 * @category Data
 */
export type WrittenUnit = keyof typeof unitFactors;
