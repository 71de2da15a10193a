import { dueYears, getGoalArea, getTask, unitsByTarget } from '../../index.js';
import { labelled, paragraph, styles, table } from '../_lib/layout.js';
import { type Command, print, printJson } from '../command.js';
import { numberRange, resolveTarget, targetCadence, targetUnits, targetValue } from '../plan.js';

export const target: Command = {
  name: 'target',
  positionals: { min: 1, max: 1 },
  run({ positionals, json, lang, t }, io) {
    const record = resolveTarget(positionals[0]!);
    const due = dueYears(record);
    const tasks = record.mentions.flatMap((mention) => (mention.kind === 'task' ? [mention.task] : []));
    const goalAreas = record.mentions.flatMap((mention) => (mention.kind === 'goal-area' ? [mention.goalArea] : []));
    const units = unitsByTarget(record.id);
    if (json) {
      printJson(io, { target: record, dueYears: due, tasks, goalAreas, units });
      return 0;
    }
    const { bold, dim } = styles(io);
    const field = (label: string, value: string) => labelled(io, label, value, 11);
    const w = t.target;
    const out = [
      ...paragraph(io, lang === 'en' ? record.metricEn : record.statement, '', bold),
      ...paragraph(io, lang === 'en' ? record.statement : record.metricEn, '', dim),
      ...field(w.id, record.id),
      ...field(w.kind, t.values.kind[record.kind]),
      ...(record.kind === 'quantitative'
        ? [
            ...field(w.metric, record.metric),
            ...field(
              w.value,
              w.valueDetail(
                targetValue(record, lang),
                t.values.comparator[record.comparator],
                t.values.measure[record.measure],
              ),
            ),
          ]
        : []),
      ...field(w.cadence, targetCadence(record, t)),
      ...field(w.period, w.due(`${record.period.start}–${record.period.end}`, numberRange(due))),
      ...field(w.hedged, record.aspirational ? w.hedgedYes : t.values.no),
      ...field(w.units, units.length === 0 ? t.plan.noUnitSentence : targetUnits(record, lang)),
      '',
      bold(w.statedIn),
      ...table(
        io,
        w.mentionHeaders,
        record.mentions.map((mention) => [
          mention.kind === 'task'
            ? w.inTask(mention.task, lang === 'en' ? getTask(mention.task).titleEn : getTask(mention.task).title)
            : w.inGoalArea(lang === 'en' ? getGoalArea(mention.goalArea).nameEn : getGoalArea(mention.goalArea).name),
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
