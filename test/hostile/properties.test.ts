// Property-based suite: every validator and exported schema against generated hostile input (JSON-like values
// mixed with getters that change between reads, throwing getters, Proxies with throwing traps, revoked
// Proxies, typed arrays, Maps, Dates, functions, sparse and frozen arrays, huge and non-finite numbers, strings
// with control, zero-width and full-width characters). For each input: no throw; the input is unchanged
// (every object and array the test built keeps its own property descriptors, read without calling a getter)
// and not frozen unless it was; the result is frozen all the way down; every issue has path, code, message
// and messageEn; accepted data holds only finite numbers.
//
// The seed is printed at the start; replay a failure with `FC_SEED=<seed> npx vitest run test/hostile/properties`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/index.js';
import {
  evaluateProgress,
  PeriodSchema,
  PlanSchema,
  ProgressEntrySchema,
  ProgressReportSchema,
  SpanSchema,
  TargetSchema,
  TaskSchema,
  TaskStatusFeedSchema,
  validatePlan,
  validateProgressReport,
  validateTaskStatusFeed,
} from '../../src/schema.js';

const seed = process.env.FC_SEED === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FC_SEED);
console.log(`hostile-input properties: FC_SEED=${seed}`);

/** Generated inputs per validator (and per exported schema) per run. */
const RUNS = Number(process.env.FC_RUNS ?? 10_000);
// Measured at about 10 s for the whole file on a loaded 2-core machine; a test's own limit leaves room for 10×.
const TIMEOUT = 120_000;

// What to build: plain data describing a hostile value, so that the value is built fresh for every call.
type Spec =
  | { readonly t: 'prim'; readonly v: unknown }
  | { readonly t: 'exotic'; readonly k: (typeof EXOTICS)[number] }
  | { readonly t: 'arr'; readonly items: readonly Spec[]; readonly holes: boolean; readonly frozen: boolean }
  | {
      readonly t: 'obj';
      readonly entries: readonly (readonly [string, Spec, Access])[];
      readonly frozen: boolean;
    }
  | { readonly t: 'proxy'; readonly trap: (typeof TRAPS)[number]; readonly target: Spec }
  | { readonly t: 'revoked' };
type Access = 'data' | 'flip' | 'throw';

const EXOTICS = ['buffer', 'u8', 'f64', 'map', 'date', 'fn', 'symbol', 'bigint', 'class', 'set'] as const;
const TRAPS = ['get', 'ownKeys', 'getPrototypeOf', 'getOwnPropertyDescriptor', 'has'] as const;

const strings = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    '',
    ' ',
    '\u200b',
    '\ufeff',
    '\u3000',
    '\u2060\u200b',
    '\u001b[2J\u001b]0;title\u0007',
    'Ａ区',
    'A区',
    '江宁区 ',
    '0x10',
    '1e3',
    '2023',
    '12',
    '2023-12-31',
    '9999-12-31',
    '__proto__',
    'high-tech-enterprise',
  ),
);
const numbers = fc.oneof(
  fc.double(),
  fc.integer({ min: -3, max: 40 }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    1e308,
    -1e308,
    Number.MAX_VALUE,
    2 ** 53 + 2,
    1.0000000000001,
    12345678901234,
    2022.5,
    -0,
    2021,
    2022,
    2023,
    2024,
    2025,
  ),
);
const primitive: fc.Arbitrary<Spec> = fc
  .oneof(strings, numbers, fc.boolean(), fc.constantFrom(null, undefined))
  .map((v) => ({ t: 'prim', v }));

const targetIds = plan.targets.map((target) => target.id);
const unitIds = plan.units.map((unit) => unit.id);
const fieldValues: Record<string, fc.Arbitrary<unknown>> = {
  target: fc.constantFrom(...targetIds, 'high-tech-enterprise'),
  year: fc.constantFrom(2020, 2021, 2022, 2023, 2024, 2025, '2023'),
  value: numbers,
  unit: fc.constantFrom('家', '万家', '个', '%', '亿元', '万元', '元', '人', '万人', '件', '人年', '平方公里', '万仁'),
  scope: strings,
  reporter: strings,
  asOf: fc.constantFrom('2023-12-31', '2024-12-31', '2019-12-31', '9999-12-31', '2023-02-30', '2100-12-31'),
  task: fc.oneof(fc.integer({ min: 0, max: 33 }), fc.constantFrom('1', '27')),
  status: fc.constantFrom('not-started', 'in-progress', 'completed', 'delayed', 'done'),
};
const fieldNames = [...Object.keys(fieldValues), 'note', 'source', 'entries', 'period', 'start', 'end', '__proto__'];

