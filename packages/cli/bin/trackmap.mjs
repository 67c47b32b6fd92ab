#!/usr/bin/env node
// Thin launcher: everything lives in dist/cli.js (built from src/cli.ts).
// `pnpm trackmap ...` from the repository root runs this with the root as working directory;
// pnpm records the caller's directory in INIT_CWD, so relative paths are resolved from there.
if (process.env.npm_lifecycle_event === 'trackmap' && process.env.INIT_CWD) {
  process.chdir(process.env.INIT_CWD);
}
const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv.slice(2));
