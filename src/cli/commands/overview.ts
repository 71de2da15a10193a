import { dueYears, plan, targetsByKind, tasksByUnit } from '../../index.js';
import { labelled, paragraph, styles, table } from '../_lib/layout.js';
import { type Command, print, printJson } from '../command.js';
import { groupTitle, numberRange, targetCadence, targetLabel, targetValue, unitName } from '../plan.js';

const TOP_UNITS = 10;

export const overview: Command = {
  name: 'overview',
  positionals: { min: 0, max: 0 },
  run({ json, lang, t }, io) {
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
    const o = t.overview;
    print(io, [
      ...paragraph(io, lang === 'en' ? plan.titleEn : plan.title, '', bold),
      ...(lang === 'en' ? paragraph(io, plan.title, '', dim) : []),
      '',
      ...field(o.period, `${plan.period.start}–${plan.period.end}`),
      ...field(o.issuer, lang === 'en' ? `${plan.issuerEn} (${plan.issuer})` : plan.issuer),
      ...field(o.issued, o.posted(plan.issued, plan.posted)),
      ...field(o.contents, o.counts(counts)),
      '',
      bold(o.taskGroups),
      ...table(
        io,
        o.groupHeaders,
        plan.taskGroups.map((group) => [String(group.number), numberRange(group.tasks), groupTitle(group, lang)]),
        { flex: 2, align: ['right'] },
      ),
      '',
      bold(o.topUnits),
      ...table(
        io,
        o.unitHeaders,
        topUnits.map(({ unit, tasks, primary }) => [
          unitName(unit, lang),
          String(tasks.length),
          String(primary.length),
        ]),
        { flex: 0, align: ['left', 'right', 'right'] },
      ),
      '',
      bold(o.targets),
      ...table(
        io,
        o.targetHeaders,
        plan.targets.map((target) => [
          targetLabel(target, lang),
          targetValue(target, lang),
          targetCadence(target, t),
          numberRange(dueYears(target)),
        ]),
        { flex: [0, 1] },
      ),
    ]);
    return 0;
  },
};
