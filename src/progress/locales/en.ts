// The English reasons of verdicts.
import type { Facts, Finding, LinearPath, Overshoot, PartVerdict, Requirement, Verdict } from '../_evaluate/verdict.js';
import type { ProgressStatus } from '../evaluation.js';
import { format, formatPair, partLabel, type VerdictWording, yearOnYear, years } from './_shared.js';

// Reasons name a status by its code (`2022 met; 2023 not-met`); formatted output by its label.
const STATUS_WORDS: Readonly<Record<ProgressStatus, string>> = {
  met: 'met',
  'on-track': 'on-track',
  behind: 'behind',
  'not-met': 'not-met',
  'no-data': 'no-data',
  'not-evaluable': 'not-evaluable',
};

const LABELS: Readonly<Record<ProgressStatus, string>> = {
  met: 'met',
  'on-track': 'on track',
  behind: 'behind',
  'not-met': 'not met',
  'no-data': 'no data',
  'not-evaluable': 'not evaluable',
};

function need(requirement: Requirement): string {
  if (requirement.kind === 'above-baseline')
    return `> ${format(requirement.baseline)} (the ${requirement.baselineYear} baseline)`;
  const value = requirement.value === null ? '' : format(requirement.value);
  switch (requirement.comparator) {
    case 'exceed':
      return `> ${value}`;
    case 'about':
      return `about ${value} (≥ ${format(requirement.threshold)}, 10% tolerance)`;
    case 'range':
      return `${value}–${format(requirement.upper ?? 0)}`;
    case 'reduce-by':
      return `a reduction of ≥ ${value}%`;
    case 'grow-by':
      return `average annual growth of ≥ ${value}%`;
    default:
      return `≥ ${value}`;
  }
}

function found(finding: Finding, shown = format(finding.value)): string {
  switch (finding.kind) {
    case 'year':
      return `${finding.year}: ${shown}`;
    case 'total':
      return `${years(finding.years)} total ${shown}`;
    case 'growth':
      return `${years(finding.years)} average annual growth ${shown}%`;
  }
}

// A deadline year missing is noted with the latest year's figure, or with the growth rate so far.
function latest(finding: Finding): string {
  return finding.kind === 'year' ? `latest ${found(finding)}` : found(finding);
}

function over(overshoot: Overshoot | undefined): string {
  if (overshoot === undefined) return '';
  return overshoot.kind === 'above-range'
    ? ` (above the range's upper bound ${format(overshoot.upper)})`
    : ' (above the ±10% band)';
}

function path(line: LinearPath, shown: string): string {
  switch (line.kind) {
    case 'from-baseline':
      return `the linear path from the ${line.baselineYear} baseline ${format(line.baseline)} requires ${shown}`;
    case 'reduction':
      return `the linear path from the end of ${line.baselineYear} requires ${shown}%`;
    case 'from-zero':
      return `the linear path requires ${shown}`;
  }
}

function text(facts: Facts): string {
  switch (facts.kind) {
    case 'no-figure':
      return `no ${facts.fullYear ? 'full-year ' : ''}figure for ${years(facts.years)}`;
    case 'needs-baseline':
      return facts.purpose === 'rise'
        ? `needs the ${facts.baselineYear} baseline to judge a rise`
        : `needs a positive ${facts.baselineYear} baseline to compute the average annual growth`;
    case 'meets':
      return facts.due === undefined
        ? `${found(facts.found)}, meets ${need(facts.need)}${over(facts.over)}`
        : `${found(facts.found)}, already meets ${need(facts.need)} (due ${facts.due})${over(facts.over)}`;
    case 'short':
      return `${found(facts.found)}, short of ${need(facts.need)}`;
    case 'deadline-missing':
      return `no figure for the deadline year ${facts.deadline} (${latest(facts.latest)})`;
    case 'years-missing':
      return `no figure for ${facts.years.join(', ')} (${found(facts.found)})`;
    case 'not-yet-above':
      return `${found(facts.found)}, not yet ${need(facts.need)}`;
    case 'short-without-baseline':
      return (
        `${found(facts.found)}, short of ${need(facts.need)}; ` +
        `needs the ${facts.baselineYear} baseline to judge linear progress`
      );
    case 'against-path': {
      const [shownFigure, shownPath] = formatPair(facts.found.value, facts.path.required);
      const target = `target ${need(facts.need)} by ${facts.deadline}`;
      return `${found(facts.found, shownFigure)}; ${path(facts.path, shownPath)}; ${target}`;
    }
    case 'against-target':
      return `${found(facts.found)}; target ${need(facts.need)}`;
    case 'year-no-figure':
      return `${facts.year}: no figure`;
    case 'year-meets':
      return `${found(facts.found)} meets ${need(facts.need)}`;
    case 'year-below':
      return `${found(facts.found)}, below ${need(facts.need)}`;
    case 'year-pro-rata': {
      const required = formatPair(facts.found.value, facts.required)[1];
      return `${found(facts.found)} so far this year; the pro-rata path requires ${required}`;
    }
    case 'year-needs-previous':
      return `${facts.year}: needs the ${facts.year - 1} figure to compare`;
    case 'year-on-year':
      return yearOnYear(facts);
  }
}

function summary(parts: readonly PartVerdict[]): string {
  return parts.map((part) => `${partLabel(part)} ${STATUS_WORDS[part.status]}`).join('; ');
}

function body(judged: Verdict | undefined): string {
  if (judged === undefined) return 'qualitative target: no figure to judge';
  if (!('parts' in judged)) return text(judged.facts);
  const { facts, parts, status } = judged;
  switch (facts.kind) {
    case 'each-year':
      return `each year ${need(facts.need)}: ${summary(parts) || 'no year due yet'}`;
    case 'higher-each-year':
      return `higher each year: ${summary(parts) || 'no year due yet'}`;
    case 'per-district': {
      if (parts.length === 0) return 'judged per district; no district reported';
      const per = facts.per ?? { name: '各区', nameEn: 'each district' };
      const why =
        status === 'not-evaluable'
          ? `; the plan does not list the districts meant by ${per.name} (${per.nameEn}), so the reported ones ` +
            'cannot be known to be all of them: the city-wide status is not evaluable'
          : `; every district must meet it, so one ${STATUS_WORDS[status]} district decides`;
      return `judged per district, never summed; ${parts.length} reported: ${summary(parts)}${why}`;
    }
  }
}

/** The English wording of verdicts. */
export const en: VerdictWording = {
  labels: LABELS,
  reason(verdict) {
    const { scopedNotSummed, notStanding } = verdict;
    return (
      (verdict.aspirational ? 'Aspirational (力争). ' : '') +
      body(verdict.judged) +
      (scopedNotSummed === 0
        ? ''
        : `; ${scopedNotSummed} scoped figure(s) are kept but never summed into a city-wide one`) +
      (notStanding.count === 0
        ? ''
        : `; ${notStanding.count} figure(s) not standing on the evaluation date ${notStanding.asOf} not used`)
    );
  },
  part(part) {
    return part.scope === undefined ? text(part.facts) : `${part.scope}: ${text(part.facts)}`;
  },
};
