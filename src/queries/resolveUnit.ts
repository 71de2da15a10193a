import type { LiteralUnion } from 'type-fest';
import { describeInput } from '../_lib/describe.js';
import { nearest } from '../_lib/nearest.js';
import { plan } from '../data/plan.js';
import type { PlanUnit } from '../model/ids.js';
import { EMPTY, indexes } from './_indexes.js';
import type { UnitKey } from './types.js';

/**
 * How {@link resolveUnit} recognised the unit.
 *
 * - `id`: the unit's id
 * - `name`: the name as the plan writes it (`市科技局`)
 * - `short-name`: the name as written without its leading `市` (`发改委` for `市发改委`)
 * - `full-name`: the full official name (`南京市科学技术局`)
 * - `english-name`: the whole English name, in any letter case
 * - `english-words`: words that occur in one unit's English name only
 * @example
 * ```ts
 * import { resolveUnit, type UnitMatchKind } from 'nanjing-innovation-plan';
 * const matchedBy = (text: string): UnitMatchKind | undefined => {
 *   const resolution = resolveUnit(text);
 *   return resolution.status === 'found' ? resolution.matchedBy : undefined;
 * };
 * matchedBy('市科技局') //=> 'name'
 * matchedBy('发改委') //=> 'short-name'
 * matchedBy('南京市科学技术局') //=> 'full-name'
 * matchedBy('Pukou District') //=> 'english-name'
 * matchedBy('science bureau') //=> 'english-words'
 * ```
 * @category Queries
 */
export type UnitMatchKind = 'id' | 'name' | 'short-name' | 'full-name' | 'english-name' | 'english-words';

/**
 * What {@link resolveUnit} made of a text: one unit, several that fit equally
 * (`ambiguous`), or none (`not-found`, with the nearest units as suggestions).
 * @example
 * ```ts
 * import { resolveUnit, type UnitResolution } from 'nanjing-innovation-plan';
 * const resolution: UnitResolution = resolveUnit('Pukou District');
 * resolution //=> { status: 'found', unit: { id: 'pukou-district', name: '浦口区', … }, matchedBy: 'english-name' }
 * resolveUnit('big data') //=> { status: 'ambiguous', candidates: [{ name: '市大数据局', … }, { name: '大数据集团', … }] }
 * ```
 * @category Queries
 */
export type UnitResolution =
  | { readonly status: 'found'; readonly unit: PlanUnit; readonly matchedBy: UnitMatchKind }
  | { readonly status: 'ambiguous'; readonly candidates: readonly PlanUnit[] }
  | { readonly status: 'not-found'; readonly suggestions: readonly PlanUnit[] };

/** Folds text for comparison only: NFKC (full-width → half-width), lower case, single spaces. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

interface FoldedUnit {
  readonly unit: PlanUnit;
  readonly id: string;
  readonly name: string;
  /** The folded name without its leading `市`, for names that have one. */
  readonly shortName: string | undefined;
  readonly fullName: string | undefined;
  readonly nameEn: string;
}

let folded: readonly FoldedUnit[] | undefined;

function foldedUnits(): readonly FoldedUnit[] {
  return (folded ??= plan.units.map((unit) => {
    const name = fold(unit.name);
    return {
      unit,
      id: unit.id,
      name,
      // The city's own bodies are named without their leading 市 too (发改委 for 市发改委).
      shortName: name.startsWith('市') ? name.slice(1) : undefined,
      fullName: 'fullName' in unit ? fold(unit.fullName) : undefined,
      nameEn: fold(unit.nameEn),
    };
  }));
}

/** English words that do not tell one unit from another: ignored in `english-words` matching. */
const STOP_WORDS: ReadonlySet<string> = new Set('a an and at by for in of on or the to with'.split(' '));

const found = (unit: PlanUnit, matchedBy: UnitMatchKind): UnitResolution =>
  Object.freeze({ status: 'found', unit, matchedBy });

const ambiguous = (entries: readonly FoldedUnit[]): UnitResolution =>
  Object.freeze({ status: 'ambiguous', candidates: Object.freeze(entries.map((entry) => entry.unit)) });

