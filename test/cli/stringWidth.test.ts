import { describe, expect, it } from 'vitest';
import { charWidth, pad, stringWidth, wrap } from '../../src/cli/_lib/stringWidth.js';

describe('stringWidth', () => {
  it('counts a CJK character as two columns', () => {
    expect(stringWidth('市科技局')).toBe(8);
  });

  it('counts ASCII as one column each', () => {
    expect(stringWidth('njplan 2024')).toBe(11);
  });

  it('counts full-width forms and CJK punctuation as two', () => {
    expect(stringWidth('（Ａ）')).toBe(6);
    expect(stringWidth('、。')).toBe(4);
  });

  it('counts East Asian Ambiguous characters (—, “, ”) as one', () => {
    expect(stringWidth('2022—2024')).toBe(9);
    expect(stringWidth('“小巨人”')).toBe(8);
  });

  it('gives combining marks and ANSI colour codes no width', () => {
    expect(stringWidth('e\u0301')).toBe(1);
    expect(stringWidth('\u001b[1m市科技局\u001b[22m')).toBe(8);
  });

  it('counts a supplementary-plane ideograph as two', () => {
    expect(charWidth(0x20000)).toBe(2);
  });

  // EastAsianWidth.txt (Unicode 16): 4DC0..4DFF (Yijing hexagrams) W, 3248..324F A; 3099 W but combining (Mn).
  it('follows Unicode East Asian Width where a hand-kept table went wrong', () => {
    expect(stringWidth('䷀')).toBe(2);
    expect(stringWidth('㉈')).toBe(1);
    expect(stringWidth('か\u3099')).toBe(2);
  });

  it('counts an emoji shown as emoji as two, whatever its parts', () => {
    expect(stringWidth('👨\u200d👩\u200d👧')).toBe(2);
    expect(stringWidth('🇨🇳')).toBe(2);
    expect(stringWidth('👍🏽')).toBe(2);
    expect(stringWidth('1\ufe0f\u20e3')).toBe(2);
    expect(stringWidth('\u2764\ufe0f')).toBe(2);
  });

  it('counts a character with text presentation by its East Asian Width (U+2764 is N)', () => {
    expect(stringWidth('\u2764')).toBe(1);
  });
});

describe('pad', () => {
  it('pads by display width', () => {
    expect(pad('市法院', 8)).toBe('市法院  ');
    expect(pad('42', 5, 'right')).toBe('   42');
  });
});

describe('wrap', () => {
  it('breaks Chinese text between characters within the width', () => {
    expect(wrap('培育高新技术企业集群', 8)).toEqual(['培育高新', '技术企业', '集群']);
  });

  it('breaks Latin text at spaces', () => {
    expect(wrap('Municipal Science and Technology Bureau', 20)).toEqual([
      'Municipal Science',
      'and Technology',
      'Bureau',
    ]);
  });

  it('never starts a line with closing punctuation', () => {
    expect(wrap('企业集群,推动', 8)).toEqual(['企业集', '群,推动']);
  });

  it('cuts a word wider than the line', () => {
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('never breaks inside an emoji cluster', () => {
    expect(wrap('👨\u200d👩\u200d👧👨\u200d👩\u200d👧', 2)).toEqual(['👨\u200d👩\u200d👧', '👨\u200d👩\u200d👧']);
    expect(wrap('人才🇨🇳人才', 4)).toEqual(['人才', '🇨🇳人', '才']);
  });

  it('keeps line breaks in the text', () => {
    expect(wrap('市科技局\nscience-technology-bureau', 40)).toEqual(['市科技局', 'science-technology-bureau']);
  });
});
