import { stringify } from 'csv-stringify/sync';
import { CliError, type Command, print, printJson } from '../command.js';
import { CSV_OPTION } from '../csv.js';
import { CSV_COLUMNS } from '../readReportFile.js';

export const template: Command = {
  name: 'template',
  options: {
    scope: { type: 'string' },
    csv: CSV_OPTION,
  },
  positionals: { min: 0, max: 0 },
  async run({ options, json }, io) {
    if (options.scope !== undefined && (typeof options.scope !== 'string' || options.scope.trim() === ''))
      throw new CliError((t) => t.errors.scopeName, true);
    if (options.csv === true && json) throw new CliError((t) => t.errors.csvAndJson, true);
    const { progressReportTemplate } = await import('../../schema.js');
    const blank = progressReportTemplate(typeof options.scope === 'string' ? { scope: options.scope } : {});
    if (options.csv !== true) {
      printJson(io, blank);
      return 0;
    }
    const rows = blank.entries.map((entry) => ({
      target: entry.target,
      metric: entry.metric,
      year: '',
      value: '',
      unit: entry.unit,
      scope: entry.scope ?? '',
      reporter: '',
      asOf: '',
      note: '',
      source: '',
    }));
    print(io, [stringify(rows, { header: true, columns: CSV_COLUMNS }).trimEnd()]);
    return 0;
  },
};
