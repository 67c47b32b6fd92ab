/**
 * Communities (Louvain)
 * =====================
 *
 * Groups of people more densely linked among themselves than with the rest, found by
 * greedy optimisation of weighted modularity (Louvain method):
 *
 *   Q = 1/(2m) Σ_ij [ w_ij - γ s_i s_j / (2m) ] δ(c_i, c_j)
 *
 * with w_ij the link weight, s_i the strength, m the total weight and γ the resolution
 * (higher γ, smaller communities).
 *
 * Conventions: link `weight` (ties + shared events) used; resolution 1; the algorithm is
 * stochastic (node order), so it takes `rng` and trackmap seeds it (seed 42 unless told
 * otherwise): the same roster and seed always give the same communities. Community ids are
 * renumbered 0, 1, 2 ... by decreasing size (ties by the first member's roster order), so
 * community 0 is the largest. Isolates form their own singleton communities.
 *
 * Implementation: graphology-communities-louvain; the modularity reported is recomputed with
 * graphology-metrics `modularity` on the returned partition.
 *
 * References:
 *   [1] Blondel, V. D., Guillaume, J.-L., Lambiotte, R., Lefebvre, E. (2008). Fast unfolding
 *       of communities in large networks. J. Stat. Mech. P10008. doi:10.1088/1742-5468/2008/10/P10008
 *   [2] Newman, M. E. J. (2006). Modularity and community structure in networks. PNAS
 *       103(23), 8577-8582. doi:10.1073/pnas.0601602103
 */

import graphologyLouvain from 'graphology-communities-louvain';
import graphologyModularity from 'graphology-metrics/graph/modularity.js';
import type { AbstractGraph } from 'graphology-types';
import { assertSimpleUndirected } from '../graph/index.js';
import { edgeWeightReader } from '../metrics/centrality/degree.js';
import { isFunction, positiveNumber, resolveOptions } from '../options.js';
import { createRng } from '../utils/rng.js';

/** Options of {@link louvain}: resolution, random source and link weight. */
export interface LouvainOptions {
  /** @defaultValue `1` */
  resolution?: number;
  /** Random source (node order). @defaultValue `createRng(42)` (a fresh seeded generator per call) */
  rng?: () => number;
  /** Edge attribute holding the weight, or `null` for unweighted. @defaultValue `'weight'` */
  getEdgeWeight?: string | null;
}

/** Defaults of {@link LouvainOptions}: resolution 1, weighted, a fresh seeded generator per call. */
export const DEFAULT_LOUVAIN_OPTIONS: Readonly<Required<Omit<LouvainOptions, 'rng'>> & { rng: (() => number) | null }> =
  Object.freeze({ resolution: 1, rng: null, getEdgeWeight: 'weight' });

/** A Louvain partition: each person's community (0 = largest), their count and the modularity. */
export interface LouvainResult {
  /** person id → community (0 = largest). */
  communities: Record<string, number>;
  count: number;
  /** Weighted modularity of the partition (graphology-metrics, resolution as given). */
  modularity: number;
  /** Sizes by community id. */
  sizes: number[];
}

/**
 * Louvain communities with details.
 * @throws InvalidOptionError for a bad resolution or rng.
 */
export function louvainDetailed(graph: AbstractGraph, options?: LouvainOptions): LouvainResult {
  assertSimpleUndirected(graph, 'louvain');
  const opts = resolveOptions(DEFAULT_LOUVAIN_OPTIONS, options as Partial<typeof DEFAULT_LOUVAIN_OPTIONS>, {
    resolution: positiveNumber,
    rng: (v) => (v === null ? undefined : isFunction(v)),
  });
  const rng = opts.rng ?? createRng(42);
  // graphology would silently read a non-numeric weight as 1: refuse it instead
  const read = edgeWeightReader(opts.getEdgeWeight);
  const weight = (edge: string, attributes: Record<string, unknown>) => read(edge, attributes);
  if (graph.order === 0) return { communities: {}, count: 0, modularity: 0, sizes: [] };
  const raw: Record<string, number> =
    graph.size === 0
      ? Object.fromEntries(graph.nodes().map((n, i) => [n, i]))
      : graphologyLouvain(graph, { getEdgeWeight: weight, resolution: opts.resolution, rng });

  // Renumber by decreasing size, ties by first appearance in node order.
  const members = new Map<number, string[]>();
  for (const node of graph.nodes()) {
    const c = raw[node] as number;
    (members.get(c) ?? members.set(c, []).get(c))?.push(node);
  }
  const order = [...members.values()].sort((a, b) => b.length - a.length);
  const communities: Record<string, number> = {};
  order.forEach((nodes, id) => {
    for (const n of nodes) communities[n] = id;
  });
  const modularity =
    graph.size === 0
      ? 0
      : graphologyModularity(graph, {
          getNodeCommunity: (n: string) => communities[n] as number,
          getEdgeWeight: weight,
          resolution: opts.resolution,
        });
  return { communities, count: order.length, modularity, sizes: order.map((m) => m.length) };
}

/** Louvain communities: person id → community id (0 = largest). */
export function louvain(graph: AbstractGraph, options?: LouvainOptions): Record<string, number> {
  return louvainDetailed(graph, options).communities;
}

/** Writes `community` (or `attribute`) on every node. */
louvain.assign = (graph: AbstractGraph, options?: LouvainOptions & { attribute?: string }): void => {
  const { attribute = 'community', ...rest } = options ?? {};
  for (const [n, c] of Object.entries(louvain(graph, rest))) graph.setNodeAttribute(n, attribute, c);
};
