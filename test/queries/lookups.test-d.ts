import { describe, expectTypeOf, it } from 'vitest';
import {
  findTask,
  findUnit,
  getGoalArea,
  getMeasure,
  getPrinciple,
  getTarget,
  getTask,
  getTaskGroup,
  getUnit,
  type PlanTask,
  type PlanUnit,
  search,
  targetsByCadence,
  targetsByKind,
  tasksByUnit,
  type UnitResolution,
} from '../../src/index.js';

describe('getTask', () => {
  it('returns the exact record for a literal number', () => {
    expectTypeOf(getTask(1).title).toEqualTypeOf<'壮大高科技型企业规模'>();
    expectTypeOf(getTask(3).leadUnits).toEqualTypeOf<readonly ['industry-it-bureau', 'investment-promotion-bureau']>();
  });

  it('returns the union of tasks for a wide number', () => {
    expectTypeOf(getTask(1 as 1 | 2).number).toEqualTypeOf<1 | 2>();
  });

  it('rejects a number that is not a task', () => {
    // @ts-expect-error 33 is not a task number
    getTask(33);
    // @ts-expect-error a plain number may not be a task number
    getTask(1 as number);
  });
});

describe('getUnit', () => {
  it('returns the exact record for an id or a name', () => {
    expectTypeOf(getUnit('市科技局').id).toEqualTypeOf<'science-technology-bureau'>();
    expectTypeOf(getUnit('science-technology-bureau').name).toEqualTypeOf<'市科技局'>();
  });

  it('rejects an unknown unit', () => {
    // @ts-expect-error part of a name is not a unit
    getUnit('市科技');
  });
});

describe('other look-ups', () => {
  it('return exact records', () => {
    expectTypeOf(getTarget('talent-pool').statement).toEqualTypeOf<'全市人才资源总量达到400万人'>();
    expectTypeOf(getPrinciple('market-led').name).toEqualTypeOf<'坚持市场主导'>();
    expectTypeOf(getGoalArea('support-system').name).toEqualTypeOf<'创新支撑体系更加完善'>();
    expectTypeOf(getTaskGroup(4).id).toEqualTypeOf<'talent-city'>();
    expectTypeOf(getTaskGroup('talent-city').number).toEqualTypeOf<4>();
    expectTypeOf(getMeasure('investment-guarantees').title).toEqualTypeOf<'强化保障投入'>();
  });

  it('reject unknown ids', () => {
    // @ts-expect-error not a target id
    getTarget('talent');
    // @ts-expect-error not a principle id
    getPrinciple('market');
    // @ts-expect-error not a goal area id
    getGoalArea('support');
    // @ts-expect-error there are six task groups
    getTaskGroup(7);
    // @ts-expect-error not a measure id
    getMeasure('leadership');
  });
});

describe('find… and relations', () => {
  it('return records or undefined, and readonly arrays', () => {
    expectTypeOf(findTask(1)).toEqualTypeOf<PlanTask | undefined>();
    expectTypeOf(findUnit('市科技局')).toEqualTypeOf<PlanUnit>();
    expectTypeOf(findUnit(undefined)).toEqualTypeOf<PlanUnit | UnitResolution | undefined>();
    expectTypeOf(tasksByUnit('市科技局')).toEqualTypeOf<readonly PlanTask[]>();
  });

  it('narrow targets by cadence and kind', () => {
    expectTypeOf(targetsByCadence('each-year')[0]!.cadence).toEqualTypeOf<'each-year'>();
    expectTypeOf(targetsByKind('qualitative')[0]!.kind).toEqualTypeOf<'qualitative'>();
    // @ts-expect-error not a cadence
    targetsByCadence('yearly');
  });

  it('narrows a search hit by kind', () => {
    const [hit] = search('创新');
    if (hit?.kind === 'unit') expectTypeOf(hit.record).toEqualTypeOf<PlanUnit>();
  });

  it('returns results that cannot be changed', () => {
    // @ts-expect-error readonly array
    tasksByUnit('市科技局').push(getTask(1));
  });
});
