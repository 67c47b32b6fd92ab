/**
 * The measure tables of README.md and docs/*.md are generated from the measure registry
 * (packages/core/src/measure-registry.ts) by scripts/docs/measure-tables.mjs. This test fails
 * when a table no longer matches the registry: after changing a measure, run
 * `pnpm build && node scripts/docs/measure-tables.mjs` and commit the rewritten docs.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { MEASURE_REGISTRY } from '@trackmap/core';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { blocks, docFiles, measureTables } from '../../scripts/docs/measure-tables.mjs';
import { repo } from '../helpers/paths.js';

const tables = measureTables(MEASURE_REGISTRY) as Record<string, string>;
const found = (docFiles() as string[]).flatMap((file) =>
  (blocks(readFileSync(file, 'utf8')) as { name: string; content: string }[]).map((b) => ({
    file: relative(repo('.'), file),
    ...b,
  })),
);

describe('measure tables in the docs', () => {
  it('every table is in the docs at least once, both in docs/measures.md', () => {
    for (const name of Object.keys(tables)) expect(found.map((b) => b.name)).toContain(name);
    expect(found.filter((b) => b.file === 'docs/measures.md').map((b) => b.name)).toEqual(['catalog', 'summary']);
  });

  it.each(found.map((b) => [`${b.file} (${b.name})`, b]))('%s equals the registry', (_label, block) => {
    expect(block.content).toBe(tables[block.name]);
  });

  it('lists every registry measure once, in registry order', () => {
    for (const table of Object.values(tables)) {
      const keys = table
        .split('\n')
        .slice(2)
        .map((row) => /^\| `([a-z0-9_]+)`/.exec(row)?.[1])
        .filter((k) => k !== undefined && MEASURE_REGISTRY.some((m) => m.key === k));
      expect(keys).toEqual(MEASURE_REGISTRY.map((m) => m.key));
    }
  });
});
