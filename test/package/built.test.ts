import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const dist = new URL('../../dist/', import.meta.url);
const require = createRequire(import.meta.url);

describe('built package', () => {
  it('keeps zod out of the main entry and the shared data chunk', () => {
    const files = readdirSync(dist).filter((file) => /^(index|chunk-)/.test(file) && /\.c?js$/.test(file));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) expect(readFileSync(new URL(file, dist), 'utf8')).not.toMatch(/["']zod["']/);
  });

  it('imports, from its code and its declarations, only packages it lists as dependencies', () => {
    const files = readdirSync(dist).filter((file) => /\.(c?js|mjs|d\.c?ts)$/.test(file));
    // Doc comments quote imports in their examples: read the code only.
    const code = files.map((file) => readFileSync(new URL(file, dist), 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''));
    const specifiers = code.flatMap((text) =>
      [...text.matchAll(/(?:\bfrom\s*|\brequire\(|\bimport\(?\s*)["']([^"'.][^"']*)["']/g)].map((match) => match[1]!),
    );
    const packages = [...new Set(specifiers.map((specifier) => specifier.replace(/^node:/, '')))]
      .filter((name) => !builtinModules.includes(name))
      .sort();
    // type-fest's types are copied into the declarations, so consumers need not install it (it is ESM-only).
    expect(packages).toEqual(['get-east-asian-width', 'zod']);
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
