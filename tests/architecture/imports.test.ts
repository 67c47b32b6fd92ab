/**
 * Imports go one way: cli and viewer → core; the pure core never touches Node or the DOM.
 * (The core's tsconfig — lib ES2022, types [] — makes Node and DOM globals fail to compile;
 * this test guards the module graph itself.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo } from '../helpers/paths.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sources(path);
    return /\.(ts|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2]) as string,
  );
}

describe('architecture', () => {
  const core = sources(repo('packages/core/src'));
  const pure = core.filter((f) => !relative(repo('packages/core/src'), f).startsWith('node'));

  it('finds the sources', () => {
    expect(pure.length).toBeGreaterThan(20);
  });

  it.each(pure.map((f) => [relative(repo('.'), f), f]))('%s is pure (no node:*, fs, cli or viewer)', (_name, file) => {
    for (const spec of imports(file)) {
      expect(spec).not.toMatch(/^node:|^(fs|path|os|child_process|worker_threads|url)$/);
      expect(spec).not.toMatch(/@trackmap\/(cli|viewer)|@trackmap\/core\/node/);
      if (spec.startsWith('.')) {
        const target = relative(repo('packages/core/src'), resolve(dirname(file), spec));
        expect(target, `${spec} reaches into the Node layer`).not.toMatch(/^node\//);
      }
    }
  });

  it('the viewer imports the pure core only', () => {
    for (const file of sources(repo('apps/viewer/src'))) {
      for (const spec of imports(file)) {
        expect(spec, relative(repo('.'), file)).not.toMatch(/^node:|@trackmap\/core\/node|@trackmap\/cli/);
      }
    }
  });

  it('the core imports neither the CLI nor the viewer', () => {
    for (const file of core) for (const spec of imports(file)) expect(spec).not.toMatch(/@trackmap\/(cli|viewer)/);
  });
});
