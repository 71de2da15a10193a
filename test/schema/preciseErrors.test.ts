// The emitted JSON Schemas choose each entry's rules by its target (if/then on the target's const), so that a
// standard validator's first error points at the real fault. Checked on a table of faulty inputs with ajv, with
// @hyperjump/json-schema (a second, independent draft 2020-12 implementation) and, where the machine has it, with
// Python's jsonschema and its best_match.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { registerSchema, validate } from '@hyperjump/json-schema/draft-2020-12';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';

const schemaFile = (name: string) => new URL(`../../dist/schemas/${name}.schema.json`, import.meta.url);
const readJson = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
const uri = (name: string) => `https://example.org/${name}.schema.json`;
const NAMES = ['progress-report', 'task-status-feed', 'plan'] as const;
type Name = (typeof NAMES)[number];

const ajv = new Ajv2020({ validateFormats: false });
const ajvValidators = Object.fromEntries(NAMES.map((name) => [name, ajv.compile(readJson(schemaFile(name)))]));
beforeAll(() => {
  for (const name of NAMES) registerSchema(readJson(schemaFile(name)) as never, uri(name));
});

const report = (...entries: object[]) => ({ reporter: '南京市统计局', asOf: '2024-12-31', entries });
const plan = readJson(new URL('../../dist/plan.json', import.meta.url)) as { targets: Record<string, unknown>[] };
const QUALITATIVE = plan.targets.findIndex((target) => target.id === 'hundred-billion-industrial-chains');
const planWith = (index: number, field: string, value: unknown) => ({
  ...plan,
  targets: plan.targets.map((target, at) => (at === index ? { ...target, [field]: value } : target)),
});

/** The parameter of an ajv error that says what is allowed or missing. */
const PARAMETER: Record<string, string> = {
  enum: 'allowedValues',
  minimum: 'limit',
  maximum: 'limit',
  required: 'missingProperty',
  additionalProperties: 'additionalProperty',
};

interface Case {
  readonly fault: string;
  readonly schema: Name;
  readonly input: unknown;
  /** The instance path of ajv's first error, its keyword, and what it allows. */
  readonly ajv: readonly [path: string, keyword: string, allowed?: unknown];
  /** The instance location of @hyperjump/json-schema's first error, where it differs from ajv's. */
  readonly hyperjump?: string;
  /** best_match's path and a part of its message. */
  readonly python: readonly [path: readonly (string | number)[], message: string];
}

const cases: readonly Case[] = [
  {
    fault: 'an unknown target',
    schema: 'progress-report',
    input: report({ target: 'high-tech-firms', year: 2023, value: 1.1, unit: '万家' }),
    ajv: ['/entries/0/target', 'enum'],
    python: [['entries', 0, 'target'], "'high-tech-firms' is not one of ['high-tech-enterprises', 'tech-smes', "],
  },
  {
    fault: 'a share for a count',
    schema: 'progress-report',
    input: report({ target: 'high-tech-enterprises', year: 2023, value: 12, unit: '%' }),
    ajv: ['/entries/0/unit', 'enum', ['家', '万家', '个']],
    python: [['entries', 0, 'unit'], "'%' is not one of ['家', '万家', '个']"],
  },
  {
    fault: 'a unit of another kind, in the second entry',
    schema: 'progress-report',
    input: report(
      { target: 'tech-smes', year: 2023, value: 2.1, unit: '万家' },
      { target: 'talent-pool', year: 2023, value: 38.5, unit: '人年' },
    ),
    ajv: ['/entries/1/unit', 'enum', ['人', '万人']],
    python: [['entries', 1, 'unit'], "'人年' is not one of ['人', '万人']"],
  },
  {
    fault: 'a year after the period',
    schema: 'progress-report',
    input: report({ target: 'high-tech-enterprises', year: 2030, value: 1.1, unit: '万家' }),
    ajv: ['/entries/0/year', 'enum', [2021, 2022, 2023, 2024]],
    python: [['entries', 0, 'year'], '2030 is not one of [2021, 2022, 2023, 2024]'],
  },
  {
    fault: 'a negative count',
    schema: 'progress-report',
    input: report({ target: 'tech-smes', year: 2023, value: -1, unit: '家' }),
    ajv: ['/entries/0/value', 'minimum', 0],
    python: [['entries', 0, 'value'], '-1 is less than the minimum of 0'],
  },
  {
    fault: 'a share above 100',
    schema: 'progress-report',
    input: report({ target: 'rd-expenditure-share', year: 2023, value: 120, unit: '%' }),
    ajv: ['/entries/0/value', 'maximum', 100],
    python: [['entries', 0, 'value'], '120 is greater than the maximum of 100'],
  },
  {
    fault: 'no scope for a per-district target',
    schema: 'progress-report',
    input: report({ target: 'urban-industrial-parks-per-district', year: 2023, value: 1, unit: '个' }),
    ajv: ['/entries/0', 'required', 'scope'],
    python: [['entries', 0], "'scope' is a required property"],
  },
  {
    fault: 'a field entries do not have',
    schema: 'progress-report',
    input: report({ target: 'tech-smes', year: 2023, value: 2.1, unit: '万家', district: '江宁区' }),
    ajv: ['/entries/0', 'additionalProperties', 'district'],
    hyperjump: '#/entries/0/district',
    python: [['entries', 0], "Additional properties are not allowed ('district' was unexpected)"],
  },
  {
    fault: 'a blank reporter',
    schema: 'progress-report',
    input: { ...report(), reporter: '\u3000' },
    ajv: ['/reporter', 'pattern'],
    python: [['reporter'], "'\\u3000' does not match"],
  },
  {
    fault: 'a unit not named on the task',
    schema: 'task-status-feed',
    input: [{ task: 1, unit: 'industry-it-bureau', year: 2023, status: 'completed' }],
    ajv: ['/0/unit', 'enum', ['science-technology-bureau', '市科技局']],
    python: [[0, 'unit'], "'industry-it-bureau' is not one of ['science-technology-bureau', '市科技局']"],
  },
  {
    fault: 'a task the plan does not have',
    schema: 'task-status-feed',
    input: [{ task: 33, unit: 'industry-it-bureau', year: 2023, status: 'completed' }],
    ajv: ['/0/task', 'enum'],
    python: [[0, 'task'], '33 is not one of [1, 2, 3, '],
  },
  {
    fault: 'a figure on a qualitative target',
    schema: 'plan',
    input: planWith(QUALITATIVE, 'value', 1),
    ajv: [`/targets/${QUALITATIVE}/value`, 'not'],
    python: [['targets', QUALITATIVE, 'value'], '1 should not be valid under {}'],
  },
];

