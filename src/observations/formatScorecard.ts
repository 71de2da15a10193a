import type { TargetId, TaskGroupNumber, UnitId } from '../model/ids.js';
import type { ProgressStatus } from '../progress/evaluation.js';
import { en } from '../progress/locales/en.js';
import { zh } from '../progress/locales/zh.js';
import type { Scorecard, ScorecardFinding, ScorecardTarget, StatusCounts, TargetSet } from './evaluatePlan.js';

/**
 * Options of {@link formatScorecard}.
 * @example
 * ```ts
 * import { evaluatePlan, formatScorecard, type FormatScorecardOptions } from 'nanjing-innovation-plan/observations';
 * const result = evaluatePlan({ asOf: '2025-12-31' });
 * const talentGroup: FormatScorecardOptions = { lang: 'en', group: 4 };
 * // the talent group's tasks state no target: its targets are stated in a goal area only
 * result.success && formatScorecard(result.data, talentGroup).includes('(no target is stated in these tasks)')
 * //=> true
 * ```
 * @category Observations
 */
export interface FormatScorecardOptions {
  /** The language of the lines: `'zh'` (default) or `'en'`. */
  readonly lang?: 'zh' | 'en';
  /** Only the targets of this unit's tasks, as lead and as co-responsible. */
  readonly unit?: UnitId;
  /** Only the targets of this task group's tasks. */
  readonly group?: TaskGroupNumber;
}

const ORDER: readonly ProgressStatus[] = ['met', 'on-track', 'behind', 'not-met', 'no-data', 'not-evaluable'];

/**
 * Formats a scorecard as plain text: what the figures are, each target's
 * status and reason with the figures used and their sources, the counts,
 * the roll-ups and the findings. With `unit` or `group`, only that unit's or
 * group's targets.
 *
 * @param scorecard - The `data` of a successful {@link evaluatePlan} result.
 * @param options - `lang`, and `unit` or `group` to narrow it.
 * @returns The lines, without trailing newlines.
 * @example
 * ```ts
 * import { evaluatePlan, formatScorecard } from 'nanjing-innovation-plan/observations';
 * const result = evaluatePlan({ asOf: '2025-12-31' });
 * if (!result.success) throw new Error('cannot happen for a valid date');
 * const lines = formatScorecard(result.data, { lang: 'en' });
 * lines[0] //=> "Scorecard of the plan as of 2025-12-31, judged on published figures (unofficial)"
 * lines.includes('met 2, on track 0, behind 0, not met 0, no data 33, not evaluable 5') //=> true
 * ```
 * @category Observations
 */
