import { english, type GlossaryTerm } from '../data/english.js';

/**
 * The translation's glossary: each term of the plan with the one English
 * rendering the translation uses, what kind of name it is, and every place
 * it occurs in the seed's lines 1–102 (its span and the sentence it is in).
 * @example
 * ```ts
 * import { glossary } from 'nanjing-innovation-plan/en';
 * glossary.length //=> 295
 * const term = glossary.find((entry) => entry.zh === '市科技局');
 * term?.en //=> 'Municipal Bureau of Science and Technology'
 * term?.occurrences[0] //=> { source: { line: 25, start: 2278, end: 2282 }, sentence: '25.1' }
 * ```
 * @category English
 */
export const glossary: readonly GlossaryTerm[] = english.glossary;