/**
 * Resolves what people type to one responsible unit: the id, the name as
 * written (`市科技局`, full-width or half-width brackets alike), the name
 * without its leading `市` (`发改委` for `市发改委`, `科技局` for `市科技局`: the
 * city's own bodies are commonly named so), the full official name
 * (`南京市科学技术局`), the English name, or words of the English name
 * (`science bureau`, or an id-like `science-technology`) that only one unit's
 * English name contains. The forms are tried in that order and the first that
 * fits decides; a form that fits several units is `ambiguous`. English stop
 * words (`the`, `of`, `and`, …) are ignored, and a text of stop words only is
 * `not-found`. Other abbreviations and parts of a Chinese name are not guessed
 * (`市科技` could be a typo for several units): they are `not-found`, with the
 * nearest units as suggestions.
 *
 * @param text - What the user typed; editors offer the units' ids and names as written.
 * @returns `{ status: 'found', unit, matchedBy }`, `{ status: 'ambiguous', candidates }`
 * or `{ status: 'not-found', suggestions }`; never throws for a string.
 * @throws TypeError If `text` is not a string.
 * @example
 * ```ts
 * import { resolveUnit } from 'nanjing-innovation-plan';
 * const byEnglish = resolveUnit('science and technology bureau');
 * byEnglish.status === 'found' && byEnglish.unit.name //=> '市科技局'
 * const short = resolveUnit('发改委');
 * short.status === 'found' && short.unit.name //=> '市发改委'
 * const typo = resolveUnit('市科技');
 * typo.status === 'not-found' && typo.suggestions.map((unit) => unit.name) //=> ['市科技局']
 * const vague = resolveUnit('big data');
 * vague.status === 'ambiguous' && vague.candidates.map((unit) => unit.name) //=> ['市大数据局', '大数据集团']
 * resolveUnit('the') //=> { status: 'not-found', suggestions: [] }
 * ```
 * @category Queries
 */
export function resolveUnit(text: LiteralUnion<UnitKey, string>): UnitResolution {
  const unit = indexes().unitByKey.get(text);
  if (unit !== undefined) return found(unit, unit.id === text ? 'id' : 'name');
  if (typeof text !== 'string') throw new TypeError(`resolveUnit expects a string, got ${describeInput(text)}`);
  const query = fold(text);
  if (query === '') return Object.freeze({ status: 'not-found', suggestions: EMPTY });
  const units = foldedUnits();
  for (const [matchedBy, field] of [
    ['id', 'id'],
    ['name', 'name'],
    ['short-name', 'shortName'],
    ['full-name', 'fullName'],
    ['english-name', 'nameEn'],
  ] as const) {
    const hits = units.filter((entry) => entry[field] === query);
    if (hits.length === 1) return found(hits[0]!.unit, matchedBy);
    if (hits.length > 1) return ambiguous(hits);
  }
  const allWords = query.split(/[\s\-_,()]+/).filter((word) => word !== '');
  const latin = allWords.length > 0 && allWords.every((word) => /^[a-z0-9']+$/.test(word));
  const words = allWords.filter((word) => !STOP_WORDS.has(word));
  // English words that every other name has ("the", "of", "and") say nothing about the unit.
  if (latin && words.length === 0) return Object.freeze({ status: 'not-found', suggestions: EMPTY });
  if (latin) {
    const matches = units.filter((entry) => {
      const haystack = entry.nameEn.split(/[\s\-()]+/);
      return words.every((word) => haystack.some((candidate) => candidate.startsWith(word)));
    });
    if (matches.length === 1) return found(matches[0]!.unit, 'english-words');
    if (matches.length > 1) return ambiguous(matches);
  }
  const byKey = new Map<string, PlanUnit>();
  for (const entry of units) {
    byKey.set(entry.id, entry.unit);
    byKey.set(entry.name, entry.unit);
    if (entry.fullName !== undefined) byKey.set(entry.fullName, entry.unit);
  }
  const suggestions = [...new Set(nearest(query, byKey.keys(), 5).map((key) => byKey.get(key)!))].slice(0, 3);
  return Object.freeze({ status: 'not-found', suggestions: Object.freeze(suggestions) });
}
