// Checks dist/datapackage.json against the Frictionless Tabular Data Package profile (v1, vendored in
// test/fixtures/data-package with its origin) with @hyperjump/json-schema, and checks the tables against the
// descriptor: headers, types, required cells, enums, primary keys, and every foreign key resolving.
import { readFileSync } from 'node:fs';
import { registerSchema, validate } from '@hyperjump/json-schema/draft-04';
import { beforeAll, describe, expect, it } from 'vitest';
import { castCell, type Descriptor, type Row, readDescriptor, readRecords, readTable } from './_tables.js';

const PROFILE = 'https://specs.frictionlessdata.io/schemas/tabular-data-package.json';
const descriptor = readDescriptor();

beforeAll(() => {
  const profile = JSON.parse(
    readFileSync(new URL('../fixtures/data-package/tabular-data-package.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  registerSchema(profile as never, PROFILE);
});

const keyOf = (row: Row, fields: string | readonly string[]) =>
  JSON.stringify((typeof fields === 'string' ? [fields] : fields).map((name) => row[name]));

/** Every foreign-key value that does not resolve, as `table.field=value`; empty cells are not references. */
function danglingReferences(tables: Record<string, Row[]>, of: Descriptor): string[] {
  const dangling: string[] = [];
  for (const resource of of.resources)
    for (const foreignKey of resource.schema.foreignKeys ?? []) {
      const target = tables[foreignKey.reference.resource] ?? [];
      const known = new Set(target.map((row) => keyOf(row, foreignKey.reference.fields)));
      for (const row of tables[resource.name] ?? []) {
        if (row[foreignKey.fields] === null) continue;
        if (!known.has(keyOf(row, foreignKey.fields)))
          dangling.push(`${resource.name}.${foreignKey.fields}=${String(row[foreignKey.fields])}`);
      }
    }
  return dangling;
}

describe('datapackage.json', () => {
  it('is a valid Tabular Data Package (v1 profile, checked by @hyperjump/json-schema)', async () => {
    const output = await validate(PROFILE, descriptor as never, 'BASIC');
    expect(output.valid ? [] : output.errors).toEqual([]);
    expect(output.valid).toBe(true);
  });

  it('is rejected by the same check when a field has a type the standard does not know', async () => {
    const broken = JSON.parse(JSON.stringify(descriptor)) as {
      resources: { schema: { fields: { type: string }[] } }[];
    };
    broken.resources[0]!.schema.fields[0]!.type = 'int';
    expect((await validate(PROFILE, broken as never, 'BASIC')).valid).toBe(false);
  });

  it('states its profile, licence and sources', () => {
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.name).toBe('nanjing-innovation-plan');
    expect((descriptor.licenses as { name: string }[]).map((licence) => licence.name)).toEqual(['MIT']);
    const sources = (descriptor.sources as { title: string }[]).map((source) => source.title);
    expect(sources[0]).toBe(
      '南京市创新驱动、产业转型示范三年行动计划(2022—2024年), 中共南京市委办公厅, 2022-01-03 ' +
        '(posted 2022-02-14; captured as seeds/nanjing-innovation-plan-2022-2024.txt)',
    );
    expect(sources).toContain('澎湃新闻 (published figures in observations)');
    expect(sources).toContain('南京市科学技术局 (published figures in observations)');
  });

  it('describes every column', () => {
    const undescribed = descriptor.resources.flatMap((resource) =>
      resource.schema.fields
        .filter((field) => field.description.length < 10)
        .map((field) => `${resource.name}.${field.name}`),
    );
    expect(undescribed).toEqual([]);
  });
});

describe('the tables, against their descriptor', () => {
  const tables = Object.fromEntries(
    descriptor.resources.map((resource) => [resource.name, readTable(resource.name, descriptor)]),
  );

  it('have the header the descriptor lists, and as many cells in every row', () => {
    for (const resource of descriptor.resources) {
      const [header, ...records] = readRecords(resource);
      expect(header).toEqual(resource.schema.fields.map((field) => field.name));
      expect(records.filter((record) => record.length !== header!.length)).toEqual([]);
    }
  });

  it('hold values of each column’s type, a value in every required cell and only the listed values of an enum', () => {
    const faults: string[] = [];
    for (const resource of descriptor.resources) {
      const [, ...records] = readRecords(resource);
      for (const [index, record] of records.entries())
        resource.schema.fields.forEach((field, column) => {
          const text = record[column]!;
          try {
            castCell(text, field);
          } catch (error) {
            faults.push(`${resource.name} row ${index + 1}: ${(error as Error).message}`);
          }
          if (field.constraints?.required === true && text === '') faults.push(`${resource.name}.${field.name} empty`);
          if (field.constraints?.enum !== undefined && text !== '' && !field.constraints.enum.includes(text))
            faults.push(`${resource.name}.${field.name}=${text}`);
        });
    }
    expect(faults).toEqual([]);
  });

  it('have unique primary keys and unique columns', () => {
    for (const resource of descriptor.resources) {
      const rows = tables[resource.name]!;
      expect(new Set(rows.map((row) => keyOf(row, resource.schema.primaryKey))).size).toBe(rows.length);
      for (const field of resource.schema.fields.filter((candidate) => candidate.constraints?.unique === true))
        expect(new Set(rows.map((row) => row[field.name])).size).toBe(rows.length);
    }
  });

  it('declare the foreign keys of the links', () => {
    const declared = descriptor.resources.flatMap((resource) =>
      (resource.schema.foreignKeys ?? []).map(
        (key) => `${resource.name}.${key.fields} → ${key.reference.resource}.${key.reference.fields}`,
      ),
    );
    expect(declared).toEqual([
      'tasks.group → task-groups.number',
      'task-units.task → tasks.number',
      'task-units.unit → units.id',
      'target-mentions.target → targets.id',
      'target-mentions.goal_area → goal-areas.id',
      'target-mentions.task → tasks.number',
      'observations.target → targets.id',
    ]);
  });

  it('resolve every foreign key', () => {
    expect(danglingReferences(tables, descriptor)).toEqual([]);
  });

  it('would show a link to a unit that is not in units', () => {
    const broken = {
      ...tables,
      'task-units': [...tables['task-units']!, { task: 1, order: 9, unit: 'no-such-bureau' }],
    };
    expect(danglingReferences(broken, descriptor)).toEqual(['task-units.unit=no-such-bureau']);
  });
});