describe('the first error of a faulty input', () => {
  it.each(cases)('points at the fault with ajv: $fault', ({ schema, input, ajv: [path, keyword, allowed] }) => {
    const validator = ajvValidators[schema]!;
    expect(validator(input)).toBe(false);
    const [first] = validator.errors!;
    expect([first!.instancePath, first!.keyword]).toEqual([path, keyword]);
    if (allowed !== undefined) expect(first!.params[PARAMETER[keyword]!]).toEqual(allowed);
  });

  it.each(cases)(
    'points at the fault with @hyperjump/json-schema: $fault',
    async ({ schema, input, ajv, hyperjump }) => {
      const output = await validate(uri(schema), input as never, 'BASIC');
      expect(output.valid).toBe(false);
      const errors = output.valid ? [] : (output.errors ?? []);
      expect(errors[0]?.instanceLocation).toBe(hyperjump ?? `#${ajv[0]}`);
    },
  );

  it('lists the 35 quantitative targets when the target is unknown', () => {
    const validator = ajvValidators['progress-report']!;
    validator(cases[0]!.input);
    const allowed = validator.errors![0]!.params.allowedValues as string[];
    expect(allowed).toHaveLength(35);
    expect(allowed.slice(0, 3)).toEqual(['high-tech-enterprises', 'tech-smes', 'industrial-enterprises-above-scale']);
  });
});

// Python's jsonschema, where the machine has it: best_match is what a Python user sees first.
const probe = spawnSync('python3', ['-c', 'import jsonschema'], { encoding: 'utf8' });
const python = probe.status === 0;
const skipReason =
  probe.error !== undefined ? 'there is no python3 on this machine' : 'python3 has no jsonschema module';

describe('best_match of Python jsonschema', () => {
  it.skipIf(!python)(
    `points at the fault in every case${python ? '' : ` (skipped: ${skipReason})`}`,
    () => {
      const script = [
        'import json, sys',
        'from jsonschema import Draft202012Validator',
        'from jsonschema.exceptions import best_match',
        'cases = json.load(sys.stdin)',
        'out = []',
        'for name, instance in cases:',
        '    with open(name, encoding="utf-8") as f: schema = json.load(f)',
        '    error = best_match(Draft202012Validator(schema).iter_errors(instance))',
        '    out.append([list(error.absolute_path), error.message])',
        'print(json.dumps(out, ensure_ascii=False))',
      ].join('\n');
      const result = spawnSync('python3', ['-c', script], {
        input: JSON.stringify(cases.map(({ schema, input }) => [schemaFile(schema).pathname, input])),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(result.stderr).toBe('');
      const answers = JSON.parse(result.stdout) as [(string | number)[], string][];
      answers.forEach(([path, message], index) => {
        expect(path).toEqual(cases[index]!.python[0]);
        expect(message).toContain(cases[index]!.python[1]);
      });
      // Python reads the plan schema and a whole plan: time enough for a loaded machine.
    },
    60_000,
  );
});
