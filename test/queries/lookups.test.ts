import { describe, expect, it, vi } from 'vitest';
import {
  findGoalArea,
  findMeasure,
  findPrinciple,
  findTarget,
  findTask,
  findTaskGroup,
  getGoalArea,
  getMeasure,
  getPrinciple,
  getTarget,
  getTask,
  getTaskGroup,
  getUnit,
  plan,
  UnknownIdError,
} from '../../src/index.js';

describe('getTask', () => {
  it('returns the task with that number', () => {
    expect(getTask(3).title).toBe('促进规模以上企业倍增');
    expect(getTask(32).title).toBe('构建一流创新服务环境');
  });

  it('returns the frozen record of the plan itself', () => {
    expect(getTask(1)).toBe(plan.tasks[0]);
    expect(Object.isFrozen(getTask(1))).toBe(true);
  });

  it('throws an UnknownIdError naming the number and the valid range', () => {
    expect(() => getTask(33 as never)).toThrow(UnknownIdError);
    expect(() => getTask(33 as never)).toThrow('Unknown task number 33: tasks are numbered 1–32.');
  });

  it('throws for a number written as a string, quoting it', () => {
    expect(() => getTask('3' as never)).toThrow('Unknown task number "3": tasks are numbered 1–32.');
  });
});

describe('findTask', () => {
  it('returns the task or undefined', () => {
    expect(findTask(26)?.title).toBe('推进质量标准设施建设');
    expect(findTask(0)).toBeUndefined();
    expect(findTask('1')).toBeUndefined();
  });
});

describe('getUnit', () => {
  it('returns the unit by id', () => {
    expect(getUnit('science-technology-bureau').name).toBe('市科技局');
  });

  it('returns the unit by its name as written', () => {
    expect(getUnit('相关区(园区)').id).toBe('relevant-districts-parks');
    expect(getUnit('相关区(园区)').tier).toBe('district');
  });

  it('throws with the nearest names for a near miss', () => {
    expect(() => getUnit('市科技' as never)).toThrow(
      'Unknown unit "市科技": expected a unit id or name as written. Did you mean "市科技局"?',
    );
  });

  it('carries the suggestions on the error', () => {
    try {
      getUnit('市科技' as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownIdError);
      expect((error as UnknownIdError).kind).toBe('unit');
      expect((error as UnknownIdError).suggestions).toEqual(['市科技局']);
    }
  });
});

describe('getTarget', () => {
  it('returns the target by id', () => {
    expect(getTarget('technology-contract-turnover').statement).toBe('技术合同成交额达940亿元');
  });

  it('throws with the nearest ids', () => {
    expect(() => getTarget('talent' as never)).toThrow(
      'Unknown target id "talent". Did you mean "talent-pool", "overseas-talent-growth"?',
    );
  });

  it('lists the valid ids when none is near', () => {
    expect(() => getMeasure(42 as never)).toThrow(
      'Unknown measure id 42. Valid ids: organizational-leadership, investment-guarantees, monitoring-evaluation.',
    );
  });
});

describe('getPrinciple, getGoalArea, getMeasure', () => {
  it('return the records by id', () => {
    expect(getPrinciple('market-led').name).toBe('坚持市场主导');
    expect(getGoalArea('support-system').name).toBe('创新支撑体系更加完善');
    expect(getMeasure('investment-guarantees').title).toBe('强化保障投入');
  });
});

describe('getTaskGroup', () => {
  it('returns the group by number and by id', () => {
    expect(getTaskGroup(2).title).toBe('加快创新链与产业链融合,打造具有国际竞争力的创新产业集群');
    expect(getTaskGroup('factor-markets').tasks).toEqual([24, 25, 26, 27]);
  });

  it('throws naming the range and the ids', () => {
    expect(() => getTaskGroup(7 as never)).toThrow('Unknown task group 7: task groups are numbered 1–6');
  });
});

describe('find… counterparts', () => {
  it('return undefined for unknown ids', () => {
    expect(findTarget('nope')).toBeUndefined();
    expect(findPrinciple('nope')).toBeUndefined();
    expect(findGoalArea('nope')).toBeUndefined();
    expect(findTaskGroup('nope')).toBeUndefined();
    expect(findMeasure('nope')).toBeUndefined();
  });

  it('return the record for known ids', () => {
    expect(findTarget('research-land')?.statement).toBe('40平方公里科研用地');
    expect(findPrinciple('transformation-demonstration')?.name).toBe('坚持转型示范');
    expect(findGoalArea('clusters-rise')?.name).toBe('创新产业集群蓄势崛起');
    expect(findTaskGroup(3)?.id).toBe('core-technologies');
    expect(findMeasure('organizational-leadership')?.title).toBe('加强组织领导');
  });
});

describe('UnknownIdError messages', () => {
  it('cut a long string input at 40 characters with an ellipsis', () => {
    expect(() => getTask('x'.repeat(100_000) as never)).toThrow(
      `Unknown task number "${'x'.repeat(40)}…": tasks are numbered 1–32.`,
    );
  });

  it('keep the whole input on the error', () => {
    let input: unknown;
    try {
      getUnit('y'.repeat(1000) as never);
    } catch (error) {
      input = (error as UnknownIdError).input;
    }
    expect(input).toBe('y'.repeat(1000));
  });

  it('name the function and what was given for undefined', () => {
    expect(() => getTask(undefined as never)).toThrow(UnknownIdError);
    expect(() => getTask(undefined as never)).toThrow(/^getTask: expected a task number 1–32, got undefined$/);
  });

  it('name the function and the type for a value of the wrong type', () => {
    expect(() => getUnit(null as never)).toThrow(/^getUnit: expected a unit id or name as written, got null$/);
    expect(() => getTarget({} as never)).toThrow(/^getTarget: expected a target id, got an object$/);
    expect(() => getPrinciple(true as never)).toThrow(/^getPrinciple: expected a principle id, got true$/);
    expect(() => getGoalArea([] as never)).toThrow(/^getGoalArea: expected a goal area id, got an array$/);
    expect(() => getMeasure(undefined as never)).toThrow(/^getMeasure: expected a measure id, got undefined$/);
    expect(() => getTaskGroup(null as never)).toThrow(
      /^getTaskGroup: expected a task group number 1–6 or id, got null$/,
    );
  });
});

describe('getTarget and getPrinciple on success', () => {
  // A successful look-up is one Map.get: it builds no list of the valid ids.
  it('builds no array', () => {
    getTarget('talent-pool');
    getPrinciple('market-led');
    getGoalArea('support-system');
    getMeasure('investment-guarantees');
    const map = vi.spyOn(Array.prototype, 'map');
    try {
      getTarget('talent-pool');
      getPrinciple('market-led');
      getGoalArea('support-system');
      getMeasure('investment-guarantees');
      expect(map).not.toHaveBeenCalled();
    } finally {
      map.mockRestore();
    }
  });
});
