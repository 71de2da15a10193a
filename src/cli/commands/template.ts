import { stringify } from 'csv-stringify/sync';
import { CliError, type Command, print, printJson } from '../command.js';
import { CSV_COLUMNS } from '../readReportFile.js';

export const template: Command = {
  name: 'template',
  summary: 'Print a blank progress report to fill in: one row per target (JSON, or CSV with --csv)',
  usage: '[--scope <name>] [--csv]',
  description:
    'Fill in reporter and asOf (YYYY-MM-DD), and year and value on the rows reported; rows left without a value ' +
    'are skipped by validate and evaluate, and the metric column only says what each target counts. ' +
    'With --scope every row is for that district or park.',
  options: {
    scope: { type: 'string', value: '<name>', description: 'the district or park the report is for' },
    csv: { type: 'boolean', description: 'CSV with a header row instead of JSON' },
  },
  positionals: { min: 0, max: 0 },
  async run({ options, json }, io) {
    if (options.scope !== undefined && (typeof options.scope !== 'string' || options.scope.trim() === ''))
      throw new CliError('--scope takes a name', true);
    if (options.csv === true && json) throw new CliError('give --csv or --json, not both', true);
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
