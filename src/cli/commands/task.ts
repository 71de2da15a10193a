import { getTaskGroup, targetsByTask, unitsByTask } from '../../index.js';
import { paragraph, print, printJson, styles, table, type Command } from '../command.js';
import { groupTitle, resolveTask, targetLabel, targetValue, taskTitle, unitName } from '../plan.js';

export const task: Command = {
  name: 'task',
  summary: 'Show a task: full text, units, targets and source lines',
  usage: '<n>',
  positionals: { min: 1, max: 1 },
  run({ positionals, json, lang }, io) {
    const record = resolveTask(positionals[0]!);
    const group = getTaskGroup(record.group);
    const units = unitsByTask(record.number);
    const targets = targetsByTask(record.number);
    const lines = { text: record.source.text.line, units: record.source.leadUnits[0]?.line ?? null };
    if (json) {
      printJson(io, { task: record, group, units, targets, lines });
      return 0;
    }
    const { bold, dim } = styles(io);
    const out = [
      ...paragraph(io, bold(`Task ${record.number}. ${taskTitle(record, lang)}`)),
      ...paragraph(io, dim(lang === 'en' ? record.title : record.titleEn)),
      ...paragraph(io, `${dim('Group')}    ${group.number}. ${groupTitle(group, lang)}`),
      ...paragraph(
        io,
        `${dim('Units')}    ${units.map((unit, index) => `${unitName(unit, lang)}${index === 0 ? ' (lead)' : ''}`).join(lang === 'en' ? '; ' : '、')}`,
      ),
      `${dim('Source')}   seed line ${lines.text} (text), line ${lines.units} (责任单位)`,
      '',
      ...paragraph(io, `${record.number}.${record.title}。${record.text}`),
    ];
    if (lang === 'en') out.push(dim('(The text exists in Chinese only; it is authoritative.)'));
    if (targets.length > 0) {
      out.push('', bold('Targets'));
      out.push(
        ...table(
          io,
          ['Id', 'Target', 'Value'],
          targets.map((target) => [target.id, targetLabel(target, lang), targetValue(target, lang)]),
          { flex: 1 },
        ),
      );
    }
    print(io, out);
    return 0;
  },
};