const { hostile } = fc.letrec<{ hostile: Spec; node: Spec }>((tie) => ({
  hostile: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: primitive, weight: 6 },
    { arbitrary: fc.constantFrom(...EXOTICS).map((k): Spec => ({ t: 'exotic', k })), weight: 1 },
    { arbitrary: fc.constant<Spec>({ t: 'revoked' }), weight: 1 },
    {
      arbitrary: fc
        .record({ trap: fc.constantFrom(...TRAPS), target: tie('node') })
        .map(({ trap, target }): Spec => ({ t: 'proxy', trap, target })),
      weight: 1,
    },
    { arbitrary: tie('node'), weight: 4 },
  ),
  node: fc.oneof(
    { depthSize: 'small' },
    fc
      .record({
        items: fc.array(tie('hostile'), { maxLength: 4 }),
        holes: fc.boolean(),
        frozen: fc.boolean(),
      })
      .map(({ items, holes, frozen }): Spec => ({ t: 'arr', items, holes, frozen })),
    fc
      .record({
        entries: fc.array(
          fc.tuple(
            fc.oneof(fc.constantFrom(...fieldNames), fc.string({ maxLength: 6 })),
            tie('hostile'),
            fc.constantFrom<Access>('data', 'data', 'data', 'flip', 'throw'),
          ),
          { maxLength: 5 },
        ),
        frozen: fc.boolean(),
      })
      .map(({ entries, frozen }): Spec => ({ t: 'obj', entries, frozen })),
  ),
}));

/** A field of a plausible record: mostly a plausible value, sometimes a hostile one, behind any kind of access. */
function field(name: string): fc.Arbitrary<readonly [string, Spec, Access]> {
  const plausible = (fieldValues[name] ?? strings).map((v): Spec => ({ t: 'prim', v }));
  return fc.tuple(
    fc.constant(name),
    fc.oneof({ arbitrary: plausible, weight: 4 }, { arbitrary: hostile, weight: 1 }),
    fc.constantFrom<Access>('data', 'data', 'data', 'data', 'flip', 'throw'),
  );
}

function record(names: readonly string[]): fc.Arbitrary<Spec> {
  return fc
    .record({
      entries: fc.tuple(...names.map(field)).chain((all) => fc.subarray(all, { minLength: names.length - 2 })),
      frozen: fc.boolean(),
    })
    .map(({ entries, frozen }): Spec => ({ t: 'obj', entries, frozen }));
}

const list = (item: fc.Arbitrary<Spec>): fc.Arbitrary<Spec> =>
  fc
    .record({ items: fc.array(item, { maxLength: 6 }), holes: fc.boolean(), frozen: fc.boolean() })
    .map(({ items, holes, frozen }): Spec => ({ t: 'arr', items, holes, frozen }));

const entry = record(['target', 'year', 'value', 'unit', 'scope']);
const reportSpec = fc
  .record({ entries: list(fc.oneof({ arbitrary: entry, weight: 5 }, { arbitrary: hostile, weight: 1 })) })
  .chain(({ entries }) =>
    fc
      .tuple(field('reporter'), field('asOf'), fc.constantFrom<Access>('data', 'data', 'flip', 'throw'), fc.boolean())
      .map(
        ([reporter, asOf, access, frozen]): Spec => ({
          t: 'obj',
          entries: [reporter, asOf, ['entries', entries, access]],
          frozen,
        }),
      ),
  );
