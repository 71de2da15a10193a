import { describeInput } from '../../_lib/describe.js';
import { CliError, type Command, print, printJson } from '../command.js';
import { readJsonFile } from '../readJsonFile.js';
import { readReportFile } from '../readReportFile.js';
import { reportWords } from '../reportWords.js';
import { escapeControls } from '../show.js';

const KINDS = ['report', 'feed', 'plan'] as const;
type Kind = (typeof KINDS)[number];

/**
 * What a file holds, by its shape: a task-status feed is a list, a plan has
 * tasks, anything else is read as a report.
 */
function kindOf(value: unknown): Kind {
  if (Array.isArray(value)) return 'feed';
  if (typeof value === 'object' && value !== null && 'tasks' in value && 'units' in value) return 'plan';
  return 'report';
}

export const validate: Command = {
  name: 'validate',
  summary: 'Check a progress report (JSON or CSV), a task-status feed or a plan file against the plan',
  usage: '<file> [--kind report|feed|plan]',
  description:
    'Exit 0 when the file is valid, 1 with the list of issues when it is not, 2 on a usage error ' +
    '(a file that cannot be read, a CSV file that cannot be parsed). ' +
    'The kind is read from the shape unless given. A file ending in .csv, or not starting with { or [, ' +
    'is read as a CSV progress report (see njplan template --csv); its issues name the row and column.',
  options: {
    kind: { type: 'string', value: '<report|feed|plan>', description: 'what the file holds (default: by its shape)' },
  },
  positionals: { min: 1, max: 1 },
  async run({ positionals, options, json, lang }, io) {
    const words = reportWords[lang];
    const requested = options.kind;
    if (requested !== undefined && !KINDS.includes(requested as Kind)) {
      throw new CliError(`invalid --kind ${describeInput(requested)}; expected report, feed or plan`, true);
    }
    const path = positionals[0]!;
    const asReport = requested === undefined || requested === 'report';
    const file = asReport ? readReportFile(path, lang) : readJsonFile(path);
    if ('ok' in file && !file.ok) {
      if (json)
        printJson(io, {
          valid: false,
          issues: [{ path: '', code: 'invalid-json', message: file.message, messageEn: file.message }],
        });
      else print(io, [file.message]);
      return 1;
    }
    const report = 'format' in file ? file : undefined;
    const value = 'format' in file ? file.value : (file as { value: unknown }).value;
    const kind = report?.format === 'csv' ? 'report' : ((requested as Kind | undefined) ?? kindOf(value));
    const { formatIssues, validatePlan, validateProgressReport, validateTaskStatusFeed } = await import(
      '../../schema.js'
    );
    const result =
      kind === 'plan'
        ? validatePlan(value)
        : kind === 'feed'
          ? validateTaskStatusFeed(value)
          : validateProgressReport(value);
    const locate = report?.locate ?? ((at: string) => at);
    const blank = report !== undefined && report.blank > 0 ? [words.blankRows(report.blank)] : [];
    if (json) {
      printJson(
        io,
        result.success
          ? { valid: true, kind, data: result.data }
          : { valid: false, kind, issues: result.issues.map((issue) => ({ ...issue, where: locate(issue.path) })) },
      );
    } else if (result.success) {
      print(io, [words.valid(kind), ...blank]);
    } else {
      const lines = formatIssues(
        result.issues.map((issue) => ({ ...issue, path: locate(issue.path) })),
        { lang },
      );
      print(io, [...lines.map(escapeControls), words.issueCount(result.issues.length), ...blank]);
    }
    return result.success ? 0 : 1;
  },
};
