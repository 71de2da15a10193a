// Which words the CLI speaks, and what it calls itself.
import { basename } from 'node:path';
import type { Lang } from './command.js';
import { en, type Messages } from './locales/en.js';
import { zh } from './locales/zh.js';

export type { Messages };

/** The CLI's words in a language. */
export function messagesFor(lang: Lang): Messages {
  return lang === 'en' ? en : zh;
}

/**
 * The language asked for on the command line (`--lang en`, `--lang=en`; the last one counts), read before the
 * arguments are parsed so that usage errors speak it too. Chinese unless English is asked for.
 */
export function langOf(argv: readonly string[]): Lang {
  let lang: Lang = 'zh';
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[index + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value !== undefined) lang = value === 'en' ? 'en' : 'zh';
  }
  return lang;
}

/** The names the package installs the command under. */
const NAMES = ['njplan', 'nanjing-innovation-plan'];

/** The program's name as invoked (`njplan` or `nanjing-innovation-plan`), else `njplan`. */
export function programName(script: string | undefined): string {
  const name = script === undefined ? '' : basename(script).replace(/\.(?:c|m)?js$/, '');
  return NAMES.includes(name) ? name : 'njplan';
}
