/**
 * Imports go one way: cli and viewer → core; the pure core never touches Node or the DOM.
 * (The core's tsconfig — lib ES2022, types [] — makes Node and DOM globals fail to compile;
 * this test guards the module graph itself.)
 *
 * Inside each package no two source files import each other, directly or through others (a
 * cycle), and inside the core every folder has a layer: a file imports only from its own layer
 * or below. Type-only imports count, since they tie the files together just the same. The
 * layers are listed in `CORE_LAYERS` and explained in docs/design-choices.md
 * ("Layers of the core, checked by a test").
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

/** The files `file` imports by relative path, resolved to source files (`./x.js` → `x.ts`). */
function localImports(file: string, known: Set<string>): string[] {
  const out: string[] = [];
  for (const spec of imports(file)) {
    if (!spec.startsWith('.')) continue;
    const base = resolve(dirname(file), spec);
    const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), `${base}.ts`];
    const target = candidates.find((c) => known.has(c));
    if (target !== undefined) out.push(target);
  }
  return out;
}

/** Strongly connected components with more than one member, or a file importing itself (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    indexOf.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, indexOf.get(w) as number));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!indexOf.has(v)) visit(v);
  return found;
}

function moduleGraph(root: string): Map<string, string[]> {
  const files = sources(repo(root));
  const known = new Set(files);
  return new Map(files.map((f) => [f, localImports(f, known)]));
}

const rel = (file: string) => relative(repo('.'), file);

/**
 * The layers of `packages/core/src`, lowest first. A file may import from its own layer or a
 * lower one; folders in one layer may import each other as long as no folder cycle forms.
 */
const CORE_LAYERS: readonly (readonly string[])[] = [
  // 0 utilities and types: shared by everything, import nothing of trackmap's above them
  ['utils', 'vendor-types', 'types.ts', 'errors.ts', 'options.ts', 'measure-registry.ts'],
  // 1 the person graph: built from the roster types alone
  ['graph'],
  // 2 import: CSV text → roster → person graph (parseRoster returns the graph)
  ['import'],
  // 3 kernels: typed-array passes over the graph's CSR
  ['kernels'],
  // 4 measures and the models beside them: one algorithm per file
  ['metrics', 'diversity', 'paths', 'transfer', 'change'],
  // 5 built on measures: communities and their profiles, the roster designer
  ['communities', 'design'],
  // 6 analysis: runs the measures on a roster and assembles the result
  ['analysis'],
  // 7 what is made from an analysis: reports, serialisers, pseudonymisation
  ['report', 'export', 'privacy'],
  // 8 the pure entry points
  ['index.ts', 'parallel.ts'],
  // 9 the Node layer (@trackmap/core/node)
  ['node'],
];

function layerOf(file: string): number {
  const top = relative(repo('packages/core/src'), file).split('/')[0] as string;
  const layer = CORE_LAYERS.findIndex((names) => names.includes(top));
  return layer;
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

describe('no import cycles', () => {
  it('the cycle finder finds a cycle and a self-import, and nothing in a tree', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['d']],
      ['e', ['a']],
    ]);
    expect(cycles(g)).toEqual([['a', 'b', 'c'], ['d']]);
    expect(
      cycles(
        new Map([
          ['x', ['y']],
          ['y', []],
        ]),
      ),
    ).toEqual([]);
  });

  it.each(['packages/core/src', 'packages/cli/src', 'apps/viewer/src'])(
    'no two files of %s import each other, directly or in a ring',
    (root) => {
      const found = cycles(moduleGraph(root)).map((component) => component.map(rel).join(' ⇄ '));
      expect(found).toEqual([]);
    },
  );
});

describe('the core is layered', () => {
  const graph = moduleGraph('packages/core/src');

  it('every file of the core has a layer', () => {
    const missing = [...graph.keys()].filter((f) => layerOf(f) < 0).map(rel);
    expect(missing).toEqual([]);
  });

  it('imports only go down: from a layer to the same layer or a lower one', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        if (layerOf(target) > layerOf(file)) upward.push(`${rel(file)} (layer ${layerOf(file)}) → ${rel(target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('no two folders of the core import each other, directly or in a ring', () => {
    const folderOf = (f: string) => relative(repo('packages/core/src'), f).split('/')[0] as string;
    const folders = new Map<string, string[]>();
    for (const [file, targets] of graph) {
      const from = folderOf(file);
      const list = folders.get(from) ?? [];
      for (const t of targets) if (folderOf(t) !== from && !list.includes(folderOf(t))) list.push(folderOf(t));
      folders.set(from, list);
    }
    expect(cycles(folders).map((c) => c.join(' ⇄ '))).toEqual([]);
  });
});
