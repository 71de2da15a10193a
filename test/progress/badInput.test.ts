import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/index.js';
import { evaluateProgress, validatePlan, validateProgressReport, validateTaskStatusFeed } from '../../src/schema.js';

// Property-based tests run hundreds of cases: time enough for a loaded 2-core machine, where one took over 5 s.
const PROPERTY_TIMEOUT = 60_000;

const validators = { validateProgressReport, validateTaskStatusFeed, validatePlan, evaluateProgress } as const;

function deepFreeze<TValue>(value: TValue): TValue {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

function expectIssueList(result: {
  success: boolean;
  issues: readonly { path: string; code: string; message: string; messageEn: string }[];
}): void {
  expect(result.success).toBe(false);
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(typeof issue.path).toBe('string');
    expect(issue.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.messageEn.length).toBeGreaterThan(0);
  }
}

const entry = fc.record(
  {
    target: fc.oneof(fc.constantFrom(...plan.targets.map((target) => target.id)), fc.string()),
    year: fc.oneof(fc.integer({ min: 2019, max: 2027 }), fc.string(), fc.double()),
    value: fc.oneof(fc.double(), fc.string(), fc.constant(null)),
    unit: fc.oneof(
      fc.constantFrom('家', '万家', '个', '%', '亿元', '人', '万人', '人年', '件', '平方公里'),
      fc.string(),
    ),
    scope: fc.string(),
    note: fc.anything(),
  },
  { requiredKeys: [] },
);

