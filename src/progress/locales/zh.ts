// The Chinese reasons of verdicts.
import type { Facts, Finding, LinearPath, Overshoot, PartVerdict, Requirement, Verdict } from '../_evaluate/verdict.js';
import type { ProgressStatus } from '../evaluation.js';
import { format, formatPair, partLabel, type VerdictWording, yearOnYear, years } from './_shared.js';

const STATUS_WORDS: Readonly<Record<ProgressStatus, string>> = {
  met: '已达成',
  'on-track': '进度正常',
  behind: '进度落后',
  'not-met': '未达成',
  'no-data': '无数据',
  'not-evaluable': '无法评估',
};

function need(requirement: Requirement): string {
  if (requirement.kind === 'above-baseline')
    return `> ${format(requirement.baseline)}(${requirement.baselineYear} 年基数)`;
  const value = requirement.value === null ? '' : format(requirement.value);
  switch (requirement.comparator) {
    case 'exceed':
      return `> ${value}`;
    case 'about':
      return `约 ${value}(≥ ${format(requirement.threshold)},容差 10%)`;
    case 'range':
      return `${value}–${format(requirement.upper ?? 0)}`;
    case 'reduce-by':
      return `降低 ≥ ${value}%`;
    case 'grow-by':
      return `年均增长 ≥ ${value}%`;
    default:
      return `≥ ${value}`;
  }
}

function found(finding: Finding, shown = format(finding.value)): string {
  switch (finding.kind) {
    case 'year':
      return `${finding.year}: ${shown}`;
    case 'total':
      return `${years(finding.years)} 合计 ${shown}`;
    case 'growth':
      return `${years(finding.years)} 年均增长 ${shown}%`;
  }
}

// A deadline year missing is noted with the latest year's figure, or with the growth rate so far.
function latest(finding: Finding): string {
  return finding.kind === 'year' ? `最近为 ${found(finding)}` : found(finding);
}

function over(overshoot: Overshoot | undefined): string {
  if (overshoot === undefined) return '';
  return overshoot.kind === 'above-range' ? `(高于区间上限 ${format(overshoot.upper)})` : '(高于 ±10% 区间)';
}

function path(line: LinearPath, shown: string): string {
  switch (line.kind) {
    case 'from-baseline':
      return `按线性进度应为 ${shown}(自 ${line.baselineYear} 年基数 ${format(line.baseline)} 起)`;
    case 'reduction':
      return `按线性进度应降低 ${shown}%(自 ${line.baselineYear} 年末起)`;
    case 'from-zero':
      return `按线性进度应为 ${shown}`;
  }
}

function text(facts: Facts): string {
  switch (facts.kind) {
    case 'no-figure':
      return `无 ${years(facts.years)} 年的${facts.fullYear ? '全年' : ''}数据`;
    case 'needs-baseline':
      return facts.purpose === 'rise'
        ? `需要 ${facts.baselineYear} 年基数才能判断是否提高`
        : `需要 ${facts.baselineYear} 年的基数(大于 0)才能计算年均增长`;
    case 'meets':
      return facts.due === undefined
        ? `${found(facts.found)},达到 ${need(facts.need)}${over(facts.over)}`
        : `${found(facts.found)},已达到 ${need(facts.need)}(截止 ${facts.due} 年)${over(facts.over)}`;
    case 'short':
      return `${found(facts.found)},未达到 ${need(facts.need)}`;
    case 'deadline-missing':
      return `缺少截止年 ${facts.deadline} 的数据(${latest(facts.latest)})`;
    case 'years-missing':
      return `缺少 ${facts.years.join('、')} 年的数据(${found(facts.found)})`;
    case 'not-yet-above':
      return `${found(facts.found)},尚未高于 ${need(facts.need)}`;
    case 'short-without-baseline':
      return `${found(facts.found)},未达到 ${need(facts.need)};需要 ${facts.baselineYear} 年基数才能按线性进度判断`;
    case 'against-path': {
      const [shownFigure, shownPath] = formatPair(facts.found.value, facts.path.required);
      const target = `目标 ${need(facts.need)}(${facts.deadline} 年)`;
      return `${found(facts.found, shownFigure)},${path(facts.path, shownPath)},${target}`;
    }
    case 'against-target':
      return `${found(facts.found)},目标 ${need(facts.need)}`;
    case 'year-no-figure':
      return `${facts.year}: 无数据`;
    case 'year-meets':
      return `${found(facts.found)},达到 ${need(facts.need)}`;
    case 'year-below':
      return `${found(facts.found)},低于 ${need(facts.need)}`;
    case 'year-pro-rata':
      return `${found(facts.found)}(年内),按年内进度应为 ${formatPair(facts.found.value, facts.required)[1]}`;
    case 'year-needs-previous':
      return `${facts.year}: 缺少 ${facts.year - 1} 年数据,无法比较`;
    case 'year-on-year':
      return yearOnYear(facts);
  }
}

function summary(parts: readonly PartVerdict[]): string {
  return parts.map((part) => `${partLabel(part)} ${STATUS_WORDS[part.status]}`).join(';');
}

function body(judged: Verdict | undefined): string {
  if (judged === undefined) return '定性目标,无数值可评估';
  if (!('parts' in judged)) return text(judged.facts);
  const { facts, parts, status } = judged;
  switch (facts.kind) {
    case 'each-year':
      return `每年 ${need(facts.need)}:${summary(parts) || '尚无到期年份'}`;
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
    const { scopedNotSummed, notStanding } = verdict;
    return (
      (verdict.aspirational ? '力争目标。' : '') +
      body(verdict.judged) +
      (scopedNotSummed === 0 ? '' : `;另有 ${scopedNotSummed} 个分区域数据,不合计为全市数据`) +
      (notStanding.count === 0 ? '' : `;${notStanding.count} 个数据不是截至评估日期 ${notStanding.asOf} 的数据,未使用`)
    );
  },
  part(part) {
    return part.scope === undefined ? text(part.facts) : `${part.scope}: ${text(part.facts)}`;
  },
};
