import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { defineConfig, type Options } from 'tsup';

// The package's entries, one file per subpath at the top of src/: dist/<name>.js is built from src/<name>.ts.
const entries = {
  index: 'src/index.ts',
  schema: 'src/schema.ts',
  en: 'src/en.ts',
  observations: 'src/observations.ts',
};
const builtFileOf = new Map(Object.entries(entries).map(([name, source]) => [resolve(source), `./${name}.js`]));

const shared = {
  sourcemap: false,
  target: 'es2022',
  treeshake: true,
  // Keep the plan's Chinese text as UTF-8 rather than \uXXXX escapes: a third
  // smaller on disk and in bundles.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
} satisfies Options;

// The CommonJS build, which is what Node loads for `require` and `import` alike,
// reads the plan's parts (the JSON strings src/data/plan.ts hands decodePlan)
// from dist/plan-parts.json when a caller first reads one, instead
// of carrying them as string literals: Node scans every literal of a file it
// loads, which costs about as much as parsing it, so loading the package then
// scans none of them. The ES build, which bundlers read, keeps them inline.
const PARTS_FILE = 'plan-parts.json';
// The parts' array literal, as esbuild prints the call scripts/generate-plan.ts writes.
const PARTS_LITERAL = /(?<=decodePlan\(\n {2}'.*',\n {2}\(\) => )\[\n(?: {4}'.*',?\n)+ {2}\](?=,\n {2}planText\n?\);)/;
let partsWritten = false;
const partsFromFile: NonNullable<Options['plugins']>[number] = {
  name: 'plan-parts-from-file',
  renderChunk(code) {
    if (this.format !== 'cjs') return;
    const literal = PARTS_LITERAL.exec(code)?.[0];
    if (literal === undefined) return;
    const parts: unknown = runInNewContext(`(${literal})`);
    // On a fresh checkout the other format's build may not have made the folder yet.
    mkdirSync(this.options.outDir, { recursive: true });
    writeFileSync(join(this.options.outDir, PARTS_FILE), `${JSON.stringify(parts)}\n`);
    partsWritten = true;
    return { code: code.replace(literal, `require("./${PARTS_FILE}")`) };
  },
  buildEnd() {
    if (this.format === 'cjs' && !partsWritten)
      throw new Error(`no CommonJS chunk holds the plan's parts in the form tsup.config.ts moves to ${PARTS_FILE}`);
  },
};

export default defineConfig([
  {
    ...shared,
    entry: entries,
    format: ['esm', 'cjs'],
    // The type-fest types the declarations use are copied into them (with the
    // files type-fest's index reaches by `.d.ts` paths): type-fest is ESM-only,
    // so a CommonJS consumer's compiler could not load it from index.d.cts.
    dts: { resolve: [/^type-fest$/, /^\.{1,2}\/.*\.d\.ts$/] },
    // One shared chunk for the entries' data, in ESM and CJS alike.
    splitting: true,
    plugins: [partsFromFile],
    // The CLI is built alongside (below); keep its file when cleaning.
    clean: ['!cli.js'],
  },
  {
    ...shared,
    // The CLI imports the library through its public entries, so dist/cli.js
    // loads dist/index.js and dist/schema.js instead of carrying a second copy
    // of the data.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [
      {
        name: 'use-package-entries',
        setup(build) {
          build.onResolve({ filter: /\.js$/ }, (args) => {
            const built = builtFileOf.get(resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')));
            return built === undefined ? undefined : { path: built, external: true };
          });
        },
      },
    ],
  },
]);