export function formatScorecard(scorecard: Scorecard, options: FormatScorecardOptions = {}): string[] {
  const english = options.lang === 'en';
  const labels = english ? en.labels : zh.labels;
  const columns = (label: string) => (english ? label.length : label.length * 2);
  const width = Math.max(...Object.values(labels).map(columns));
  const byId = new Map(scorecard.targets.map((target) => [target.target, target]));
  const counts = (of: StatusCounts) =>
    ORDER.map((status) => `${labels[status]} ${of[status]}`).join(english ? ', ' : ',');
  const lines = [
    english
      ? `Scorecard of the plan as of ${scorecard.asOf}, judged on published figures (unofficial)`
      : `计划计分卡,评估日期 ${scorecard.asOf},依据公开发布的数据(非官方)`,
    english
      ? 'Figures quoted from public pages (news, reposts, government pages) and re-read against them; ' +
        'not official statistics.'
      : '数据摘自公开网页(新闻、转载、政府网页)并逐句对照原网页复核;并非官方统计。',
  ];
  const targetLines = (ids: readonly TargetId[]) => {
    if (ids.length === 0) return [english ? '(no target is stated in these tasks)' : '(这些任务未写明目标)'];
    const idWidth = Math.max(0, ...ids.map((id) => id.length));
    return ids.flatMap((id) => {
      const target = byId.get(id)!;
      const label = labels[target.status];
      const pad = ' '.repeat(width - columns(label) + 1);
      return [
        `${label}${pad} ${id.padEnd(idWidth)}  ${english ? target.reasonEn : target.reason}`,
        ...citationLines(target),
      ];
    });
  };
  if (options.unit !== undefined) {
    const unit = scorecard.units.find((entry) => entry.unit === options.unit)!;
    const name = english ? unit.nameEn : unit.name;
    for (const [role, set] of [
      [english ? 'as lead' : '牵头', unit.lead],
      [english ? 'as co-responsible' : '配合', unit.coResponsible],
    ] as const) {
      const tasks = set.tasks.join(english ? ', ' : '、');
      lines.push(
        english ? `${name} ${role} (tasks ${tasks || 'none'}):` : `${name}${role}(任务 ${tasks || '无'}):`,
        ...targetLines(set.targets),
        counts(set.counts),
      );
    }
    return lines;
  }
  if (options.group !== undefined) {
    const group = scorecard.taskGroups.find((entry) => entry.number === options.group)!;
    lines.push(
      english ? `Task group ${group.number}: ${group.titleEn}` : `任务组 ${group.number}:${group.title}`,
      ...targetLines(group.targets),
      counts(group.counts),
    );
    return lines;
  }
  lines.push(...targetLines(scorecard.targets.map((target) => target.target)), counts(scorecard.counts));
  lines.push('', english ? 'By goal area' : '按目标领域');
  for (const area of scorecard.goalAreas) {
    lines.push(`${area.number}. ${english ? area.nameEn : area.name}: ${counts(area.counts)}`);
  }
  lines.push('', english ? 'By task group' : '按任务组');
  for (const group of scorecard.taskGroups) {
    lines.push(`${group.number}. ${english ? group.titleEn : group.title}: ${counts(group.counts)}`);
  }
  lines.push(
    '',
    english ? 'By responsible unit (targets of the tasks it leads; of those it co-leads)' : '按责任单位(牵头;配合)',
  );
  // Only the statuses some target has, so that a unit's line stays short.
  const brief = (set: TargetSet) => {
    const shown = ORDER.filter((status) => set.counts[status] > 0).map(
      (status) => `${labels[status]} ${set.counts[status]}`,
    );
    return `${set.targets.length}${shown.length === 0 ? '' : ` (${shown.join(english ? ', ' : ',')})`}`;
  };
  const withTargets = scorecard.units.filter(
    (unit) => unit.lead.targets.length + unit.coResponsible.targets.length > 0,
  );
  for (const unit of withTargets) {
    lines.push(
      english
        ? `${unit.nameEn}: lead ${brief(unit.lead)}; co ${brief(unit.coResponsible)}`
        : `${unit.name}:牵头 ${brief(unit.lead)};配合 ${brief(unit.coResponsible)}`,
    );
  }
  const without = scorecard.units.filter((unit) => !withTargets.includes(unit));
  lines.push(
    (english ? 'Units whose tasks state no target: ' : '所负责任务未写明目标的单位:') +
      without.map((unit) => (english ? unit.nameEn : unit.name)).join(english ? '; ' : '、'),
  );
  lines.push(
    '',
    (english
      ? 'Stated only in a goal area, no responsible unit in the plan: '
      : '仅见于目标领域、计划未写明责任单位:') + scorecard.withoutResponsibleUnit.join(english ? ', ' : '、'),
  );
  if (scorecard.findings.length > 0) {
    lines.push('', english ? 'Findings' : '数据所示');
    for (const finding of scorecard.findings) lines.push(findingLine(finding, english));
  }
  return lines;
}

function citationLines(target: ScorecardTarget): string[] {
  return target.citations.map(
    (citation) =>
      `    ${citation.year}: ${citation.valueText} — ${citation.publisher}, ${citation.url} [${citation.observation}]`,
  );
}

function findingLine(finding: ScorecardFinding, english: boolean): string {
  const { target, year, ratio, citation } = finding;
  if (finding.kind === 'met-at-baseline') {
    return english
      ? `- ${target}: already met in the baseline year ${year} (${citation.valueText}; target ${finding.required})`
      : `- ${target}:基数年 ${year} 已达到目标(${citation.valueText};目标 ${finding.required})`;
  }
  return english
    ? `- ${target}: ${year} figure ${citation.valueText} is ${ratio} times the yearly target ${finding.required}`
    : `- ${target}:${year} 年 ${citation.valueText},为每年目标 ${finding.required} 的 ${ratio} 倍`;
}
