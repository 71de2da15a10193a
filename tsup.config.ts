import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  // One shared chunk for both entries' data, in ESM and CJS alike.
  splitting: true,
  sourcemap: false,
  clean: true,
  target: 'es2022',
  treeshake: true,
});
