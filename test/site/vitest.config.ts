// The plan explorer's browser suite (`npm run test:site`): it needs the built site (`npm run docs`), so it is
// not part of the main `vitest run`, which runs before the docs are built.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/site/**/*.spec.ts'],
    testTimeout: 900_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
