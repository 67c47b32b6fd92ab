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
 * graphology-metrics has no constraint measure; this is a direct O(Σ k_i²) kernel on the CSR graph
 * (kernels/local.ts).
 *
 * References:
 *   [1] Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard
 *       University Press. ISBN 978-0-674-84372-1.
 *   [2] Burt, R. S. (2004). Structural holes and good ideas. American Journal of Sociology
 *       110(2), 349-399. doi:10.1086/421787
 */

import type { AbstractGraph } from 'graphology-types';
import { assertSimpleUndirected } from '../../graph/index.js';
import { buildCsr, valuesByKey } from '../../kernels/csr.js';
import { constraintKernel } from '../../kernels/local.js';
import { type NodeValues, nodeMeasure } from '../measure.js';

/** Burt's constraint of every person, Σ_j (p_ij + Σ_q p_iq p_qj)², unweighted as NetworkX (Burt 1992). */
export const constraint = nodeMeasure<Record<string, never>>('constraint', (graph: AbstractGraph): NodeValues => {
  assertSimpleUndirected(graph, 'constraint');
  const csr = buildCsr(graph);
  return valuesByKey(csr.nodes, constraintKernel(csr));
});
