import { afterEach, describe, expect, it, vi } from 'vitest';
import { findUnit, getUnit, plan } from '../../src/index.js';

describe('findUnit', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('returns the unit for its id or its name as written, like getUnit', () => {
    expect(findUnit('市科技局')).toBe(getUnit('市科技局'));
    expect(findUnit('industry-it-bureau')).toMatchObject({ name: '市工信局' });
    for (const unit of plan.units) {
      expect(findUnit(unit.id)).toBe(unit);
      expect(findUnit(unit.name)).toBe(unit);
    }
  });

  it('returns undefined for a value that is not a string, where getUnit throws', () => {
    for (const value of [42, undefined, null, {}, ['市科技局']]) expect(findUnit(value)).toBeUndefined();
    expect(() => getUnit(42 as never)).toThrow('expected a unit id or name as written, got 42');
  });

  it('still answers other text as resolveUnit did in 0.1, with one deprecation warning', () => {
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    expect(findUnit('science bureau')).toMatchObject({
      status: 'found',
      unit: { name: '市科技局' },
      matchedBy: 'english-words',
    });
    expect(findUnit('市科技')).toMatchObject({ status: 'not-found', suggestions: [{ name: '市科技局' }] });
    // Once per process (each test file has its own module state): two deprecated calls, one warning.
    expect(emitWarning).toHaveBeenCalledTimes(1);
    expect(emitWarning).toHaveBeenCalledWith(
      'findUnit(text) is deprecated for text other than a unit id or name: use resolveUnit(text).',
      { type: 'DeprecationWarning', code: 'NJPLAN_FIND_UNIT_TEXT' },
    );
  });

  it('does not warn for an id or a name as written', () => {
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    findUnit('市发改委');
    findUnit(7);
    expect(emitWarning).not.toHaveBeenCalled();
  });
});
