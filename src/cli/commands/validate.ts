import { describeInput } from '../../_lib/describe.js';
import { CliError, type Command, print, printJson } from '../command.js';
import { readJsonFile } from '../readJsonFile.js';
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
  summary: 'Check a progress report, a task-status feed or a plan file against the plan',
  usage: '<file> [--kind report|feed|plan]',
  description:
    'Exit 0 when the file is valid, 1 with the list of issues when it is not, 2 on a usage error. ' +
    'The kind is read from the shape unless given.',
  options: {
    kind: { type: 'string', value: '<report|feed|plan>', description: 'what the file holds (default: by its shape)' },
  },
  positionals: { min: 1, max: 1 },
  async run({ positionals, options, json, lang }, io) {
    const requested = options.kind;
    if (requested !== undefined && !KINDS.includes(requested as Kind)) {
      throw new CliError(`invalid --kind ${describeInput(requested)}; expected report, feed or plan`, true);
    }
    const file = readJsonFile(positionals[0]!);
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
      print(io, [lang === 'en' ? `valid ${kind}` : `有效(${kind})`]);
    } else {
      print(io, [
        ...formatIssues(result.issues, { lang }).map(escapeControls),
        lang === 'en' ? `${result.issues.length} issue(s)` : `共 ${result.issues.length} 个问题`,
      ]);
    }
    return result.success ? 0 : 1;
  },
};
