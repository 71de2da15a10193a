import { coResponsibleUnits, type PlanTarget, targetsByTask, tasksByUnit } from '../../index.js';
import { labelled, paragraph, styles, table } from '../_lib/layout.js';
import { type Command, print, printJson } from '../command.js';
import { resolveUnit, targetLabel, targetValue, taskTitle, unitName } from '../plan.js';

export const unit: Command = {
  name: 'unit',
  summary: 'Show a unit: its tasks, co-responsible units and the targets of its tasks',
  usage: '<unit>',
  description: 'The unit may be given by its name as written (市科技局), full name, English name, words of it, or id.',
  positionals: { min: 1, max: 1 },
  run({ positionals, json, lang }, io) {
    const record = resolveUnit(positionals[0]!);
    const tasks = tasksByUnit(record.id);
    const partners = coResponsibleUnits(record.id);
    const reachable = new Map<PlanTarget, number[]>();
    for (const item of tasks) {
      for (const target of targetsByTask(item.number)) {
        const via = reachable.get(target);
        if (via) via.push(item.number);
        else reachable.set(target, [item.number]);
      }
    }
    const role = (taskLeads: readonly string[]) => (taskLeads[0] === record.id ? 'lead' : 'co');
    if (json) {
      printJson(io, {
        unit: record,
        tasks: tasks.map((item) => ({
          number: item.number,
          title: item.title,
          titleEn: item.titleEn,
          role: role(item.leadUnits),
        })),
        coResponsible: partners.map((entry) => ({
          id: entry.unit.id,
          name: entry.unit.name,
          nameEn: entry.unit.nameEn,
          tasks: entry.tasks,
          count: entry.count,
        })),
        targets: [...reachable].map(([target, via]) => ({
          id: target.id,
          statement: target.statement,
          metricEn: target.metricEn,
          tasks: via,
        })),
      });
      return 0;
    }
    const { bold, dim } = styles(io);
    const other = lang === 'en' ? record.name : record.nameEn;
    const out = [
      ...paragraph(io, unitName(record, lang), '', bold),
      ...paragraph(io, other, '', dim),
      ...labelled(io, 'Id', record.id, 9),
      ...('fullName' in record ? labelled(io, 'Full', record.fullName, 9) : []),
      ...labelled(io, 'Kind', `${record.kind}, ${record.tier}`, 9),
      '',
      bold(`Tasks (${tasks.length}, leads ${tasks.filter((item) => role(item.leadUnits) === 'lead').length})`),
      ...table(
        io,
        ['#', 'Role', 'Title'],
        tasks.map((item) => [String(item.number), role(item.leadUnits), taskTitle(item, lang)]),
        { flex: 2, align: ['right'] },
      ),
    ];
    if (partners.length > 0) {
      out.push('', bold('Shares tasks with'));
      out.push(
        ...table(
          io,
          ['Unit', 'Shared', 'Tasks'],
          partners.map((entry) => [unitName(entry.unit, lang), String(entry.count), entry.tasks.join(', ')]),
          { flex: [0, 2], align: ['left', 'right'] },
        ),
      );
    }
    if (reachable.size > 0) {
      out.push('', bold('Targets of its tasks'));
      out.push(
        ...table(
          io,
          ['Target', 'Value', 'Via'],
          [...reachable].map(([target, via]) => [targetLabel(target, lang), targetValue(target, lang), via.join(', ')]),
          { flex: [0, 1, 2] },
        ),
      );
    }
    print(io, out);
    return 0;
  },
};
