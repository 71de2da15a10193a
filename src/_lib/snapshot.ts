// Reads untrusted input exactly once into a plain copy that belongs to this package, so that validators judge
// and return only what they read: a getter that changes between reads, a throwing getter or Proxy trap, a
// revoked Proxy, a typed array or a cycle can neither throw out of a validator nor be frozen by it.

/** What went wrong reading one value of the input. */
export interface SnapshotProblem {
  /** Where, from the input's root. */
  readonly path: readonly (string | number)[];
  /**
   * `unreadable`: reading threw (a getter, a Proxy trap, a revoked Proxy); `not-data`: a value JSON cannot
   * hold (a typed array, a Map, a Date, a class instance, a function, a symbol, a bigint); `circular`: an
   * object inside itself; `too-deep`: nested deeper than the limit; `too-big`: more values than the limit.
   */
  readonly kind: 'unreadable' | 'not-data' | 'circular' | 'too-deep' | 'too-big';
  /** What was found, in English (`a Uint8Array`, `Error: boom`). */
  readonly found: string;
}

/** Most levels of nesting read (a plan needs 6). */
export const MAX_DEPTH = 64;
/** Most values read in one input (a report of 100,000 entries needs under 1,000,000). */
export const MAX_VALUES = 4_000_000;

const copies = new WeakSet<object>();

/** Whether `value` is a copy made by {@link snapshot} (so reading it again is safe and freezing it is allowed). */
export function isSnapshot(value: unknown): boolean {
  return typeof value === 'object' && value !== null && copies.has(value);
}

function errorText(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 80);
    return typeof error === 'string' ? error.slice(0, 80) : typeof error;
  } catch {
    return 'an error';
  }
}

function kindOf(value: object): string {
  try {
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    if (tag !== 'Object') return /^[AEIOU]/.test(tag) ? `an ${tag}` : `a ${tag}`;
  } catch {
    // A throwing Symbol.toStringTag getter: fall through to the generic name.
  }
  return 'an object that is not plain data (a class instance)';
}

/**
 * A plain, caller-independent copy of `input`: own enumerable string keys of plain objects, arrays by index up
 * to their length, primitives as they are (`undefined` and non-finite numbers included: the schemas judge
 * them). Every read happens once, inside try/catch; what cannot be read or is not JSON-like data is listed in
 * `problems` (the copy then holds `undefined` there). Never throws.
 */
export function snapshot(
  input: unknown,
  limits: { readonly maxDepth?: number; readonly maxValues?: number } = {},
): { readonly value: unknown; readonly problems: readonly SnapshotProblem[] } {
  const maxDepth = limits.maxDepth ?? MAX_DEPTH;
  let budget = limits.maxValues ?? MAX_VALUES;
  const problems: SnapshotProblem[] = [];
  const open = new Set<object>();
  const path: (string | number)[] = [];
  const problem = (kind: SnapshotProblem['kind'], found: string) => {
    problems.push({ path: [...path], kind, found });
    return undefined;
  };

  function copy(value: unknown): unknown {
    budget -= 1;
    if (budget < 0) return problem('too-big', 'more values than can be read');
    if (value === null) return null;
    switch (typeof value) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'undefined':
        return value;
      case 'bigint':
        return problem('not-data', 'a bigint');
      case 'symbol':
        return problem('not-data', 'a symbol');
      case 'function':
        return problem('not-data', 'a function');
    }
    const object = value as object;
    if (open.has(object)) return problem('circular', 'an object that contains itself');
    if (path.length >= maxDepth) return problem('too-deep', `values nested more than ${maxDepth} levels deep`);
    let isArray: boolean;
    let prototype: object | null = null;
    try {
      isArray = Array.isArray(object);
      if (!isArray) prototype = Object.getPrototypeOf(object);
    } catch (error) {
      return problem('unreadable', errorText(error));
    }
    if (!isArray && prototype !== Object.prototype && prototype !== null) return problem('not-data', kindOf(object));
    open.add(object);
    try {
      return isArray ? copyArray(object as unknown[]) : copyObject(object as Record<string, unknown>);
    } finally {
      open.delete(object);
    }
  }

  function copyArray(array: readonly unknown[]): unknown {
    let length: number;
    try {
      length = array.length;
    } catch (error) {
      return problem('unreadable', errorText(error));
    }
    if (length > budget) return problem('too-big', `a list of ${length} items`);
    const out: unknown[] = new Array(length);
    for (let index = 0; index < length; index += 1) {
      path.push(index);
      try {
        out[index] = copy(array[index]);
      } catch (error) {
        problem('unreadable', errorText(error));
      }
      path.pop();
      if (budget < 0) break;
    }
    copies.add(out);
    return out;
  }

  function copyObject(object: Readonly<Record<string, unknown>>): unknown {
    let keys: string[];
    try {
      keys = Object.keys(object);
    } catch (error) {
      return problem('unreadable', errorText(error));
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      path.push(key);
      let item: unknown;
      try {
        item = copy(object[key]);
      } catch (error) {
        problem('unreadable', errorText(error));
      }
      // `__proto__` from JSON.parse is an own key: define it, never set the copy's prototype.
      if (key === '__proto__')
        Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
      else out[key] = item;
      path.pop();
      if (budget < 0) break;
    }
    copies.add(out);
    return out;
  }

  const value = copy(input);
  return { value, problems };
}
