import { type ParseArgsConfig, parseArgs } from 'node:util';
import { describeInput } from '../_lib/describe.js';
import { nearest } from '../_lib/nearest.js';
import { CliError, type CliIO, type Command, type CommandOption, type Lang, print } from './command.js';
import { commands, defaultCommand } from './registry.js';
import { escapeControls, showInput } from './show.js';

export const PROGRAM = 'nanjing-innovation-plan';

const GLOBAL_OPTIONS: Readonly<Record<string, CommandOption>> = {
  json: { type: 'boolean', description: 'print the answer as JSON' },
  lang: { type: 'string', value: '<zh|en>', description: 'names and titles in Chinese (default) or English' },
  help: { type: 'boolean', short: 'h', description: 'show help' },
};

function usageLine(command: Command): string {
  const name = command === defaultCommand ? `[${command.name}]` : command.name;
  return `usage: ${PROGRAM} ${name}${command.usage ? ` ${command.usage}` : ''} [--json] [--lang zh|en]`;
}

function optionLines(options: Readonly<Record<string, CommandOption>>): string[] {
  const rows = Object.entries(options).map(([name, option]) => [
    `${option.short ? `-${option.short}, ` : '    '}--${name}${option.value ? ` ${option.value}` : ''}`,
    option.description,
  ]);
  const width = Math.max(...rows.map(([flag]) => flag!.length));
  return rows.map(([flag, description]) => `  ${flag!.padEnd(width)}  ${description}`);
}

function commandHelp(command: Command): string[] {
  return [
    usageLine(command),
    '',
    `${command.summary}.`,
    ...(command.description ? [command.description] : []),
    '',
    'Options:',
    ...optionLines({ ...(command.options ?? {}), ...GLOBAL_OPTIONS }),
  ];
}

function programHelp(): string[] {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `usage: ${PROGRAM} [command] [options]`,
    '',
    "Nanjing's 2022–2024 innovation action plan (南京市创新驱动、产业转型示范三年行动计划) in a terminal.",
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    ...optionLines({ ...GLOBAL_OPTIONS, version: { type: 'boolean', short: 'v', description: 'show the version' } }),
    '',
    `Run '${PROGRAM} <command> --help' for a command's options.`,
  ];
}

/**
 * The width to lay out for: the terminal's, else `COLUMNS`, else 80 (a
 * terminal that reports 0 columns counts as none), and never under 40.
 */
export function terminalColumns(
  stdoutColumns: number | undefined,
  env: Readonly<Record<string, string | undefined>>,
): number {
  return Math.max(stdoutColumns || Number(env.COLUMNS) || 80, 40);
}

/** Colour only on a terminal, and never when `NO_COLOR` is set to a non-empty value. */
export function shouldColor(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}

/** A message of `parseArgs`, with the unknown option it names (the user's, in full) quoted by `showInput`. */
function parseArgsMessage(cause: unknown): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  const unknown = /^Unknown option '([\s\S]*)'\. To specify a positional argument/.exec(message);
  if (unknown) return `unknown option ${showInput(unknown[1]!)}`;
  const line = message.split('\n')[0]!;
  return line.charAt(0).toLowerCase() + line.slice(1);
}

/**
 * Runs the CLI with the given arguments (without `node` and the script) and
 * returns the exit code: 0 on success, 2 for usage errors and unknown ids, 1
 * for anything unexpected.
 */
export async function main(argv: readonly string[], io: CliIO, version: string): Promise<number> {
  const error = (message: string, command?: Command | 'program') => {
    // Messages quote arguments through `showInput`; escaping the whole keeps any other text from reaching the terminal.
    const usage = command === 'program' ? `usage: ${PROGRAM} [command] [options]` : command && usageLine(command);
    io.stderr(`${PROGRAM}: ${escapeControls(message)}\n${usage ? `${usage}\n` : ''}`);
    return 2;
  };
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (first === undefined || first.startsWith('-')) {
    if (argv.includes('--help') || argv.includes('-h')) {
      print(io, programHelp());
      return 0;
    }
  }
  let command: Command | undefined = defaultCommand;
  let args: readonly string[] = argv;
  if (first !== undefined && !first.startsWith('-')) {
    command = commands.find((candidate) => candidate.name === first);
    if (command === undefined) {
      const suggestions = nearest(
        first,
        commands.map((candidate) => candidate.name),
        1,
      );
      return error(
        `unknown command ${showInput(first)}${suggestions.length > 0 ? `; did you mean ${suggestions[0]}?` : ''}`,
        'program',
      );
    }
    args = rest;
  }
  const options: ParseArgsConfig['options'] = {};
  for (const [name, option] of Object.entries({ ...GLOBAL_OPTIONS, ...(command.options ?? {}) })) {
    // Every option is parsed as repeatable, so that a repeat of one that is not can be reported
    // rather than the last kept.
    options[name] = { type: option.type, multiple: true, ...(option.short ? { short: option.short } : {}) };
  }
  let parsed: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (cause) {
    return error(parseArgsMessage(cause), command);
  }
  const { positionals } = parsed;
  const values: Record<string, string | boolean | readonly string[] | undefined> = {};
  for (const [name, value] of Object.entries(parsed.values)) {
    const list = Array.isArray(value) ? value : [value];
    const declared = command.options?.[name];
    if (declared?.multiple === true) values[name] = list as string[];
    else if (list.length > 1 && list.some((item) => item !== list[0]))
      return error(`--${name} given more than once`, command);
    else values[name] = list[0];
  }
  if (values.help === true) {
    print(io, commandHelp(command));
    return 0;
  }
  const { min, max } = command.positionals;
  if (positionals.length < min || positionals.length > max) {
    const expected =
      max === 0
        ? 'no arguments'
        : min === max
          ? `${min} argument${min === 1 ? '' : 's'}`
          : `at least ${min} argument${min === 1 ? '' : 's'}`;
    return error(`${command.name} takes ${expected}, got ${positionals.length}`, command);
  }
  const lang = values.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') return error(`invalid --lang ${describeInput(lang)}; expected zh or en`, command);
  try {
    return await command.run(
      {
        positionals,
        options: values,
        json: values.json === true,
        lang: lang as Lang,
      },
      io,
    );
  } catch (cause) {
    if (cause instanceof CliError) return error(cause.message, cause.showUsage ? command : undefined);
    throw cause;
  }
}
