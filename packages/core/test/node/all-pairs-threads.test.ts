/**
 * The all-pairs pass gives the same bits on 1, 2 and 3 worker threads, exact and sampled.
 * Worker threads need the compiled worker (dist/node/task-worker.js), so this test runs
 * against the build (`pnpm test` builds first; `pnpm build` before running it alone).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UndirectedGraph } from 'graphology';
import clusters from 'graphology-generators/random/clusters.js';
import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../src/kernels/csr.js';
import { createRng } from '../../src/utils/rng.js';

// computeAllPairs is internal (not in @trackmap/core/node): read from its compiled module.
const DIST = new URL('../../dist/node/threads.js', import.meta.url);
const built = existsSync(fileURLToPath(DIST));

describe.skipIf(!built)('all-pairs pass on worker threads (built package)', () => {
  const graph = clusters(UndirectedGraph, {
    order: 1200,
    size: 7000,
    clusters: 12,
    clusterDensity: 0.7,
    rng: createRng(5),
  });
  const csr = buildCsr(graph);
  const targets = Uint8Array.from(csr.nodes, (_n, i) => (i % 11 === 2 ? 1 : 0));
  const transfer = { targets, sources: targets.map((t) => 1 - t) };

  for (const approximate of [false, true]) {
    it(`${approximate ? 'sampled' : 'exact'}: 1, 2 and 3 threads give identical results`, async () => {
      const node = await import(DIST.href);
      const options = { transfer, approximate, epsilon: 0.1, seed: 7 };
      const one = await node.computeAllPairs(csr, options, { threads: 1 });
      const two = await node.computeAllPairs(csr, options, { threads: 2 });
      const three = await node.computeAllPairs(csr, options, { threads: 3 });
      expect([one.threads, two.threads, three.threads]).toEqual([1, 2, 3]);
      const { threads: _1, ...a } = one;
      const { threads: _2, ...b } = two;
      const { threads: _3, ...c } = three;
      expect(b).toEqual(a);
      expect(c).toEqual(a);
    }, 60_000);
  }

  it('rejects a thread count that is not a positive integer', async () => {
    const node = await import(DIST.href);
    await expect(node.computeAllPairs(csr, {}, { threads: 0 })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
    await expect(node.computeAllPairs(csr, {}, { threads: 1.5 })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
  });
});
