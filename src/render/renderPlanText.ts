import { plan as nanjingPlan } from '../data/plan.js';
import type { Plan, Task, Unit } from '../model/types.js';

const NUMERALS = '一二三四五六七八九十';

function numeral(value: number): string {
  const text = NUMERALS[value - 1];
  if (text === undefined) throw new RangeError(`no Chinese numeral for ${value} (1–10 are supported)`);
  return text;
}

function unitsLine(task: Task, unitsById: ReadonlyMap<string, Unit>): string {
  const tiers = { municipal: [] as string[], district: [] as string[] };
  for (const id of task.leadUnits) {
    const unit = unitsById.get(id);
    if (!unit) throw new Error(`task ${task.number} names unit ${id}, which is not in the registry`);
    tiers[unit.tier].push(unit.name);
  }
  return [tiers.municipal.join('、'), tiers.district.join('、')].filter((list) => list !== '').join(',');
}

/**
 * Rebuilds the plan's text, as captured, from the data alone: the page
 * header, every heading and paragraph, each task with its `责任单位` line,
 * and the imprint, one per line, each line ending with a newline.
 *
 * For this package's plan the result equals lines 1–102 of the seed file
 * byte for byte (a test proves it), so no sentence of the source is lost,
 * altered or duplicated in the data.
 *
 * @param source - The plan to render; this package's plan by default.
 * @returns The plan as plain text.
 * @example
 * ```ts
 * import { renderPlanText } from 'nanjing-innovation-plan';
 * renderPlanText().split('\n')[0]
 * //=> '南京市创新驱动、产业转型示范三年行动计划(2022—2024年)'
 * ```
 * @category Rendering
 */
export function renderPlanText(source: Plan = nanjingPlan): string {
  const unitsById = new Map(source.units.map((unit) => [unit.id, unit] as const));
  const [general, keyTasks, safeguards] = source.parts;
  const [ideology, principles, goals] = source.sections;
  if (!general || !keyTasks || !safeguards || !ideology || !principles || !goals) {
    throw new Error('a plan needs three parts and three sections of part one to be rendered');
  }
  const heading = (part: { number: number; title: string }) => `${numeral(part.number)}、${part.title}`;
  const section = (item: { number: number; title: string }) => `(${numeral(item.number)})${item.title}`;
  const lines = [
    source.header.title,
    `- 来源:${source.header.issuer}`,
    `- ${source.header.postedAt}`,
    `- ${source.header.pageCounter}`,
    source.preamble.text,
    heading(general),
    section(ideology),
    source.guidingIdeology.text,
    section(principles),
    ...source.principles.map((principle) => `——${principle.name}。${principle.text}`),
    section(goals),
    source.goalsOverview.text,
    ...source.goalAreas.map((area) => `——${area.name}。${area.text}`),
    heading(keyTasks),
    ...source.taskGroups.flatMap((group) => [
      `(${numeral(group.number)})${group.title}`,
      group.intro,
      ...source.tasks
        .filter((task) => task.group === group.number)
        .flatMap((task) => [`${task.number}.${task.title}。${task.text}`, `责任单位:${unitsLine(task, unitsById)}`]),
    ]),
    heading(safeguards),
    ...source.measures.map((measure) => `(${numeral(measure.number)})${measure.title}。${measure.text}`),
    source.imprint.text,
  ];
  return `${lines.join('\n')}\n`;
}
