/**
 * Burt's constraint
 * =================
 *
 *   c_i = Σ_{j ∈ N(i)} ( p_ij + Σ_{q ∈ N(i), q ≠ i, j} p_iq p_qj )²
 *
 * with p_ij the share of i's relations invested in j. Unweighted and undirected here, so
 * p_ij = 1 / k_i for every neighbour j (k_i = degree). High constraint: a person's contacts
 * all know each other (a closed clique, no structural holes to broker across). Low
 * constraint: contacts in separate groups, the position of a broker.
 *
 * Conventions (as NetworkX `constraint(G)` with weight=None): unweighted; isolates have no
 * defined constraint (NetworkX gives NaN; trackmap gives `null`, an empty cell in CSV);
 * a person with one contact has constraint 1.
 *
 * graphology-metrics has no constraint measure; this is a direct O(Σ k_i²) implementation.
 *
 * References:
 *   [1] Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard
 *       University Press. ISBN 978-0-674-84372-1.
 *   [2] Burt, R. S. (2004). Structural holes and good ideas. American Journal of Sociology
 *       110(2), 349-399. doi:10.1086/421787
 */

import type { AbstractGraph } from 'graphology-types';
import { assertSimpleUndirected, buildAdjacencyIndex } from '../../graph/index.js';
import { type NodeValues, nodeMeasure } from '../measure.js';

export const constraint = nodeMeasure<Record<string, never>>('constraint', (graph: AbstractGraph): NodeValues => {
  assertSimpleUndirected(graph, 'constraint');
  const { nodes, offsets, targets } = buildAdjacencyIndex(graph);
  const n = nodes.length;
  const deg = (v: number) => (offsets[v + 1] as number) - (offsets[v] as number);
  // mark[v] === i + 1 when v is a neighbour of i (reset-free membership test)
  const mark = new Int32Array(n);
  const out: NodeValues = {};
  for (let i = 0; i < n; i++) {
    const ki = deg(i);
    if (ki === 0) {
      out[nodes[i] as string] = null;
      continue;
    }
    for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e++) mark[targets[e] as number] = i + 1;
    let c = 0;
    for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e++) {
      const j = targets[e] as number;
      // indirect: Σ over q adjacent to both i and j of p_iq p_qj = (1/k_i)(1/k_q)
      let indirect = 0;
      for (let f = offsets[j] as number; f < (offsets[j + 1] as number); f++) {
        const q = targets[f] as number;
        if (q !== i && mark[q] === i + 1) indirect += 1 / ki / deg(q);
      }
      const local = 1 / ki + indirect;
      c += local * local;
    }
    out[nodes[i] as string] = c;
  }
  return out;
});
