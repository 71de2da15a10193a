// Runs the `@example` of every export, and the TypeScript examples of the
// README: each line written `expression //=> value` must evaluate to that
// value. The examples are the first code users copy, so a wrong one is a bug
// like any other.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, '.tmp', 'examples');
const specifiers: Record<string, string> = {
  'nanjing-innovation-plan': join(root, 'src/index.ts'),
  'nanjing-innovation-plan/schema': join(root, 'src/schema.ts'),
  'nanjing-innovation-plan/en': join(root, 'src/en.ts'),
  'nanjing-innovation-plan/observations': join(root, 'src/observations.ts'),
};

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string[];
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every ```ts block under an `@example` tag of a doc comment. */
function examplesOf(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const examples: Example[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    if (!/^\s*\* @example\b/.test(lines[index]!)) continue;
    let start = index + 1;
    while (start < lines.length && !/^\s*\* ```ts\s*$/.test(lines[start]!)) start += 1;
    const code: string[] = [];
    let end = start + 1;
    for (; end < lines.length && !/^\s*\* ```\s*$/.test(lines[end]!); end += 1)
      code.push(lines[end]!.replace(/^\s*\* ?/, ''));
    examples.push({ file: relative(root, file), line: start + 1, code });
    index = end;
  }
  return examples;
}

/** `…` elides: `{ a: 1, … }` checks only the fields shown, `'…'` stands for any text. */
function elide(expected: string): string {
  return expected.replace(/'…'/g, '__expect.any(String)').replace(/,\s*…\s*(?=[}\]])/g, '');
}

function parses(source: string): boolean {
  try {
    transformSync(source, { loader: 'ts' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Turns an example into a module: `expr //=> value` lines (with a value that
 * may continue on following `//` lines) become checks; the rest runs as is.
 */
function toModule(example: Example, exported: ReadonlyMap<string, string>): { source: string; checks: number } {
  const out: string[] = ['import { expect as __expect } from "vitest";'];
  // An example may leave out its import line: bring in the exports it names.
  const text = example.code.join('\n');
  const imported = new Set(
    [...text.matchAll(/import\s*\{([^}]*)\}/g)].flatMap((match) => match[1]!.split(',').map((name) => name.trim())),
  );
  for (const [name, specifier] of exported) {
    if (!imported.has(name) && new RegExp(`(?<![\\w.$])${name}(?![\\w$])`).test(text)) {
      out.push(`import { ${name} } from ${JSON.stringify(specifier)};`);
    }
  }
  let pending: string[] = [];
  let checks = 0;
  const code = example.code;
  for (let index = 0; index < code.length; index += 1) {
    const line = code[index]!;
    const arrow = line.indexOf('//=>');
    if (arrow < 0) {
      pending.push(
        line.replace(
          /from '(nanjing-innovation-plan(?:\/schema|\/observations)?)'/,
          (_, name: string) => `from ${JSON.stringify(specifiers[name])}`,
        ),
      );
      continue;
    }
    // A result may go on over the `//` lines that follow, until it reads as a value.
    let expected = line.slice(arrow + 4).trim();
    while (!parses(`(${elide(expected)}\n);`) && index + 1 < code.length && /^\s*\/\/(?!=>)/.test(code[index + 1]!)) {
      index += 1;
      expected += `\n${code[index]!.replace(/^\s*\/\//, '')}`;
    }
    const head = line.slice(0, arrow).trimEnd();
    let split = -1;
    for (let k = pending.length; k >= 0; k -= 1) {
      const expression = [...pending.slice(k), head].join('\n').trim().replace(/;$/, '');
      if (expression !== '' && parses(`(${expression}\n);`)) split = k;
    }
    if (split < 0)
      throw new Error(`${example.file}:${example.line}: cannot read the expression before //=> in: ${head}`);
    const expression = [...pending.slice(split), head].join('\n').trim().replace(/;$/, '');
    out.push(...pending.slice(0, split));
    pending = [];
    const elided = elide(expected);
    const matcher = elided === expected ? 'toEqual' : 'toMatchObject';
    if (!parses(`(${elided}\n);`))
      throw new Error(`${example.file}:${example.line}: the result after //=> is not a value: ${expected}`);
    out.push(
      `__expect(${expression}\n, ${JSON.stringify(`${example.file}:${example.line}: ${head.trim()}`)}).${matcher}(${elided}\n);`,
    );
    checks += 1;
  }
  out.push(...pending);
  return { source: out.join('\n'), checks };
}

/** Every ```ts block of a Markdown file. */
function markdownExamplesOf(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const examples: Example[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    if (lines[index] !== '```ts') continue;
    const start = index + 1;
    while (index + 1 < lines.length && lines[index + 1] !== '```') index += 1;
    examples.push({ file: relative(root, file), line: start, code: lines.slice(start, index + 1) });
  }
  return examples;
}

const examples = [
  ...sourceFiles(join(root, 'src')).flatMap(examplesOf),
  ...markdownExamplesOf(join(root, 'README.md')),
].filter((example) => example.code.some((line) => line.includes('//=>')));

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('@example', () => {
  it('is found on the exports: 80 or more examples with results', () => {
    expect(examples.length).toBeGreaterThanOrEqual(80);
  });

  it.each(examples.map((example) => [`${example.file}:${example.line}`, example] as const))(
    '%s gives the results it shows',
    async (name, example) => {
      const exported = new Map<string, string>();
      for (const [_specifier, path] of Object.entries(specifiers).reverse()) {
        for (const exportName of Object.keys(await import(/* @vite-ignore */ path))) exported.set(exportName, path);
      }
      const { source, checks } = toModule(example, exported);
      expect(checks).toBeGreaterThan(0);
      mkdirSync(outDir, { recursive: true });
      const path = join(outDir, `${name.replace(/[^\w]+/g, '_')}.ts`);
      writeFileSync(path, source);
      await import(/* @vite-ignore */ path);
    },
  );
});
