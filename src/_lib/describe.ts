// The one describer of untrusted input: every message that quotes what a caller passed goes through
// `quote`, so that no message grows with its input.

/** How many characters (code points) of a string a message quotes before cutting it with `…`. */
const QUOTED_LENGTH = 40;

/**
 * A string as a message quotes it: in JSON double quotes, cut after 40 characters (code points, so a
 * Chinese character or an emoji counts as one) with `…`. Reads no more of the string than it shows.
 */
export function quote(text: string): string {
  let shown = '';
  let count = 0;
  for (const char of text) {
    if (count === QUOTED_LENGTH) return JSON.stringify(`${shown}…`);
    shown += char;
    count += 1;
  }
  return JSON.stringify(text);
}

/**
 * Any input, tersely, for the English messages of thrown errors: strings quoted (see {@link quote}),
 * numbers, booleans, `undefined` and `null` as written, other values by their kind.
 */
export function describeInput(input: unknown): string {
  if (typeof input === 'string') return quote(input);
  if (typeof input === 'number' || typeof input === 'boolean' || input === undefined || input === null)
    return String(input);
  if (typeof input === 'bigint') return `${input}n`;
  if (typeof input === 'symbol') return 'a symbol';
  if (typeof input === 'function') return 'a function';
  return Array.isArray(input) ? 'an array' : 'an object';
}

/**
 * Any input with the word for its type, in Chinese and English, for validation issues
 * (`字符串 "12"` / `the string "12"`): strings quoted (see {@link quote}), arrays by their length,
 * objects by their kind only.
 */
export function describeValue(value: unknown): { zh: string; en: string } {
  if (value === null) return { zh: 'null', en: 'null' };
  if (value === undefined) return { zh: '空(undefined)', en: 'undefined' };
  if (Array.isArray(value)) return { zh: `数组(${value.length}项)`, en: `an array of ${value.length}` };
  switch (typeof value) {
    case 'string':
      return { zh: `字符串 ${quote(value)}`, en: `the string ${quote(value)}` };
    case 'number':
      return Number.isFinite(value)
        ? { zh: `数字 ${value}`, en: `the number ${value}` }
        : { zh: String(value), en: String(value) };
    case 'boolean':
      return { zh: `布尔值 ${value}`, en: `the boolean ${value}` };
    case 'object':
      return { zh: '对象', en: 'an object' };
    default:
      return { zh: typeof value, en: `a ${typeof value}` };
  }
}
