/**
 * Freezes a value and everything reachable from it, descending into objects
 * that are already frozen too (zod's `.readonly()` and `Object.freeze` freeze
 * one level only), and returns it with its type unchanged (an `as const`
 * literal is already deeply readonly). Call it only on values this package
 * built, never on a caller's input.
 */
export function deepFreeze<const TValue>(value: TValue, seen: WeakSet<object> = new WeakSet()): TValue {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  return value;
}
