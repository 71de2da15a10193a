import { describe, expect, it } from 'vitest';
import { plan, renderPlanText } from '../../src/index.js';

function unfrozen(value: unknown, where = 'plan'): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const here = Object.isFrozen(value) ? [] : [where];
  return [...here, ...Object.entries(value).flatMap(([key, child]) => unfrozen(child, `${where}.${key}`))];
}

describe('plan', () => {
  it('is frozen all the way down', () => {
    expect(unfrozen(plan)).toEqual([]);
  });

  it('throws on assignment, deletion and push in strict mode', () => {
    const loose = plan as unknown as {
      title: string;
      tasks: { title: string; leadUnits: string[] }[];
      units: unknown[];
      targets: { value: number }[];
    };
    expect(() => {
      loose.title = 'x';
    }).toThrow(TypeError);
    expect(() => {
      loose.tasks[0]!.title = 'x';
    }).toThrow(TypeError);
    expect(() => loose.tasks[0]!.leadUnits.push('x')).toThrow(TypeError);
    expect(() => {
      loose.targets[0]!.value = 2;
    }).toThrow(TypeError);
    expect(() => {
      delete (loose.units as unknown as Record<string, unknown>)['0'];
    }).toThrow(TypeError);
    expect(plan.tasks[0].title).toBe('壮大高科技型企业规模');
    expect(plan.targets[0].value).toBe(1.2);
  });

  it('is left unchanged by rendering', () => {
    const before = JSON.stringify(plan);
    renderPlanText();
    expect(JSON.stringify(plan)).toBe(before);
  });
});

describe('every exported value', () => {
  it('of both entries is frozen all the way down (functions and zod schemas aside)', async () => {
    const entries = { main: await import('../../src/index.js'), schema: await import('../../src/schema.js') };
    const checked: string[] = [];
    for (const [entry, module] of Object.entries(entries)) {
      for (const [name, value] of Object.entries(module)) {
        if (typeof value !== 'object' || value === null || '_zod' in value) continue;
        checked.push(`${entry}.${name}`);
        expect(unfrozen(value, `${entry}.${name}`)).toEqual([]);
      }
    }
    expect(checked).toEqual(
      expect.arrayContaining(['main.plan', 'main.unitFactors', 'schema.acceptedUnits', 'schema.progressStatuses']),
    );
  });

  it('cannot be changed through what the queries and validators return', async () => {
    const { getTask, tasksByUnit, search, targetsDueIn, responsibilityMatrix } = await import('../../src/index.js');
    const { validateProgressReport, validateTaskStatusFeed } = await import('../../src/schema.js');
    const results: unknown[] = [
      getTask(1),
      tasksByUnit('市科技局'),
      search('人才'),
      targetsDueIn(2023),
      responsibilityMatrix(),
      validateProgressReport({
        reporter: '某区',
        asOf: '2023-12-31',
        entries: [{ target: 'talent-pool', year: 2023, value: 380, unit: '万人' }],
      }),
      validateProgressReport({}),
      validateTaskStatusFeed([{ task: 33 }]),
    ];
    for (const [index, result] of results.entries()) expect(unfrozen(result, `result ${index}`)).toEqual([]);
  });
});
