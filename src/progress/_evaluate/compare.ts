// How figures are compared: within a relative tolerance, and against the threshold of each comparator.
import type { QuantitativeTarget } from '../../model/types.js';
import { ABOUT_TOLERANCE } from '../evaluation.js';
import type { Overshoot, Requirement } from './verdict.js';

/**
 * The relative tolerance of every comparison of an evaluation: figures closer than this fraction of the
 * larger are equal, so binary rounding (1.15³ computes as 1.5208749999…; 16.6 + 12.9 / 3 as
 * 20.900000000000002) never turns a figure exactly on a target or path into one short of it.
 */
export const RELATIVE_TOLERANCE = 1e-9;

/** Compares two figures within {@link RELATIVE_TOLERANCE}: -1 below, 0 equal, 1 above. */
export function compare(figure: number, threshold: number): -1 | 0 | 1 {
  if (Math.abs(figure - threshold) <= RELATIVE_TOLERANCE * Math.max(Math.abs(figure), Math.abs(threshold))) return 0;
  return figure < threshold ? -1 : 1;
}

/** `figure ≥ threshold`, within {@link RELATIVE_TOLERANCE}. */
export function atLeast(figure: number, threshold: number): boolean {
  return compare(figure, threshold) >= 0;
}

/** `figure > threshold`, beyond {@link RELATIVE_TOLERANCE}. */
export function above(figure: number, threshold: number): boolean {
  return compare(figure, threshold) > 0;
}

/**
 * The figure a target must reach, and whether it must be passed: its value (90 % of it for `about`; the
 * lower bound of a range), passed only for `exceed`.
 */
export function thresholdOf(target: QuantitativeTarget): { threshold: number; strict: boolean } {
  const value = target.baseValue ?? 0;
  if (target.comparator === 'about') return { threshold: value * (1 - ABOUT_TOLERANCE), strict: false };
  return { threshold: value, strict: target.comparator === 'exceed' };
}

/** Whether `figure` reaches the target's threshold. */
export function meets(target: QuantitativeTarget, figure: number): boolean {
  const { threshold, strict } = thresholdOf(target);
  return strict ? above(figure, threshold) : atLeast(figure, threshold);
}

/** How `figure` overshoots the target's band (`about`) or range, if it does. */
export function overshoot(target: QuantitativeTarget, figure: number): Overshoot | undefined {
  const value = target.baseValue ?? 0;
  if (target.comparator === 'range' && target.baseUpperValue !== undefined && above(figure, target.baseUpperValue))
    return { kind: 'above-range', upper: target.baseUpperValue };
  if (target.comparator === 'about' && above(figure, value * (1 + ABOUT_TOLERANCE))) return { kind: 'above-band' };
  return undefined;
}

/** The target's requirement: its comparator, figure, upper bound and threshold, in base units. */
export function requirementOf(target: QuantitativeTarget): Requirement {
  return {
    kind: 'target',
    comparator: target.comparator,
    value: target.baseValue,
    upper: target.baseUpperValue,
    threshold: thresholdOf(target).threshold,
  };
}
