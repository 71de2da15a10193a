import { readFileSync } from 'node:fs';
import { CliError } from './command.js';

/** A file's parsed JSON, or the reason it is not JSON. */
export type JsonFile =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string };

/**
 * Reads and parses a JSON file. A file that cannot be read is a usage error
 * (exit 2); a file that is not JSON is reported as invalid input.
 */
export function readJsonFile(path: string): JsonFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${JSON.stringify(path)}${code ? ` (${code})` : ''}`);
  }
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (cause) {
    return { ok: false, message: `${path}: not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}` };
  }
}
