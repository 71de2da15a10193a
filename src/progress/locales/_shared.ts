// What the wordings of every language share: the shape of a wording, and how figures and years are written.

import { scaleByPowerOfTen } from '../../_lib/decimal.js';
import type { YearSpan } from '../_evaluate/clock.js';
import { compare } from '../_evaluate/compare.js';
import type { Display, PartVerdict, TargetVerdict } from '../_evaluate/verdict.js';
import type { ProgressStatus } from '../evaluation.js';

/** The words of one language for verdicts. */
export interface VerdictWording {
  /** Each status as a label of formatted output. */
  readonly labels: Readonly<Record<ProgressStatus, string>>;
  /** The reason of a target's verdict. */
  reason(verdict: TargetVerdict): string;
  /** The reason of one year's or one district's judgment, its figures shown as `display` says. */
  part(part: PartVerdict, display: Display): string;
}

/**
 * A figure for a reason: integers exactly (`83333250000`), others with up to four decimals (`10533.3333`),
 * never with an exponent.
 */
export function format(value: number): string {
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? value.toFixed(0) : BigInt(value).toString();
  const text = value.toFixed(4).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

/**
 * A figure and the figure it is compared with, for a reason: as {@link format} gives them, with more
 * decimals where four would show two different figures as the same (`3.76666` against `3.766667`).
 */
export function formatPair(figure: number, required: number): [string, string] {
  const fixed = (value: number, digits: number) =>
    Number.isInteger(value) ? format(value) : value.toFixed(digits).replace(/\.?0+$/, '');
  let digits = 4;
  while (digits < 12 && compare(figure, required) !== 0 && fixed(figure, digits) === fixed(required, digits))
    digits += 1;
  return digits === 4 ? [format(figure), format(required)] : [fixed(figure, digits), fixed(required, digits)];
}

/** A figure in base units as a number in the reporter's unit, without the unit (`3800000` people as `380`). */
export function amount(value: number, display: Display): string {
  return format(scaleByPowerOfTen(value, -display.power));
}

/** A figure in base units, shown in the reporter's unit (`3800000` people as `380万人`). */
export function figure(value: number, display: Display): string {
  return `${amount(value, display)}${display.unit}`;
}

/** A figure and the figure it is compared with, as {@link formatPair} gives them, in the reporter's unit. */
export function figurePair(value: number, required: number, display: Display): [string, string] {
  const [shownValue, shownRequired] = formatPair(
    scaleByPowerOfTen(value, -display.power),
    scaleByPowerOfTen(required, -display.power),
  );
  return [`${shownValue}${display.unit}`, `${shownRequired}${display.unit}`];
}

/** A run of years as `2022–2023`, or `2022` for one year. */
export function years(span: YearSpan): string {
  return span.from === span.to ? String(span.from) : `${span.from}–${span.to}`;
}

/** A year's figure against the year before's, as `2023: 16.6 > 15.9 (2022)` in either language. */
export function yearOnYear(
  facts: { readonly year: number; readonly value: number; readonly previous: number; readonly rose: boolean },
  display: Display,
): string {
  const sign = facts.rose ? '>' : '≤';
  const [value, previous] = [figure(facts.value, display), figure(facts.previous, display)];
  return `${facts.year}: ${value} ${sign} ${previous} (${facts.year - 1})`;
}

/** How a part is named in a summary: its district, or its year. */
export function partLabel(part: PartVerdict): string {
  return part.scope ?? String(part.year);
}
