import { describe, expectTypeOf, it } from 'vitest';
import { resolveUnit, type UnitId, type UnitKey, type UnitName, type UnitResolution } from '../../src/index.js';

type FindUnitText = Parameters<typeof resolveUnit>[0];

describe('resolveUnit', () => {
  it('takes any string', () => {
    expectTypeOf<string>().toExtend<FindUnitText>();
    expectTypeOf(resolveUnit('science bureau')).toEqualTypeOf<UnitResolution>();
  });

  it('keeps the ids and names as written in its parameter, for editors to offer', () => {
    // A plain `string` parameter would absorb the literals; these extracts would then be `never`.
    expectTypeOf<Extract<FindUnitText, UnitName>>().toEqualTypeOf<UnitName>();
    expectTypeOf<Extract<FindUnitText, UnitId>>().toEqualTypeOf<UnitId>();
    expectTypeOf<Extract<FindUnitText, UnitKey>>().not.toBeNever();
  });

  it('takes nothing but text', () => {
    // @ts-expect-error a number is not a unit's text
    resolveUnit(1);
  });
});
