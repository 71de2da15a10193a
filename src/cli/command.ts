import { pad, stringWidth, wrap } from '../_lib/stringWidth.js';

/** Where a command writes, and what it knows of the terminal: injectable for tests. */
export interface CliIO {
  /** Writes text to standard output (the caller adds newlines). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error. */
  readonly stderr: (text: string) => void;
  /** Terminal width in columns. */
  readonly columns: number;
  /** Whether to colour the output. */
  readonly color: boolean;
}

/** The language of names and titles in human output. */
export type Lang = 'zh' | 'en';

/** An option a command accepts, besides the global ones. */
export interface CommandOption {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The placeholder shown in help, e.g. `<unit>`. */
  readonly value?: string;
  readonly description: string;
}

/** What a command is run with. */
export interface CommandArgs {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  /** `--json`: print the answer as JSON. */
  readonly json: boolean;
  /** `--lang`: `zh` (default) or `en`. */
  readonly lang: Lang;
}

/**
 * A command of the CLI: adding one is one module exporting this, listed in
 * the registry.
 */
export interface Command {
  readonly name: string;
  /** One line, shown in the list of commands. */
  readonly summary: string;
  /** Arguments after the command's name, e.g. `[--unit <unit>] [--group <n>]`. */
  readonly usage: string;
  /** More lines for `--help`. */
  readonly description?: string;
  readonly options?: Readonly<Record<string, CommandOption>>;
  /** How many positional arguments the command takes. */
  readonly positionals: { readonly min: number; readonly max: number };
  /** Runs the command; returns (or resolves to) the exit code. Throws {@link CliError} for bad input. */
  run(args: CommandArgs, io: CliIO): number | Promise<number>;
}

/** A user error: printed as one line (and the usage line if `showUsage`), exit code 2. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly showUsage = false,
  ) {
    super(message);
  }
}

/** Colour helpers that do nothing when colour is off. */
export function styles(io: CliIO) {
  const code = (open: number, close: number) => (text: string) => (io.color ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { bold: code(1, 22), dim: code(2, 22), cyan: code(36, 39), yellow: code(33, 39), red: code(31, 39) };
}

/** Prints lines. */
export function print(io: CliIO, lines: readonly string[]): void {
  io.stdout(lines.length === 0 ? '' : `${lines.join('\n')}\n`);
}

/** Prints a value as indented JSON. */
export function printJson(io: CliIO, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** Wraps a paragraph to the terminal width, with an indent. */
export function paragraph(io: CliIO, text: string, indent = ''): string[] {
  return wrap(text, io.columns - stringWidth(indent)).map((line) => indent + line);
}

export interface TableOptions {
  /** Index (or indexes) of the columns that wrap to fit the terminal; several share the room by their natural widths. */
  readonly flex?: number | readonly number[];
  readonly align?: readonly ('left' | 'right')[];
}

/**
 * Lays out a table (a cell may hold several lines): columns two spaces apart, padded by display width (a CJK
 * character counts two), the flexible columns wrapped so that lines fit.
 */
export function table(io: CliIO, headers: readonly string[], rows: readonly (readonly string[])[], options: TableOptions = {}): string[] {
  const gap = 2;
  const { bold } = styles(io);
  const widths = headers.map((header, column) =>
    Math.max(stringWidth(header), ...rows.flatMap((row) => (row[column] ?? '').split('\n').map(stringWidth))),
  );
  const flex: readonly number[] = options.flex === undefined ? [] : typeof options.flex === 'number' ? [options.flex] : options.flex;
  const fixed = widths.reduce((sum, width, column) => (flex.includes(column) ? sum : sum + width), 0) + gap * (widths.length - 1);
  const natural = flex.reduce((sum, column) => sum + widths[column]!, 0);
  const room = io.columns - fixed;
  if (natural > room) {
    // Share the room evenly; a column that needs less than its share gives the rest to the others.
    let left = room;
    const pending = [...flex].sort((a, b) => widths[a]! - widths[b]!);
    while (pending.length > 0) {
      const share = Math.floor(left / pending.length);
      const column = pending.shift()!;
      widths[column] = Math.max(Math.min(widths[column]!, share), 12);
      left -= widths[column]!;
    }
  }
  const render = (cells: readonly string[], header: boolean) => {
    const wrapped = cells.map((cell, column) => (flex.includes(column) && !header ? wrap(cell, widths[column]!) : cell.split('\n')));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    const out: string[] = [];
    for (let line = 0; line < height; line += 1) {
      const text = wrapped
        .map((lines, column) => {
          const cell = pad(lines[line] ?? '', widths[column]!, options.align?.[column] ?? 'left');
          return header ? bold(cell) : cell;
        })
        .join(' '.repeat(gap))
        .trimEnd();
      out.push(text);
    }
    return out;
  };
  return [...render(headers, true), ...rows.flatMap((row) => render(row, false))];
}
