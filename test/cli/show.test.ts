import { describe, expect, it } from 'vitest';
import { escapeControls, escapeJson, showInput } from '../../src/cli/show.js';

describe('escapeControls', () => {
  it('writes C0, DEL and C1 controls as \\x escapes', () => {
    expect(escapeControls('a\u001b[2J\u0007\u007f\u009b31m\u0000\n\tb')).toBe(
      'a\\x1b[2J\\x07\\x7f\\x9b31m\\x00\\x0a\\x09b',
    );
  });

  it('writes bidi, zero-width and separator characters as \\u escapes', () => {
    expect(escapeControls('\u202eevil\u2066\u200b\ufeff\u2028\u{e0001}')).toBe(
      '\\u202eevil\\u2066\\u200b\\ufeff\\u2028\\u{e0001}',
    );
  });

  it('leaves Chinese, full-width and ordinary punctuation as they are', () => {
    expect(escapeControls('南京市科技局 Ａ区, “人才住房”…')).toBe('南京市科技局 Ａ区, “人才住房”…');
  });
});

describe('showInput', () => {
  it('quotes, cuts after 40 characters and escapes what is left raw', () => {
    expect(showInput(`\u009b${'a'.repeat(120_000)}`)).toBe(`"\\x9b${'a'.repeat(39)}…"`);
    expect(showInput('\u001b[31m')).toBe('"\\u001b[31m"');
  });
});

describe('escapeJson', () => {
  it('keeps the JSON value and its indentation, with nothing raw left', () => {
    const value = { reporter: 'x\u009b\u202e\u007f', list: ['\u001b'] };
    const json = escapeJson(JSON.stringify(value, null, 2));
    expect(json).toBe('{\n  "reporter": "x\\u009b\\u202e\\u007f",\n  "list": [\n    "\\u001b"\n  ]\n}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
