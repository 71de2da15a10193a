import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  type BaseUnit,
  type baseUnits,
  type Cadence,
  type Comparator,
  cadences,
  comparators,
  type MeasureKind,
  type measureKinds,
  type SearchScope,
  type searchScopes,
  type Target,
  targetKinds,
  type UnitKind,
  type UnitTier,
  type unitKinds,
  unitTiers,
} from '../../src/index.js';
import type {
  BaseUnitSchema,
  CadenceSchema,
  ComparatorSchema,
  MeasureKindSchema,
  UnitKindSchema,
  UnitTierSchema,
} from '../../src/schema.js';

// Each union is written out here as the plan's reading defines it, so that a changed tuple fails a test.
type Comparators = 'reach' | 'exceed' | 'at-least' | 'about' | 'range' | 'reduce-by' | 'grow-by' | 'rise';
type Cadences = 'by-deadline' | 'each-year' | 'average-annual' | 'year-on-year';
type MeasureKinds = 'level' | 'increment' | 'change';
type UnitKinds =
  | 'party-department'
  | 'government-department'
  | 'court'
  | 'district'
  | 'park'
  | 'state-owned-enterprise'
  | 'financial-regulator'
  | 'association'
  | 'collective';
type BaseUnits =
  | 'enterprises'
  | 'market-entities'
  | 'projects'
  | 'clusters'
  | 'parks'
  | 'buildings'
  | 'pilot-zones'
  | 'innovation-centres'
  | 'institutions'
  | 'demonstrations'
  | 'people'
  | 'person-years'
  | 'patents'
  | 'percent'
  | 'yuan'
  | 'km2';

describe('the vocabularies', () => {
  it('derive types equal to the literal unions', () => {
    expectTypeOf<Comparator>().toEqualTypeOf<Comparators>();
    expectTypeOf<Cadence>().toEqualTypeOf<Cadences>();
    expectTypeOf<MeasureKind>().toEqualTypeOf<MeasureKinds>();
    expectTypeOf<UnitKind>().toEqualTypeOf<UnitKinds>();
    expectTypeOf<UnitTier>().toEqualTypeOf<'municipal' | 'district'>();
    expectTypeOf<BaseUnit>().toEqualTypeOf<BaseUnits>();
    expectTypeOf<SearchScope>().toEqualTypeOf<
      'tasks' | 'goals' | 'principles' | 'measures' | 'targets' | 'units' | 'general'
    >();
  });

  it('are readonly tuples of those literals', () => {
    expectTypeOf(comparators).toEqualTypeOf<
      readonly ['reach', 'exceed', 'at-least', 'about', 'range', 'reduce-by', 'grow-by', 'rise']
    >();
    expectTypeOf(cadences).toEqualTypeOf<readonly ['by-deadline', 'each-year', 'average-annual', 'year-on-year']>();
    expectTypeOf(unitTiers).toEqualTypeOf<readonly ['municipal', 'district']>();
    expectTypeOf(targetKinds).toEqualTypeOf<readonly ['quantitative', 'qualitative']>();
    expectTypeOf<(typeof measureKinds)[number]>().toEqualTypeOf<MeasureKinds>();
    expectTypeOf<(typeof unitKinds)[number]>().toEqualTypeOf<UnitKinds>();
    expectTypeOf<(typeof baseUnits)[number]>().toEqualTypeOf<BaseUnits>();
    expectTypeOf<(typeof searchScopes)[number]>().toEqualTypeOf<SearchScope>();
  });

  it('name every kind of target the model has', () => {
    expectTypeOf<(typeof targetKinds)[number]>().toEqualTypeOf<Target['kind']>();
  });

  it('are what the zod schemas enumerate', () => {
    expectTypeOf<z.infer<typeof ComparatorSchema>>().toEqualTypeOf<Comparators>();
    expectTypeOf<z.infer<typeof CadenceSchema>>().toEqualTypeOf<Cadences>();
    expectTypeOf<z.infer<typeof MeasureKindSchema>>().toEqualTypeOf<MeasureKinds>();
    expectTypeOf<z.infer<typeof UnitKindSchema>>().toEqualTypeOf<UnitKinds>();
    expectTypeOf<z.infer<typeof UnitTierSchema>>().toEqualTypeOf<'municipal' | 'district'>();
    expectTypeOf<z.infer<typeof BaseUnitSchema>>().toEqualTypeOf<BaseUnits>();
  });
});
