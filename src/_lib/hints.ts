// Did-you-mean hints: which candidates to suggest (by `nearest`), and how a message names them.
import { nearest } from './nearest.js';

/** Longest a string may be for hints to be computed (edit distance is quadratic). */
const MAX_HINT_INPUT = 100;

/** Most distinct (input, candidates) pairs whose hints are remembered; past it the memory starts afresh. */
const MAX_CACHED = 10_000;
const cache = new Map<string, readonly string[]>();

/**
 * The candidates nearest to `input`, best first; none when the input is not a string of at most 100 characters.
 * Remembered per distinct input and candidate list, so that a report repeating one near miss 100,000 times
 * costs one search, not 100,000 (each is quadratic in the length of the strings).
 */
export function suggest(input: unknown, candidates: Iterable<string>, limit = 3): string[] {
  if (typeof input !== 'string' || input.length > MAX_HINT_INPUT) return [];
  const list = Array.from(candidates);
  const key = `${limit}\u0000${input}\u0000${list.join('\u0000')}`;
  let hints = cache.get(key);
  if (hints === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    hints = nearest(input, list, limit);
    cache.set(key, hints);
  }
  return [...hints];
}

/**
 * The hints as a clause to end a message with, in Chinese and English (`;是否应为“a”或“b”?` /
 * `; did you mean "a" or "b"?`); empty strings when there are none.
 */
export function hintClause(hints: readonly string[]): { zh: string; en: string } {
  if (hints.length === 0) return { zh: '', en: '' };
  return {
    zh: `;是否应为“${hints.join('”或“')}”?`,
    en: `; did you mean ${hints.map((hint) => JSON.stringify(hint)).join(' or ')}?`,
  };
}

/**
 * The hints as a sentence to end an English error message with (` Did you mean "a", "b"?`); `''` when there
 * are none.
 */
export function didYouMean(hints: readonly string[]): string {
  return hints.length === 0 ? '' : ` Did you mean ${hints.map((hint) => JSON.stringify(hint)).join(', ')}?`;
}
