import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const dist = new URL('../../dist/', import.meta.url);
const require = createRequire(import.meta.url);

describe('built package', () => {
  it('keeps zod out of the main entry and the shared data chunk', () => {
    const files = readdirSync(dist).filter((file) => /^(index|chunk-)/.test(file) && /\.c?js$/.test(file));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) expect(readFileSync(new URL(file, dist), 'utf8')).not.toMatch(/["']zod["']/);
  });

  it('imports zod in the schema entry', () => {
    expect(readFileSync(new URL('schema.js', dist), 'utf8')).toMatch(/from ["']zod["']/);
  });

  it('validates the plan through the CommonJS schema entry', () => {
    const { plan } = require('../../dist/index.cjs') as { plan: unknown };
    const { validatePlan } = require('../../dist/schema.cjs') as { validatePlan: (input: unknown) => { success: boolean } };
    expect(validatePlan(plan).success).toBe(true);
  });

  it('evaluates the example report through the ESM schema entry', async () => {
    const { evaluateProgress } = (await import(new URL('schema.js', dist).href)) as typeof import('../../src/schema.js');
    const example: unknown = JSON.parse(readFileSync(new URL('../../examples/progress-report.json', import.meta.url), 'utf8'));
    const result = evaluateProgress(example);
    expect(result.success && result.data.counts['on-track']).toBe(14);
  });
});
