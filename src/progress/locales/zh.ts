// The Chinese reasons of verdicts.
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

const STATUS_WORDS: Readonly<Record<ProgressStatus, string>> = {
  met: '已达成',
  'on-track': '进度正常',
  behind: '进度落后',
  'not-met': '未达成',
  'no-data': '无数据',
  'not-evaluable': '无法评估',
};

function need(requirement: Requirement, d: Display): string {
  if (requirement.kind === 'above-baseline')
    return `> ${figure(requirement.baseline, d)}(${requirement.baselineYear} 年基数)`;
  const raw = requirement.value === null ? '' : format(requirement.value);
  const value = requirement.value === null ? '' : figure(requirement.value, d);
  switch (requirement.comparator) {
    case 'exceed':
      return `> ${value}`;
    case 'about':
      return `约 ${value}(≥ ${figure(requirement.threshold, d)},容差 10%)`;
    case 'range':
      return `${requirement.value === null ? '' : amount(requirement.value, d)}–${figure(requirement.upper ?? 0, d)}`;
    case 'reduce-by':
      return `降低 ≥ ${raw}%`;
    case 'grow-by':
      return `年均增长 ≥ ${raw}%`;
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
      return `${years(finding.years)} 合计 ${amount}`;
    case 'growth':
      return `${years(finding.years)} 年均增长 ${format(finding.value)}%`;
  }
}

// A deadline year missing is noted with the latest year's figure, or with the growth rate so far.
function latest(finding: Finding, d: Display): string {
  return finding.kind === 'year' ? `最近为 ${found(finding, d)}` : found(finding, d);
}

function over(overshoot: Overshoot | undefined, d: Display): string {
  if (overshoot === undefined) return '';
  return overshoot.kind === 'above-range' ? `(高于区间上限 ${figure(overshoot.upper, d)})` : '(高于 ±10% 区间)';
}

function path(line: LinearPath, shown: string, d: Display): string {
  switch (line.kind) {
    case 'from-baseline':
      return `按线性进度应为 ${shown}(自 ${line.baselineYear} 年基数 ${figure(line.baseline, d)} 起)`;
    case 'reduction':
      return `按线性进度应降低 ${shown}(自 ${line.baselineYear} 年末起)`;
    case 'from-zero':
      return `按线性进度应为 ${shown}`;
  }
}

function text(facts: Facts, d: Display): string {
  switch (facts.kind) {
    case 'no-figure':
      return `无 ${years(facts.years)} 年的${facts.fullYear ? '全年' : ''}数据`;
    case 'needs-baseline':
      return facts.purpose === 'rise'
        ? `需要 ${facts.baselineYear} 年基数才能判断是否提高`
        : `需要 ${facts.baselineYear} 年的基数(大于 0)才能计算年均增长`;
    case 'meets':
      return facts.due === undefined
        ? `${found(facts.found, d)},达到 ${need(facts.need, d)}${over(facts.over, d)}`
        : `${found(facts.found, d)},已达到 ${need(facts.need, d)}(截止 ${facts.due} 年)${over(facts.over, d)}`;
    case 'short':
      return `${found(facts.found, d)},未达到 ${need(facts.need, d)}`;
    case 'deadline-missing':
      return `缺少截止年 ${facts.deadline} 的数据(${latest(facts.latest, d)})`;
    case 'years-missing':
      return `缺少 ${facts.years.join('、')} 年的数据(${found(facts.found, d)})`;
    case 'not-yet-above':
      return `${found(facts.found, d)},尚未高于 ${need(facts.need, d)}`;
    case 'short-without-baseline':
      return `${found(facts.found, d)},未达到 ${need(facts.need, d)};需要 ${facts.baselineYear} 年基数才能按线性进度判断`;
    case 'against-path': {
      const [shownFigure, shownPath] = figurePair(facts.found.value, facts.path.required, d);
      const target = `目标 ${need(facts.need, d)}(${facts.deadline} 年)`;
      return `${found(facts.found, d, shownFigure)},${path(facts.path, shownPath, d)},${target}`;
    }
    case 'against-target':
      return `${found(facts.found, d)},目标 ${need(facts.need, d)}`;
    case 'year-no-figure':
      return `${facts.year}: 无数据`;
    case 'year-meets':
      return `${found(facts.found, d)},达到 ${need(facts.need, d)}`;
    case 'year-below':
      return `${found(facts.found, d)},低于 ${need(facts.need, d)}`;
    case 'year-pro-rata':
      return `${found(facts.found, d)}(年内),按年内进度应为 ${figurePair(facts.found.value, facts.required, d)[1]}`;
    case 'year-needs-previous':
      return `${facts.year}: 缺少 ${facts.year - 1} 年数据,无法比较`;
    case 'year-on-year':
      return yearOnYear(facts, d);
  }
}

