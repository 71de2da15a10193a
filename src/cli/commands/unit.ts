import { coResponsibleUnits, type PlanTarget, targetsByTask, tasksByUnit } from '../../index.js';
import { labelled, paragraph, styles, table } from '../_lib/layout.js';
import { type Command, print, printJson } from '../command.js';
import { resolveUnitArg, targetLabel, targetValue, taskTitle, unitName } from '../plan.js';

export const unit: Command = {
  name: 'unit',
  positionals: { min: 1, max: 1 },
  run({ positionals, json, lang, t }, io) {
    const record = resolveUnitArg(positionals[0]!);
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
      ...labelled(io, t.unit.id, record.id, 9),
      ...('fullName' in record ? labelled(io, t.unit.full, record.fullName, 9) : []),
      ...labelled(
        io,
        t.unit.kind,
        `${t.values.unitKind[record.kind]}${t.listSeparator}${t.values.tier[record.tier]}`,
        9,
      ),
      '',
      bold(t.unit.tasks(tasks.length, tasks.filter((item) => role(item.leadUnits) === 'lead').length)),
      ...table(
        io,
        t.unit.taskHeaders,
        tasks.map((item) => [String(item.number), t.values.role[role(item.leadUnits)], taskTitle(item, lang)]),
        { flex: 2, align: ['right'] },
      ),
    ];
    if (partners.length > 0) {
      out.push('', bold(t.unit.partners));
      out.push(
        ...table(
          io,
          t.unit.partnerHeaders,
          partners.map((entry) => [unitName(entry.unit, lang), String(entry.count), entry.tasks.join(', ')]),
          { flex: [0, 2], align: ['left', 'right'] },
        ),
      );
    }
    if (reachable.size > 0) {
      out.push('', bold(t.unit.targets));
      out.push(
        ...table(
          io,
          t.unit.targetHeaders,
          [...reachable].map(([target, via]) => [targetLabel(target, lang), targetValue(target, lang), via.join(', ')]),
          { flex: [0, 1, 2] },
        ),
      );
    }
    print(io, out);
    return 0;
  },
};
