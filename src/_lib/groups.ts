/** Adds a value to the list a key holds, starting the list where there is none. */
export function push<TKey, TValue>(map: Map<TKey, TValue[]>, key: TKey, value: TValue): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The same map with each list frozen, for results that callers must not change. */
export function frozenValues<TKey, TValue>(map: ReadonlyMap<TKey, TValue[]>): Map<TKey, readonly TValue[]> {
  return new Map([...map].map(([key, list]) => [key, Object.freeze(list)] as const));
}
