import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const dist = new URL('../../dist/', import.meta.url);
const require = createRequire(import.meta.url);

describe('built package', () => {
  it('keeps zod and the observations out of the main entry and every chunk it loads', () => {
    // The chunks the main entry loads, followed through their relative imports (ESM and CJS builds).
    const loaded = new Set<string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      const text = readFileSync(new URL(file, dist), 'utf8');
      for (const match of text.matchAll(/(?:\bfrom\s*|\brequire\()["']\.\/([^"']+)["']/g)) visit(match[1]!);
    };
    visit('index.js');
    visit('index.cjs');
    expect(loaded.size).toBeGreaterThanOrEqual(4);
    for (const file of loaded) {
      const text = readFileSync(new URL(file, dist), 'utf8');
      expect(text).not.toMatch(/["']zod["']/);
      // a quote of the observations, which only the observations entry carries
      expect(text).not.toContain('截至2023年末,南京高新技术企业总数达10062家');
    }
  });

  it('imports, from its code and its declarations, only packages it lists as dependencies', () => {
    const files = readdirSync(dist).filter((file) => /\.(c?js|mjs|d\.c?ts)$/.test(file));
    // Doc comments quote imports in their examples: read the code only.
    const code = files.map((file) => readFileSync(new URL(file, dist), 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''));
    const specifiers = code.flatMap((text) =>
      [...text.matchAll(/(?:\bfrom\s*|\brequire\(|\bimport\(?\s*)["']([^"'.][^"']*)["']/g)].map((match) => match[1]!),
    );
    // A package's name, without the subpath imported (`csv-stringify/sync` is `csv-stringify`).
    const packageOf = (specifier: string) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/');
    const packages = [...new Set(specifiers.map((specifier) => specifier.replace(/^node:/, '')))]
      .filter((name) => !builtinModules.includes(name))
      .map(packageOf)
      .filter((name, index, all) => all.indexOf(name) === index)
      .sort();
    // type-fest's types are copied into the declarations, so consumers need not install it (it is ESM-only).
    expect(packages).toEqual(['csv-parse', 'csv-stringify', 'get-east-asian-width', 'zod']);
    // The CSV reader and writer are the CLI's alone: no entry of the library loads them.
    for (const name of ['csv-parse', 'csv-stringify'])
      expect(files.filter((_file, index) => code[index]!.includes(name))).toEqual(['cli.js']);
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(manifest.dependencies).sort()).toEqual(packages);
  });

  it('imports zod in the schema entry', () => {
    expect(readFileSync(new URL('schema.js', dist), 'utf8')).toMatch(/from ["']zod["']/);
  });

  it('validates the plan through the CommonJS schema entry', () => {
    const { plan } = require('../../dist/index.cjs') as { plan: unknown };
    const { validatePlan } = require('../../dist/schema.cjs') as {
      validatePlan: (input: unknown) => { success: boolean };
    };
    expect(validatePlan(plan).success).toBe(true);
  });

  it('evaluates the example report through the ESM schema entry', async () => {
    const schemaEntry = new URL('schema.js', dist).href;
    const { evaluateProgress } = (await import(schemaEntry)) as typeof import('../../src/schema.js');
    const examplePath = new URL('../../examples/progress-report.json', import.meta.url);
    const example: unknown = JSON.parse(readFileSync(examplePath, 'utf8'));
    const result = evaluateProgress(example);
    expect(result.success && result.data.counts['on-track']).toBe(14);
  });
});
