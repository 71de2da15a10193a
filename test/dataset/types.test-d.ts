import { describe, expectTypeOf, it } from 'vitest';
import type {
  GoalAreaId,
  MeasureId,
  PlanTarget,
  PrincipleId,
  TargetId,
  TaskGroupNumber,
  TaskNumber,
  UnitId,
  UnitName,
} from '../../src/index.js';
import { plan } from '../../src/index.js';

// 1 | 2 | … | TCount
type Range<TCount extends number, TAcc extends number[] = []> = TAcc['length'] extends TCount
  ? TAcc[number]
  : Range<TCount, [...TAcc, [...TAcc, 0]['length'] & number]>;

describe('id types', () => {
  it('TaskNumber is the literal union 1 … 32', () => {
    expectTypeOf<TaskNumber>().toEqualTypeOf<Range<32>>();
  });

  it('TaskGroupNumber is 1 … 6', () => {
    expectTypeOf<TaskGroupNumber>().toEqualTypeOf<1 | 2 | 3 | 4 | 5 | 6>();
  });

  it('UnitId, UnitName and TargetId are literal unions, not string', () => {
    expectTypeOf<'science-technology-bureau'>().toExtend<UnitId>();
    expectTypeOf<'市科技局'>().toExtend<UnitName>();
    expectTypeOf<'high-tech-enterprises'>().toExtend<TargetId>();
    expectTypeOf<string>().not.toExtend<UnitId>();
    expectTypeOf<string>().not.toExtend<TargetId>();
  });

  it('PrincipleId, GoalAreaId and MeasureId are the literal ids', () => {
    expectTypeOf<PrincipleId>().toEqualTypeOf<
      'innovation-driven' | 'market-led' | 'talent-led' | 'transformation-demonstration'
    >();
    expectTypeOf<GoalAreaId>().toEqualTypeOf<
      'enterprises-flourish' | 'clusters-rise' | 'support-system' | 'talent-concentration' | 'ecosystem-thrives'
    >();
    expectTypeOf<MeasureId>().toEqualTypeOf<
      'organizational-leadership' | 'investment-guarantees' | 'monitoring-evaluation'
    >();
  });

  it('rejects a wrong id at compile time', () => {
    // @ts-expect-error 33 is not a task number
    const task: TaskNumber = 33;
    // @ts-expect-error the unit id is misspelt
    const unit: UnitId = 'science-tech-bureau';
    // @ts-expect-error no such target
    const target: TargetId = 'high-tech-enterprise';
    expectTypeOf(task).toEqualTypeOf<TaskNumber>();
    expectTypeOf(unit).toEqualTypeOf<UnitId>();
    expectTypeOf(target).toEqualTypeOf<TargetId>();
  });

  it('every reference in the data is one of the ids', () => {
    expectTypeOf<(typeof plan.tasks)[number]['leadUnits'][number]>().toExtend<UnitId>();
    expectTypeOf<(typeof plan.tasks)[number]['targets'][number]>().toExtend<TargetId>();
    expectTypeOf<(typeof plan.goalAreas)[number]['targets'][number]>().toExtend<TargetId>();
    expectTypeOf<Extract<PlanTarget['mentions'][number], { kind: 'task' }>['task']>().toExtend<TaskNumber>();
  });
});

describe('literal record types', () => {
  it('keeps the values of each record', () => {
    expectTypeOf(plan.tasks[0].title).toEqualTypeOf<'壮大高科技型企业规模'>();
    expectTypeOf(plan.tasks[0].leadUnits).toEqualTypeOf<readonly ['science-technology-bureau']>();
    expectTypeOf(plan.targets[0].value).toEqualTypeOf<1.2>();
  });
});

describe('immutability', () => {
  it('does not compile an assignment to any part of the data', () => {
    // @ts-expect-error readonly
    plan.title = 'x';
    // @ts-expect-error readonly
    plan.tasks[0].title = 'x';
    // @ts-expect-error readonly array
    plan.tasks[0].leadUnits.push('tax-bureau');
    // @ts-expect-error readonly
    plan.units[0].source.name.start = 0;
    // @ts-expect-error readonly
    plan.targets[0].mentions[0].words = 'x';
    // @ts-expect-error readonly array
    plan.targets.pop();
  });
});
