/**
 * Runs the built `trackmap` binary (packages/cli/bin/trackmap.mjs → dist/cli.js) as a user
 * would, capturing stdout, stderr and the exit code (vitest's `runVitestCli` pattern).
 * The binary must be built first (`pnpm build`, part of `pnpm test`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { repo } from './paths.js';

export const BIN = repo('packages/cli/bin/trackmap.mjs');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  if (!existsSync(repo('packages/cli/dist/cli.js'))) {
    throw new Error('packages/cli/dist/cli.js is missing: run `pnpm build` first (pnpm test does)');
  }
  const env = { ...(options.env ?? process.env) };
  delete env.npm_lifecycle_event;
  delete env.INIT_CWD;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? repo('.'),
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
