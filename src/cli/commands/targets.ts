import {
  cadences,
  comparators,
  dueYears,
  type PlanTarget,
  plan,
  type QuantitativeTarget,
  targetKinds,
  targetsDueIn,
  unitsByTarget,
} from '../../index.js';
import { paragraph, table } from '../_lib/layout.js';
import { type Command, print, printJson } from '../command.js';
import { CSV_OPTION, printCsv } from '../csv.js';
import { numberRange, oneOf, parseYear, targetCadence, targetLabel, targetUnits, targetValue } from '../plan.js';

export const targets: Command = {
  name: 'targets',
  options: {
    year: { type: 'string' },
    cadence: { type: 'string', description: cadences.join(' | ') },
    comparator: { type: 'string', description: comparators.join(' | ') },
    kind: { type: 'string', description: targetKinds.join(' | ') },
    csv: CSV_OPTION,
  },
  positionals: { min: 0, max: 0 },
  async run({ options, json, lang, t }, io) {
    let selected: readonly PlanTarget[] = plan.targets;
    if (typeof options.year === 'string') selected = targetsDueIn(parseYear(options.year));
    if (typeof options.cadence === 'string') {
      const cadence = oneOf('cadence', options.cadence, cadences);
      selected = selected.filter((target) => target.kind === 'quantitative' && target.cadence === cadence);
    }
    if (typeof options.comparator === 'string') {
      const comparator = oneOf('comparator', options.comparator, comparators);
      selected = selected.filter((target) => target.kind === 'quantitative' && target.comparator === comparator);
    }
    if (typeof options.kind === 'string') {
      const kind = oneOf('kind', options.kind, targetKinds);
      selected = selected.filter((target) => target.kind === kind);
    }
    if (json) {
      printJson(
        io,
        selected.map((target) => ({ ...target, units: unitsByTarget(target.id).map((unit) => unit.id) })),
      );
      return 0;
    }
    if (options.csv === true) {
      await printCsv(
        io,
        [
          'id',
          'kind',
          'statement',
          'metric',
          'metricEn',
          'comparator',
          'cadence',
          'measure',
          'value',
          'upperValue',
          'unit',
          'baseValue',
          'baseUpperValue',
          'baseUnit',
          'periodStart',
          'periodEnd',
          'dueYears',
          'aspirational',
          'tasks',
          'units',
          'unitIds',
        ],
        selected.map((target) => {
          const quantitative: QuantitativeTarget | undefined = target.kind === 'quantitative' ? target : undefined;
          const units = unitsByTarget(target.id);
          return [
            target.id,
            target.kind,
            target.statement,
            quantitative?.metric,
            target.metricEn,
            quantitative?.comparator,
            quantitative?.cadence,
            quantitative?.measure,
            quantitative?.value,
            quantitative?.upperValue,
            quantitative?.unit,
            quantitative?.baseValue,
            quantitative?.baseUpperValue,
            quantitative?.baseUnit,
            target.period.start,
            target.period.end,
            dueYears(target).join(';'),
            target.aspirational,
            target.mentions.flatMap((mention) => (mention.kind === 'task' ? [mention.task] : [])).join(';'),
            units.map((unit) => unit.name).join('、'),
            units.map((unit) => unit.id).join(';'),
          ];
        }),
      );
      return 0;
    }
    if (selected.length === 0) {
      print(io, [t.targets.none]);
      return 0;
    }
    const rows = selected.map((target) => [
      targetLabel(target, lang),
      targetValue(target, lang),
      targetCadence(target, t),
      numberRange(dueYears(target)),
      targetUnits(target, lang),
    ]);
    print(io, [
      ...table(io, t.targets.headers, rows, {
        // The id goes on a line of its own under the row, so that it never wraps.
        flex: [0, 1, 4],
        lists: [4],
        below: selected.map((target) => target.id),
      }),
      ...(selected.some((target) => unitsByTarget(target.id).length === 0)
        ? ['', ...paragraph(io, t.plan.noUnitNote)]
        : []),
    ]);
    return 0;
  },
};
