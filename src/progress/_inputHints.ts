// Common mistakes of reporters who type figures by hand in Chinese: each read precisely, never accepted silently.
import { quote } from '../_lib/describe.js';
import { hintClause } from '../_lib/hints.js';

/** A hint for a mistake: the messages and what to write instead. */
export interface InputHint {
  readonly zh: string;
  readonly en: string;
  /** What to write instead. */
  readonly suggestions: readonly string[];
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const THOUSANDS = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/**
 * The number written in Chinese numerals (`三百九十` → 390, `一万二千` → 12000, `二〇二三` → 2023, `十五` → 15), or
 * `undefined` when the text is not only Chinese numerals.
 */
export function readChineseNumeral(text: string): number | undefined {
  if (text.length === 0 || text.length > 30) return undefined;
  const chars = [...text];
  if (!chars.every((char) => char in DIGITS || char in SMALL_UNITS || char in LARGE_UNITS)) return undefined;
  // Digits alone are read digit by digit, as years are written (二〇二三).
  if (chars.every((char) => char in DIGITS)) return Number(chars.map((char) => DIGITS[char]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of chars) {
    if (char in DIGITS) {
      if (digit !== undefined && DIGITS[char] !== 0) return undefined;
      digit = DIGITS[char];
    } else if (char in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[char]!;
      digit = undefined;
    } else {
      const large = LARGE_UNITS[char]!;
      section += digit ?? 0;
      if (section === 0) return undefined;
      total = (total + section) * large;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/**
 * A hint for a number written as a string in a way a reporter's keyboard makes easy: full-width digits (`１２`),
 * thousands separators (`22,000`), Chinese numerals (`三百九十`); `undefined` for anything else.
 */
export function numberHint(value: string): InputHint | undefined {
  const trimmed = value.trim();
  const folded = trimmed.normalize('NFKC');
  const shown = quote(value);
  if (folded !== trimmed && PLAIN_NUMBER.test(folded))
    return {
      zh: `数值 ${shown} 使用了全角字符:请写成半角数字 ${folded}(不加引号)`,
      en:
        `the value ${shown} is written with full-width characters: ` +
        `write ${folded} in half-width digits, without quotes`,
      suggestions: [folded],
    };
  if (THOUSANDS.test(folded)) {
    const plain = folded.replaceAll(',', '');
    return {
      zh: `数值 ${shown} 含千位分隔符:请写成 ${plain}(不加逗号和引号)`,
      en: `the value ${shown} has thousands separators: write ${plain}, without commas or quotes`,
      suggestions: [plain],
    };
  }
  const read = readChineseNumeral(trimmed);
  if (read !== undefined)
    return {
      zh: `数值 ${shown} 是中文数字:请写成阿拉伯数字 ${read}(不加引号)`,
      en: `the value ${shown} is written in Chinese numerals: write ${read} in digits, without quotes`,
      suggestions: [String(read)],
    };
  return undefined;
}

/**
 * A hint for a unit that is one of `units` once full-width forms are folded and spaces taken out (`％` → `%`,
 * `万 人` → `万人`); `undefined` for anything else.
 */
export function unitHint(unit: string, units: readonly string[]): InputHint | undefined {
  const spaced = /[\s\u200b\ufeff]/u.test(unit);
  const fixed = unit.normalize('NFKC').replace(/[\s\u200b\ufeff]/gu, '');
  if (fixed === unit || !units.includes(fixed)) return undefined;
  const shown = quote(unit);
  return spaced
    ? {
        zh: `单位 ${shown} 含多余的空格:请写成“${fixed}”`,
        en: `the unit ${shown} has stray spaces: write "${fixed}"`,
        suggestions: [fixed],
      }
    : {
        zh: `单位 ${shown} 使用了全角字符:请写成半角的“${fixed}”`,
        en: `the unit ${shown} is written with full-width characters: write "${fixed}"`,
        suggestions: [fixed],
      };
}

/**
 * A hint for a target written by its Chinese metric name (`全市人才资源总量`) instead of its id (`talent-pool`):
 * the ids whose metric is the name, or else contains it or is contained in it; `undefined` when none is.
 */
export function metricHint(
  name: string,
  targets: readonly { readonly id: string; readonly metric: string }[],
): InputHint | undefined {
  const folded = name.normalize('NFKC').replace(/[\s\u200b\ufeff]/gu, '');
  if (!/\p{Script=Han}/u.test(folded) || folded.length > 100) return undefined;
  let ids = targets.filter((target) => target.metric === folded).map((target) => target.id);
  if (ids.length === 0 && [...folded].length >= 2)
    ids = targets
      .filter((target) => target.metric.includes(folded) || folded.includes(target.metric))
      .map((target) => target.id)
      .slice(0, 3);
  if (ids.length === 0) return undefined;
  const clause = hintClause(ids);
  return {
    zh: `${quote(name)} 是目标的中文指标名称,不是目标 id:请写目标 id${clause.zh}`,
    en: `${quote(name)} is a target's Chinese metric name, not its id: write the target id${clause.en}`,
    suggestions: ids,
  };
}
