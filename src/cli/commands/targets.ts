import { cadences, comparators, dueYears, type PlanTarget, plan, targetKinds, targetsDueIn } from '../../index.js';
import { table } from '../_lib/layout.js';
import { type Command, print, printJson } from '../command.js';
import { numberRange, oneOf, parseYear, targetCadence, targetLabel, targetValue } from '../plan.js';

export const targets: Command = {
  name: 'targets',
  summary: 'List the targets, by year due, cadence, comparator or kind',
  usage: '[--year <y>] [--cadence <c>] [--comparator <c>] [--kind <k>]',
  description:
    'A target is due in the last year of its period (by-deadline and qualitative targets), or in every year of it ' +
    '(each-year, average-annual, year-on-year).',
  options: {
    year: { type: 'string', value: '<y>', description: 'only the targets due in this year' },
    cadence: { type: 'string', value: '<c>', description: cadences.join(' | ') },
    comparator: { type: 'string', value: '<c>', description: comparators.join(' | ') },
    kind: { type: 'string', value: '<k>', description: targetKinds.join(' | ') },
  },
  positionals: { min: 0, max: 0 },
  run({ options, json, lang }, io) {
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
      printJson(io, selected);
      return 0;
    }
    if (selected.length === 0) {
      print(io, ['No targets.']);
      return 0;
    }
    print(
      io,
      table(
        io,
        ['Target / id', 'Value', 'Cadence', 'Due'],
        selected.map((target) => [
          targetLabel(target, lang),
          targetValue(target, lang),
          targetCadence(target),
          numberRange(dueYears(target)),
        ]),
        // The id goes on a line of its own under the row, so that it never wraps.
        { flex: [0, 1], below: selected.map((target) => target.id) },
      ),
    );
    return 0;
  },
};
