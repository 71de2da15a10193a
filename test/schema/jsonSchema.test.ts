import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/index.js';
import { PlanSchema, ProgressReportSchema, TaskStatusFeedSchema, validateProgressReport } from '../../src/schema.js';

// Property-based tests run hundreds of cases: time enough for a loaded 2-core machine, where one took over 5 s.
const PROPERTY_TIMEOUT = 60_000;

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
}

// zod's date format is also written as a `pattern`, which ajv checks; `format` itself is an annotation here.
const ajv = new Ajv2020({ allErrors: true, validateFormats: false });
const validatePlanJson = ajv.compile(readJson('../../dist/schemas/plan.schema.json') as object);
const validateReportJson = ajv.compile(readJson('../../dist/schemas/progress-report.schema.json') as object);
const validateFeedJson = ajv.compile(readJson('../../dist/schemas/task-status-feed.schema.json') as object);
const planJson = readJson('../../dist/plan.json');
const exampleReport = readJson('../../examples/progress-report.json');

describe('emitted JSON Schemas', () => {
  it('declare draft 2020-12', () => {
    expect((readJson('../../dist/schemas/plan.schema.json') as { $schema: string }).$schema).toBe(
      'https://json-schema.org/draft/2020-12/schema',
    );
  });

  it('accept dist/plan.json (checked by ajv)', () => {
    expect(validatePlanJson(planJson)).toBe(true);
  });

  it('accept the example report (checked by ajv)', () => {
    expect(validateReportJson(exampleReport)).toBe(true);
  });

  it('reject a percentage for a count target (checked by ajv)', () => {
    const report = {
      reporter: 'x',
      asOf: '2024-12-31',
      entries: [{ target: 'high-tech-enterprises', year: 2023, value: 12, unit: '%' }],
    };
    expect(validateReportJson(report)).toBe(false);
  });

  it('reject a unit reporting on a task it is not named on (checked by ajv)', () => {
    expect(validateFeedJson([{ task: 1, unit: 'industry-it-bureau', year: 2023, status: 'completed' }])).toBe(false);
    expect(validateFeedJson([{ task: 1, unit: 'science-technology-bureau', year: 2023, status: 'completed' }])).toBe(
      true,
    );
  });
});

const jsonNumber = fc.oneof(
  fc.integer({ min: -10, max: 200 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 100, 100.5, -0.5, 5000, 2021, 2024),
);
const jsonJunk = fc.oneof(
  fc.string({ maxLength: 5 }),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 2 }),
);
const targetIds = plan.targets.map((target) => target.id);

const entry = fc.record(
  {
    target: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...targetIds) },
      { weight: 1, arbitrary: fc.constantFrom('high-tech-firms', '') },
      { weight: 1, arbitrary: jsonJunk },
    ),
    year: fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 2019, max: 2026 }) },
      { weight: 1, arbitrary: fc.constantFrom('2023', 2023.5) },
      { weight: 1, arbitrary: jsonJunk },
    ),
    value: fc.oneof({ weight: 8, arbitrary: jsonNumber }, { weight: 1, arbitrary: jsonJunk }),
    unit: fc.oneof(
      {
        weight: 8,
        arbitrary: fc.constantFrom(
          '家',
          '万家',
          '个',
          '件',
          '人',
          '万人',
          '人年',
          '%',
          '元',
          '万元',
          '亿元',
          '平方公里',
        ),
      },
      { weight: 1, arbitrary: fc.constantFrom('万仁', 'km2', '') },
      { weight: 1, arbitrary: jsonJunk },
    ),
    scope: fc.oneof(fc.constantFrom('江宁区', '玄武区', ' 江宁区 ', '', ' ', '\u3000'), jsonJunk),
    note: fc.oneof(fc.string({ maxLength: 5 }), jsonJunk),
    extra: jsonJunk,
  },
  { requiredKeys: ['target', 'year', 'value', 'unit'] },
);

// Scopes are compared trimmed for duplicates: that rule is beyond JSON Schema.
const entryKey = (candidate: Record<string, unknown>) => {
  const scope = candidate.scope;
  return JSON.stringify([candidate.target, candidate.year, typeof scope === 'string' ? scope.trim() : (scope ?? null)]);
};

