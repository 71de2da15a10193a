import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, type Command, type Lang, print, printJson } from '../command.js';
import { messagesFor } from '../messages.js';
import { showInput } from '../show.js';

// The tables and their descriptor are written at build time beside the CLI (dist/datapackage.json,
// dist/csv/*.csv); the descriptor lists the tables, so it is the one list of files to copy.
const DESCRIPTOR = 'datapackage.json';

const messages = (lang: Lang) => messagesFor(lang).export;

const codeOf = (cause: unknown): string => {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : String(cause);
};

/** The files to copy, relative to the folder of the descriptor: the descriptor, then each table. */
function filesToCopy(source: URL, lang: Lang): string[] {
  let descriptor: { resources?: { path?: unknown }[] };
  try {
    descriptor = JSON.parse(readFileSync(new URL(DESCRIPTOR, source), 'utf8')) as typeof descriptor;
  } catch {
    throw new CliError(messages(lang).missing(DESCRIPTOR));
  }
  const tables = (descriptor.resources ?? []).map((resource) => resource.path);
  for (const table of tables)
    if (typeof table !== 'string' || !existsSync(new URL(table, source)))
      throw new CliError(messages(lang).missing(String(table)));
  return [DESCRIPTOR, ...(tables as string[])];
}

export const exportCommand: Command = {
  name: 'export',
  options: {
    force: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  run({ positionals, options, json, lang }, io) {
    const text = messages(lang);
    const directory = positionals[0]!;
    const shown = showInput(directory);
    const files = filesToCopy(new URL('./', import.meta.url), lang);
    if (existsSync(directory) && !statSync(directory).isDirectory()) throw new CliError(text.notFolder(shown));
    const existing = files.filter((file) => existsSync(join(directory, file)));
    if (existing.length > 0 && options.force !== true) {
      const listed = existing.slice(0, 3).join(', ') + (existing.length > 3 ? ', …' : '');
      throw new CliError(text.exists(shown, listed));
    }
    for (const folder of [directory, join(directory, 'csv')]) {
      try {
        mkdirSync(folder, { recursive: true });
      } catch (cause) {
        throw new CliError(text.cannotCreate(showInput(folder), codeOf(cause)));
      }
    }
    for (const file of files) {
      try {
        copyFileSync(new URL(file, new URL('./', import.meta.url)), join(directory, file));
      } catch (cause) {
        throw new CliError(text.cannotWrite(showInput(join(directory, file)), codeOf(cause)));
      }
    }
    if (json) printJson(io, { directory, files });
    else print(io, [text.written(files.length, shown), ...files.map((file) => `  ${file}`)]);
    return 0;
  },
};
