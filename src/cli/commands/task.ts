import { getTaskGroup, targetsByTask, unitsByTask } from '../../index.js';
import { labelled, paragraph, styles, table } from '../_lib/layout.js';
import { type Command, print, printJson } from '../command.js';
import { loadEnglish } from '../english.js';
import { groupTitle, resolveTask, targetLabel, targetValue, taskTitle, unitName } from '../plan.js';

export const task: Command = {
  name: 'task',
  positionals: { min: 1, max: 1 },
  async run({ positionals, json, lang, t }, io) {
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
      ...paragraph(io, t.task.heading(record.number, taskTitle(record, lang)), '', bold),
      ...paragraph(io, lang === 'en' ? record.title : record.titleEn, '', dim),
      ...labelled(io, t.task.group, `${group.number}. ${groupTitle(group, lang)}`, 9),
      ...labelled(
        io,
        t.task.units,
        units.map((unit, index) => `${unitName(unit, lang)}${index === 0 ? t.task.lead : ''}`).join(t.listSeparator),
        9,
      ),
      ...labelled(io, t.task.source, t.task.sourceLines(lines.text, lines.units), 9),
      '',
      ...(english
        ? [...paragraph(io, `${english.title.en} ${english.text.en}`), '', ...paragraph(io, t.plan.notice, '', dim)]
        : paragraph(io, `${record.number}.${record.title}。${record.text}`)),
    ];
    if (targets.length > 0) {
      out.push('', bold(t.task.targets));
      out.push(
        ...table(
          io,
          t.task.targetHeaders,
          targets.map((target) => [target.id, targetLabel(target, lang), targetValue(target, lang)]),
          { flex: [1, 2] },
        ),
      );
    }
    print(io, out);
    return 0;
  },
};
