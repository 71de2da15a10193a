import type { PlanUnit } from '../model/ids.js';
import { indexes } from './_indexes.js';
import { resolveUnit, type UnitResolution } from './resolveUnit.js';
import type { UnitKey } from './types.js';

let warned = false;

/**
 * The responsible unit with the given id or name as written, or `undefined`:
 * like {@link getUnit}, without throwing.
 *
 * Until 0.3.0, a string that is neither an id nor a name as written still
 * gets what `findUnit` returned in 0.1 — {@link resolveUnit}'s status object —
 * with a one-time `DeprecationWarning` (code `NJPLAN_FIND_UNIT_TEXT`) where
 * `process.emitWarning` exists; call {@link resolveUnit} for that instead.
 *
 * @param key - Any value; a unit's id or its name as written finds the unit.
 * @returns The frozen unit record; `undefined` for a value that is not a string.
 * @example
 * ```ts
 * import { findUnit } from 'nanjing-innovation-plan';
 * findUnit('市科技局')?.id //=> 'science-technology-bureau'
 * findUnit('science-technology-bureau')?.name //=> '市科技局'
 * findUnit(42) //=> undefined
 * ```
 * @category Queries
 */
export function findUnit(key: UnitKey): PlanUnit;
/**
 * @deprecated For text that is not a unit's id or name as written, use {@link resolveUnit}; from 0.3.0
 * `findUnit` returns `undefined` for it.
 * @param text - Any text.
 * @returns The unit for an id or a name as written, else {@link resolveUnit}'s status object.
 */
export function findUnit(text: string): PlanUnit | UnitResolution;
/**
 * @param key - Any value; a unit's id or its name as written finds the unit.
 * @returns The frozen unit record; `undefined` for a value that is not a string; until 0.3.0, for other
 * text, the deprecated status object of {@link resolveUnit}.
 */
export function findUnit(key: unknown): PlanUnit | UnitResolution | undefined;
export function findUnit(key: unknown): PlanUnit | UnitResolution | undefined {
  const unit = indexes().unitByKey.get(key);
  if (unit !== undefined || typeof key !== 'string') return unit;
  // Once per process: text that is not a unit's id or name as written is deprecated.
  if (!warned) {
    warned = true;
    (globalThis as { process?: { emitWarning?: (message: string, options: object) => void } }).process?.emitWarning?.(
      'findUnit(text) is deprecated for text other than a unit id or name: use resolveUnit(text).',
      { type: 'DeprecationWarning', code: 'NJPLAN_FIND_UNIT_TEXT' },
    );
  }
  return resolveUnit(key);
}
