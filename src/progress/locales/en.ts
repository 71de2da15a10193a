// The English reasons of verdicts.
import type {
  Display,
  Facts,
  Finding,
  LinearPath,
  Overshoot,
  PartVerdict,
  Requirement,
  ScopeFacts,
  Verdict,
} from '../_evaluate/verdict.js';
import type { ProgressStatus } from '../evaluation.js';
import { amount, figure, figurePair, format, partLabel, type VerdictWording, yearOnYear, years } from './_shared.js';

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

function need(requirement: Requirement, d: Display): string {
  if (requirement.kind === 'above-baseline')
    return `> ${figure(requirement.baseline, d)} (the ${requirement.baselineYear} baseline)`;
  const raw = requirement.value === null ? '' : format(requirement.value);
  const value = requirement.value === null ? '' : figure(requirement.value, d);
  switch (requirement.comparator) {
    case 'exceed':
      return `> ${value}`;
    case 'about':
      return `about ${value} (≥ ${figure(requirement.threshold, d)}, 10% tolerance)`;
    case 'range':
      return `${requirement.value === null ? '' : amount(requirement.value, d)}–${figure(requirement.upper ?? 0, d)}`;
    case 'reduce-by':
      return `a reduction of ≥ ${raw}%`;
    case 'grow-by':
      return `average annual growth of ≥ ${raw}%`;
    default:
      return `≥ ${value}`;
  }
}

function found(finding: Finding, d: Display, shown?: string): string {
  const amount = shown ?? figure(finding.value, d);
  switch (finding.kind) {
    case 'year':
      return `${finding.year}: ${amount}`;
    case 'total':
      return `${years(finding.years)} total ${amount}`;
    case 'growth':
      return `${years(finding.years)} average annual growth ${format(finding.value)}%`;
  }
}

// A deadline year missing is noted with the latest year's figure, or with the growth rate so far.
function latest(finding: Finding, d: Display): string {
  return finding.kind === 'year' ? `latest ${found(finding, d)}` : found(finding, d);
}

function over(overshoot: Overshoot | undefined, d: Display): string {
  if (overshoot === undefined) return '';
  return overshoot.kind === 'above-range'
    ? ` (above the range's upper bound ${figure(overshoot.upper, d)})`
    : ' (above the ±10% band)';
}

function path(line: LinearPath, shown: string, d: Display): string {
  switch (line.kind) {
    case 'from-baseline':
      return `the linear path from the ${line.baselineYear} baseline ${figure(line.baseline, d)} requires ${shown}`;
    case 'reduction':
      return `the linear path from the end of ${line.baselineYear} requires ${shown}`;
    case 'from-zero':
      return `the linear path requires ${shown}`;
  }
}

function text(facts: Facts, d: Display): string {
  switch (facts.kind) {
    case 'no-figure':
      return `no ${facts.fullYear ? 'full-year ' : ''}figure for ${years(facts.years)}`;
    case 'needs-baseline':
      return facts.purpose === 'rise'
        ? `needs the ${facts.baselineYear} baseline to judge a rise`
        : `needs a positive ${facts.baselineYear} baseline to compute the average annual growth`;
    case 'meets':
      return facts.due === undefined
        ? `${found(facts.found, d)}, meets ${need(facts.need, d)}${over(facts.over, d)}`
        : `${found(facts.found, d)}, already meets ${need(facts.need, d)} (due ${facts.due})${over(facts.over, d)}`;
    case 'short':
      return `${found(facts.found, d)}, short of ${need(facts.need, d)}`;
    case 'deadline-missing':
      return `no figure for the deadline year ${facts.deadline} (${latest(facts.latest, d)})`;
    case 'years-missing':
      return `no figure for ${facts.years.join(', ')} (${found(facts.found, d)})`;
    case 'not-yet-above':
      return `${found(facts.found, d)}, not yet ${need(facts.need, d)}`;
    case 'short-without-baseline':
      return (
        `${found(facts.found, d)}, short of ${need(facts.need, d)}; ` +
        `needs the ${facts.baselineYear} baseline to judge linear progress`
      );
    case 'against-path': {
      const [shownFigure, shownPath] = figurePair(facts.found.value, facts.path.required, d);
      const target = `target ${need(facts.need, d)} by ${facts.deadline}`;
      return `${found(facts.found, d, shownFigure)}; ${path(facts.path, shownPath, d)}; ${target}`;
    }
    case 'against-target':
      return `${found(facts.found, d)}; target ${need(facts.need, d)}`;
    case 'year-no-figure':
      return `${facts.year}: no figure`;
    case 'year-meets':
      return `${found(facts.found, d)} meets ${need(facts.need, d)}`;
    case 'year-below':
      return `${found(facts.found, d)}, below ${need(facts.need, d)}`;
    case 'year-pro-rata': {
      const required = figurePair(facts.found.value, facts.required, d)[1];
      return `${found(facts.found, d)} so far this year; the pro-rata path requires ${required}`;
    }
    case 'year-needs-previous':
      return `${facts.year}: needs the ${facts.year - 1} figure to compare`;
    case 'year-on-year':
      return yearOnYear(facts, d);
  }
}

