import { type ParseArgsConfig, parseArgs } from 'node:util';
import { nearest } from '../_lib/nearest.js';
import { CliError, type CliIO, type Command, type CommandOption, type Lang, print } from './command.js';
import { langOf, type Messages, messagesFor } from './messages.js';
import { commands, defaultCommand } from './registry.js';
import { escapeControls, showInput } from './show.js';

/** The name used where the program was not told its own. */
export const PROGRAM = 'njplan';

const GLOBAL_OPTIONS: Readonly<Record<string, CommandOption>> = {
  json: { type: 'boolean' },
  lang: { type: 'string', value: '<zh|en>' },
  help: { type: 'boolean', short: 'h' },
};

function usageLine(command: Command, t: Messages, program: string): string {
  const name = command === defaultCommand ? `[${command.name}]` : command.name;
  const usage = t.commands[command.name]?.usage ?? command.usage;
  return `${t.program.usage} ${program} ${name}${usage ? ` ${usage}` : ''} ${t.program.globalUsage}`;
}

function optionLines(command: Command | undefined, options: Readonly<Record<string, CommandOption>>, t: Messages) {
  const texts = command ? t.commands[command.name]?.options : undefined;
  const globals = t.globalOptions as Readonly<Record<string, string>>;
  const rows = Object.entries(options).map(([name, option]) => {
    const [value = option.value, description = ''] = texts?.[name] ?? [];
    return [
      `${option.short ? `-${option.short}, ` : '    '}--${name}${value ? ` ${value}` : ''}`,
      [description || globals[name], option.description].filter(Boolean).join(' '),
    ] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return rows.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`.trimEnd());
}

function commandHelp(command: Command, t: Messages, program: string): string[] {
  const text = t.commands[command.name];
  const description = text?.description ?? command.description;
  return [
    usageLine(command, t, program),
    '',
    text?.summary ?? command.summary ?? '',
    ...(description ? [description] : []),
    '',
    t.program.options,
    ...optionLines(command, { ...(command.options ?? {}), ...GLOBAL_OPTIONS }, t),
  ];
}

function programHelp(t: Messages, program: string): string[] {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `${t.program.usage} ${program} ${t.program.commandPlaceholder}`,
    '',
    t.program.summary,
    '',
    t.program.commands,
    ...commands.map(
      (command) => `  ${command.name.padEnd(width)}  ${t.commands[command.name]?.summary ?? command.summary ?? ''}`,
    ),
    '',
    t.program.options,
    ...optionLines(undefined, { ...GLOBAL_OPTIONS, version: { type: 'boolean', short: 'v' } }, t),
    '',
    t.program.commandHelp(program),
  ];
}

/**
 * The width to lay out for: the terminal's, else `COLUMNS`, else 80 (a terminal that reports 0 columns counts
 * as none), and never under 40. Output that goes to a pipe or a file is not wrapped at all (unless `COLUMNS`
 * asks for a width), so that a line of it holds a whole record: `njplan tasks | grep 市商务局` finds every task.
 */
export function terminalColumns(
  stdoutColumns: number | undefined,
  env: Readonly<Record<string, string | undefined>>,
  isTTY = true,
): number {
  if (!isTTY && !(Number(env.COLUMNS) > 0)) return Number.POSITIVE_INFINITY;
  return Math.max(stdoutColumns || Number(env.COLUMNS) || 80, 40);
}

/** Colour only on a terminal, and never when `NO_COLOR` is set to a non-empty value. */
export function shouldColor(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}

/** A message of `parseArgs` in the CLI's words, with the option it names (the user's, in full) quoted. */
function parseArgsMessage(cause: unknown, t: Messages): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  const unknown = /^Unknown option '([\s\S]*)'\. To specify a positional argument/.exec(message);
  if (unknown) return t.errors.unknownOption(showInput(unknown[1]!));
  const missing = /^Option '(?:-\w, )?(--[^' ]+) <value>' argument missing/.exec(message);
  if (missing) return t.errors.missingValue(missing[1]!);
  const noValue = /^Option '(?:-\w, )?(--[^' ]+)' does not take an argument/.exec(message);
  if (noValue) return t.errors.noValue(noValue[1]!);
  const line = message.split('\n')[0]!;
  return line.charAt(0).toLowerCase() + line.slice(1);
}

/**
 * Runs the CLI with the given arguments (without `node` and the script) and
 * returns the exit code: 0 on success, 2 for usage errors and unknown ids, 1
 * for anything unexpected.
 */
export async function main(argv: readonly string[], io: CliIO, version: string): Promise<number> {
  const program = io.program ?? PROGRAM;
  const t = messagesFor(langOf(argv));
  const error = (message: string, command?: Command | 'program') => {
    // Messages quote arguments through `showInput`; escaping the whole keeps any other text from reaching the terminal.
    const usage =
      command === 'program'
        ? `${t.program.usage} ${program} ${t.program.commandPlaceholder}`
        : command && usageLine(command, t, program);
    io.stderr(`${program}: ${escapeControls(message)}\n${usage ? `${usage}\n` : ''}`);
    return 2;
  };
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (first === undefined || first.startsWith('-')) {
    if (argv.includes('--help') || argv.includes('-h')) {
      print(io, programHelp(t, program));
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
      return error(t.errors.unknownCommand(showInput(first), suggestions[0]), 'program');
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
    return error(parseArgsMessage(cause, t), command);
  }
  const { positionals } = parsed;
  const values: Record<string, string | boolean | readonly string[] | undefined> = {};
  for (const [name, value] of Object.entries(parsed.values)) {
    const list = Array.isArray(value) ? value : [value];
    const declared = command.options?.[name];
    if (declared?.multiple === true) values[name] = list as string[];
    else if (list.length > 1 && list.some((item) => item !== list[0])) return error(t.errors.repeated(name), command);
    else values[name] = list[0];
  }
  if (values.help === true) {
    print(io, commandHelp(command, t, program));
    return 0;
  }
  const { min, max } = command.positionals;
  if (positionals.length < min || positionals.length > max) {
    return error(t.errors.argumentCount(command.name, min, max, positionals.length), command);
  }
  const lang = values.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') return error(t.errors.invalidLang(showInput(String(lang))), command);
  if (values.csv === true && values.json === true) return error(t.errors.csvAndJson, command);
  try {
    return await command.run(
      {
        positionals,
        options: values,
        json: values.json === true,
        lang: lang as Lang,
        t,
      },
      { ...io, program },
    );
  } catch (cause) {
    if (cause instanceof CliError) return error(cause.in(t), cause.showUsage ? command : undefined);
    throw cause;
  }
}
