import { defaultClientConditions, defineConfig } from 'vite';

// `@trackmap/source` makes `@trackmap/core` resolve to its TypeScript sources (see the
// exports map of packages/core/package.json), so the viewer never needs a prior core build
// and the bundle proves the core is browser-safe.
export default defineConfig({
  base: './',
  resolve: {
    conditions: ['@trackmap/source', ...defaultClientConditions],
  },
  server: {
    host: '127.0.0.1',
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1024,
  },
});
