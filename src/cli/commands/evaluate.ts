import { CliError, type Command, print, printJson } from '../command.js';
import { readReportFile } from '../readReportFile.js';
import { reportWords } from '../reportWords.js';
import { escapeControls } from '../show.js';

/** The one scope every entry of a report names, if they all name the same one (compared trimmed and folded). */
function singleScope(report: unknown): string | undefined {
  const entries = (report as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries) || entries.length === 0) return undefined;
  const scopes = new Set(
    entries.map((entry) => {
      const scope = (entry as { scope?: unknown } | null)?.scope;
      return typeof scope === 'string' ? scope.normalize('NFKC').trim() : undefined;
    }),
  );
  const [only] = scopes;
  return scopes.size === 1 && only !== undefined && only !== '' ? only : undefined;
}

export const evaluate: Command = {
  name: 'evaluate',
  options: {
    'as-of': { type: 'string' },
    scope: { type: 'string' },
    strict: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run({ positionals, options, json, lang }, io) {
    const words = reportWords[lang];
    const asOf = options['as-of'];
    if (asOf !== undefined && typeof asOf !== 'string') throw new CliError((t) => t.errors.asOfDate, true);
    if (options.scope !== undefined && typeof options.scope !== 'string')
      throw new CliError((t) => t.errors.scopeName, true);
    const file = readReportFile(positionals[0]!, lang);
    if ('ok' in file) {
      print(io, [file.message]);
      return 1;
    }
    const scope = (options.scope as string | undefined) ?? singleScope(file.value);
    const { evaluateProgress, formatEvaluation, formatIssues } = await import('../../schema.js');
    const result = evaluateProgress(file.value, {
      ...(asOf === undefined ? {} : { asOf }),
      ...(scope === undefined ? {} : { scope }),
      strict: options.strict === true,
    });
    const located = <TIssue extends { readonly path: string }>(issues: readonly TIssue[]): TIssue[] =>
      issues.map((issue) => ({ ...issue, path: file.locate(issue.path) }));
    if (!result.success) {
      const usage = result.issues.find((issue) => issue.path.startsWith('options.'));
      // A usage error, in the language asked for, like every other usage error of the CLI.
      if (usage) throw new CliError(lang === 'en' ? usage.messageEn : usage.message, true);
      if (json) printJson(io, { valid: false, issues: result.issues });
      else print(io, formatIssues(located(result.issues), { lang }).map(escapeControls));
      return 1;
    }
    const data = result.data;
    if (json) {
      printJson(io, data);
      return 0;
    }
    const lines: string[] = [];
    if ('scope' in data) lines.push(words.scoped(data.scope, options.scope === undefined));
    // The reporter and the scopes are the report's own text: shown with their control characters escaped.
    const formatted = formatEvaluation(data, { lang });
    // The entries left out are listed below with where they are in the file, in place of the closing line's paths.
    lines.push(...(data.leftOut.length > 0 ? formatted.slice(0, -1) : formatted));
    if (data.leftOut.length > 0) {
      lines.push(words.leftOut(data.leftOut.length));
      const issues = data.leftOut.flatMap((entry) => entry.issues);
      lines.push(...formatIssues(located(issues), { lang }).map((line) => `  ${line}`));
    }
    if (file.blank > 0) lines.push(words.blankRows(file.blank));
    print(io, lines.map(escapeControls));
    return 0;
  },
};
