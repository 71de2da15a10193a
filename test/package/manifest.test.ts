// Tests package.json itself: the promises it makes to every installer, and
// that its fields agree with one another and with the exports map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listEntries, packageRoot, resolveTarget } from '../../scripts/package-entries.mjs';

const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as Record<string, any>;

describe('package.json', () => {
  it('declares that importing the package has no side effects', () => {
    expect(manifest.sideEffects).toBe(false);
  });

  it('states the Node versions it supports', () => {
    expect(manifest.engines).toEqual({ node: '>=18.3' });
  });

  it('publishes only dist/, the example report the readme evaluates and the changelog (npm adds the readme and licence)', () => {
    expect(manifest.files).toEqual(['dist', 'examples/progress-report.json', 'CHANGELOG.md']);
  });

  it("has the version of the changelog's top section", () => {
    const changelog = readFileSync(join(packageRoot, 'CHANGELOG.md'), 'utf8');
    const top = /^## (.*)$/m.exec(changelog)?.[1];
    expect(top).toMatch(new RegExp(`^\\[${manifest.version.replace(/\./g, '\\.')}\\]`));
  });

  it('exports the main entry, its JSON twin and the manifest', () => {
    expect(Object.keys(manifest.exports)).toEqual(expect.arrayContaining(['.', './plan.json', './package.json']));
  });

  it('gives every JavaScript subpath ESM and CJS code with declarations for each', () => {
    const incomplete = listEntries(packageRoot)
      .filter((entry) => entry.kind === 'js')
      .filter(
        (entry) =>
          !/\.m?js$/.test(entry.importFile ?? '') ||
          !/\.d\.m?ts$/.test(entry.importTypes ?? '') ||
          !/\.cjs$/.test(entry.requireFile ?? '') ||
          !/\.d\.cts$/.test(entry.requireTypes ?? ''),
      )
      .map((entry) => entry.subpath);
    expect(incomplete).toEqual([]);
  });

  it('points main, module and types at the files the exports map gives for "."', () => {
    const main = listEntries(packageRoot).find((entry) => entry.subpath === '.');
    // `module` is read by bundlers, which do not set the `node` condition.
    const bundlerImport = resolveTarget((manifest.exports as Record<string, unknown>)['.'], ['import']);
    expect([manifest.main, manifest.module, manifest.types]).toEqual([
      main?.requireFile,
      bundlerImport,
      main?.requireTypes,
    ]);
    expect(bundlerImport).toBe('./dist/index.js');
  });

  it('maps every subpath in typesVersions, for TypeScript users on moduleResolution node10', () => {
    // node10 resolution ignores `exports`; without these a subpath has no types there.
    const expected = Object.fromEntries(
      Object.entries(manifest.exports as Record<string, unknown>)
        .filter(([subpath]) => subpath !== '.' && subpath !== './package.json')
        .map(([subpath, target]) => [subpath.slice(2), [resolveTarget(target, ['types', 'require', 'node'])]]),
    );
    expect(manifest.typesVersions).toEqual({ '*': expected });
  });
});
