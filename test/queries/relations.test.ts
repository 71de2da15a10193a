import { describe, expect, it } from 'vitest';
import {
  coResponsibleUnits,
  responsibilityMatrix,
  targetsByGoalArea,
  targetsByTask,
  tasksByGroup,
  tasksByTarget,
  tasksByUnit,
  UnknownIdError,
  unitsByTask,
} from '../../src/index.js';

const numbers = (tasks: readonly { number: number }[]) => tasks.map((task) => task.number);
const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);

describe('tasksByUnit', () => {
  it('returns every task whose 责任单位 line names 市科技局', () => {
    expect(numbers(tasksByUnit('市科技局'))).toEqual([
      1, 4, 5, 6, 7, 8, 9, 13, 15, 16, 17, 18, 19, 20, 21, 22, 24, 25, 27, 28, 30, 31, 32,
    ]);
  });

  it('returns only the tasks 市科技局 leads first with primary', () => {
    expect(numbers(tasksByUnit('science-technology-bureau', { primary: true }))).toEqual([1, 16, 18, 19]);
  });

  it('returns the tasks of the collective unit 相关区(园区)', () => {
    expect(numbers(tasksByUnit('相关区(园区)'))).toEqual([9, 15, 16, 17]);
  });

  it('returns an empty frozen array for a unit that leads no task first', () => {
    const result = tasksByUnit('市税务局', { primary: true });
    expect(result).toEqual([]);
    expect(Object.isFrozen(result)).toBe(true);
  });

  it('returns a frozen array that a caller cannot change', () => {
    const result = tasksByUnit('市工信局');
    expect(() => (result as unknown as unknown[]).push(1)).toThrow(TypeError);
  });

  it('throws for an unknown unit', () => {
    expect(() => tasksByUnit('市科技' as never)).toThrow(UnknownIdError);
  });
});

describe('unitsByTask', () => {
  it('returns the units in the order written, primary first', () => {
    expect(unitsByTask(19).map((unit) => unit.name)).toEqual([
      '市科技局',
      '市发改委',
      '市规划资源局',
      '市农业农村局',
      '麒麟科创园',
      '浦口区',
      '溧水区',
    ]);
  });
});

describe('targetsByTask', () => {
  it('returns the targets a task states', () => {
    expect(ids(targetsByTask(14))).toEqual([
      'urban-industrial-parks-per-district',
      'urban-industrial-buildings-per-district',
      'hundred-billion-yuan-parks',
      'fifty-billion-yuan-parks',
    ]);
  });

  it('returns an empty array for a task without targets', () => {
    expect(targetsByTask(20)).toEqual([]);
  });
});

describe('tasksByTarget', () => {
  it('returns the tasks that state a target', () => {
    expect(numbers(tasksByTarget('high-tech-enterprises'))).toEqual([1]);
    expect(numbers(tasksByTarget('new-system-state-key-laboratories'))).toEqual([16]);
  });

  it('returns an empty array for a target stated only in a goal area', () => {
    expect(tasksByTarget('talent-pool')).toEqual([]);
  });
});

describe('targetsByGoalArea', () => {
  it('returns the targets of a goal area in order', () => {
    expect(ids(targetsByGoalArea('ecosystem-thrives'))).toEqual([
      'business-environment-national-lead',
      'rd-expenditure-share',
      'technology-contract-turnover',
      'ip-powerhouse-city',
      'high-value-patents-per-10k-people',
    ]);
  });
});

describe('tasksByGroup', () => {
  it('returns the tasks of a group by number or id', () => {
    expect(numbers(tasksByGroup(3))).toEqual([15, 16, 17, 18, 19]);
    expect(numbers(tasksByGroup('innovation-ecosystem'))).toEqual([28, 29, 30, 31, 32]);
  });
});

describe('coResponsibleUnits', () => {
  it('returns the partners of 市市场监管局 with the shared tasks, most first', () => {
    expect(coResponsibleUnits('市市场监管局').map(({ unit, tasks, count }) => [unit.name, tasks, count])).toEqual([
      ['市科技局', [24, 31], 2],
      ['市工信局', [24, 31], 2],
      ['市发改委', [24], 1],
      ['市委创新办', [24], 1],
      ['市财政局', [31], 1],
    ]);
  });

  it('returns 市工信局 first among the partners of 市科技局, sharing 16 tasks', () => {
    const [first] = coResponsibleUnits('市科技局');
    expect(first?.unit.name).toBe('市工信局');
    expect(first?.tasks).toEqual([4, 5, 6, 7, 8, 9, 13, 17, 18, 21, 24, 25, 27, 30, 31, 32]);
    expect(first?.count).toBe(16);
  });
});

describe('responsibilityMatrix', () => {
  it('marks the primary lead, the supporting units and the others', () => {
    const { units, tasks, roles } = responsibilityMatrix();
    expect(units).toHaveLength(35);
    expect(tasks).toHaveLength(32);
    const row = roles[units.findIndex((unit) => unit.name === '市投促局')]!;
    expect(row[2]).toBe('supporting');
    expect(row[4]).toBe('primary');
    expect(row[0]).toBe(null);
  });

  it('is frozen', () => {
    const matrix = responsibilityMatrix();
    expect(Object.isFrozen(matrix.roles)).toBe(true);
    expect(Object.isFrozen(matrix.roles[0])).toBe(true);
  });
});

describe('tasksByUnit with bad options', () => {
  it('throws a TypeError for null options', () => {
    expect(() => tasksByUnit('市科技局', null as never)).toThrow(
      new TypeError('tasksByUnit: expected options to be an object or undefined, got null'),
    );
  });

  it('throws a TypeError for a primary that is not a boolean', () => {
    expect(() => tasksByUnit('市科技局', { primary: 'yes' } as never)).toThrow(
      new TypeError('tasksByUnit: expected options.primary to be a boolean, got "yes"'),
    );
  });

  it('takes undefined options as the defaults', () => {
    expect(numbers(tasksByUnit('market-regulation-bureau', undefined))).toEqual([24, 26, 29, 31]);
  });
});

describe('relations with an argument of the wrong type', () => {
  it('name the function that was called', () => {
    expect(() => tasksByUnit(null as never)).toThrow(UnknownIdError);
    expect(() => tasksByUnit(null as never)).toThrow(/^tasksByUnit: expected a unit id or name as written, got null$/);
    expect(() => unitsByTask(undefined as never)).toThrow(/^unitsByTask: expected a task number 1–32, got undefined$/);
    expect(() => targetsByTask(null as never)).toThrow(/^targetsByTask: expected a task number 1–32, got null$/);
    expect(() => tasksByTarget(undefined as never)).toThrow(/^tasksByTarget: expected a target id, got undefined$/);
    expect(() => targetsByGoalArea({} as never)).toThrow(/^targetsByGoalArea: expected a goal area id, got an object$/);
    expect(() => tasksByGroup(undefined as never)).toThrow(
      /^tasksByGroup: expected a task group number 1–6 or id, got undefined$/,
    );
    expect(() => coResponsibleUnits(42 as never)).toThrow(
      /^coResponsibleUnits: expected a unit id or name as written, got 42$/,
    );
  });
});
