// The clock of an evaluation: dates, the judgment date, and how far through a year it lies.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day of a year: the year, the day's number in it (1 for 1 January), and the year's length in days. */
export interface DayOfYear {
  readonly year: number;
  readonly dayOfYear: number;
  readonly daysInYear: number;
}

/** Reads a `YYYY-MM-DD` date; `undefined` when the text is not one or names no real day (`2023-02-30`). */
export function parseDate(text: string): DayOfYear | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, takes years 0–99 as written.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const time = date.getTime();
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const start = new Date(0).setUTCFullYear(year, 0, 1);
  const daysInYear = (new Date(0).setUTCFullYear(year + 1, 0, 1) - start) / 86_400_000;
  return { year, dayOfYear: (time - start) / 86_400_000 + 1, daysInYear };
}

/** A run of years, `from`–`to`; one year when they are equal. */
export interface YearSpan {
  readonly from: number;
  readonly to: number;
}

/** The judgment date, and how far through a year it lies. */
export class Clock {
  constructor(
    readonly year: number,
    readonly fraction: number,
  ) {}

  /** The clock of a date: its year, and the share of the year over at the end of that day. */
  static at(date: DayOfYear): Clock {
    return new Clock(date.year, date.dayOfYear / date.daysInYear);
  }

  /** Whether the whole of `year` lies on or before the judgment date. */
  closed(year: number): boolean {
    return year < this.year || (year === this.year && this.fraction >= 1);
  }

  /** The years of `start`–`end` up to the judgment date's (all of them if none is reached yet). */
  yearsDue(start: number, end: number): YearSpan {
    return { from: start, to: this.year < start ? end : Math.min(end, this.year) };
  }

  /** Years elapsed from the end of `from` to the end of `year`, or to the judgment date within it. */
  elapsed(from: number, year: number): number {
    return this.closed(year) ? year - from : year - 1 - from + this.fraction;
  }
}

/**
 * Whether a report's figure for a year stands on the clock's date. A figure stands at the end of its year;
 * for the year of a report dated before that year's end, it stands at the report's date only, so it is used
 * only when judging at that date (`atReportDate`).
 */
export function standsOn(reportDate: DayOfYear, atReportDate: boolean, clock: Clock): (year: number) => boolean {
  const partYear = reportDate.dayOfYear === reportDate.daysInYear ? undefined : reportDate.year;
  return (year) => (year === partYear ? atReportDate : clock.closed(year));
}
