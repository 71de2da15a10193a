// Makes an exported zod schema read its input exactly once, into a copy of this package's own, before zod
// sees it: zod then judges and freezes (`.readonly()` freezes even a value it rejects) only that copy, and
// an input that cannot be read (a throwing getter, a Proxy trap, a revoked Proxy) or is not JSON-like data
// becomes an issue instead of a throw.
import type { z } from 'zod';
import { isSnapshot, snapshot } from '../_lib/snapshot.js';
import { problemWords } from './_helpers.js';

/** Returns `schema` itself (type unchanged), made to snapshot its input before parsing it. */
export function readsOnce<TSchema extends z.ZodType>(schema: TSchema): TSchema {
  const internals = schema._zod;
  const run = internals.run;
  internals.run = (payload, context) => {
    const value = payload.value;
    // Primitives cannot be frozen or read twice; copies of our own were read already (by an outer schema).
    if (typeof value !== 'object' || value === null || isSnapshot(value)) return run(payload, context);
    const read = snapshot(value);
    payload.value = read.value;
    if (read.problems.length === 0) return run(payload, context);
    for (const problem of read.problems) {
      const words = problemWords(problem);
      payload.issues.push({
        code: 'custom',
        path: [...problem.path],
        message: words.messageEn,
        input: undefined,
        params: words,
      });
    }
    return payload;
  };
  return schema;
}
