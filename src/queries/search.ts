import { describeInput } from '../_lib/describe.js';
import { plan } from '../data/plan.js';
import type {
  PlanGoalArea,
  PlanMeasure,
  PlanPrinciple,
  PlanTarget,
  PlanTask,
  PlanTaskGroup,
  PlanUnit,
} from '../model/ids.js';
import type { Heading, Passage, Span } from '../model/types.js';

/**
 * Every scope {@link search} can look in (see {@link SearchScope}).
 * @example
 * ```ts
 * import { searchScopes } from 'nanjing-innovation-plan';
 * searchScopes //=> ['tasks', 'goals', 'principles', 'measures', 'targets', 'units', 'general']
 * ```
 * @category Queries
 */
export const searchScopes = /* @__PURE__ */ Object.freeze([
  'tasks',
  'goals',
  'principles',
  'measures',
  'targets',
  'units',
  'general',
] as const);

/**
 * Which part of the plan {@link search} looks in.
 *
 * - `tasks`: the tasks (title, text, `责任单位` line) and the task groups (title, intro)
 * - `goals`: the paragraph opening the main goals and the five goal areas
 * - `principles`: the four basic principles
 * - `measures`: the three safeguard measures
 * - `targets`: the targets (their words at each place stated, metric, English metric)
 * - `units`: the responsible units (name, full name, English name)
 * - `general`: the page header, preamble, headings, guiding ideology and imprint
 * @example
 * ```ts
 * import { search, type SearchScope } from 'nanjing-innovation-plan';
 * const scope: SearchScope = 'units';
 * search('big data', { scope }).map((hit) => hit.kind === 'unit' && hit.record.name) //=> ['市大数据局', '大数据集团']
 * ```
 * @category Queries
 */
export type SearchScope = (typeof searchScopes)[number];

/**
 * Options for {@link search}.
 * @example
 * ```ts
 * import { search, type SearchOptions } from 'nanjing-innovation-plan';
 * const options: SearchOptions = { scope: 'targets', limit: 2, context: 5 };
 * search('研发', options).map((hit) => hit.snippet) //=> ['…高水平新型研发机构', '…名劳动者中研发人员全时当…']
 * ```
 * @category Queries
 */
export interface SearchOptions {
  /** Where to look: one scope or several; everywhere by default. */
  readonly scope?: SearchScope | readonly SearchScope[];
  /** At most this many hits (the first in the order of the text): a positive integer; no limit by default. */
  readonly limit?: number;
  /**
   * Characters of context on each side of the match in a {@link SearchHit} `snippet`: a non-negative
   * integer, 20 by default.
   */
  readonly context?: number;
}

/**
 * One occurrence of a search term in a record.
 * @example
 * ```ts
 * import { search, type SearchMatch } from 'nanjing-innovation-plan';
 * const match: SearchMatch | undefined = search('人才住房')[0]?.matches[0];
 * match //=> { field: 'text', term: '人才住房', index: 131, length: 4, seed: { line: 74, start: 8442, end: 8446 } }
 * ```
 * @category Queries
 */
export interface SearchMatch {
  /** The record's field, e.g. `text`, `titleEn`, `leadUnits.2`, `mentions.0.words`. */
  readonly field: string;
  /** The term as given. */
  readonly term: string;
  /** Where the match starts in the field's string. */
  readonly index: number;
  /** The length of the match. */
  readonly length: number;
  /**
   * Where the match stands in the seed file (its line and `[start, end)`
   * offsets into the whole text), or `null` for texts that are not in the
   * seed: English glosses, full names, normalized metrics.
   */
  readonly seed: Span | null;
}

/**
 * Which kind of record a {@link SearchHit} is, with the record.
 * @example
 * ```ts
 * import { search, type SearchHitRecord } from 'nanjing-innovation-plan';
 * const label = (hit: SearchHitRecord) =>
 *   (hit.kind === 'unit' ? hit.record.name : hit.kind === 'task' ? `task ${hit.record.number}` : hit.kind);
 * search('麒麟').map(label) //=> ['task 12', '麒麟科创园', 'task 19']
 * ```
 * @category Queries
 */
