// Writes the JSON Schemas (draft 2020-12) of the plan, the progress report and
// the task-status feed, generated from the zod schemas, so that programs in
// other languages can validate the same data.
//
// zod writes a discriminated union as a `oneOf` of branches; a standard
// validator then reports only "not valid under any of the given schemas", or
// points at the wrong branch. Each such `oneOf` is rewritten so that the branch
// is chosen by the discriminator's value: the common shape first (the
// discriminator as an `enum` of every value, each field's shared constraints),
// then one `if`/`then` per value. An unknown target is then reported at
// `target` with the list of ids, a wrong unit at `unit` with the units that
// target accepts, a year out of range at `year` with its years. The accepted
// data is unchanged: a test checks ajv against zod on generated inputs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { PlanSchema, ProgressReportSchema, TaskStatusFeedSchema } from '../dist/schema.js';

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (left, right) => JSON.stringify(left) === JSON.stringify(right);

/** The key every branch fixes with a `const` and requires, if there is one. */
function discriminatorOf(branches) {
  if (!branches.every((branch) => isObject(branch) && branch.type === 'object' && isObject(branch.properties)))
    return undefined;
  const [first] = branches;
  return Object.keys(first.properties).find((key) => {
    const values = branches.map((branch) => branch.properties[key]?.const);
    return (
      values.every((value) => value !== undefined) &&
      new Set(values.map((value) => JSON.stringify(value))).size === values.length &&
      branches.every((branch) => branch.required?.includes(key))
    );
  });
}

/** The keywords of a field's schema that every branch having the field shares. */
function sharedConstraints(schemas) {
  const [first, ...rest] = schemas;
  return Object.fromEntries(
    Object.entries(first).filter(([keyword, value]) => rest.every((schema) => same(schema[keyword], value))),
  );
}

function discriminate(schema) {
  const branches = schema.oneOf;
  const key = discriminatorOf(branches);
  if (key === undefined) return schema;
  const names = [...new Set(branches.flatMap((branch) => Object.keys(branch.properties)))];
  const properties = {};
  for (const name of names) {
    const having = branches.map((branch) => branch.properties[name]).filter((field) => field !== undefined);
    properties[name] = name === key ? {} : sharedConstraints(having);
  }
  const keyType = sharedConstraints(branches.map((branch) => branch.properties[key])).type;
  properties[key] = {
    ...(keyType === undefined ? {} : { type: keyType }),
    enum: branches.map((branch) => branch.properties[key].const),
  };
  const required = names.filter((name) => branches.every((branch) => branch.required?.includes(name)));
  const closed = branches.every((branch) => branch.additionalProperties === false);
  const { oneOf: _oneOf, ...rest } = schema;
  return {
    ...rest,
    type: 'object',
    properties,
    required,
    ...(closed ? { additionalProperties: false } : {}),
    allOf: branches.map((branch) => {
      const own = {};
      for (const name of names) {
        const field = branch.properties[name];
        // `not: {}` rather than `false`: Python's jsonschema reports a false schema without the field's name.
        if (field === undefined) own[name] = { not: {} };
        else if (name !== key && !same(field, properties[name])) own[name] = field;
      }
      const ownRequired = (branch.required ?? []).filter((name) => !required.includes(name));
      const {
        type: _type,
        properties: _properties,
        required: _required,
        additionalProperties: _closed,
        ...notes
      } = branch;
      return {
        if: { properties: { [key]: { const: branch.properties[key].const } }, required: [key] },
        // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword `then`, not a promise.
        then: {
          ...notes,
          ...(Object.keys(own).length > 0 ? { properties: own } : {}),
          ...(ownRequired.length > 0 ? { required: ownRequired } : {}),
        },
      };
    }),
  };
}

// JSON Schema patterns are ECMA-262 regular expressions, but validators in other languages hand them to their own
// engines: Python's `re` rejects `\p{…}` and reads `\d` as any Unicode digit. So a class of Unicode properties is
// written out as the code point ranges it holds (as this Node's Unicode tables give them), BMP code points as `\uXXXX`
// and others as the characters themselves (escapes for those differ between engines), and `\d` as `[0-9]`.
const PROPERTY_CLASS = /^\[(\^?)((?:\\p\{[A-Za-z_]+\})+)\]$/;

function expandPropertyClass(pattern) {
  const match = PROPERTY_CLASS.exec(pattern);
  if (match === null) return pattern;
  const [, negated, properties] = match;
  const test = new RegExp(`^[${properties}]$`, 'u');
  const ranges = [];
  for (let code = 0; code <= 0x10ffff; code += 1) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (!test.test(String.fromCodePoint(code))) continue;
    const last = ranges.at(-1);
    if (last !== undefined && last[1] === code - 1) last[1] = code;
    else ranges.push([code, code]);
  }
  const written = (code) =>
    code <= 0xffff ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}` : String.fromCodePoint(code);
  const items = ranges.map(([from, to]) => (from === to ? written(from) : `${written(from)}-${written(to)}`));
  return `[${negated}${items.join('')}]`;
}

const portablePattern = (pattern) => expandPropertyClass(pattern).replace(/(?<!\\)\\d/g, '[0-9]');

/** Rewrites every discriminated `oneOf` in a schema, innermost first, and every pattern portably. */
function rewrite(schema) {
  if (Array.isArray(schema)) return schema.map(rewrite);
  if (!isObject(schema)) return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([keyword, value]) => [keyword, rewrite(value)]));
  if (typeof copy.pattern === 'string') copy.pattern = portablePattern(copy.pattern);
  return Array.isArray(copy.oneOf) ? discriminate(copy) : copy;
}

const BEYOND =
  ' JSON Schema cannot check these rules; the package does (validateProgressReport, validateTaskStatusFeed and ' +
  'validatePlan in nanjing-innovation-plan/schema, or `njplan validate <file>`), besides all that is checked here.';

// The plan schema has no description of its own: say what it checks and what only validatePlan can.
const PLAN_NOTES = {
  title: 'A plan of the shape of the Nanjing innovation plan 2022–2024 (nanjing-innovation-plan)',
  description:
    'A whole plan: task groups, tasks, units, targets and the rest, each target and mention checked by its ' +
    '`kind`. Not expressible here: every reference resolves (task groups and tasks, tasks to units and targets, ' +
    'goal areas to targets, mentions to goal areas and tasks), ids and numbers are unique and numbered 1, 2, 3, … ' +
    'in order, task ids read task-<number>, quantitative targets are consistent, and every source span covers ' +
    'exactly its text.',
};

/** Adds, to a description that lists what JSON Schema cannot express, who checks it. */
function sayWhoChecks(schema) {
  return typeof schema.description === 'string' && schema.description.includes('Not expressible here')
    ? { ...schema, description: `${schema.description}${BEYOND}` }
    : schema;
}

const schemas = {
  plan: PlanSchema,
  'progress-report': ProgressReportSchema,
  'task-status-feed': TaskStatusFeedSchema,
};

const directory = new URL('../dist/schemas/', import.meta.url);
mkdirSync(directory, { recursive: true });
for (const [name, schema] of Object.entries(schemas)) {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
  if (name === 'plan' && json.description === undefined) Object.assign(json, PLAN_NOTES);
  writeFileSync(new URL(`${name}.schema.json`, directory), `${JSON.stringify(sayWhoChecks(rewrite(json)), null, 2)}\n`);
}
