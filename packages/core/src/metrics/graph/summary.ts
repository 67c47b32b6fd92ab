/**
 * Graph-level measures
 * ====================
 *
 * - density: 2m / (n (n - 1)) for the undirected simple person graph (0 when n < 2),
 *   as NetworkX `density`.
 * - components: number of connected components (isolates count as components), with the
 *   size of the largest and the number of isolates (graphology-components).
 * - average clustering: mean of the local clustering coefficients over all nodes, zeros
 *   included (NetworkX `average_clustering`; Watts & Strogatz 1998, doi:10.1038/30918).
 * - degree assortativity: Pearson correlation between the degrees at the two ends of each
 *   link, each link counted in both directions (NetworkX `degree_assortativity_coefficient`;
 *   Newman 2002, Assortative mixing in networks, PRL 89, 208701, doi:10.1103/PhysRevLett.89.208701).
 *   `null` when undefined (no links, or every link end has the same degree: zero variance).
 */

import { connectedComponents } from 'graphology-components';
import type { AbstractGraph } from 'graphology-types';
import { assertSimpleUndirected } from '../../graph/index.js';
import { clustering } from '../node/clustering.js';

/** Whole-graph figures: people, links, density, components, clustering and degree assortativity. */
export interface GraphSummary {
  people: number;
  links: number;
  density: number;
  components: number;
  largestComponent: number;
  isolates: number;
  averageClustering: number;
  degreeAssortativity: number | null;
}

/** Density of an undirected graph, 2m / (n (n − 1)); 0 below two people. */
export function density(graph: AbstractGraph): number {
  const n = graph.order;
  return n < 2 ? 0 : (2 * graph.size) / (n * (n - 1));
}

/** Mean local clustering coefficient over all people, people with fewer than two contacts counted as 0 (as NetworkX `average_clustering`). */
export function averageClustering(graph: AbstractGraph): number {
  const values = Object.values(clustering(graph)) as number[];
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Newman's degree assortativity r (Pearson correlation of degrees at either end of a link); `null` when
 * undefined.
 */
export function degreeAssortativity(graph: AbstractGraph): number | null {
  assertSimpleUndirected(graph, 'degreeAssortativity');
  let sx = 0;
  let sxx = 0;
  let sxy = 0;
  let count = 0;
  graph.forEachEdge((_e, _a, s, t) => {
    const ds = graph.degree(s);
    const dt = graph.degree(t);
    sx += ds + dt;
    sxx += ds * ds + dt * dt;
    sxy += 2 * ds * dt;
    count += 2;
  });
  if (count === 0) return null;
  const mean = sx / count;
  const variance = sxx / count - mean * mean;
  if (!(variance > 1e-12 * Math.max(1, mean * mean))) return null;
  return (sxy / count - mean * mean) / variance;
}

/** The whole-graph figures of {@link GraphSummary} in one call. */
export function graphSummary(graph: AbstractGraph): GraphSummary {
  const components = connectedComponents(graph);
  return {
    people: graph.order,
    links: graph.size,
    density: density(graph),
    components: components.length,
    largestComponent: components.reduce((m, c) => Math.max(m, c.length), 0),
    isolates: components.filter((c) => c.length === 1).length,
    averageClustering: averageClustering(graph),
    degreeAssortativity: degreeAssortativity(graph),
  };
}
