import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  // One shared chunk for both entries' data, in ESM and CJS alike.
  splitting: true,
  sourcemap: false,
  clean: true,
  target: 'es2022',
  treeshake: true,
  // Keep the plan's Chinese text as UTF-8 rather than \uXXXX escapes: a third
  // smaller on disk and in bundles.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
