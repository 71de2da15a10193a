/**
 * The plan in English, sentence by sentence, aligned to the Chinese: every
 * record with Chinese text has its sentences, each with its English and its
 * span in the seed; the translation's glossary with each term's
 * occurrences; the whole plan rendered in English; and a search of the
 * English. This is an unofficial translation; the Chinese text is
 * authoritative.
 *
 * Import from `nanjing-innovation-plan/en`; the main entry does not carry
 * the English bodies.
 *
 * @module en
 */

export {
  type EnglishPassage,
  type EnglishPlan,
  type EnglishSection,
  type EnglishSentence,
  type EnglishSentenceRecord,
  english,
  type GlossaryKind,
  type GlossaryOccurrence,
  type GlossaryTerm,
} from './data/english.js';
export { glossary } from './english/glossary.js';
export { renderPlanTextEn } from './english/renderPlanTextEn.js';
export { type EnglishSearchHit, type EnglishSearchOptions, searchEn } from './english/searchEn.js';
