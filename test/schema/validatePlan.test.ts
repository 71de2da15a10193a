import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/index.js';
import { validatePlan } from '../../src/schema.js';

const seed = readFileSync(new URL('../../seeds/nanjing-innovation-plan-2022-2024.txt', import.meta.url), 'utf8');

/** A mutable deep copy of the plan to break on purpose. */
function copy(): any {
  return JSON.parse(JSON.stringify(plan));
}

describe('validatePlan', () => {
  it('accepts the shipped plan against its seed text', () => {
    expect(validatePlan(plan, { sourceText: seed })).toEqual({ success: true, data: plan, issues: [] });
  });

  it('returns an issue with path tasks[7].leadUnits[2] for a unit that does not exist', () => {
    const broken = copy();
    // Task 8 (突破性推进创新型产业发展) names 市工信局、市发改委、市科技局、市投促局.
    broken.tasks[7].leadUnits[2] = 'science-bureau';
    expect(validatePlan(broken).issues).toEqual([
      {
        path: 'tasks[7].leadUnits[2]',
        code: 'unresolved-reference',
        message: '单位 "science-bureau" 不在 units 中',
        messageEn: 'unit "science-bureau" is not in units',
      },
    ]);
  });

  it('reports a duplicate unit id', () => {
    const broken = copy();
    broken.units[1].id = broken.units[0].id;
    const issues = validatePlan(broken).issues;
    expect(issues[0]).toMatchObject({ path: 'units[1].id', code: 'duplicate-id' });
  });

  it('reports numbering that skips a number', () => {
    const broken = copy();
    broken.principles[2].number = 4;
    broken.principles[3].number = 5;
    expect(validatePlan(broken).issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['principles[2].number', 'non-contiguous-numbering'],
      ['principles[3].number', 'non-contiguous-numbering'],
    ]);
  });

  it('reports a task listed in a group it does not belong to', () => {
    const broken = copy();
    // Task 8 belongs to group 2 (加快创新链与产业链融合…); list it in group 1 as well.
    broken.taskGroups[0].tasks.push(8);
    expect(validatePlan(broken).issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['taskGroups[0].tasks[7]', 'inconsistent-reference'],
      ['taskGroups[1].tasks[0]', 'duplicate-id'],
    ]);
  });

  it('reports a target id in a goal area that no target has', () => {
    const broken = copy();
    broken.goalAreas[0].targets[0] = 'high-tech-firms';
    expect(validatePlan(broken).issues[0]).toMatchObject({
      path: 'goalAreas[0].targets[0]',
      code: 'unresolved-reference',
    });
  });

  it('reports a mention of a task that does not list the target', () => {
    const broken = copy();
    broken.tasks[0].targets = ['high-tech-enterprises'];
    const issues = validatePlan(broken).issues;
    expect(issues).toEqual([
      expect.objectContaining({ path: 'targets[1].mentions[1].task', code: 'inconsistent-reference' }),
    ]);
  });

  it('reports a range target without an upper bound', () => {
    const broken = copy();
    const index = broken.targets.findIndex((target: { id: string }) => target.id === 'hundred-billion-yuan-parks');
    delete broken.targets[index].upperValue;
    expect(validatePlan(broken).issues).toEqual([
      expect.objectContaining({ path: `targets[${index}].upperValue`, code: 'inconsistent-target' }),
    ]);
  });

  it('reports a span whose length differs from its text', () => {
    const broken = copy();
    broken.preamble.source.text.end += 1;
    expect(validatePlan(broken).issues).toEqual([
      expect.objectContaining({ path: 'preamble.source.text', code: 'span-mismatch' }),
    ]);
  });

  it('reports a span that ends before it starts', () => {
    const broken = copy();
    broken.header.source.title = { line: 1, start: 10, end: 5 };
    expect(validatePlan(broken).issues[0]).toMatchObject({ path: 'header.source.title', code: 'span-out-of-bounds' });
  });

  it('reports a span beyond the source text', () => {
    const broken = copy();
    broken.imprint.source.text = { line: 102, start: seed.length, end: seed.length + broken.imprint.text.length };
    expect(validatePlan(broken, { sourceText: seed }).issues[0]).toMatchObject({
      path: 'imprint.source.text',
      code: 'span-out-of-bounds',
    });
  });

  it('reports a span that covers other words of the source', () => {
    const broken = copy();
    broken.tasks[0].source.title.start += 1;
    broken.tasks[0].source.title.end += 1;
    expect(validatePlan(broken, { sourceText: seed }).issues[0]).toMatchObject({
      path: 'tasks[0].source.title',
      code: 'span-mismatch',
    });
  });

  it('reports a mention whose span lies outside the text of the goal area it names, without the source text', () => {
    const broken = copy();
    broken.targets[0].mentions[0].source.words.start += 1000;
    broken.targets[0].mentions[0].source.words.end += 1000;
    expect(validatePlan(broken).issues).toEqual([
      expect.objectContaining({ path: 'targets[0].mentions[0].source.words', code: 'span-out-of-bounds' }),
    ]);
  });

  it('reports a mention whose span covers other words of the text it names', () => {
    const broken = copy();
    const words = broken.targets[0].mentions[0].source.words;
    words.start += 1;
    words.end += 1;
    expect(validatePlan(broken).issues).toEqual([
      expect.objectContaining({ path: 'targets[0].mentions[0].source.words', code: 'span-mismatch' }),
    ]);
  });

  it('reports a span on the wrong line', () => {
    const broken = copy();
    broken.units[0].source.name.line += 1;
    expect(validatePlan(broken, { sourceText: seed }).issues[0]).toMatchObject({
      path: 'units[0].source.name.line',
      code: 'span-mismatch',
    });
  });

  it('reports shape errors with paths and does not check references then', () => {
    expect(validatePlan({ ...plan, tasks: 'none' }).issues).toEqual([
      {
        path: 'tasks',
        code: 'invalid-type',
        message: '应为数组,实际为字符串 "none"',
        messageEn: 'expected an array, got the string "none"',
      },
    ]);
  });

  it('rejects null with one issue at the root', () => {
    expect(validatePlan(null).issues).toEqual([
      { path: '', code: 'invalid-type', message: '应为对象,实际为null', messageEn: 'expected an object, got null' },
    ]);
  });

  it('does not mutate its input', () => {
    const broken = copy();
    broken.tasks[3].leadUnits.push('nobody');
    const before = JSON.stringify(broken);
    validatePlan(broken);
    expect(JSON.stringify(broken)).toBe(before);
  });

  it('returns a result frozen all the way down, for a valid and an invalid plan', () => {
    const broken = copy();
    broken.tasks[7].leadUnits[1] = 'nobody';
    for (const result of [validatePlan(copy()), validatePlan(broken)]) expect(unfrozen(result)).toEqual([]);
  });

  it("leaves the caller's plan unfrozen and unchanged", () => {
    const input = copy();
    const before = JSON.stringify(input);
    validatePlan(input, { sourceText: seed });
    expect(unfrozen(input, 'input')).toEqual(objectPaths(input, 'input'));
    expect(JSON.stringify(input)).toBe(before);
  });

  it('treats null options as the defaults', () => {
    expect(validatePlan(plan, null).success).toBe(true);
  });

  it('returns an issue at options for options that are not an object', () => {
    expect(validatePlan(plan, 5 as never).issues).toEqual([
      {
        path: 'options',
        code: 'invalid-type',
        message: '选项应为对象(或省略),实际为数字 5',
        messageEn: 'options must be an object (or left out), got the number 5',
      },
    ]);
  });

  it('returns an issue at options.sourceText for a sourceText that is not a string', () => {
    expect(validatePlan(plan, { sourceText: 5 } as never).issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['options.sourceText', 'invalid-type'],
    ]);
  });
});

/** Paths of the objects under `value` that are not frozen. */
function unfrozen(value: unknown, where = 'result'): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const here = Object.isFrozen(value) ? [] : [where];
  return [...here, ...Object.entries(value).flatMap(([key, child]) => unfrozen(child, `${where}.${key}`))];
}

/** Paths of every object under `value`. */
function objectPaths(value: unknown, where: string): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return [where, ...Object.entries(value).flatMap(([key, child]) => objectPaths(child, `${where}.${key}`))];
}
