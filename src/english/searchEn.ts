import { describeInput } from '../_lib/describe.js';
import { type EnglishSentence, english } from '../data/english.js';

/**
 * A sentence whose English contains the query, with the Chinese sentence it
 * renders.
 * @example
 * ```ts
 * import { searchEn, type EnglishSearchHit } from 'nanjing-innovation-plan/en';
 * const hit: EnglishSearchHit | undefined = searchEn('Information Superbahn')[0];
 * hit?.sentence.id //=> '56.2'
 * hit?.sentence.record //=> { section: 'tasks', id: 'task-15', field: 'text' }
 * ```
 * @category English
 */
export interface EnglishSearchHit {
  /** The sentence: its English, its Chinese, its span and its record. */
  readonly sentence: EnglishSentence;
  /** Where the first term's match starts in the sentence's English. */
  readonly index: number;
  /** The length of the match. */
  readonly length: number;
}

/**
 * Options for {@link searchEn}.
 * @example
 * ```ts
 * import { searchEn, type EnglishSearchOptions } from 'nanjing-innovation-plan/en';
 * const options: EnglishSearchOptions = { limit: 1 };
 * searchEn('talent', options).length //=> 1
 * ```
 * @category English
 */
export interface EnglishSearchOptions {
  /** At most this many hits (the first in the order of the text): a positive integer; no limit by default. */
  readonly limit?: number;
}

/**
 * Finds the sentences whose English contains every term of the query
 * (ignoring case), in the order of the text, each with the Chinese sentence
 * it renders. Terms are separated by spaces; a phrase in double quotes is
 * one term. The English is an unofficial translation; the Chinese text is
 * authoritative.
 *
 * @param query - The terms to look for: a string with at least one term.
 * @param options - See {@link EnglishSearchOptions}.
 * @returns The hits, in the order of the plan.
 * @throws TypeError when the query is not a non-empty string or the limit is not a positive integer.
 * @example
 * ```ts
 * import { searchEn } from 'nanjing-innovation-plan/en';
 * const [hit] = searchEn('open competition for key projects');
 * hit?.sentence.zh.includes('揭榜挂帅') //=> true
 * searchEn('LITTLE GIANT').map((found) => found.sentence.id) //=> ['16.2', '26.3', '26.4']
 * searchEn('"digital economy" Nanjing').map((found) => found.sentence.id) //=> ['48.5']
 * ```
 * @category English
 */
export function searchEn(query: string, options: EnglishSearchOptions = {}): EnglishSearchHit[] {
  if (typeof query !== 'string' || query.trim() === '') {
    throw new TypeError(`searchEn: the query must be a non-empty string, got ${describeInput(query)}`);
  }
  const { limit } = options;
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    throw new TypeError(`searchEn: options.limit must be a positive integer, got ${describeInput(limit)}`);
  }
  const terms = [...query.matchAll(/"([^"]*)"|“([^”]*)”|([^\s"“”]+)/g)]
    .map((match) => (match[1] ?? match[2] ?? match[3] ?? '').trim().toLowerCase())
    .filter((term) => term !== '');
  if (terms.length === 0) {
    throw new TypeError(`searchEn: the query must be a non-empty string, got ${describeInput(query)}`);
  }
  const hits: EnglishSearchHit[] = [];
  for (const sentence of english.sentences) {
    const en = sentence.en.toLowerCase();
    if (!terms.every((term) => en.includes(term))) continue;
    hits.push(Object.freeze({ sentence, index: en.indexOf(terms[0]!), length: terms[0]!.length }));
    if (hits.length === limit) break;
  }
  return hits;
}
