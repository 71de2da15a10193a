// Runs the examples of docs/guides/other-languages.md, each with the program it is written for, in a folder where
// the package is installed as node_modules/nanjing-innovation-plan, and compares what each prints with the output
// the guide shows under it. A program the machine lacks (R, pandas, …) skips its example, saying which.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readDescriptor, readTable } from './_tables.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const guide = readFileSync(join(root, 'docs/guides/other-languages.md'), 'utf8');

interface Example {
  readonly line: number;
  readonly program: string;
  readonly needs: string | undefined;
  readonly code: string;
  readonly expected: string;
}

/** The fenced block that starts at or after `from`: its text and the index of its closing fence. */
function blockAfter(lines: readonly string[], from: number, info?: string): { text: string; end: number } {
  let start = from;
  while (
    start < lines.length &&
    !(lines[start]!.startsWith('```') && (info === undefined || lines[start] === `\`\`\`${info}`))
  )
    start += 1;
  let end = start + 1;
  while (end < lines.length && lines[end] !== '```') end += 1;
  if (end >= lines.length) throw new Error(`other-languages.md:${from + 1}: no fenced block after this line`);
  return { text: lines.slice(start + 1, end).join('\n'), end };
}

const lines = guide.split('\n');
const files: { name: string; text: string }[] = [];
const examples: Example[] = [];
lines.forEach((line, index) => {
  const file = /^<!-- file: (\S+) -->$/.exec(line);
  if (file !== null) files.push({ name: file[1]!, text: blockAfter(lines, index + 1).text });
  const run = /^<!-- run: (\S+)(?: needs=(\S+))? -->$/.exec(line);
  if (run === null) return;
  const code = blockAfter(lines, index + 1);
  examples.push({
    line: index + 1,
    program: run[1]!,
    needs: run[2],
    code: code.text,
    expected: blockAfter(lines, code.end + 1, 'text').text,
  });
});

const EXTENSIONS: Record<string, string> = { python3: 'py', Rscript: 'R', bash: 'sh' };

/** Why an example cannot run here, or undefined when it can. */
function missing(program: string, needs: string | undefined): string | undefined {
  if (spawnSync(program, ['--version'], { encoding: 'utf8' }).error !== undefined) return `there is no ${program} here`;
  if (needs === undefined) return undefined;
  if (program === 'python3')
    return spawnSync('python3', ['-c', `import ${needs}`]).status === 0 ? undefined : `python3 has no ${needs} module`;
  return spawnSync(needs, ['--version']).error === undefined ? undefined : `there is no ${needs} here`;
}

const work = mkdtempSync(join(tmpdir(), 'other-languages-'));
mkdirSync(join(work, 'node_modules', '.bin'), { recursive: true });
symlinkSync(root, join(work, 'node_modules', 'nanjing-innovation-plan'), 'dir');
symlinkSync(join(root, 'dist', 'cli.js'), join(work, 'node_modules', '.bin', 'njplan'));
for (const file of files) writeFileSync(join(work, file.name), `${file.text}\n`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('docs/guides/other-languages.md', () => {
  it('has examples in Python, pandas, R, Python with jsonschema and jq', () => {
    expect(examples.map((example) => [example.program, example.needs ?? null])).toEqual([
      ['python3', null],
      ['python3', 'pandas'],
      ['Rscript', null],
      ['python3', 'jsonschema'],
      ['bash', 'jq'],
    ]);
  });

  for (const example of examples) {
    const reason = missing(example.program, example.needs);
    const name = `line ${example.line}: ${example.program}${example.needs ? ` with ${example.needs}` : ''}`;
    it.skipIf(reason !== undefined)(
      `${name} prints what the guide shows${reason ? ` (skipped: ${reason})` : ''}`,
      () => {
        const file = join(work, `example-${example.line}.${EXTENSIONS[example.program] ?? 'txt'}`);
        writeFileSync(file, `${example.code}\n`);
        const result = spawnSync(example.program, [file], { cwd: work, encoding: 'utf8' });
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout.trimEnd()).toBe(example.expected);
      },
      60_000,
    );
  }

  it('lists every table with its row count and exactly its columns', () => {
    const descriptor = readDescriptor();
    for (const resource of descriptor.resources) {
      const line = lines.find((candidate) => candidate.startsWith(`- **${resource.name}** `));
      expect(line, resource.name).toBeDefined();
      const [head, columns] = line!.split('): ');
      expect(head).toContain(`\`${resource.path}\`, ${readTable(resource.name, descriptor).length} rows`);
      const named = [...columns!.matchAll(/`([a-z_]+)`/g)].map((match) => match[1]);
      expect(named).toEqual(resource.schema.fields.map((field) => field.name));
    }
  });
});
