// Reads the built tables back the way a user of another language would: the descriptor for the columns and their
// types, csv-parse for the cells. Nothing here comes from the code that wrote them.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export const dist = new URL('../../dist/', import.meta.url);

export interface Field {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly constraints?: { readonly required?: boolean; readonly unique?: boolean; readonly enum?: readonly string[] };
}

export interface ForeignKey {
  readonly fields: string;
  readonly reference: { readonly resource: string; readonly fields: string };
}

export interface Resource {
  readonly name: string;
  readonly path: string;
  readonly schema: {
    readonly fields: readonly Field[];
    readonly primaryKey: string | readonly string[];
    readonly foreignKeys?: readonly ForeignKey[];
    readonly missingValues: readonly string[];
  };
}

export interface Descriptor {
  readonly profile: string;
  readonly resources: readonly Resource[];
  readonly [key: string]: unknown;
}

export type Cell = string | number | boolean | null | unknown[];
export type Row = Record<string, Cell>;

export function readDescriptor(): Descriptor {
  return JSON.parse(readFileSync(new URL('datapackage.json', dist), 'utf8')) as Descriptor;
}

/** The raw text of a table. */
export function readTableText(resource: Resource): string {
  return readFileSync(new URL(resource.path, dist), 'utf8');
}

/** Every record of a table as arrays of strings, the header first. */
export function readRecords(resource: Resource): string[][] {
  return parse(readTableText(resource), { bom: false, relax_column_count: false }) as string[][];
}

/** A cell read as its column's type says; an empty cell is null (the descriptor's missing value). */
export function castCell(text: string, field: Field): Cell {
  if (text === '') return null;
  switch (field.type) {
    case 'integer':
      if (!/^-?\d+$/.test(text)) throw new Error(`${field.name}: ${JSON.stringify(text)} is not an integer`);
      return Number(text);
    case 'number': {
      const value = Number(text);
      if (!Number.isFinite(value)) throw new Error(`${field.name}: ${JSON.stringify(text)} is not a number`);
      return value;
    }
    case 'boolean':
      if (text !== 'true' && text !== 'false')
        throw new Error(`${field.name}: ${JSON.stringify(text)} is not a boolean`);
      return text === 'true';
    case 'array': {
      const value: unknown = JSON.parse(text);
      if (!Array.isArray(value)) throw new Error(`${field.name}: ${JSON.stringify(text)} is not a JSON array`);
      return value;
    }
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new Error(`${field.name}: ${JSON.stringify(text)} is not a date`);
      return text;
    default:
      return text;
  }
}

/** A table's rows, keyed by column name, cast by the descriptor's types. */
export function readTable(name: string, descriptor: Descriptor = readDescriptor()): Row[] {
  const resource = descriptor.resources.find((candidate) => candidate.name === name);
  if (resource === undefined) throw new Error(`no resource ${name} in datapackage.json`);
  const [header, ...records] = readRecords(resource);
  const fields = resource.schema.fields;
  if (JSON.stringify(header) !== JSON.stringify(fields.map((field) => field.name)))
    throw new Error(`${name}: header ${JSON.stringify(header)} differs from the descriptor's fields`);
  return records.map((record) =>
    Object.fromEntries(fields.map((field, index) => [field.name, castCell(record[index]!, field)])),
  );
}
