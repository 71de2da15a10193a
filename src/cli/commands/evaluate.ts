import { CliError, type Command, print, printJson } from '../command.js';
import { readJsonFile } from '../readJsonFile.js';
import { escapeControls } from '../show.js';

export const evaluate: Command = {
  name: 'evaluate',
  options: {
    'as-of': { type: 'string' },
  },
  positionals: { min: 1, max: 1 },
  async run({ positionals, options, json, lang }, io) {
    const asOf = options['as-of'];
    if (asOf !== undefined && typeof asOf !== 'string') throw new CliError((t) => t.errors.asOfDate, true);
    const file = readJsonFile(positionals[0]!, lang);
    if (!file.ok) {
      print(io, [file.message]);
      return 1;
    }
    const { evaluateProgress, formatEvaluation, formatIssues } = await import('../../schema.js');
    const result = evaluateProgress(file.value, asOf === undefined ? {} : { asOf });
    if (!result.success) {
      const usage = result.issues.find((issue) => issue.path === 'options.asOf');
      // A usage error, in the language asked for, like every other usage error of the CLI.
      if (usage) throw new CliError(lang === 'en' ? usage.messageEn : usage.message, true);
      if (json) printJson(io, { valid: false, issues: result.issues });
      else print(io, formatIssues(result.issues, { lang }).map(escapeControls));
      return 1;
    }
    if (json) printJson(io, result.data);
    // The reporter and the scopes are the report's own text: shown with their control characters escaped.
    else print(io, formatEvaluation(result.data, { lang }).map(escapeControls));
    return 0;
  },
};