const reportish = fc.record(
  {
    reporter: fc.anything(),
    asOf: fc.oneof(fc.constant('2024-12-31'), fc.string()),
    entries: fc.oneof(fc.array(entry), fc.anything()),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('validators on arbitrary input', () => {
  for (const [name, validate] of Object.entries(validators)) {
    it(
      `${name} never throws, returns issues and leaves a frozen input alone`,
      () => {
        fc.assert(
          fc.property(
            fc.oneof(fc.anything({ withNullPrototype: true, withObjectString: true }), reportish),
            (input) => {
              const frozen = deepFreeze(input);
              const result = validate(frozen as never);
              if (!result.success) expectIssueList(result);
            },
          ),
          { numRuns: 300 },
        );
      },
      PROPERTY_TIMEOUT,
    );
  }

  it(
    'validateProgressReport never mutates its input',
    () => {
      fc.assert(
        fc.property(reportish, (input) => {
          const before = JSON.stringify(input);
          validateProgressReport(input);
          expect(JSON.stringify(input)).toBe(before);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

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

const validReport = {
  reporter: '某区',
  asOf: '2024-12-31',
  entries: [
    { target: 'talent-pool', year: 2023, value: 380, unit: '万人', scope: '江宁区', note: '示例' },
    { target: 'urban-industrial-parks-per-district', year: 2024, value: 2, unit: '个', scope: '玄武区' },
  ],
};
const validFeed = [{ task: 1, unit: 'science-technology-bureau', year: 2023, status: 'completed', note: '示例' }];
const validInputs = {
  validateProgressReport: validReport,
  validateTaskStatusFeed: validFeed,
  validatePlan: plan,
  evaluateProgress: validReport,
} as const;

describe('validators’ results', () => {
  for (const [name, validate] of Object.entries(validators)) {
    const valid = validInputs[name as keyof typeof validInputs];
    it(`${name} returns a result frozen all the way down, valid or not`, () => {
      for (const input of [JSON.parse(JSON.stringify(valid)), {}, [{ task: 33 }], null])
        expect(unfrozen(validate(input as never))).toEqual([]);
    });

    it(`${name} leaves the caller's input unfrozen and unchanged`, () => {
      const input: unknown = JSON.parse(JSON.stringify(valid));
      const before = JSON.stringify(input);
      expect(validate(input as never).success).toBe(true);
      expect(unfrozen(input, 'input')).toEqual(objectPaths(input, 'input'));
      expect(JSON.stringify(input)).toBe(before);
    });

    it(`${name} treats null options as the defaults`, () => {
      expect(validate(JSON.parse(JSON.stringify(valid)) as never, null).success).toBe(true);
    });

    it(`${name} returns an issue at options, never throws, for options that are not an object`, () => {
      for (const options of [5, 'x', true, [], () => 1])
        expect(
          validate(JSON.parse(JSON.stringify(valid)) as never, options as never).issues.map((issue) => [
            issue.path,
            issue.code,
          ]),
        ).toEqual([['options', 'invalid-type']]);
    });

    it(`${name} returns an issue at options.maxIssues for a maxIssues that is not a whole number ≥ 1`, () => {
      for (const maxIssues of [0, -1, 1.5, Number.NaN, '10', null])
        expect(
          validate(JSON.parse(JSON.stringify(valid)) as never, { maxIssues } as never).issues.map((issue) => [
            issue.path,
            issue.code,
          ]),
        ).toEqual([['options.maxIssues', 'invalid-value']]);
    });
  }
});

describe('hand-written bad input', () => {
  it('reports __proto__ and constructor keys as unknown fields without polluting prototypes', () => {
    const input: unknown = JSON.parse(
      '{"reporter":"x","asOf":"2024-12-31","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"entries":[{"target":"tech-smes","year":2023,"value":1,"unit":"万家","__proto__":{"polluted":true}}]}',
    );
    const result = validateProgressReport(input);
    expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['__proto__', 'unknown-field'],
      ['constructor', 'unknown-field'],
      ['entries[0].__proto__', 'unknown-field'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('rejects a huge entries array with one issue, quickly', () => {
    const entries = new Array(200_000).fill(0);
    expect(
      validateProgressReport({ reporter: 'x', asOf: '2024-12-31', entries }).issues.map((issue) => [
        issue.path,
        issue.code,
      ]),
    ).toEqual([['entries', 'too-big']]);
  });

  it('rejects a huge target string without computing did-you-mean hints over it', () => {
    const result = validateProgressReport({
      reporter: 'x',
      asOf: '2024-12-31',
      entries: [{ target: 'x'.repeat(5_000_000), year: 2023, value: 1, unit: '家' }],
    });
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.code).toBe('unknown-target');
    expect(result.issues[0]?.message.length).toBeLessThan(200);
  });

  it('rejects a huge reporter string and quotes only its start', () => {
    const result = validateProgressReport({ reporter: '南'.repeat(1_000_000), asOf: '2024-12-31', entries: [] });
    expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual([['reporter', 'too-big']]);
  });

  it('rejects deeply nested junk in a field with one issue, where reading stops (64 levels down)', () => {
    let junk: unknown = 1;
    for (let depth = 0; depth < 100_000; depth += 1) junk = [junk];
    const result = validateProgressReport({
      reporter: 'x',
      asOf: '2024-12-31',
      entries: [{ target: 'tech-smes', year: 2023, value: 1, unit: '万家', note: junk }],
    });
    expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [`entries[0].note${'[0]'.repeat(61)}`, 'too-deep'],
    ]);
  });

  it('rejects wrong types at every field of the report', () => {
    const result = validateProgressReport({ reporter: 1, asOf: 20241231, note: [], entries: {} });
    expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['reporter', 'invalid-type'],
      ['asOf', 'invalid-type'],
      ['note', 'invalid-type'],
      ['entries', 'invalid-type'],
    ]);
  });

  it('accepts a valid report built on a null-prototype object', () => {
    const input = Object.assign(Object.create(null) as object, { reporter: 'x', asOf: '2024-12-31', entries: [] });
    expect(validateProgressReport(input).success).toBe(true);
  });

  it('rejects a cyclic object without looping', () => {
    const input: Record<string, unknown> = { reporter: 'x', asOf: '2024-12-31' };
    input.entries = [input];
    expect(validateProgressReport(input).issues[0]).toMatchObject({ path: 'entries[0]', code: 'circular-reference' });
  });
});
