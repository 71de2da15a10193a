// Display width in a terminal. Each grapheme cluster (what a reader sees as
// one character) takes the width of its first code point by Unicode's East
// Asian Width (UAX #11): Wide (W) and Fullwidth (F) two columns, everything
// else one (Ambiguous included, as in most non-CJK locales); controls,
// combining marks and other default-ignorable code points none. An emoji
// shown as emoji (a character with Emoji_Presentation, an emoji with U+FE0F,
// a skin-tone sequence, a keycap) takes two, whatever its parts.
import { eastAsianWidth } from 'get-east-asian-width';

const ZERO_WIDTH = /^[\p{Cc}\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}]$/u;
const EMOJI = new RegExp(
  String.raw`^(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|` +
    String.raw`\p{Emoji_Modifier_Base}\p{Emoji_Modifier}|[#*0-9]\uFE0F\u20E3)`,
  'u',
);
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

let segmenter: Intl.Segmenter | undefined;

/** The grapheme clusters of a string, in order. */
export function* graphemes(text: string): Generator<string> {
  segmenter ??= new Intl.Segmenter();
  for (const { segment } of segmenter.segment(text)) yield segment;
}

/** Columns one code point takes: 0, 1 or 2. */
export function charWidth(codePoint: number): 0 | 1 | 2 {
  if (codePoint >= 0x20 && codePoint < 0x7f) return 1;
  if (ZERO_WIDTH.test(String.fromCodePoint(codePoint))) return 0;
  return eastAsianWidth(codePoint);
}

/** Columns one grapheme cluster takes: 0, 1 or 2. */
export function graphemeWidth(cluster: string): 0 | 1 | 2 {
  // A lone BMP character with Emoji_Presentation is Wide already.
  if (cluster.length > 1 && EMOJI.test(cluster)) return 2;
  return charWidth(cluster.codePointAt(0) ?? 0);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: an ANSI escape starts with ESC
const ANSI = /\u001b\[[0-9;]*m/g;

/** Removes ANSI colour codes. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Columns a string takes in a terminal (ANSI colour codes take none). */
export function stringWidth(text: string): number {
  const plain = stripAnsi(text);
  if (PRINTABLE_ASCII.test(plain)) return plain.length;
  let width = 0;
  for (const cluster of graphemes(plain)) width += graphemeWidth(cluster);
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
  const afterWidth = graphemeWidth(after);
  if (afterWidth === 0 || CLOSING.has(after) || OPENING.has(before)) return false;
  return afterWidth === 2 || graphemeWidth(before) === 2;
}

/**
 * Wraps plain text (no ANSI codes) to lines of at most `width` columns:
 * Latin words break at spaces, CJK text between any two characters, except
 * before closing or after opening punctuation; a word wider than a line is
 * cut, never inside a grapheme cluster.
 */
export function wrap(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const tokens: { text: string; space: boolean }[] = [];
    let previous: string | undefined;
    for (const char of graphemes(paragraph)) {
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
        for (const char of graphemes(token.text)) {
          const charColumns = graphemeWidth(char);
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