export type SearchHitRecord =
  | { readonly kind: 'task'; readonly record: PlanTask }
  | { readonly kind: 'task-group'; readonly record: PlanTaskGroup }
  | { readonly kind: 'goal-area'; readonly record: PlanGoalArea }
  | { readonly kind: 'principle'; readonly record: PlanPrinciple }
  | { readonly kind: 'measure'; readonly record: PlanMeasure }
  | { readonly kind: 'target'; readonly record: PlanTarget }
  | { readonly kind: 'unit'; readonly record: PlanUnit }
  | { readonly kind: 'heading'; readonly record: Heading }
  | { readonly kind: 'passage'; readonly record: Passage; readonly passage: PassageName };

/**
 * The paragraphs without a title of their own, and the page header's title.
 * @example
 * ```ts
 * import { search, type PassageName } from 'nanjing-innovation-plan';
 * const names: PassageName[] = search('印发', { scope: 'general' })
 *   .flatMap((hit) => (hit.kind === 'passage' ? [hit.passage] : []));
 * names //=> ['imprint']
 * ```
 * @category Queries
 */
export type PassageName = 'title' | 'preamble' | 'guidingIdeology' | 'goalsOverview' | 'imprint';

/**
 * A record that contains every term of a {@link search}, with a snippet and
 * every match.
 * @example
 * ```ts
 * import { search, type SearchHit } from 'nanjing-innovation-plan';
 * const hits: readonly SearchHit[] = search('知识产权强市');
 * hits.map((hit) => hit.kind) //=> ['goal-area', 'target', 'task']
 * hits[1]?.snippet //=> '率先建成知识产权强市'
 * ```
 * @category Queries
 */
export type SearchHit = SearchHitRecord & {
  /** About 20 characters on each side of the first match, with `…` where cut. */
  readonly snippet: string;
  /**
   * The occurrences of the terms in the record, by field, then by position: every one, or the first
   * {@link SEARCH_BOUNDS | `SEARCH_BOUNDS.matchesPerHit`} when there are more (see `matchCount`).
   */
  readonly matches: readonly SearchMatch[];
  /** How many occurrences the record holds in all: more than `matches.length` when `matches` was cut. */
  readonly matchCount: number;
};

/**
 * The limits of {@link search}, so that no query can make it work without end:
 *
 * - `queryLength`: a query string (or the terms of an array, added up) of at most 100,000 characters
 *   (UTF-16 code units); a longer one is a RangeError, checked before the query is read;
 * - `terms`: at most 32 distinct terms once repeats are dropped (a term is a repeat when it matches
 *   the same texts: `E` repeats `e`, `ｅ` repeats both); more is a RangeError;
 * - `matchesPerHit`: a hit lists its first 100 matches; `matchCount` says how many there are in all.
 *
 * Hits are never more than the plan's records (under 300), and `limit` caps them further.
 * @example
 * ```ts
 * import { SEARCH_BOUNDS, search } from 'nanjing-innovation-plan';
 * SEARCH_BOUNDS //=> { queryLength: 100000, terms: 32, matchesPerHit: 100 }
 * const hits = search('业 区 , 新 、 园 市 产 。', { scope: 'tasks' });
 * const hit = hits.find((item) => item.kind === 'task' && item.record.number === 14);
 * [hit?.matches.length, hit?.matchCount] //=> [100, 102]
 * ```
 * @category Queries
 */
export const SEARCH_BOUNDS = /* @__PURE__ */ Object.freeze({
  queryLength: 100_000,
  terms: 32,
  matchesPerHit: 100,
} as const);

interface Field {
  readonly name: string;
  readonly text: string;
  readonly folded: string;
  readonly span: Span | null;
}

interface Document {
  readonly hit: SearchHitRecord;
  readonly scope: SearchScope;
  readonly fields: readonly Field[];
  readonly order: number;
}

/** Folds a string for matching without changing its length: ASCII and full-width forms, any letter case. */
function fold(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    let code = text.charCodeAt(index);
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    else if (code === 0x3000) code = 0x20;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    out += String.fromCharCode(code);
  }
  return out;
}

function field(name: string, text: string | undefined, span: Span | null): Field[] {
  return text === undefined || text === '' ? [] : [{ name, text, folded: fold(text), span }];
}

let documents: readonly Document[] | undefined;

const DEFAULT_CONTEXT = 20;

