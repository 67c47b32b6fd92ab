/**
 * Loads the NetworkX reference values (tests/reference/fixtures/networkx-values.json,
 * produced by scripts/oracle/networkx_reference.py with NetworkX 3.6.1) and builds the
 * same graphs in graphology.
 */
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { krackhardtKite } from 'graphology-generators/small';
import { florentineFamilies, karateClub } from 'graphology-generators/social';

export interface OracleGraph {
  nodes: string[];
  edges: [string, string, number][];
  perNode: Record<string, Record<string, number | null> | null>;
  graph: Record<string, number | null>;
  notes?: string[];
  /** Decision-makers designated for the access measures. */
  decisionMakers?: string[];
}

export const oracle = JSON.parse(
  readFileSync(new URL('../reference/fixtures/networkx-values.json', import.meta.url), 'utf8'),
) as { networkx: string; graphs: Record<string, OracleGraph> };

/** The graph the oracle computed on, built in graphology with a `weight` on every edge. */
export function oracleGraph(name: string): Graph {
  const ref = oracle.graphs[name];
  if (!ref) throw new Error(`no oracle graph ${name}`);
  let graph: Graph;
  if (name === 'karate') graph = karateClub(Graph);
  else if (name === 'florentine') graph = florentineFamilies(Graph);
  else if (name === 'kite') graph = krackhardtKite(Graph);
  else {
    graph = new Graph({ type: 'undirected' });
    for (const n of ref.nodes) graph.addNode(n);
    for (const [u, v, w] of ref.edges) graph.addEdge(u, v, { weight: w });
    return graph;
  }
  const g = new Graph({ type: 'undirected' });
  graph.forEachNode((n, a) => g.addNode(n, a));
  graph.forEachEdge((_e, a, s, t) => g.mergeEdge(s, t, { ...a, weight: 1 }));
  return g;
}
