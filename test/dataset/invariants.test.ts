import { describe, expect, it } from 'vitest';
import { plan } from '../../src/index.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('plan structure', () => {
  it('has 32 tasks numbered 1–32 in order, with ids task-1 … task-32', () => {
    expect(plan.tasks.map((task) => task.number)).toEqual(Array.from({ length: 32 }, (_, index) => index + 1));
    expect(plan.tasks.map((task) => task.id)).toEqual(Array.from({ length: 32 }, (_, index) => `task-${index + 1}`));
  });

  it('has 6 task groups holding tasks 1–7, 8–14, 15–19, 20–23, 24–27 and 28–32', () => {
    expect(plan.taskGroups.map((group) => [group.tasks[0], group.tasks.at(-1)])).toEqual([
      [1, 7],
      [8, 14],
      [15, 19],
      [20, 23],
      [24, 27],
      [28, 32],
    ]);
  });

  it("lists each task in its group's tasks, contiguously, and nowhere else", () => {
    for (const group of plan.taskGroups) {
      const members = plan.tasks.filter((task) => task.group === group.number).map((task) => task.number);
      expect(group.tasks).toEqual(members);
    }
    expect(plan.taskGroups.flatMap((group) => group.tasks)).toEqual(plan.tasks.map((task) => task.number));
  });

  it('has 4 principles, 5 goal areas and 3 measures, numbered from 1', () => {
    expect(plan.principles.map((item) => item.number)).toEqual([1, 2, 3, 4]);
    expect(plan.goalAreas.map((item) => item.number)).toEqual([1, 2, 3, 4, 5]);
    expect(plan.measures.map((item) => item.number)).toEqual([1, 2, 3]);
  });

  it('has 35 units and 40 targets, 35 of them quantitative', () => {
    expect(plan.units).toHaveLength(35);
    expect(plan.targets).toHaveLength(40);
    expect(plan.targets.filter((target) => target.kind === 'quantitative')).toHaveLength(35);
  });

  it('carries the metadata of the document', () => {
    expect(plan.title).toBe('南京市创新驱动、产业转型示范三年行动计划(2022—2024年)');
    expect(plan.issuer).toBe('中共南京市委办公厅');
    expect(plan.issued).toBe('2022-01-03');
    expect(plan.posted).toBe('2022-02-14T15:07:29+08:00');
    expect(plan.period).toEqual({ start: 2022, end: 2024 });
    expect(plan.header.pageCounter).toBe('21160');
    expect(plan.seed).toEqual({ file: 'seeds/nanjing-innovation-plan-2022-2024.txt', lines: { start: 1, end: 102 } });
  });
});

describe('ids', () => {
  const named = [
    ...plan.parts,
    ...plan.sections,
    ...plan.principles,
    ...plan.goalAreas,
    ...plan.taskGroups,
    ...plan.tasks,
    ...plan.measures,
    ...plan.units,
    ...plan.targets,
  ].map((record) => record.id);

  it('are ASCII kebab-case', () => {
    for (const id of named) expect(id).toMatch(KEBAB);
  });

  it('are unique across every kind of record', () => {
    expect(new Set(named).size).toBe(named.length);
  });
});

describe('references', () => {
  const unitIds = new Set<string>(plan.units.map((unit) => unit.id));
  const targetIds = new Set<string>(plan.targets.map((target) => target.id));
  const goalAreaIds = new Set<string>(plan.goalAreas.map((area) => area.id));

  it('from tasks resolve to units and targets', () => {
    for (const task of plan.tasks) {
      for (const id of task.leadUnits) expect(unitIds.has(id), `task ${task.number} → ${id}`).toBe(true);
      for (const id of task.targets) expect(targetIds.has(id), `task ${task.number} → ${id}`).toBe(true);
      expect(task.source.leadUnits).toHaveLength(task.leadUnits.length);
    }
  });

  it('from goal areas resolve to targets', () => {
    for (const area of plan.goalAreas) for (const id of area.targets) expect(targetIds.has(id)).toBe(true);
  });

  it('from target mentions resolve to goal areas and tasks', () => {
    for (const target of plan.targets) {
      for (const mention of target.mentions) {
        if (mention.kind === 'goal-area') expect(goalAreaIds.has(mention.goalArea)).toBe(true);
        else expect(mention.task).toBeGreaterThanOrEqual(1);
        if (mention.kind === 'task') expect(mention.task).toBeLessThanOrEqual(32);
      }
    }
  });

  it('agree both ways: a record lists a target exactly when the target mentions the record', () => {
    for (const target of plan.targets) {
      const byMentions = target.mentions.map((mention) =>
        mention.kind === 'goal-area' ? `goal-area:${mention.goalArea}` : `task:${mention.task}`,
      );
      const byRecords = [
        ...plan.goalAreas
          .filter((area) => (area.targets as readonly string[]).includes(target.id))
          .map((area) => `goal-area:${area.id}`),
        ...plan.tasks
          .filter((task) => (task.targets as readonly string[]).includes(target.id))
          .map((task) => `task:${task.number}`),
      ];
      expect(byRecords, target.id).toEqual(byMentions);
    }
  });

  it('leave no unit unused and name no unit twice in one task', () => {
    const used = new Set(plan.tasks.flatMap((task) => task.leadUnits));
    expect(used).toEqual(unitIds);
    for (const task of plan.tasks) expect(new Set(task.leadUnits).size).toBe(task.leadUnits.length);
  });

  it('leave no target unstated', () => {
    for (const target of plan.targets) expect(target.mentions.length, target.id).toBeGreaterThan(0);
  });
});
