import { getTaskGroup, targetsByTask, unitsByTask } from '../../index.js';
import { labelled, paragraph, styles, table } from '../_lib/layout.js';
import { type Command, print, printJson } from '../command.js';
import { loadEnglish, NOTICE_LINE } from '../english.js';
import { groupTitle, resolveTask, targetLabel, targetValue, taskTitle, unitName } from '../plan.js';

export const task: Command = {
  name: 'task',
  summary: 'Show a task: full text, units, targets and source lines',
  usage: '<n>',
  positionals: { min: 1, max: 1 },
  async run({ positionals, json, lang }, io) {
    const record = resolveTask(positionals[0]!);
    const group = getTaskGroup(record.group);
    const units = unitsByTask(record.number);
    const targets = targetsByTask(record.number);
    const lines = { text: record.source.text.line, units: record.source.leadUnits[0]?.line ?? null };
    const english = lang === 'en' ? (await loadEnglish()).english.tasks[record.id] : undefined;
    if (json) {
      printJson(io, { task: record, group, units, targets, lines, ...(english ? { english } : {}) });
      return 0;
    }
    const { bold, dim } = styles(io);
    const out = [
      ...paragraph(io, `Task ${record.number}. ${taskTitle(record, lang)}`, '', bold),
      ...paragraph(io, lang === 'en' ? record.title : record.titleEn, '', dim),
      ...labelled(io, 'Group', `${group.number}. ${groupTitle(group, lang)}`, 9),
      ...labelled(
        io,
        'Units',
        units
          .map((unit, index) => `${unitName(unit, lang)}${index === 0 ? ' (lead)' : ''}`)
          .join(lang === 'en' ? '; ' : '、'),
        9,
      ),
      ...labelled(io, 'Source', `seed line ${lines.text} (text), line ${lines.units} (责任单位)`, 9),
      '',
      ...(english
        ? [...paragraph(io, `${english.title.en} ${english.text.en}`), '', ...paragraph(io, NOTICE_LINE, '', dim)]
        : paragraph(io, `${record.number}.${record.title}。${record.text}`)),
    ];
    if (targets.length > 0) {
      out.push('', bold('Targets'));
      out.push(
        ...table(
          io,
          ['Id', 'Target', 'Value'],
          targets.map((target) => [target.id, targetLabel(target, lang), targetValue(target, lang)]),
          { flex: [1, 2] },
        ),
      );
    }
    print(io, out);
    return 0;
  },
};
