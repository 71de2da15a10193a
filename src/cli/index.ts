// The `nanjing-innovation-plan` (alias `njplan`) command: wires the process
// to `main`, which takes its I/O injected.
//
// Exit codes: 0 success, 1 invalid input or anything unexpected (one line on
// stderr, never a stack trace), 2 usage errors. Output that cannot be written:
// a closed pipe (`… | head`) ends quietly with the command's code; any other
// write error on stdout (`>/dev/full`) says so in one line and exits 1; a
// write error on stderr is ignored and the exit code kept.
import { readFileSync } from 'node:fs';
import { main, shouldColor, terminalColumns } from './main.js';
import { langOf, messagesFor, programName } from './messages.js';
import { escapeControls } from './show.js';

const PROGRAM = programName(process.argv[1]);
const t = messagesFor(langOf(process.argv.slice(2)));

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/** The first write error on stdout, after which nothing more is written there. */
let stdoutFailed = false;

/** Writes to stderr, ignoring failure: there is nowhere left to report it. */
function writeStderr(text: string): void {
  try {
    process.stderr.write(text);
  } catch {
    // stderr is gone (`2>/dev/full`, a closed pipe): the exit code still tells.
  }
}

function failStdout(error: unknown): void {
  if (stdoutFailed) return;
  stdoutFailed = true;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
  writeStderr(`${PROGRAM}: ${t.errors.cannotWrite(typeof code === 'string' ? code : undefined)}\n`);
  if (!process.exitCode) process.exitCode = 1;
}

function writeStdout(text: string): void {
  if (stdoutFailed) return;
  try {
    process.stdout.write(text);
  } catch (error) {
    failStdout(error);
  }
}

/** One line for an error nobody expected: its message, escaped, never its stack. */
function unexpected(error: unknown): void {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  writeStderr(`${PROGRAM}: ${t.errors.unexpected(escapeControls(message.split('\n')[0]!))}\n`);
  process.exitCode = 1;
}

// Write errors arrive as events (a file or pipe stream reports them after the write returns).
process.stdout.on('error', failStdout);
process.stderr.on('error', () => {});
process.on('uncaughtException', (error) => {
  unexpected(error);
  process.exit(1);
});

try {
  const code = await main(
    process.argv.slice(2),
    {
      stdout: writeStdout,
      stderr: writeStderr,
      columns: terminalColumns(process.stdout.columns, process.env, process.stdout.isTTY === true),
      color: shouldColor(process.stdout.isTTY, process.env),
      program: PROGRAM,
    },
    version(),
  );
  process.exitCode = stdoutFailed && code === 0 ? 1 : code;
} catch (error) {
  unexpected(error);
}
