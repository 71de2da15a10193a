import { CliError, type Command, print, printJson } from '../command.js';
import { resolveGroup, resolveUnitArg } from '../plan.js';

export const scorecard: Command = {
  name: 'scorecard',
  options: {
    'as-of': { type: 'string' },
    unit: { type: 'string' },
    group: { type: 'string' },
  },
  positionals: { min: 0, max: 0 },
  async run({ options, json, lang }, io) {
    const asOf = options['as-of'];
    if (asOf !== undefined && typeof asOf !== 'string') throw new CliError((t) => t.errors.asOfDate, true);
    if (options.unit !== undefined && options.group !== undefined)
      throw new CliError((t) => t.errors.unitOrGroup, true);
    const unit = typeof options.unit === 'string' ? resolveUnitArg(options.unit) : undefined;
    const group = typeof options.group === 'string' ? resolveGroup(options.group) : undefined;
    const { evaluatePlan, formatScorecard } = await import('../../observations.js');
    const result = evaluatePlan(asOf === undefined ? {} : { asOf });
    if (!result.success) {
      const messages = result.issues.map((issue) => (lang === 'en' ? issue.messageEn : issue.message));
      throw new CliError(messages.join(lang === 'en' ? '; ' : ';'), true);
    }
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
