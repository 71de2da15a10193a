import { CliError, type Command, print, printJson } from '../command.js';
import { resolveGroup, resolveUnit } from '../plan.js';

export const scorecard: Command = {
  name: 'scorecard',
  summary: 'Judge the plan against published figures, with their sources (unofficial)',
  usage: '[--as-of <yyyy-mm-dd>] [--unit <unit>] [--group <n>]',
  description:
    'The figures are published figures quoted from public pages and re-read against them, not official statistics. ' +
    'Statuses: met, on-track, behind, not-met, no-data, not-evaluable.',
  options: {
    'as-of': { type: 'string', value: '<yyyy-mm-dd>', description: "judge as of this date (default: today's date)" },
    unit: {
      type: 'string',
      value: '<unit>',
      description: "only the targets of this unit's tasks, as lead and as co-responsible",
    },
    group: { type: 'string', value: '<n>', description: "only the targets of this task group's tasks (1–6 or its id)" },
  },
  positionals: { min: 0, max: 0 },
  async run({ options, json, lang }, io) {
    const asOf = options['as-of'];
    if (asOf !== undefined && typeof asOf !== 'string') throw new CliError('--as-of takes a date', true);
    if (options.unit !== undefined && options.group !== undefined)
      throw new CliError('give --unit or --group, not both', true);
    const unit = typeof options.unit === 'string' ? resolveUnit(options.unit) : undefined;
    const group = typeof options.group === 'string' ? resolveGroup(options.group) : undefined;
    const { evaluatePlan, formatScorecard } = await import('../../observations.js');
    const result = evaluatePlan(asOf === undefined ? {} : { asOf });
    if (!result.success) throw new CliError(result.issues.map((issue) => issue.messageEn).join('; '), true);
    const card = result.data;
    if (json) {
      if (unit !== undefined) {
        const score = card.units.find((entry) => entry.unit === unit.id)!;
        const ids = new Set([...score.lead.targets, ...score.coResponsible.targets]);
        printJson(io, { asOf: card.asOf, unit: score, targets: card.targets.filter((t) => ids.has(t.target)) });
      } else if (group !== undefined) {
        const score = card.taskGroups.find((entry) => entry.number === group.number)!;
        const ids = new Set<string>(score.targets);
        printJson(io, { asOf: card.asOf, taskGroup: score, targets: card.targets.filter((t) => ids.has(t.target)) });
      } else printJson(io, card);
      return 0;
    }
    print(
      io,
      formatScorecard(card, {
        lang,
        ...(unit === undefined ? {} : { unit: unit.id }),
        ...(group === undefined ? {} : { group: group.number }),
      }),
    );
    return 0;
  },
};
