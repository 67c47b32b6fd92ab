/**
 * Where Louvain's time goes (issue #6): `node --cpu-prof --cpu-prof-dir=/tmp/louvain --import tsx
 * benchmarks/profile-louvain.ts M` (or L), then read the profile in Chrome's DevTools or with
 * `node benchmarks/profile-summary.mjs /tmp/louvain`. Prints trackmap's louvainDetailed split into
 * graphology-communities-louvain and the modularity check, and graphology's Louvain alone.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRng, louvainDetailed, parseRoster } from '@trackmap/core';
import { generateRoster, SIZES, type SizeName } from './generate-roster.js';

const requireFromCore = createRequire(join(import.meta.dirname, '../packages/core/package.json'));
type Fn = (...args: unknown[]) => unknown;
const graphologyLouvain = requireFromCore('graphology-communities-louvain') as Fn & { detailed: Fn };
const modularity = requireFromCore('graphology-metrics/graph/modularity') as Fn;

const size = (process.argv[2] ?? 'M') as SizeName;
const { graph } = parseRoster(generateRoster(SIZES[size], 1));
console.log(`${size}: ${graph.order} people, ${graph.size} links`);
const time = (name: string, fn: () => unknown) => {
  const t0 = performance.now();
  const out = fn();
  console.log(`${name.padEnd(60)} ${(performance.now() - t0).toFixed(0).padStart(7)} ms`);
  return out;
};
time('trackmap louvainDetailed (Louvain + renumbering + modularity)', () => louvainDetailed(graph));
const d = time("graphology louvain.detailed, getEdgeWeight 'weight'", () =>
  graphologyLouvain.detailed(graph, { getEdgeWeight: 'weight', rng: createRng(42) }),
) as { communities: Record<string, number>; level: number; deltaComputations: number; moves: number[] };
console.log(
  `  levels ${d.level}, moves per pass ${JSON.stringify(d.moves)}, delta computations ${d.deltaComputations}`,
);
time('graphology louvain, getEdgeWeight as a function (as trackmap passes it)', () =>
  graphologyLouvain(graph, {
    getEdgeWeight: (_e: string, a: { weight: number }) => a.weight,
    rng: createRng(42),
  }),
);
time('graphology-metrics modularity of the partition', () =>
  modularity(graph, { getNodeCommunity: (n: string) => d.communities[n], getEdgeWeight: 'weight' }),
);
