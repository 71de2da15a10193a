/**
 * Whether a target has a figure (or a measurable direction): narrows it to
 * the quantitative target, which alone has `metric`, `comparator`,
 * `cadence`, `measure`, `value`, `unit`, `baseValue` and `baseUnit`. A
 * qualitative target (a goal stated without a figure, 5 of the 40) has only
 * the fields every target has: the plan writes no metric for it, so it has no
 * `metric`, and its `metricEn` glosses the goal itself.
 *
 * @param target - A target of this plan, or any record with a `kind`.
 * @returns `true` for `kind: 'quantitative'`, narrowing `target` to that kind.
 * @example
 * ```ts
 * import { getTarget, isQuantitative, plan } from 'nanjing-innovation-plan';
 * const target = plan.targets[0];
 * isQuantitative(target) && target.metric //=> '高新技术企业总数'
 * isQuantitative(getTarget('ip-powerhouse-city')) //=> false
 * plan.targets.filter(isQuantitative).length //=> 35
 * ```
 * @category Queries
 */
export function isQuantitative<const TTarget extends { readonly kind: string }>(
  target: TTarget,
): target is Extract<TTarget, { readonly kind: 'quantitative' }> {
  return target.kind === 'quantitative';
}