const feedSpec = list(
  fc.oneof({ arbitrary: record(['task', 'unit', 'year', 'status']), weight: 5 }, { arbitrary: hostile, weight: 1 }),
);
const feedUnit = fc.constantFrom(...unitIds).map((v): Spec => ({ t: 'prim', v }));

/** The real plan as a spec, with one field somewhere replaced by a hostile value. */
function toSpec(value: unknown): Spec {
  if (Array.isArray(value)) return { t: 'arr', items: value.map(toSpec), holes: false, frozen: false };
  if (typeof value === 'object' && value !== null)
    return {
      t: 'obj',
      entries: Object.entries(value).map(([key, item]) => [key, toSpec(item), 'data'] as const),
      frozen: false,
    };
  return { t: 'prim', v: value };
}
const planSpec = toSpec(plan) as Extract<Spec, { t: 'obj' }>;
const brokenPlan = fc
  .tuple(fc.nat({ max: planSpec.entries.length - 1 }), hostile, fc.constantFrom<Access>('data', 'flip', 'throw'))
  .map(
    ([index, replacement, access]): Spec => ({
      t: 'obj',
      entries: planSpec.entries.map((entry, at) => (at === index ? [entry[0], replacement, access] : entry)),
      frozen: false,
    }),
  );
const planInput = fc.oneof(
  { arbitrary: hostile, weight: 40 },
  { arbitrary: record(['id', 'period', 'tasks', 'units', 'targets', 'title']), weight: 40 },
  { arbitrary: brokenPlan, weight: 1 },
);

interface Built {
  readonly value: unknown;
  /** Every object and array built, with its own property descriptors and whether it was frozen, as built. */
  readonly made: {
    readonly object: object;
    readonly keys: PropertyKey[];
    readonly descriptors: PropertyDescriptor[];
    readonly frozen: boolean;
  }[];
}

function build(spec: Spec): Built {
  const made: Built['made'] = [];
  const record = (object: object, frozen: boolean) => {
    if (frozen) Object.freeze(object);
    const keys = Reflect.ownKeys(object);
    made.push({ object, keys, descriptors: keys.map((key) => Reflect.getOwnPropertyDescriptor(object, key)!), frozen });
  };
  function make(node: Spec): unknown {
    switch (node.t) {
      case 'prim':
        return node.v;
      case 'revoked': {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      }
      case 'proxy':
        return new Proxy(make(node.target) as object, {
          [node.trap]() {
            throw new Error(`trap ${node.trap}`);
          },
        });
      case 'exotic':
        switch (node.k) {
          case 'buffer':
            return Buffer.from('x');
          case 'u8':
            return new Uint8Array([1, 2]);
          case 'f64':
            return new Float64Array([Number.NaN]);
          case 'map':
            return new Map([['a', 1]]);
          case 'set':
            return new Set([1]);
          case 'date':
            return new Date(0);
          case 'fn':
            return () => 1;
          case 'symbol':
            return Symbol('s');
          case 'bigint':
            return 10n;
          case 'class':
            return new (class Entry {
              target = 'talent';
            })();
        }
        break;
      case 'arr': {
        const out: unknown[] = [];
        node.items.forEach((item, index) => {
          if (!(node.holes && index % 2 === 1)) out[index] = make(item);
        });
        if (node.holes) out.length = node.items.length + 2;
        record(out, node.frozen);
        return out;
      }
      case 'obj': {
        const out: Record<string, unknown> = {};
        for (const [key, item, access] of node.entries) {
          if (access === 'data') {
            Object.defineProperty(out, key, {
              value: make(item),
              enumerable: true,
              writable: true,
              configurable: true,
            });
            continue;
          }
          const first = make(item);
          let reads = 0;
          Object.defineProperty(out, key, {
            enumerable: true,
            configurable: true,
            get:
              access === 'throw'
                ? () => {
                    throw new Error('getter');
                  }
                : () => {
                    reads += 1;
                    return reads === 1 ? first : reads % 2 === 0 ? Number.NaN : -1e9;
                  },
          });
        }
        record(out, node.frozen);
        return out;
      }
    }
    return undefined;
  }
  const value = make(spec);
  return { value, made };
}

