// The one place where the CLI makes user-supplied text safe for a terminal: every report field, file excerpt and
// argument it prints passes through `escapeControls`, and every argument an error echoes through `showInput`.
import { quote } from '../_lib/describe.js';

/**
 * What a terminal would act on rather than show: C0 and C1 controls and DEL (`\p{Cc}`: escape sequences, bells,
 * CSI as U+009B), format characters (`\p{Cf}`: bidi overrides and isolates, zero-width characters) and the line and
 * paragraph separators.
 */
const CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

const hex = (code: number, digits: number) => code.toString(16).padStart(digits, '0');

/** Text with every control or format character written as an escape: `\x1b`, `\x9b`, `\u202e`, `\u{e0001}`. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.codePointAt(0)!;
    if (code <= 0xff) return `\\x${hex(code, 2)}`;
    return code <= 0xffff ? `\\u${hex(code, 4)}` : `\\u{${hex(code, 1)}}`;
  });
}

/** An argument as an error message echoes it: quoted and cut after 40 characters by `quote`, controls escaped. */
export function showInput(text: string): string {
  return escapeControls(quote(text));
}

/**
 * JSON text with the characters `JSON.stringify` leaves raw (DEL, C1, format characters, separators) written as
 * `\uXXXX` escapes: the same JSON value, safe on a terminal.
 */
export function escapeJson(json: string): string {
  // Outside strings the only control character is the newline of the indentation; inside, C0 is escaped already.
  return json.replace(CONTROL, (char) =>
    char === '\n'
      ? char
      : Array.from({ length: char.length }, (_, index) => `\\u${hex(char.charCodeAt(index), 4)}`).join(''),
  );
}
