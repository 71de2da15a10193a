import { dueYears, plan, targetsByKind, tasksByUnit } from '../../index.js';
import { labelled, paragraph, styles, table } from '../_lib/layout.js';
import { type Command, print, printJson } from '../command.js';
import { groupTitle, numberRange, targetCadence, targetLabel, targetValue, unitName } from '../plan.js';

const TOP_UNITS = 10;

export const overview: Command = {
  name: 'overview',
  summary: 'Title, period, issuer, counts, task groups, busiest units and the targets (the default)',
  usage: '',
  positionals: { min: 0, max: 0 },
  run({ json, lang }, io) {
    const topUnits = plan.units
      .map((unit, order) => ({
        unit,
        order,
        tasks: tasksByUnit(unit.id).map((task) => task.number),
        primary: tasksByUnit(unit.id, { primary: true }).map((task) => task.number),
      }))
      .sort((a, b) => b.tasks.length - a.tasks.length || b.primary.length - a.primary.length || a.order - b.order)
      .slice(0, TOP_UNITS);
    const counts = {
      principles: plan.principles.length,
      goalAreas: plan.goalAreas.length,
      taskGroups: plan.taskGroups.length,
      tasks: plan.tasks.length,
      measures: plan.measures.length,
      units: plan.units.length,
      targets: plan.targets.length,
      quantitativeTargets: targetsByKind('quantitative').length,
      qualitativeTargets: targetsByKind('qualitative').length,
    };
    if (json) {
      printJson(io, {
        title: plan.title,
        titleEn: plan.titleEn,
        period: plan.period,
        issuer: plan.issuer,
        issuerEn: plan.issuerEn,
        issued: plan.issued,
        posted: plan.posted,
        counts,
        taskGroups: plan.taskGroups.map(({ number, id, title, titleEn, tasks }) => ({
          number,
          id,
          title,
          titleEn,
          tasks,
        })),
        topUnits: topUnits.map(({ unit, tasks, primary }) => ({
          id: unit.id,
          name: unit.name,
          nameEn: unit.nameEn,
          tasks,
          primary,
        })),
        targets: plan.targets.map((target) => ({ ...target, dueYears: dueYears(target) })),
      });
      return 0;
    }
    const { bold, dim } = styles(io);
    const field = (label: string, value: string) => labelled(io, label, value, 9);
    print(io, [
      ...paragraph(io, lang === 'en' ? plan.titleEn : plan.title, '', bold),
      ...(lang === 'en' ? paragraph(io, plan.title, '', dim) : []),
      '',
      ...field('Period', `${plan.period.start}–${plan.period.end}`),
      ...field('Issuer', lang === 'en' ? `${plan.issuerEn} (${plan.issuer})` : plan.issuer),
      ...field('Issued', `${plan.issued} (posted ${plan.posted})`),
      ...field(
        'Contents',
        `${counts.principles} principles, ${counts.goalAreas} goal areas, ` +
          `${counts.taskGroups} task groups, ${counts.tasks} tasks, ` +
          `${counts.measures} measures, ${counts.units} units, ${counts.targets} targets ` +
          `(${counts.quantitativeTargets} quantitative, ${counts.qualitativeTargets} qualitative)`,
      ),
      '',
      bold('Task groups'),
      ...table(
        io,
        ['#', 'Tasks', 'Title'],
        plan.taskGroups.map((group) => [String(group.number), numberRange(group.tasks), groupTitle(group, lang)]),
        { flex: 2, align: ['right'] },
      ),
      '',
      bold(`Units with most tasks`),
      ...table(
        io,
        ['Unit', 'Tasks', 'Leads'],
        topUnits.map(({ unit, tasks, primary }) => [
          unitName(unit, lang),
          String(tasks.length),
          String(primary.length),
        ]),
        { flex: 0, align: ['left', 'right', 'right'] },
      ),
      '',
      bold('Targets'),
      ...table(
        io,
        ['Target', 'Value', 'Cadence', 'Due'],
        plan.targets.map((target) => [
          targetLabel(target, lang),
          targetValue(target, lang),
          targetCadence(target),
          numberRange(dueYears(target)),
        ]),
        { flex: [0, 1] },
      ),
    ]);
    return 0;
  },
};
