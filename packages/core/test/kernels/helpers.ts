/**
 * Seeded random graphs for the kernel tests: Erdős–Rényi and clustered graphs from
 * graphology-generators (mulberry32 seeds), plus disconnected graphs with isolates and the
 * degenerate n ≤ 2 cases. Decision-makers (every 7th node) and integer weights are attached so
 * transfer betweenness and weighted PageRank have something to work on.
 */
import Graph, { UndirectedGraph } from 'graphology';
import clusters from 'graphology-generators/random/clusters.js';
import erdosRenyi from 'graphology-generators/random/erdos-renyi.js';
import type { AbstractGraph } from 'graphology-types';
import { createRng } from '../../src/utils/rng.js';

function decorate(g: AbstractGraph, seed: number): AbstractGraph {
  const rng = createRng(seed ^ 0xabc);
  g.forEachNode((n, _a) => {
    g.setNodeAttribute(n, 'isDecisionMaker', Number(n) % 7 === 3);
  });
  g.forEachEdge((e) => {
    g.setEdgeAttribute(e, 'weight', 1 + Math.floor(rng() * 4));
  });
  return g;
}

/** A named list of seeded test graphs. */
export function testGraphs(): [string, AbstractGraph][] {
  const out: [string, AbstractGraph][] = [];
  for (const seed of [1, 2, 3]) {
    out.push([
      `erdos-renyi n=60 p=0.08 seed ${seed}`,
      decorate(erdosRenyi(UndirectedGraph, { order: 60, probability: 0.08, rng: createRng(seed) }), seed),
    ]);
    out.push([
      `clusters n=120 seed ${seed}`,
      decorate(
        clusters(UndirectedGraph, {
          order: 120,
          size: 500,
          clusters: 5,
          clusterDensity: 0.7,
          rng: createRng(seed),
        }),
        seed,
      ),
    ]);
  }
  // Disconnected: two sparse random parts, a path, isolates.
  const d = erdosRenyi(UndirectedGraph, { order: 50, probability: 0.03, rng: createRng(9) });
  for (let i = 50; i < 56; i++) d.addNode(String(i));
  d.addEdge('50', '51');
  d.addEdge('51', '52');
  out.push(['disconnected with isolates', decorate(d, 9)]);
  out.push(['empty', new Graph({ type: 'undirected' })]);
  const one = new Graph({ type: 'undirected' });
  one.addNode('0', { isDecisionMaker: true });
  out.push(['n=1', one]);
  const two = new Graph({ type: 'undirected' });
  two.addNode('0', { isDecisionMaker: false });
  two.addNode('1', { isDecisionMaker: true });
  two.addEdge('0', '1', { weight: 2 });
  out.push(['n=2', two]);
  const twoApart = new Graph({ type: 'undirected' });
  twoApart.addNode('0');
  twoApart.addNode('1');
  out.push(['n=2 unlinked', twoApart]);
  return out;
}
