// Terminal output: colours, wrapped paragraphs, labelled values and tables,
// laid out by display width.
import { graphemes, graphemeWidth, pad, stringWidth, wrap } from './stringWidth.js';

/** What the layout knows of the terminal. */
export interface Terminal {
  /** Terminal width in columns. */
  readonly columns: number;
  /** Whether to colour the output. */
  readonly color: boolean;
}

/** Colour helpers that do nothing when colour is off. */
export function styles(io: Terminal) {
  const code = (open: number, close: number) => (text: string) =>
    io.color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { bold: code(1, 22), dim: code(2, 22), cyan: code(36, 39), yellow: code(33, 39), red: code(31, 39) };
}

type Style = (text: string) => string;
const plain: Style = (text) => text;

/** Wraps a paragraph to the terminal width, with an indent; `style` colours each line after wrapping. */
export function paragraph(io: Terminal, text: string, indent = '', style: Style = plain): string[] {
  return wrap(text, io.columns - stringWidth(indent)).map((line) => indent + style(line));
}

/**
 * A label and its value: the label padded to `width` columns, the value
 * wrapped with a hanging indent so that its lines start under its first.
 */
export function labelled(io: Terminal, label: string, value: string, width: number): string[] {
  const { dim } = styles(io);
  const column = Math.max(width, stringWidth(label) + 1);
  return wrap(value, io.columns - column).map(
    (line, index) => (index === 0 ? dim(pad(label, column)) : ' '.repeat(column)) + line,
  );
}

export interface TableOptions {
  /**
   * Index (or indexes) of the prose columns, which wrap to fit the terminal;
   * several share the room by their natural widths. The other columns (ids,
   * numbers) never wrap.
   */
  readonly flex?: number | readonly number[];
  readonly align?: readonly ('left' | 'right')[];
  /** For each row, a line printed under it, indented two columns and never wrapped: an id. */
  readonly below?: readonly (string | undefined)[];
  /**
   * Flexible columns whose cells are lists of names joined by `、` or `; `: they wrap between names, so that a
   * name is broken only where it is wider than the column on its own.
   */
  readonly lists?: readonly number[];
}

/** Wraps a list of names joined by `、` or `; ` between the names, each name kept whole where it fits. */
export function wrapList(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of text.split(/(?<=、|; )/)) {
    if (line !== '' && stringWidth(`${line}${item}`.trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    if (line === '' && stringWidth(item.trimEnd()) > width) {
      const parts = wrap(item.trimEnd(), width);
      lines.push(...parts.slice(0, -1));
      line = `${parts.at(-1) ?? ''}${item.endsWith(' ') ? ' ' : ''}`;
    } else line += item;
  }
  lines.push(line.trimEnd());
  return lines;
}

/** A flexible column is never narrower than this, unless all its text is narrower. */
const MIN_FLEX = 10;

/** The widest run of text that {@link wrap} cannot break: a word of narrow characters (or one wide character). */
function unbreakableWidth(text: string): number {
  let widest = 0;
  for (const word of text.split(/\s+/)) {
    let run = 0;
    for (const char of graphemes(word)) {
      const width = graphemeWidth(char);
      if (width === 2) {
        widest = Math.max(widest, run, 2);
        run = 0;
      } else run += width;
    }
    widest = Math.max(widest, run);
  }
  return widest;
}

/**
 * Lays out a table (a cell may hold several lines): columns two spaces apart, padded by display width (a CJK
 * character counts two), the flexible columns wrapped (at spaces, or between CJK characters) so that lines fit.
 * Where even the fixed columns and the narrowest flexible ones do not fit, each row becomes a block instead:
 * its first cell, then the others one a line under their headers, wrapped with a hanging indent.
 */
export function table(
  io: Terminal,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): string[] {
  const gap = 2;
  const { bold } = styles(io);
  const flex: readonly number[] =
    options.flex === undefined ? [] : typeof options.flex === 'number' ? [options.flex] : options.flex;
  const cells = (column: number) => [headers[column] ?? '', ...rows.map((row) => row[column] ?? '')];
  const widths = headers.map((_, column) =>
    Math.max(...cells(column).flatMap((cell) => cell.split('\n').map(stringWidth))),
  );
  const mins = widths.map((width, column) =>
    flex.includes(column) ? Math.max(Math.min(width, MIN_FLEX), ...cells(column).map(unbreakableWidth)) : width,
  );
  const fixed =
    widths.reduce((sum, width, column) => (flex.includes(column) ? sum : sum + width), 0) + gap * (widths.length - 1);
  const room = io.columns - fixed;
  if (flex.reduce((sum, column) => sum + mins[column]!, 0) > room)
    return blocks(io, headers, rows, flex, options.below);
  if (flex.reduce((sum, column) => sum + widths[column]!, 0) > room) {
    // Each flexible column starts at its minimum; the room left goes to those that want more, a fair share each.
    let left = room - flex.reduce((sum, column) => sum + mins[column]!, 0);
    const pending = [...flex].sort((a, b) => widths[a]! - mins[a]! - (widths[b]! - mins[b]!));
    pending.forEach((column, index) => {
      const extra = Math.min(widths[column]! - mins[column]!, Math.floor(left / (pending.length - index)));
      widths[column] = mins[column]! + extra;
      left -= extra;
    });
  }
  const render = (row: readonly string[], header: boolean) => {
    const wrapped = row.map((cell, column) =>
      flex.includes(column) && !header
        ? (options.lists?.includes(column) ? wrapList : wrap)(cell, widths[column]!)
        : cell.split('\n'),
    );
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
  return [
    ...render(headers, true),
    ...rows.flatMap((row, index) => {
      const below = options.below?.[index];
      return below === undefined ? render(row, false) : [...render(row, false), belowLine(io, below)];
    }),
  ];
}

/** A line under a row: indented two columns where that fits (an id wider than the terminal is left unbroken). */
function belowLine(io: Terminal, text: string): string {
  return stringWidth(text) + 2 <= io.columns ? `  ${text}` : text;
}

/** The narrow layout of {@link table}: one block a row. */
function blocks(
  io: Terminal,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  flex: readonly number[],
  below: readonly (string | undefined)[] | undefined,
): string[] {
  const { bold } = styles(io);
  const labelWidth = Math.max(...headers.slice(1).map(stringWidth)) + 2;
  const out: string[] = [];
  rows.forEach((row, index) => {
    const [head = '', ...rest] = row;
    out.push(...(flex.includes(0) ? wrap(head, io.columns) : head.split('\n')).map(bold));
    const id = below?.[index];
    if (id !== undefined) out.push(belowLine(io, id));
    rest.forEach((cell, offset) => {
      if (cell === '') return;
      const column = offset + 1;
      const label = `  ${headers[column] ?? ''}`;
      if (flex.includes(column)) out.push(...labelled(io, label, cell, labelWidth + 2));
      else {
        // An id or a number is not wrapped: where it does not fit beside its label, it goes under it.
        const { dim } = styles(io);
        const lines = cell.split('\n');
        if (lines.every((line) => labelWidth + 2 + stringWidth(line) <= io.columns)) {
          for (const [at, line] of lines.entries()) {
            out.push(`${at === 0 ? dim(pad(label, labelWidth + 2)) : ' '.repeat(labelWidth + 2)}${line}`);
          }
        } else {
          out.push(dim(label), ...lines.map((line) => (stringWidth(line) + 4 <= io.columns ? `    ${line}` : line)));
        }
      }
    });
  });
  return out;
}