function cityTarget(requirement: Requirement, deadline: number | undefined, d: Display): string {
  const shown = requirement.kind === 'target' && requirement.comparator === 'rise' ? '提高' : need(requirement, d);
  return `全市目标 ${shown}(${deadline === undefined ? '每年' : `${deadline} 年`})`;
}

function scopeText(facts: ScopeFacts, d: Display): string {
  if (facts.kind === 'scope-no-figure') return `${facts.scope} 未报告此目标的数据`;
  const figures = facts.figures
    .map(
      (one) =>
        `${one.year}: ${figure(one.value, d)}` +
        (one.share === null ? '' : `,占全市目标的 ${format(one.share * 100)}%`) +
        (one.share !== null && one.share > 1 ? '(超过全市目标本身,请核对单位)' : ''),
    )
    .join(';');
  const head = facts.additive
    ? `${facts.scope} 的贡献(不合计为全市数据)`
    : `${facts.scope} 的数据与全市目标并列(比重、比率和增速不计占比,不合计)`;
  return `${head}:${figures};${cityTarget(facts.need, facts.deadline, d)}`;
}

function summary(parts: readonly PartVerdict[]): string {
  return parts.map((part) => `${partLabel(part)} ${STATUS_WORDS[part.status]}`).join(';');
}

function body(judged: Verdict | undefined, d: Display): string {
  if (judged === undefined) return '定性目标,无数值可评估';
  if (judged.facts.kind === 'contribution' || judged.facts.kind === 'scope-no-figure')
    return scopeText(judged.facts, d);
  if (!('parts' in judged)) return text(judged.facts, d);
  const { facts, parts, status } = judged;
  switch (facts.kind) {
    case 'each-year':
      return `每年 ${need(facts.need, d)}:${summary(parts) || '尚无到期年份'}`;
    case 'higher-each-year':
      return `逐年提高:${summary(parts) || '尚无到期年份'}`;
    case 'per-district': {
      if (parts.length === 0) return '按区分别评估,尚无任何区的数据';
      const per = facts.per?.name ?? '各区';
      const why =
        status === 'not-evaluable'
          ? `;计划未列出“${per}”具体指哪些区,无法确认已报的区即全部,故全市状态无法评估`
          : `;${per}均须达到,一个区${STATUS_WORDS[status]}即足以判定`;
      return `按区分别评估(不合计),已报 ${parts.length} 个区:${summary(parts)}${why}`;
    }
  }
}

/** The Chinese wording of verdicts. */
export const zh: VerdictWording = {
  labels: STATUS_WORDS,
  reason(verdict) {
    const { scopedNotSummed, notStanding, judgedFor, outOfScope } = verdict;
    return (
      (verdict.aspirational ? '力争目标。' : '') +
      (judgedFor === undefined ? '' : `${judgedFor.scope}: `) +
      body(verdict.judged, verdict.display) +
      (judgedFor === undefined ? '' : `(本目标按${judgedFor.per.name}分别计)`) +
      (outOfScope === 0 ? '' : `;另有 ${outOfScope} 个其他范围或全市的数据,未使用`) +
      (scopedNotSummed === 0 ? '' : `;另有 ${scopedNotSummed} 个分区域数据,不合计为全市数据`) +
      (notStanding.count === 0 ? '' : `;${notStanding.count} 个数据不是截至评估日期 ${notStanding.asOf} 的数据,未使用`)
    );
  },
  part(part, d) {
    return part.scope === undefined ? text(part.facts, d) : `${part.scope}: ${text(part.facts, d)}`;
  },
};
