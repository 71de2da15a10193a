import { CliError, type Command, print, printJson } from '../command.js';
import { readJsonFile } from '../readJsonFile.js';
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
    const requested = options.kind;
    if (requested !== undefined && !KINDS.includes(requested as Kind)) {
      throw new CliError((words) => words.errors.invalidKind(showInput(String(requested))), true);
    }
    const file = readJsonFile(positionals[0]!, lang);
    if (!file.ok) {
      if (json)
        printJson(io, {
          valid: false,
          issues: [{ path: '', code: 'invalid-json', message: file.message, messageEn: file.message }],
        });
      else print(io, [file.message]);
      return 1;
    }
    const kind = (requested as Kind | undefined) ?? kindOf(file.value);
    const { formatIssues, validatePlan, validateProgressReport, validateTaskStatusFeed } = await import(
      '../../schema.js'
    );
    const result =
      kind === 'plan'
        ? validatePlan(file.value)
        : kind === 'feed'
          ? validateTaskStatusFeed(file.value)
          : validateProgressReport(file.value);
    if (json) {
      printJson(
        io,
        result.success ? { valid: true, kind, data: result.data } : { valid: false, kind, issues: result.issues },
      );
    } else if (result.success) {
      print(io, [t.validate.valid(t.values.fileKind[kind])]);
    } else {
      print(io, [
        ...formatIssues(result.issues, { lang }).map(escapeControls),
        t.validate.issues(result.issues.length),
      ]);
    }
    return result.success ? 0 : 1;
  },
};
