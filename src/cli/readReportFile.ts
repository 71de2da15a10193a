import { parse } from 'csv-parse/sync';
import { suggest } from '../_lib/hints.js';
import type { Lang } from './command.js';
import { CliError } from './command.js';
import { messagesFor } from './messages.js';
import { readLimited } from './readJsonFile.js';
import { reportWords } from './reportWords.js';
import { escapeControls, showInput } from './show.js';

/** The columns of a CSV progress report, in the order `njplan template --csv` writes them. */
export const CSV_COLUMNS = ['target', 'metric', 'year', 'value', 'unit', 'scope', 'reporter', 'asOf', 'note', 'source'];
const REQUIRED_COLUMNS = ['target', 'year', 'value', 'unit', 'reporter', 'asOf'];
/** The longest cell a CSV report may have (a note, a source): far above any real one. */
const MAX_CELL = 10_000;

/** A progress report read from a file, with where each entry came from. */
export interface ReportFile {
  readonly format: 'json' | 'csv';
  /** The report, as `validateProgressReport` takes it. */
  readonly value: unknown;
  /**
   * Where an issue's path is in the file: for a CSV file `report.csv:4, column "value"`; for JSON the path, with
   * the index the entry has in the file.
   */
  readonly locate: (path: string) => string;
  /** How many template rows were left blank (no value) and skipped. */
  readonly blank: number;
}

/** Whether a file is read as CSV: by its extension, else by its first character (`{` or `[` is JSON). */
function isCsv(path: string, text: string): boolean {
  if (/\.csv$/i.test(path)) return true;
  if (/\.json$/i.test(path)) return false;
  return !/^\s*[[{]/.test(text);
}

/** UTF-8 text of a file, or a usage error naming what it is instead (binary, another encoding). */
function decode(path: string, bytes: Buffer, lang: Lang): string {
  const words = reportWords[lang];
  if (bytes.includes(0)) throw new CliError(words.binary(showInput(path)));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CliError(words.notUtf8(showInput(path)));
  }
}

const ENTRY_PATH = /^entries\[(\d+)\](?:\.(\w+))?/;

/**
 * Reads a progress report from a JSON or CSV file (by its extension; without one, a file starting with `{` or `[`
 * is JSON). Template blanks are dropped and counted: entries whose `value` is `null` (JSON) or empty (CSV); a
 * template's `metric` field, which only tells the reporter what to count, is dropped too. A file that cannot be read
 * or parsed as CSV is a usage error (exit 2) naming the row; invalid JSON is `{ ok: false }` as for other inputs.
 */
export function readReportFile(
  path: string,
  lang: Lang,
): ReportFile | { readonly ok: false; readonly message: string } {
  const bytes = readLimited(path);
  const loose = bytes.toString('utf8').replace(/^\uFEFF/, '');
  // A CSV file is checked to be UTF-8 text; a JSON file is left to the JSON parser, which quotes what it meets.
  if (isCsv(path, loose)) return readCsv(path, decode(path, bytes, lang), lang);
  const text = loose;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, message: messagesFor(lang).errors.notJson(showInput(path), escapeControls(reason)) };
  }
  const entries = (value as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) return { format: 'json', value, locate: (at) => at, blank: 0 };
  const kept: unknown[] = [];
  const origin: number[] = [];
  entries.forEach((entry, index) => {
    const record = entry as Record<string, unknown> | null;
    if (typeof record === 'object' && record !== null && !Array.isArray(record) && record.value === null) return;
    if (typeof record === 'object' && record !== null && !Array.isArray(record) && 'metric' in record) {
      const { metric: _metric, ...rest } = record;
      kept.push(rest);
    } else kept.push(entry);
    origin.push(index);
  });
  return {
    format: 'json',
    value: { ...(value as object), entries: kept },
    locate: (at) => at.replace(/^entries\[(\d+)\]/, (_, index: string) => `entries[${origin[Number(index)] ?? index}]`),
    blank: entries.length - kept.length,
  };
}

function readCsv(path: string, text: string, lang: Lang): ReportFile {
  const words = reportWords[lang];
  const name = escapeControls(path);
  if (text.trim() === '') throw new CliError(words.emptyCsv(showInput(path)));
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_CELL * CSV_COLUMNS.length,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (cause) {
    const info = cause as { code?: string; lines?: number; message?: string };
    throw new CliError(words.badCsv(name, info.lines, escapeControls(String(info.message ?? cause))));
  }
  const [header, ...rows] = records;
  const columns = header!.record.map((cell) => cell.trim());
  columns.forEach((column, index) => {
    if (!CSV_COLUMNS.includes(column)) {
      const near = suggest(column, CSV_COLUMNS);
      throw new CliError(words.unknownColumn(name, index + 1, showInput(column), near, CSV_COLUMNS));
    }
    if (columns.indexOf(column) !== index) throw new CliError(words.duplicateColumn(name, showInput(column)));
  });
  for (const column of REQUIRED_COLUMNS)
    if (!columns.includes(column)) throw new CliError(words.missingColumn(name, column, CSV_COLUMNS));
  const entries: Record<string, unknown>[] = [];
  const rowOf: number[] = [];
  let reporter: { value: string; line: number } | undefined;
  let asOf: { value: string; line: number } | undefined;
  let blank = 0;
  for (const { record, info } of rows) {
    if (record.length !== columns.length)
      throw new CliError(words.ragged(name, info.lines, record.length, columns.length));
    const cells = new Map(columns.map((column, index) => [column, record[index]!]));
    for (const [column, cell] of cells)
      if (cell.length > MAX_CELL) throw new CliError(words.hugeCell(name, info.lines, column, MAX_CELL));
    for (const [field, holder] of [
      ['reporter', reporter],
      ['asOf', asOf],
    ] as const) {
      const cell = cells.get(field)!;
      if (cell.trim() === '') continue;
      if (holder !== undefined && holder.value !== cell)
        throw new CliError(words.conflict(name, info.lines, field, holder.line, showInput(holder.value)));
      if (holder === undefined) {
        if (field === 'reporter') reporter = { value: cell, line: info.lines };
        else asOf = { value: cell, line: info.lines };
      }
    }
    const value = cells.get('value')!.trim();
    if (value === '') {
      blank += 1;
      continue;
    }
    const entry: Record<string, unknown> = { target: cells.get('target')!.trim() };
    const year = cells.get('year')!.trim();
    if (year !== '') entry.year = /^\d+$/.test(year) ? Number(year) : year;
    entry.value = /^-?\d+(?:\.\d+)?$/.test(value) ? Number(value) : value;
    if (cells.get('unit')! !== '') entry.unit = cells.get('unit')!;
    for (const field of ['scope', 'note', 'source'] as const) {
      const cell = cells.get(field);
      if (cell !== undefined && cell.trim() !== '') entry[field] = cell;
    }
    entries.push(entry);
    rowOf.push(info.lines);
  }
  const report = { reporter: reporter?.value ?? '', asOf: asOf?.value ?? '', entries };
  return {
    format: 'csv',
    value: report,
    blank,
    locate: (at) => {
      const match = ENTRY_PATH.exec(at);
      if (match !== null) {
        const line = rowOf[Number(match[1])];
        return match[2] === undefined ? `${name}:${line}` : `${name}:${line}, column "${match[2]}"`;
      }
      return at === 'reporter' || at === 'asOf' ? `${name}, column "${at}"` : `${name}${at === '' ? '' : `, ${at}`}`;
    },
  };
}
