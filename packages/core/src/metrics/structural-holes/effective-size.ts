/**
 * Effective size (Burt)
 * =====================
 *
 *   ES_i = Σ_{j ∈ N(i)} ( 1 − Σ_{q ∈ N(i), q ≠ j} p_iq m_jq )
 *
 * The number of a person's contacts, less the redundancy among them: contacts who all know each
 * other are, for passing information on, worth little more than one. Unweighted and undirected,
 * p_iq = 1/k_i and m_jq = 1 when j and q are linked, which reduces to (Borgatti 1997)
 *
 *   ES_i = k_i − 2 t_i / k_i
 *
 * with k_i the degree and t_i the number of links among i's contacts. It ranges from 1 (all
 * contacts linked to each other, or a single contact) to k_i (no contact knows another). Isolates
 * have no defined effective size: `null` (NetworkX gives NaN). Read it beside `constraint`.
 *
 * Matches NetworkX `effective_size(G)` (weight=None). Kernel: kernels/local.ts.
 *
 * References:
 *   [1] Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard
 *       University Press. ISBN 978-0-674-84372-1.
 *   [2] Borgatti, S. P. (1997). Structural holes: Unpacking Burt's redundancy measures.
 *       Connections 20(1), 35-38.
 */

import type { AbstractGraph } from 'graphology-types';
import { assertSimpleUndirected } from '../../graph/index.js';
import { buildCsr, valuesByKey } from '../../kernels/csr.js';
import { effectiveSizeKernel } from '../../kernels/local.js';
import { type NodeValues, nodeMeasure } from '../measure.js';

/** Burt's effective size of every person, k − 2t/k with t the links among its k contacts (Burt 1992; Borgatti 1997). */
export const effectiveSize = nodeMeasure<Record<string, never>>(
  'effective_size',
  (graph: AbstractGraph): NodeValues => {
    assertSimpleUndirected(graph, 'effectiveSize');
    const csr = buildCsr(graph);
    return valuesByKey(csr.nodes, effectiveSizeKernel(csr));
  },
);
