import { plan } from '../data/plan.js';
import type { PlanGoalArea, PlanMeasure, PlanPrinciple, PlanTarget, PlanTask, PlanTaskGroup, PlanUnit } from '../data/ids.js';
import type { Heading, Passage, Span } from '../model/types.js';

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
 * @category Queries
 */
export type SearchScope = 'tasks' | 'goals' | 'principles' | 'measures' | 'targets' | 'units' | 'general';

/**
 * Options for {@link search}.
 * @category Queries
 */
export interface SearchOptions {
  /** Where to look: one scope or several; everywhere by default. */
  readonly scope?: SearchScope | readonly SearchScope[];
  /** At most this many hits (the first in the order of the text). */
  readonly limit?: number;
  /** Characters of context on each side of the match in a {@link SearchHit} `snippet`; 20 by default. */
  readonly context?: number;
}

/**
 * One occurrence of a search term in a record.
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
 * @category Queries
 */
export type PassageName = 'title' | 'preamble' | 'guidingIdeology' | 'goalsOverview' | 'imprint';

/**
 * A record that contains every term of a {@link search}, with a snippet and
 * every match.
 * @category Queries
 */
export type SearchHit = SearchHitRecord & {
  /** About 20 characters on each side of the first match, with `…` where cut. */
  readonly snippet: string;
  /** Every occurrence of every term in the record, by field, then by position. */
  readonly matches: readonly SearchMatch[];
};

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

function buildDocuments(): readonly Document[] {
  const docs: Document[] = [];
  const add = (hit: SearchHitRecord, scope: SearchScope, fields: Field[]) => {
    const order = Math.min(...fields.map((item) => item.span?.start ?? Number.POSITIVE_INFINITY));
    docs.push({ hit, scope, fields, order });
  };
  const passage = (name: PassageName, record: Passage, scope: SearchScope) =>
    add({ kind: 'passage', record, passage: name }, scope, field('text', record.text, record.source.text));

  add(
    { kind: 'passage', passage: 'title', record: Object.freeze({ text: plan.header.title, source: Object.freeze({ text: plan.header.source.title }) }) },
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
      ...record.leadUnits.flatMap((id, index) => field(`leadUnits.${index}`, unitNames.get(id), record.source.leadUnits[index] ?? null)),
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
      ...record.mentions.flatMap((mention, index) => field(`mentions.${index}.words`, mention.words, mention.source.words)),
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

/** Splits a query into terms: words separated by spaces, or `"quoted phrases"`. */
function parseTerms(query: string | readonly string[]): string[] {
  if (typeof query !== 'string') return query.map((term) => term.trim()).filter((term) => term !== '');
  const terms: string[] = [];
  for (const match of query.matchAll(/"([^"]*)"|“([^”]*)”|(\S+)/gu)) {
    const term = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (term !== '') terms.push(term);
  }
  return terms;
}

function snippet(field: Field, index: number, length: number, context: number): string {
  const start = Math.max(0, index - context);
  const end = Math.min(field.text.length, index + length + context);
  return `${start > 0 ? '…' : ''}${field.text.slice(start, end)}${end < field.text.length ? '…' : ''}`;
}

const SCOPES: readonly SearchScope[] = ['tasks', 'goals', 'principles', 'measures', 'targets', 'units', 'general'];

/**
 * Full-text search over every text of the plan: Chinese by substring, Latin
 * letters in any case (full-width forms match their ASCII forms), English
 * glosses included. A record is a hit when it contains every term (in any
 * of its fields); hits come in the order of the text.
 *
 * @param query - Terms separated by spaces (`'人才 住房'`), with `"quoted phrases"` for
 * terms that contain spaces; or an array of terms.
 * @param options - `scope` (where to look), `limit`, `context` (snippet width).
 * @returns A frozen array of frozen hits: `{ kind, record, snippet, matches }`, each match with
 * its field, its index in the field and its place in the seed (`seed.line`, `seed.start`, `seed.end`).
 * @throws TypeError If the query has no terms; RangeError for an unknown scope.
 * @example
 * ```ts
 * import { search } from 'nanjing-innovation-plan';
 * const [hit] = search('人才住房', { scope: 'tasks' });
 * hit.kind === 'task' && hit.record.number //=> 23
 * hit.snippet //=> '…“类海外”环境一体化集成。加快发展租赁型人才住房,布局建设人才安居社区,落实全市热点楼盘…'
 * hit.matches[0].seed //=> { line: 74, start: 8442, end: 8446 }
 * search('"digital economy"').map((h) => h.kind === 'task' && h.record.number) //=> [12]
 * ```
 * @category Queries
 */
export function search(query: string | readonly string[], options: SearchOptions = {}): readonly SearchHit[] {
  const terms = parseTerms(query);
  if (terms.length === 0) throw new TypeError('search needs at least one term');
  const scopes = options.scope === undefined ? SCOPES : typeof options.scope === 'string' ? [options.scope] : options.scope;
  for (const scope of scopes) {
    if (!SCOPES.includes(scope)) throw new RangeError(`Unknown search scope ${JSON.stringify(scope)}: expected one of ${SCOPES.join(', ')}.`);
  }
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const context = options.context ?? 20;
  const needles = terms.map((term) => ({ term, folded: fold(term) }));
  const hits: SearchHit[] = [];
  for (const doc of (documents ??= buildDocuments())) {
    if (hits.length >= limit) break;
    if (!scopes.includes(doc.scope)) continue;
    if (!needles.every(({ folded }) => doc.fields.some((item) => item.folded.includes(folded)))) continue;
    const matches: SearchMatch[] = [];
    for (const item of doc.fields) {
      for (const { term, folded } of needles) {
        for (let index = item.folded.indexOf(folded); index !== -1; index = item.folded.indexOf(folded, index + folded.length)) {
          const seed = item.span === null ? null : Object.freeze({ line: item.span.line, start: item.span.start + index, end: item.span.start + index + folded.length });
          matches.push(Object.freeze({ field: item.name, term, index, length: folded.length, seed }));
        }
      }
    }
    const fieldOrder = new Map(doc.fields.map((item, position) => [item.name, position]));
    matches.sort((a, b) => fieldOrder.get(a.field)! - fieldOrder.get(b.field)! || a.index - b.index);
    const first = matches[0]!;
    const firstField = doc.fields[fieldOrder.get(first.field)!]!;
    hits.push(Object.freeze({ ...doc.hit, snippet: snippet(firstField, first.index, first.length, context), matches: Object.freeze(matches) }));
  }
  return Object.freeze(hits);
}
