/**
 * Freezes a value and everything reachable from it, and returns it with its
 * type unchanged (an `as const` literal is already deeply readonly).
 */
export function deepFreeze<const TValue>(value: TValue): TValue {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
