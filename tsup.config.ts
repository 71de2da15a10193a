import { resolve } from 'node:path';
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