function buildDocuments(): readonly Document[] {
  const docs: Document[] = [];
  const add = (hit: SearchHitRecord, scope: SearchScope, fields: Field[]) => {
    const order = Math.min(...fields.map((item) => item.span?.start ?? Number.POSITIVE_INFINITY));
    docs.push({ hit, scope, fields, order });
  };
  const passage = (name: PassageName, record: Passage, scope: SearchScope) =>
    add({ kind: 'passage', record, passage: name }, scope, field('text', record.text, record.source.text));

  add(
    {
      kind: 'passage',
      passage: 'title',
      record: Object.freeze({ text: plan.header.title, source: Object.freeze({ text: plan.header.source.title }) }),
    },
    'general',
    [...field('text', plan.header.title, plan.header.source.title), ...field('textEn', plan.titleEn, null)],
  );
  passage('preamble', plan.preamble, 'general');
  for (const heading of [...plan.parts, ...plan.sections]) {
    add({ kind: 'heading', record: heading }, 'general', [
      ...field('title', heading.title, heading.source.title),
      ...field('titleEn', heading.titleEn, null),
    ]);
  }
  passage('guidingIdeology', plan.guidingIdeology, 'general');
  for (const record of plan.principles) {
    add({ kind: 'principle', record }, 'principles', [
      ...field('name', record.name, record.source.name),
      ...field('nameEn', record.nameEn, null),
      ...field('text', record.text, record.source.text),
    ]);
  }
  passage('goalsOverview', plan.goalsOverview, 'goals');
  for (const record of plan.goalAreas) {
    add({ kind: 'goal-area', record }, 'goals', [
      ...field('name', record.name, record.source.name),
      ...field('nameEn', record.nameEn, null),
      ...field('text', record.text, record.source.text),
    ]);
  }
  for (const record of plan.taskGroups) {
    add({ kind: 'task-group', record }, 'tasks', [
      ...field('title', record.title, record.source.title),
      ...field('titleEn', record.titleEn, null),
      ...field('intro', record.intro, record.source.intro),
    ]);
  }
  const unitNames = new Map(plan.units.map((unit) => [unit.id as string, unit.name as string]));
  for (const record of plan.tasks) {
    add({ kind: 'task', record }, 'tasks', [
      ...field('title', record.title, record.source.title),
      ...field('titleEn', record.titleEn, null),
      ...field('text', record.text, record.source.text),
      ...record.leadUnits.flatMap((id, index) =>
        field(`leadUnits.${index}`, unitNames.get(id), record.source.leadUnits[index] ?? null),
      ),
    ]);
  }
  for (const record of plan.measures) {
    add({ kind: 'measure', record }, 'measures', [
      ...field('title', record.title, record.source.title),
      ...field('titleEn', record.titleEn, null),
      ...field('text', record.text, record.source.text),
    ]);
  }
  passage('imprint', plan.imprint, 'general');
  for (const record of plan.targets) {
    add({ kind: 'target', record }, 'targets', [
      ...record.mentions.flatMap((mention, index) =>
        field(`mentions.${index}.words`, mention.words, mention.source.words),
      ),
      ...field('metric', record.kind === 'quantitative' ? record.metric : undefined, null),
      ...field('metricEn', record.metricEn, null),
    ]);
  }
  for (const record of plan.units) {
    add({ kind: 'unit', record }, 'units', [
      ...field('name', record.name, record.source.name),
      ...field('fullName', 'fullName' in record ? record.fullName : undefined, null),
      ...field('nameEn', record.nameEn, null),
    ]);
  }
  return docs.sort((a, b) => a.order - b.order);
}

const CLOSING_QUOTE: Readonly<Record<string, string>> = { '"': '"', '“': '”' };

/**
 * Splits a query string into terms: runs of non-space characters, or the
 * text between quotes (`"…"` or `“…”`) kept whole. A quote that is not closed
 * runs to the end of the query. Quotes inside a word are part of the word.
 */
function splitQuery(query: string): string[] {
  const terms: string[] = [];
  const chars = Array.from(query);
  let index = 0;
  while (index < chars.length) {
    const char = chars[index]!;
    if (/\s/u.test(char)) {
      index += 1;
      continue;
    }
    const closing = CLOSING_QUOTE[char];
    let term = '';
    if (closing !== undefined) {
      index += 1;
      while (index < chars.length && chars[index] !== closing) term += chars[index++];
      index += 1; // past the closing quote, or past the end
    } else {
      while (index < chars.length && !/\s/u.test(chars[index]!)) term += chars[index++];
    }
    term = term.trim().replace(/\s+/gu, ' ');
    if (term !== '') terms.push(term);
  }
  return terms;
}

function tooLong(): RangeError {
  return new RangeError(
    `search: the query is longer than ${SEARCH_BOUNDS.queryLength} characters; search for fewer or shorter terms`,
  );
}

