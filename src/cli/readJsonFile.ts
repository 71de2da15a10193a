import { closeSync, openSync, readSync } from 'node:fs';
import { CliError, type Lang } from './command.js';
import { messagesFor } from './messages.js';
import { escapeControls, showInput } from './show.js';

/** The most bytes the CLI reads of an input file: 10 MiB, far above any report, feed or plan (the plan is ~1 MB). */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

const CHUNK_BYTES = 64 * 1024;

/** A file's parsed JSON, or the reason it is not JSON. */
export type JsonFile =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string };

/**
 * The bytes of a file, read in chunks with a count, so that a special file (`/dev/zero`, a pipe that never ends)
 * stops at the limit rather than filling memory.
 */
export function readLimited(path: string): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (read === 0) return Buffer.concat(chunks, total);
      total += read;
      if (total > MAX_INPUT_BYTES) {
        throw new CliError((t) => t.errors.fileTooLarge(showInput(path)));
      }
      chunks.push(read === CHUNK_BYTES ? chunk : chunk.subarray(0, read));
    }
  } catch (cause) {
    if (cause instanceof CliError) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    throw new CliError((t) => t.errors.cannotRead(showInput(path), typeof code === 'string' ? code : undefined));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Reads and parses a JSON file of at most {@link MAX_INPUT_BYTES}. A file that cannot be read, or is larger, is a
 * usage error (exit 2); a file that is not JSON is reported as invalid input, with its name and the parser's excerpt
 * of it shown through the CLI's escaping.
 */
export function readJsonFile(path: string, lang: Lang = 'zh'): JsonFile {
  const text = readLimited(path).toString('utf8');
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, message: messagesFor(lang).errors.notJson(showInput(path), escapeControls(reason)) };
  }
}