function cityTarget(requirement: Requirement, deadline: number | undefined, d: Display): string {
  const shown = requirement.kind === 'target' && requirement.comparator === 'rise' ? 'a rise' : need(requirement, d);
  return `city-wide target ${shown} ${deadline === undefined ? 'each year' : `by ${deadline}`}`;
}

function scopeText(facts: ScopeFacts, d: Display): string {
  if (facts.kind === 'scope-no-figure') return `no figure reported for ${facts.scope}`;
  const figures = facts.figures
    .map(
      (one) =>
        `${one.year}: ${figure(one.value, d)}` +
        (one.share === null ? '' : `, ${format(one.share * 100)}% of the city-wide target`) +
        (one.share !== null && one.share > 1 ? ' (more than the whole city-wide target: check the unit)' : ''),
    )
    .join('; ');
  const head = facts.additive
    ? `${facts.scope}'s contribution, never summed into a city-wide figure`
    : `${facts.scope}'s figures beside the city-wide target (a share, rate or growth: no share of the city's ` +
      'is computed, nothing is summed)';
  return `${head}: ${figures}; ${cityTarget(facts.need, facts.deadline, d)}`;
}

function summary(parts: readonly PartVerdict[]): string {
  return parts.map((part) => `${partLabel(part)} ${STATUS_WORDS[part.status]}`).join('; ');
}

function body(judged: Verdict | undefined, d: Display): string {
  if (judged === undefined) return 'qualitative target: no figure to judge';
  if (judged.facts.kind === 'contribution' || judged.facts.kind === 'scope-no-figure')
    return scopeText(judged.facts, d);
  if (!('parts' in judged)) return text(judged.facts, d);
  const { facts, parts, status } = judged;
  switch (facts.kind) {
    case 'each-year':
      return `each year ${need(facts.need, d)}: ${summary(parts) || 'no year due yet'}`;
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
    const { scopedNotSummed, notStanding, judgedFor, outOfScope } = verdict;
    return (
      (verdict.aspirational ? 'Aspirational (力争). ' : '') +
      (judgedFor === undefined ? '' : `${judgedFor.scope}: `) +
      body(verdict.judged, verdict.display) +
      (judgedFor === undefined ? '' : ` (the target applies to ${judgedFor.per.nameEn})`) +
      (outOfScope === 0 ? '' : `; ${outOfScope} figure(s) for other scopes or city-wide not used`) +
      (scopedNotSummed === 0
        ? ''
        : `; ${scopedNotSummed} scoped figure(s) are kept but never summed into a city-wide one`) +
      (notStanding.count === 0
        ? ''
        : `; ${notStanding.count} figure(s) not standing on the evaluation date ${notStanding.asOf} not used`)
    );
  },
  part(part, d) {
    return part.scope === undefined ? text(part.facts, d) : `${part.scope}: ${text(part.facts, d)}`;
  },
};
