import './scripts/node20-polyfills.js';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Tests run against the sources (no build needed), except tests/cli which spawns the built binary.
const alias = {
  '@trackmap/core/node': src('./packages/core/src/node/index.ts'),
  '@trackmap/core/parallel': src('./packages/core/src/parallel.ts'),
  '@trackmap/core': src('./packages/core/src/index.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // Generous limits: CI machines may be loaded; no test asserts a time.
        test: {
          name: 'core',
          root: src('./packages/core'),
          include: ['test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        // The dialogue-sample tests run the whole analysis: 1 s alone, over 5 s under a full parallel run.
        test: {
          name: 'viewer',
          root: src('./apps/viewer'),
          include: ['test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'tests',
          root: src('./tests'),
          include: ['**/*.test.ts'],
          exclude: ['e2e/**', 'node_modules/**'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
