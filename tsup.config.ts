import { resolve } from 'node:path';
import { defineConfig } from 'tsup';

const mainEntry = resolve('src/index.ts');

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // One shared chunk for both entries' data, in ESM and CJS alike.
    splitting: true,
    sourcemap: false,
    // The CLI is built alongside (below); keep its file when cleaning.
    clean: ['!cli.js'],
    target: 'es2022',
    treeshake: true,
  },
  {
    // The CLI imports the library through its public entry, so dist/cli.js
    // loads dist/index.js instead of carrying a second copy of the data.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'es2022',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [
      {
        name: 'use-main-entry',
        setup(build) {
          build.onResolve({ filter: /index\.js$/ }, (args) =>
            resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) === mainEntry ? { path: './index.js', external: true } : undefined,
          );
        },
      },
    ],
  },
]);
