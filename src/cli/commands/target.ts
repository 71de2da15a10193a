import { dueYears, getGoalArea, getTask } from '../../index.js';
import { labelled, paragraph, styles, table } from '../_lib/layout.js';
import { type Command, print, printJson } from '../command.js';
import { numberRange, resolveTarget, targetCadence, targetValue } from '../plan.js';

export const target: Command = {
  name: 'target',
  summary: 'Show a target: figure, cadence, period, and every place that states it',
  usage: '<id>',
  positionals: { min: 1, max: 1 },
  run({ positionals, json, lang }, io) {
    const record = resolveTarget(positionals[0]!);
    const due = dueYears(record);
    const tasks = record.mentions.flatMap((mention) => (mention.kind === 'task' ? [mention.task] : []));
    const goalAreas = record.mentions.flatMap((mention) => (mention.kind === 'goal-area' ? [mention.goalArea] : []));
    if (json) {
      printJson(io, { target: record, dueYears: due, tasks, goalAreas });
      return 0;
    }
    const { bold, dim } = styles(io);
    const field = (label: string, value: string) => labelled(io, label, value, 11);
    const out = [
      ...paragraph(io, lang === 'en' ? record.metricEn : record.statement, '', bold),
      ...paragraph(io, lang === 'en' ? record.statement : record.metricEn, '', dim),
      ...field('Id', record.id),
      ...field('Kind', record.kind),
      ...(record.kind === 'quantitative'
        ? [
            ...field('Metric', record.metric),
            ...field('Value', `${targetValue(record, lang)} (${record.comparator}, ${record.measure})`),
          ]
        : []),
      ...field('Cadence', targetCadence(record)),
      ...field('Period', `${record.period.start}–${record.period.end}; due ${numberRange(due)}`),
      ...field('Hedged', record.aspirational ? 'yes (力争, strive to)' : 'no'),
      '',
      bold('Stated in'),
      ...table(
        io,
        ['Where', 'Words', 'Line'],
        record.mentions.map((mention) => [
          mention.kind === 'task'
            ? `task ${mention.task} ${lang === 'en' ? getTask(mention.task).titleEn : getTask(mention.task).title}`
            : `goal area ${lang === 'en' ? getGoalArea(mention.goalArea).nameEn : getGoalArea(mention.goalArea).name}`,
          mention.words,
          String(mention.source.words.line),
        ]),
        { flex: [0, 1], align: ['left', 'left', 'right'] },
      ),
    ];
    print(io, out);
    return 0;
  },
};