/** The input is as built: same own keys and descriptors (values compared with Object.is), same frozenness. */
function expectUnchanged(built: Built): void {
  for (const { object, keys, descriptors, frozen } of built.made) {
    expect(Object.isFrozen(object)).toBe(frozen);
    expect(Reflect.ownKeys(object)).toEqual(keys);
    keys.forEach((key, index) => {
      const now = Reflect.getOwnPropertyDescriptor(object, key)!;
      const before = descriptors[index]!;
      expect(Object.is(now.value, before.value) && now.get === before.get && now.set === before.set).toBe(true);
    });
  }
}

function expectDeepFrozen(value: unknown, seen = new Set<object>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  expect(Object.isFrozen(value)).toBe(true);
  for (const key of Reflect.ownKeys(value)) expectDeepFrozen((value as Record<PropertyKey, unknown>)[key], seen);
}

function expectFiniteNumbers(value: unknown): void {
  if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) expectFiniteNumbers(item);
}

type Validator = (input: unknown) => {
  readonly success: boolean;
  readonly data?: unknown;
  readonly issues: readonly { path: string; code: string; message: string; messageEn: string }[];
};

function holds(validate: Validator, input: fc.Arbitrary<Spec>): void {
  fc.assert(
    fc.property(input, (spec) => {
      const built = build(spec);
      const result = validate(built.value);
      expectUnchanged(built);
      expectDeepFrozen(result);
      expect(result.success || result.issues.length > 0).toBe(true);
      for (const issue of result.issues) {
        expect(typeof issue.path).toBe('string');
        expect(issue.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(issue.message.length).toBeGreaterThan(0);
        expect(issue.messageEn.length).toBeGreaterThan(0);
      }
      if (result.success) expectFiniteNumbers(result.data);
    }),
    { seed, numRuns: RUNS },
  );
}

describe('validators under hostile input', () => {
  it('validateProgressReport', () => holds(validateProgressReport, fc.oneof(reportSpec, hostile)), TIMEOUT);
  it('evaluateProgress', () => holds(evaluateProgress, fc.oneof(reportSpec, hostile)), TIMEOUT);
  it(
    'validateTaskStatusFeed',
    () => {
      const feed = fc.oneof(
        feedSpec,
        hostile,
        record(['task', 'year', 'status']).chain((spec) =>
          feedUnit.map((unit): Spec => {
            const object = spec as Extract<Spec, { t: 'obj' }>;
            return {
              t: 'arr',
              items: [{ ...object, entries: [...object.entries, ['unit', unit, 'data']] }],
              holes: false,
              frozen: false,
            };
          }),
        ),
      );
      holds(validateTaskStatusFeed, feed);
    },
    TIMEOUT,
  );
  it('validatePlan', () => holds(validatePlan, planInput), TIMEOUT);
});

describe('exported schemas under hostile input', () => {
  // safeParse returns zod's result: checked for no throw, an unchanged input, issues on failure, finite numbers
  // in accepted data, and frozen accepted data where the schema is readonly (the plan's record schemas).
  const schemas = {
    PeriodSchema,
    SpanSchema,
    TaskSchema,
    TargetSchema,
    PlanSchema,
    ProgressEntrySchema,
    ProgressReportSchema,
    TaskStatusFeedSchema,
  } as const;
  const frozenOutput: ReadonlySet<string> = new Set([
    'PeriodSchema',
    'SpanSchema',
    'TaskSchema',
    'TargetSchema',
    'PlanSchema',
  ]);
  const inputs = fc.oneof(hostile, reportSpec, entry, feedSpec);
  const names = Object.keys(schemas) as (keyof typeof schemas)[];
  it(
    `safeParse of ${names.join(', ')}`,
    () => {
      fc.assert(
        fc.property(inputs, fc.constantFrom(...names), (spec, name) => {
          const built = build(spec);
          const result = schemas[name].safeParse(built.value);
          expectUnchanged(built);
          if (result.success) {
            if (frozenOutput.has(name)) expectDeepFrozen(result.data);
            expectFiniteNumbers(result.data);
          } else expect(result.error.issues.length).toBeGreaterThan(0);
        }),
        { seed, numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
