import { describe, expect, it } from 'vitest';
import { charWidth, pad, stringWidth, wrap } from '../../src/_lib/stringWidth.js';

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
    expect(wrap('Municipal Science and Technology Bureau', 20)).toEqual(['Municipal Science', 'and Technology', 'Bureau']);
  });

  it('never starts a line with closing punctuation', () => {
    expect(wrap('企业集群,推动', 8)).toEqual(['企业集', '群,推动']);
  });

  it('cuts a word wider than the line', () => {
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('keeps line breaks in the text', () => {
    expect(wrap('市科技局\nscience-technology-bureau', 40)).toEqual(['市科技局', 'science-technology-bureau']);
  });
});
