import { describe, expectTypeOf, it } from 'vitest';
import { findUnit, type PlanUnit, type UnitResolution } from '../../src/index.js';

describe('findUnit', () => {
  it('returns the unit for a literal id or name as written', () => {
    expectTypeOf(findUnit('市科技局')).toEqualTypeOf<PlanUnit>();
    expectTypeOf(findUnit('science-technology-bureau')).toEqualTypeOf<PlanUnit>();
  });

  it('says that other text may still get the deprecated status object', () => {
    const text: string = 'science bureau';
    expectTypeOf(findUnit(text)).toEqualTypeOf<PlanUnit | UnitResolution>();
  });

  it('takes any value, like the other find… functions', () => {
    const value: unknown = 42;
    expectTypeOf(findUnit(value)).toEqualTypeOf<PlanUnit | UnitResolution | undefined>();
  });
});
