import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { english } from '../../src/en.js';
import { plan } from '../../src/index.js';

describe('dist/plan.json', () => {
  it('deep-equals the TypeScript data', () => {
    const json: unknown = JSON.parse(readFileSync(new URL('../../dist/plan.json', import.meta.url), 'utf8'));
    expect(json).toStrictEqual(plan);
  });
});

describe('dist/en.json', () => {
  it('deep-equals the TypeScript English data', () => {
    const json: unknown = JSON.parse(readFileSync(new URL('../../dist/en.json', import.meta.url), 'utf8'));
    expect(json).toStrictEqual(english);
  });
});
