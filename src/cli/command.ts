import type { Terminal } from './_lib/layout.js';
import { en, type Messages } from './locales/en.js';
import { escapeJson } from './show.js';

/** Where a command writes, and what it knows of the terminal: injectable for tests. */
export interface CliIO extends Terminal {
  /** Writes text to standard output (the caller adds newlines). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error. */
  readonly stderr: (text: string) => void;
  /** The name the program was invoked by, for usage lines and messages (default `njplan`). */
  readonly program?: string;
}

/** The language of names and titles in human output. */
export type Lang = 'zh' | 'en';

/** An option a command accepts, besides the global ones. */
export interface CommandOption {
  readonly type: 'string' | 'boolean';
  /** Whether the option may be given more than once (its value is then an array); other options may not. */
  readonly multiple?: boolean;
  readonly short?: string;
  /** The placeholder shown in help, e.g. `<unit>`, where the locale gives none. */
  readonly value?: string;
  /** The help text where the locale gives none (the locales in `locales/` hold the commands' texts). */
  readonly description?: string;
}

/** What a command is run with. */
export interface CommandArgs {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  /** `--json`: print the answer as JSON. */
  readonly json: boolean;
  /** `--lang`: `zh` (default) or `en`. */
  readonly lang: Lang;
  /** The CLI's words in that language. */
  readonly t: Messages;
}

/**
 * A command of the CLI: adding one is one module exporting this, listed in
 * the registry.
 */
export interface Command {
  readonly name: string;
  /** One line, shown in the list of commands, where the locale gives none (see `locales/`). */
  readonly summary?: string;
  /** Arguments after the command's name, e.g. `[--unit <unit>] [--group <n>]`, where the locale gives none. */
  readonly usage?: string;
  /** More lines for `--help`, where the locale gives none. */
  readonly description?: string;
  readonly options?: Readonly<Record<string, CommandOption>>;
  /** How many positional arguments the command takes. */
  readonly positionals: { readonly min: number; readonly max: number };
  /** Runs the command; returns (or resolves to) the exit code. Throws {@link CliError} for bad input. */
  run(args: CommandArgs, io: CliIO): number | Promise<number>;
}

/** A user error: printed as one line (and the usage line if `showUsage`), exit code 2. */
export class CliError extends Error {
  override readonly name = 'CliError';
  /** The message in the language asked for: a string, or the words to build it from. */
  readonly words: string | ((t: Messages) => string);
  constructor(
    message: string | ((t: Messages) => string),
    readonly showUsage = false,
  ) {
    super(typeof message === 'string' ? message : message(en));
    this.words = message;
  }

  /** The message in the given language. */
  in(t: Messages): string {
    return typeof this.words === 'string' ? this.words : this.words(t);
  }
}

/** Prints lines. */
export function print(io: CliIO, lines: readonly string[]): void {
  io.stdout(lines.length === 0 ? '' : `${lines.join('\n')}\n`);
}

/** Prints a value as indented JSON, with the control characters JSON leaves raw escaped. */
export function printJson(io: CliIO, value: unknown): void {
  io.stdout(`${escapeJson(JSON.stringify(value, null, 2))}\n`);
}
