/**
 * The fidelity check of the translation, sentence pair by sentence pair:
 * every figure of the Chinese is in the English (normalized: `1.2万` ↔
 * `12,000`, `940亿` ↔ `94 billion`, `265万` ↔ `2.65 million`, `2—3` ↔ `2–3`,
 * `29.5%` ↔ `29.5%`, `十四五` ↔ `14th Five-Year Plan`, `1月3日` ↔ `3 January`),
 * every responsible unit the Chinese names has its English name in the
 * English, and the English has no Han characters outside round brackets.
 *
 * @internal
 */

/** A sentence pair to check. */
export interface FidelityPair {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
}

/** A defect the check found in one pair. */
export interface FidelityIssue {
  readonly sentence: string;
  readonly kind: 'figure' | 'unit' | 'untranslated';
  readonly message: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const SCALES: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 千亿: 1e11, 百亿: 1e10, 千万: 1e7, 百万: 1e6 };
const EN_SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** The numbers written in an English text, scaled by a following `million`, `billion`, …; `%` marks a percentage. */
function englishFigures(en: string): { values: Set<number>; percents: Set<number> } {
  const values = new Set<number>();
  const percents = new Set<number>();
  const pattern = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:[\s-](thousand|million|billion|trillion)\b)?(%)?/g;
  for (const match of en.matchAll(pattern)) {
    const value = Number(match[1]!.replace(/,/g, '')) * (match[2] ? EN_SCALES[match[2]]! : 1);
    values.add(round(value));
    if (match[3]) percents.add(round(value));
  }
  return { values, percents };
}

/** The figures of a Chinese sentence, each with how the English must show it. */
function chineseFigures(
  zh: string,
): { text: string; check: (en: string, found: ReturnType<typeof englishFigures>) => boolean }[] {
  const figures: ReturnType<typeof chineseFigures> = [];
  let rest = zh;
  // Dates: 2022年1月3日 ↔ 3 January 2022.
  rest = rest.replace(/(\d{4})年(\d{1,2})月(\d{1,2})日/g, (text, year: string, month: string, day: string) => {
    const monthName = MONTHS[Number(month) - 1] ?? '';
    figures.push({
      text,
      check: (en) =>
        en.includes(`${Number(day)} ${monthName} ${year}`) || en.includes(`${monthName} ${Number(day)}, ${year}`),
    });
    return ' ';
  });
  // 十四五 ↔ 14th Five-Year Plan.
  rest = rest.replace(/十四五/g, (text) => {
    figures.push({ text, check: (en) => en.includes('14th Five-Year Plan') });
    return ' ';
  });
  // Ranges: 2—3 ↔ 2–3, 2022—2024 ↔ 2022–2024.
  rest = rest.replace(/(\d+(?:\.\d+)?)[—–-](\d+(?:\.\d+)?)/g, (text, low: string, high: string) => {
    figures.push({
      text,
      check: (en) => new RegExp(`(^|[^\\d.,])${escapeRegExp(low)}\\s?[–-]\\s?${escapeRegExp(high)}(?![\\d])`).test(en),
    });
    return ' ';
  });
  for (const match of rest.matchAll(/(\d+(?:\.\d+)?)(千亿|百亿|千万|百万|万|亿)?(%)?/g)) {
    const [text, digits, scale, percent] = match;
    const value = round(Number(digits) * (scale ? SCALES[scale]! : 1));
    figures.push({
      text,
      check: (_en, found) => (percent ? found.percents.has(value) : found.values.has(value)),
    });
  }
  return figures;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text outside round brackets (ASCII or full-width), where no Han character may stand. */
function outsideBrackets(text: string): string {
  let depth = 0;
  let out = '';
  for (const char of text) {
    if (char === '(' || char === '(') depth += 1;
    else if ((char === ')' || char === ')') && depth > 0) depth -= 1;
    else if (depth === 0) out += char;
  }
  return out;
}

/**
 * Checks every pair and returns the defects found, in the order of the pairs
 * (none when the translation is faithful by these measures).
 *
 * @param pairs - The sentence pairs.
 * @param units - The responsible units: their Chinese names and English names.
 */
export function checkFidelity(
  pairs: readonly FidelityPair[],
  units: readonly { readonly name: string; readonly nameEn: string }[],
): FidelityIssue[] {
  const issues: FidelityIssue[] = [];
  for (const { id, zh, en } of pairs) {
    const found = englishFigures(en);
    for (const figure of chineseFigures(zh)) {
      if (!figure.check(en, found)) {
        issues.push({ sentence: id, kind: 'figure', message: `the figure ${figure.text} is not in the English` });
      }
    }
    const lowered = en.toLowerCase();
    for (const unit of units) {
      if (zh.includes(unit.name) && !lowered.includes(unit.nameEn.toLowerCase())) {
        issues.push({ sentence: id, kind: 'unit', message: `${unit.name} is named, but not "${unit.nameEn}"` });
      }
    }
    const han = /\p{Script=Han}+/u.exec(outsideBrackets(en));
    if (han) {
      issues.push({ sentence: id, kind: 'untranslated', message: `Han characters outside brackets: ${han[0]}` });
    }
  }
  return issues;
}