// Counts of things must be whole numbers once in their base unit: that rule is beyond JSON Schema too,
// so figures written in a count unit are rounded to whole numbers (whole in 家 is whole in 万家).
const COUNT_UNITS = new Set(['家', '万家', '个', '件', '人', '万人']);
function wholeCounts(candidate: Record<string, unknown>): Record<string, unknown> {
  const value = candidate.value;
  return typeof value === 'number' && COUNT_UNITS.has(candidate.unit as string)
    ? { ...candidate, value: Math.round(value) }
    : candidate;
}

const exampleEntries = (exampleReport as { entries: Record<string, unknown>[] }).entries;
const someEntry = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...exampleEntries) },
  { weight: 1, arbitrary: entry.map(wholeCounts) },
);

const report = fc.record(
  {
    $schema: fc.constant('./progress-report.schema.json'),
    reporter: fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom('南京市统计局', 'x', ' 南京市统计局 ') },
      { weight: 1, arbitrary: fc.oneof(fc.constantFrom('', '  ', '\t\n'), jsonJunk) },
    ),
    // Valid dates are late enough that no entry's year is after them: that rule is beyond JSON Schema.
    asOf: fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom('2026-12-31', '2028-02-29') },
      { weight: 1, arbitrary: fc.constantFrom('2026-02-30', '2026-13-01', 'today', '') },
    ),
    note: fc.string({ maxLength: 5 }),
    entries: fc.uniqueArray(someEntry, { maxLength: 6, selector: entryKey }),
    extra: jsonJunk,
  },
  { requiredKeys: ['reporter', 'asOf', 'entries'] },
);

describe('ajv and zod agree', () => {
  it(
    'on generated progress reports (no duplicates, asOf after every year, whole counts)',
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(report, (input) => {
          const byZod = ProgressReportSchema.safeParse(input).success;
          expect(validateReportJson(input)).toBe(byZod);
          expect(validateProgressReport(input).success).toBe(byZod);
          if (byZod) accepted += 1;
        }),
        { numRuns: 1000 },
      );
      // Both sides must be exercised, or agreement says little.
      expect(accepted).toBeGreaterThan(20);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'on generated task-status feeds (no duplicates)',
    () => {
      const units = plan.units.map((unit) => unit.id);
      const line = fc.record(
        {
          task: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 33 }) }, { weight: 1, arbitrary: jsonJunk }),
          unit: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...units) }, { weight: 1, arbitrary: jsonJunk }),
          year: fc.oneof(fc.integer({ min: 2021, max: 2025 }), jsonJunk),
          status: fc.oneof(fc.constantFrom('not-started', 'in-progress', 'completed', 'delayed'), jsonJunk),
          note: fc.string({ maxLength: 5 }),
          extra: jsonJunk,
        },
        { requiredKeys: ['task', 'unit', 'year', 'status'] },
      );
      const feed = fc.uniqueArray(line, {
        maxLength: 6,
        selector: (candidate) => JSON.stringify([candidate.task, candidate.unit, candidate.year]),
      });
      let accepted = 0;
      fc.assert(
        fc.property(fc.oneof({ weight: 9, arbitrary: feed }, { weight: 1, arbitrary: jsonJunk }), (input) => {
          const byZod = TaskStatusFeedSchema.safeParse(input).success;
          expect(validateFeedJson(input)).toBe(byZod);
          if (byZod) accepted += 1;
        }),
        { numRuns: 1000 },
      );
      expect(accepted).toBeGreaterThan(20);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'on plans with one field replaced',
    () => {
      const paths: (string | number)[][] = [];
      const walk = (value: unknown, path: (string | number)[]): void => {
        paths.push(path);
        if (Array.isArray(value)) for (const [index, item] of value.entries()) walk(item, [...path, index]);
        else if (typeof value === 'object' && value !== null)
          for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
      };
      walk(planJson, []);
      const replacement = fc.oneof(
        jsonJunk,
        jsonNumber,
        fc.constantFrom('task-x', 'Bad Id', 'reach', '2022-01-03', -1, 0, 1.5),
      );
      fc.assert(
        fc.property(fc.constantFrom(...paths.filter((path) => path.length > 0)), replacement, (path, value) => {
          const copy = JSON.parse(JSON.stringify(planJson)) as Record<string | number, unknown>;
          let parent: Record<string | number, unknown> = copy;
          for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
          parent[path[path.length - 1]!] = value;
          expect(validatePlanJson(copy)).toBe(PlanSchema.safeParse(copy).success);
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