/** The terms of a query, after checking its type and its length. */
function parseTerms(query: unknown): string[] {
  if (typeof query === 'string') {
    if (query.length > SEARCH_BOUNDS.queryLength) throw tooLong();
    return splitQuery(query);
  }
  if (!Array.isArray(query)) {
    throw new TypeError(
      `search: expected the query to be a string or an array of strings, got ${describeInput(query)}`,
    );
  }
  const terms: string[] = [];
  let length = 0;
  for (let index = 0; index < query.length; index += 1) {
    const term: unknown = query[index];
    if (typeof term !== 'string') {
      throw new TypeError(
        `search: expected the query's terms to be strings, got ${describeInput(term)} at index ${index}`,
      );
    }
    // An empty term counts as one character, so that a million of them are not read to the end either.
    length += Math.max(term.length, 1);
    if (length > SEARCH_BOUNDS.queryLength) throw tooLong();
    const trimmed = term.trim();
    if (trimmed !== '') terms.push(trimmed);
  }
  return terms;
}

/** The terms with their folded forms, repeats dropped (a term folded as an earlier one is a repeat). */
function distinctNeedles(terms: readonly string[]): { term: string; folded: string }[] {
  const byFolded = new Map<string, string>();
  for (const term of terms) {
    const folded = fold(term);
    if (!byFolded.has(folded)) byFolded.set(folded, term);
  }
  if (byFolded.size > SEARCH_BOUNDS.terms) {
    throw new RangeError(
      `search: the query has ${byFolded.size} distinct terms; at most ${SEARCH_BOUNDS.terms} are allowed`,
    );
  }
  return [...byFolded].map(([folded, term]) => ({ term, folded }));
}

/** The options, checked: scopes, limit and context, or a TypeError / RangeError naming the option. */
function parseOptions(options: unknown): { scopes: readonly SearchScope[]; limit: number; context: number } {
  if (options === undefined) return { scopes: searchScopes, limit: Number.POSITIVE_INFINITY, context: DEFAULT_CONTEXT };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`search: expected options to be an object or undefined, got ${describeInput(options)}`);
  }
  const { scope, limit, context } = options as Record<string, unknown>;
  let scopes: readonly unknown[];
  if (scope === undefined) scopes = searchScopes;
  else if (typeof scope === 'string') scopes = [scope];
  else if (Array.isArray(scope)) scopes = scope;
  else
    throw new TypeError(
      `search: expected options.scope to be a scope or an array of scopes, got ${describeInput(scope)}`,
    );
  if (scopes.length === 0) {
    throw new RangeError(
      `search: options.scope is an empty array; expected at least one of ${searchScopes.join(', ')}`,
    );
  }
  for (const item of scopes) {
    if (typeof item !== 'string')
      throw new TypeError(`search: expected options.scope to hold scopes, got ${describeInput(item)}`);
    if (!(searchScopes as readonly string[]).includes(item)) {
      throw new RangeError(`Unknown search scope ${describeInput(item)}: expected one of ${searchScopes.join(', ')}.`);
    }
  }
  return {
    scopes: scopes as readonly SearchScope[],
    limit: checkCount('limit', limit, 1, Number.POSITIVE_INFINITY),
    context: checkCount('context', context, 0, DEFAULT_CONTEXT),
  };
}

/** A count option: `undefined` for the default, else an integer ≥ `min` (`limit` may also be `Infinity`). */
function checkCount(name: 'limit' | 'context', value: unknown, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number')
    throw new TypeError(`search: expected options.${name} to be a number, got ${describeInput(value)}`);
  const valid = (Number.isInteger(value) || (name === 'limit' && value === Number.POSITIVE_INFINITY)) && value >= min;
  if (!valid) {
    throw new RangeError(
      `search: expected options.${name} to be ${min === 0 ? 'a non-negative' : 'a positive'} integer, ` +
        `got ${describeInput(value)}`,
    );
  }
  return value;
}

function snippet(field: Field, index: number, length: number, context: number): string {
  const start = Math.max(0, index - context);
  const end = Math.min(field.text.length, index + length + context);
  return `${start > 0 ? '…' : ''}${field.text.slice(start, end)}${end < field.text.length ? '…' : ''}`;
}

