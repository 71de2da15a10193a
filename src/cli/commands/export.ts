import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, type Command, type Lang, print, printJson } from '../command.js';
import { showInput } from '../show.js';

// The tables and their descriptor are written at build time beside the CLI (dist/datapackage.json,
// dist/csv/*.csv); the descriptor lists the tables, so it is the one list of files to copy.
const DESCRIPTOR = 'datapackage.json';

function messages(lang: Lang) {
  return lang === 'en'
    ? {
        missing: (file: string) =>
          `the package's tables are missing (${file} was not found beside the command); reinstall the package`,
        notFolder: (dir: string) => `cannot export to ${dir}: it exists and is not a folder`,
        cannotCreate: (dir: string, code: string) => `cannot create the folder ${dir} (${code})`,
        exists: (dir: string, files: string) =>
          `${dir} already holds ${files}; nothing was written (use --force to overwrite)`,
        cannotWrite: (file: string, code: string) => `cannot write ${file} (${code})`,
        written: (count: number, dir: string) => `wrote ${count} files to ${dir}:`,
      }
    : {
        missing: (file: string) => `缺少本包的数据表(命令旁找不到 ${file});请重新安装本包`,
        notFolder: (dir: string) => `无法导出到 ${dir}:它已存在且不是文件夹`,
        cannotCreate: (dir: string, code: string) => `无法创建文件夹 ${dir}(${code})`,
        exists: (dir: string, files: string) => `${dir} 中已有 ${files};未写入任何文件(加 --force 覆盖)`,
        cannotWrite: (file: string, code: string) => `无法写入 ${file}(${code})`,
        written: (count: number, dir: string) => `已写入 ${count} 个文件到 ${dir}:`,
      };
}

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
  summary: 'Write the data as CSV tables with a Frictionless Data Package descriptor (datapackage.json)',
  usage: '<dir> [--force]',
  description:
    'Writes <dir>/datapackage.json and <dir>/csv/<table>.csv (UTF-8, header row), creating <dir> if needed. ' +
    'Refuses to overwrite existing files unless --force is given. Exit 0 when written, 2 when nothing could be.',
  options: {
    force: { type: 'boolean', description: 'overwrite files that already exist' },
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
