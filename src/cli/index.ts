// The `nanjing-innovation-plan` (alias `njplan`) command: wires the process
// to `main`, which takes its I/O injected.
import { readFileSync } from 'node:fs';
import { main, PROGRAM, shouldColor, terminalColumns } from './main.js';

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

function writer(stream: NodeJS.WriteStream) {
  return (text: string) => {
    stream.write(text);
  };
}

// A closed pipe (`… | head`) ends the output quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await main(
    process.argv.slice(2),
    {
      stdout: writer(process.stdout),
      stderr: writer(process.stderr),
      columns: terminalColumns(process.stdout.columns, process.env),
      color: shouldColor(process.stdout.isTTY, process.env),
    },
    version(),
  );
} catch (error) {
  process.stderr.write(
    `${PROGRAM}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
}
