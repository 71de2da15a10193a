import { CliError, type Command, print, printJson } from '../command.js';
import { readJsonFile } from '../readJsonFile.js';
import { readReportFile } from '../readReportFile.js';
import { reportWords } from '../reportWords.js';
import { escapeControls, showInput } from '../show.js';

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
  options: {
    kind: { type: 'string' },
  },
  positionals: { min: 1, max: 1 },
  async run({ positionals, options, json, lang, t }, io) {
    const words = reportWords[lang];
    const requested = options.kind;
    if (requested !== undefined && !KINDS.includes(requested as Kind)) {
      throw new CliError((words) => words.errors.invalidKind(showInput(String(requested))), true);
    }
    const path = positionals[0]!;
    const asReport = requested === undefined || requested === 'report';
    const file = asReport ? readReportFile(path, lang) : readJsonFile(path, lang);
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
      print(io, [t.validate.valid(t.values.fileKind[kind]), ...blank]);
    } else {
      const lines = formatIssues(
        result.issues.map((issue) => ({ ...issue, path: locate(issue.path) })),
        { lang },
      );
      print(io, [...lines.map(escapeControls), t.validate.issues(result.issues.length), ...blank]);
    }
    return result.success ? 0 : 1;
  },
};
