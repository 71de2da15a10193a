// Display width in a terminal, by Unicode East Asian Width: Wide (W) and
// Fullwidth (F) characters take two columns, combining marks and controls
// none, everything else (Ambiguous included, as in most non-CJK locales) one.

const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0], [0x23f3, 0x23f3],
  [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f], [0x2693, 0x2693], [0x26a1, 0x26a1],
  [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5], [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea],
  [0x26f2, 0x26f3], [0x26f5, 0x26f5], [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b],
  [0x2728, 0x2728], [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55],
  [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4], [0x17000, 0x18aff], [0x1b000, 0x1b2ff], [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a], [0x1f200, 0x1f251], [0x1f300, 0x1f64f], [0x1f680, 0x1f6ff],
  [0x1f900, 0x1f9ff], [0x1fa70, 0x1faff], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

const ZERO: readonly (readonly [number, number])[] = [
  [0x0000, 0x001f], [0x007f, 0x009f], [0x0300, 0x036f], [0x200b, 0x200f], [0x20d0, 0x20ff], [0xfe00, 0xfe0f],
  [0xfe20, 0xfe2f], [0xe0100, 0xe01ef],
];

function inRanges(code: number, ranges: readonly (readonly [number, number])[]): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = ranges[middle]!;
    if (code < start) high = middle - 1;
    else if (code > end) low = middle + 1;
    else return true;
  }
  return false;
}

/** Columns one code point takes: 0, 1 or 2. */
export function charWidth(codePoint: number): 0 | 1 | 2 {
  if (codePoint >= 0x20 && codePoint < 0x7f) return 1;
  if (inRanges(codePoint, ZERO)) return 0;
  return inRanges(codePoint, WIDE) ? 2 : 1;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Removes ANSI colour codes. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Columns a string takes in a terminal (ANSI colour codes take none). */
export function stringWidth(text: string): number {
  let width = 0;
  for (const char of stripAnsi(text)) width += charWidth(char.codePointAt(0)!);
  return width;
}

/** Pads with spaces to `width` columns, on the right (or on the left with `align: 'right'`). */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

// Closing punctuation never starts a line, opening punctuation never ends one.
const CLOSING = new Set([...'。，,、;；:：!！?？)）]】」』》〉”’%…']);
const OPENING = new Set([...'(（[【「『《〈“‘']);

function canBreak(before: string, after: string): boolean {
  const afterWidth = charWidth(after.codePointAt(0)!);
  if (afterWidth === 0 || CLOSING.has(after) || OPENING.has(before)) return false;
  return afterWidth === 2 || charWidth(before.codePointAt(0)!) === 2;
}

/**
 * Wraps plain text (no ANSI codes) to lines of at most `width` columns:
 * Latin words break at spaces, CJK text between any two characters, except
 * before closing or after opening punctuation; a word wider than a line is
 * cut.
 */
export function wrap(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const tokens: { text: string; space: boolean }[] = [];
    let previous: string | undefined;
    for (const char of paragraph) {
      if (char === ' ' || char === '\t') {
        tokens.push({ text: ' ', space: true });
        previous = undefined;
        continue;
      }
      const last = tokens[tokens.length - 1];
      if (previous !== undefined && last !== undefined && !last.space && !canBreak(previous, char)) last.text += char;
      else tokens.push({ text: char, space: false });
      previous = char;
    }
    let line = '';
    let lineWidth = 0;
    for (const token of tokens) {
      if (token.text === '') continue;
      const tokenWidth = stringWidth(token.text);
      if (token.space) {
        if (lineWidth > 0 && lineWidth + 1 <= limit) {
          line += ' ';
          lineWidth += 1;
        }
        continue;
      }
      if (lineWidth + tokenWidth > limit && lineWidth > 0) {
        lines.push(line.trimEnd());
        line = '';
        lineWidth = 0;
      }
      if (tokenWidth > limit) {
        for (const char of token.text) {
          const charColumns = charWidth(char.codePointAt(0)!);
          if (lineWidth + charColumns > limit && lineWidth > 0) {
            lines.push(line);
            line = '';
            lineWidth = 0;
          }
          line += char;
          lineWidth += charColumns;
        }
        continue;
      }
      line += token.text;
      lineWidth += tokenWidth;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
