// `--csv`: a header row, then one row a record (RFC 4180: CRLF line ends, fields quoted where needed), UTF-8.
// The writer is loaded only when CSV is asked for; the library's entries never load it.
import type { CliIO, CommandOption } from './command.js';

/** `--csv`, for the commands that list records (tasks, units, targets). */
export const CSV_OPTION: CommandOption = { type: 'boolean' };

/** A CSV cell: text, a number, a boolean, or nothing (an empty cell). */
export type CsvCell = string | number | boolean | null | undefined;

/** Prints a header row and the rows as CSV. */
export async function printCsv(
  io: CliIO,
  columns: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): Promise<void> {
  const { stringify } = await import('csv-stringify/sync');
  const text = stringify(
    rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : String(cell)))),
    { header: true, columns: [...columns], record_delimiter: 'windows' },
  );
  io.stdout(text);
}
