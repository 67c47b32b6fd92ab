/**
 * The all-pairs pass of an analysis
 * =================================
 *
 * What an analysis asks of the fused pass (kernels/all-pairs.ts): betweenness, closeness,
 * harmonic, and transfer betweenness from participants (everyone who is not a decision-maker)
 * to decision-makers (`isDecisionMaker`), as `transferBetweenness` does by default; exact, or
 * sampled above `approximateAbove` people with the analysis seed. `planAnalysis` builds the pass's
 * plan from it.
 */

import type { AbstractGraph } from 'graphology-types';
import type { AllPairsOptions } from '../kernels/all-pairs.js';
import type { CsrGraph } from '../kernels/csr.js';

export interface RosterAllPairsOptions {
  seed: number;
  approximate: boolean | 'auto';
  approximateAbove: number;
  epsilon: number;
  delta: number;
}

/** The options of the fused pass for a roster graph (transfer sources and targets included). */
export function rosterAllPairsInput(
  graph: AbstractGraph,
  csr: Pick<CsrGraph, 'n' | 'nodes'>,
  options: RosterAllPairsOptions,
): AllPairsOptions {
  const targets = new Uint8Array(csr.n);
  const sources = new Uint8Array(csr.n);
  for (let i = 0; i < csr.n; i++) {
    const dm = graph.getNodeAttribute(csr.nodes[i] as string, 'isDecisionMaker') === true;
    targets[i] = dm ? 1 : 0;
    sources[i] = dm ? 0 : 1;
  }
  return {
    betweenness: true,
    closeness: true,
    transfer: { targets, sources },
    approximate: options.approximate,
    approximateAbove: options.approximateAbove,
    epsilon: options.epsilon,
    delta: options.delta,
    seed: options.seed,
  };
}