/**
 * Full-text search over every text of the plan: Chinese by substring, Latin
 * letters in any case (full-width forms match their ASCII forms), English
 * glosses included. A record is a hit when it contains every term (in any
 * of its fields); hits come in the order of the text.
 *
 * How a query string is split into terms:
 * - terms are separated by white space: `'人才 住房'` is two terms;
 * - `"…"` or `“…”` keeps a phrase whole: `'"digital economy"'` is one term;
 * - a quote that is not closed runs to the end: `'"digital economy'` is the phrase `digital economy`;
 * - a quote inside a word is part of the word (`Nanjing's`); an empty phrase (`""`) is no term.
 *
 * An array is taken as the terms themselves, each trimmed, quotes and all.
 * A query without terms (`''`, `'   '`, `'""'`, `[]`) is an error, not an empty result.
 * A repeated term counts once. The work is bounded (see {@link SEARCH_BOUNDS}): at most 100,000
 * characters of query and 32 distinct terms (a RangeError past either), and each hit lists at most
 * 100 matches, with `matchCount` saying how many there are in all.
 *
 * @param query - Terms separated by spaces (`'人才 住房'`), with `"quoted phrases"` for
 * terms that contain spaces; or an array of terms.
 * @param options - `scope` (where to look), `limit` (a positive integer), `context` (snippet
 * width, a non-negative integer); `undefined` for the defaults.
 * @returns A frozen array of frozen hits: `{ kind, record, snippet, matches, matchCount }`, each match
 * with its field, its index in the field and its place in the seed (`seed.line`, `seed.start`, `seed.end`).
 * @throws TypeError If the query is not a string or an array of strings, or has no terms; if `options`
 * is given but is not an object (`null` included), or an option has the wrong type.
 * @throws RangeError For an unknown or empty `scope`, a `limit` that is not a positive integer, or a
 * `context` that is not a non-negative integer; for a query over 100,000 characters or with more than
 * 32 distinct terms. Every message names `search`, the argument and what was given.
 * @example
 * ```ts
 * import { search } from 'nanjing-innovation-plan';
 * const [hit] = search('人才住房', { scope: 'tasks' });
 * hit?.kind === 'task' && hit.record.number //=> 23
 * hit?.snippet //=> '…“类海外”环境一体化集成。加快发展租赁型人才住房,布局建设人才安居社区,落实全市热点楼盘…'
 * hit?.matches[0]?.seed //=> { line: 74, start: 8442, end: 8446 }
 * search('"digital economy"').map((h) => h.kind === 'task' && h.record.number) //=> [12]
 * search('"digital economy').map((h) => h.kind === 'task' && h.record.number) //=> [12]
 * ```
 * @category Queries
 */
export function search(query: string | readonly string[], options?: SearchOptions): readonly SearchHit[] {
  const terms = parseTerms(query);
  const { scopes, limit, context } = parseOptions(options);
  if (terms.length === 0) throw new TypeError(`search: the query has no terms (got ${describeInput(query)})`);
  const needles = distinctNeedles(terms);
  const hits: SearchHit[] = [];
  for (const doc of (documents ??= buildDocuments())) {
    if (hits.length >= limit) break;
    if (!scopes.includes(doc.scope)) continue;
    if (!needles.every(({ folded }) => doc.fields.some((item) => item.folded.includes(folded)))) continue;
    const matches: SearchMatch[] = [];
    let matchCount = 0;
    let firstField: Field | undefined;
    for (const item of doc.fields) {
      // Positions only, so that a record with thousands of occurrences builds no more than the matches it keeps.
      const found: { index: number; term: string; length: number }[] = [];
      for (const { term, folded } of needles) {
        for (
          let index = item.folded.indexOf(folded);
          index !== -1;
          index = item.folded.indexOf(folded, index + folded.length)
        ) {
          found.push({ index, term, length: folded.length });
        }
      }
      if (found.length === 0) continue;
      firstField ??= item;
      matchCount += found.length;
      found.sort((a, b) => a.index - b.index);
      for (const { index, term, length } of found.slice(0, SEARCH_BOUNDS.matchesPerHit - matches.length)) {
        const seed =
          item.span === null
            ? null
            : Object.freeze({
                line: item.span.line,
                start: item.span.start + index,
                end: item.span.start + index + length,
              });
        matches.push(Object.freeze({ field: item.name, term, index, length, seed }));
      }
    }
    const first = matches[0]!;
    hits.push(
      Object.freeze({
        ...doc.hit,
        snippet: snippet(firstField!, first.index, first.length, context),
        matches: Object.freeze(matches),
        matchCount,
      }),
    );
  }
  return Object.freeze(hits);
}
