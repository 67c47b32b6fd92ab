/**
 * Outputs of `trackmap transfer`: `transfer.csv` (one row per decision-maker: probability the
 * idea reaches them, its binomial standard error, median and mean steps) and
 * `transfer-intermediaries.csv` (who carried it, in how many runs).
 */

import type { CascadeResult } from '../transfer/independent-cascade.js';
import type { RosterGraph } from '../types.js';
import { toCsv } from './csv.js';

/** transfer-targets.csv: each decision-maker's reach probability, standard error and median step. */
export function transferTargetsCsv(graph: RosterGraph, result: CascadeResult): string {
  const rows = Object.entries(result.targets)
    .map(([id, t]) => ({
      id,
      name: graph.getNodeAttribute(id, 'name'),
      side: graph.getNodeAttribute(id, 'side'),
      seniority: graph.getNodeAttribute(id, 'seniority'),
      probability: t.probability,
      standard_error: t.standardError,
      median_steps: t.medianSteps,
      mean_steps: t.meanSteps,
    }))
    .sort((a, b) => b.probability - a.probability);
  return toCsv(rows, [
    'id',
    'name',
    'side',
    'seniority',
    'probability',
    'standard_error',
    'median_steps',
    'mean_steps',
  ]);
}

/** transfer-intermediaries.csv: who carries the idea, in what share of runs. */
export function transferIntermediariesCsv(graph: RosterGraph, result: CascadeResult): string {
  return toCsv(
    result.intermediaries.map((i) => ({
      id: i.id,
      name: graph.getNodeAttribute(i.id, 'name'),
      track: graph.getNodeAttribute(i.id, 'track'),
      side: graph.getNodeAttribute(i.id, 'side'),
      runs_on_path: i.count,
      share: i.share,
    })),
    ['id', 'name', 'track', 'side', 'runs_on_path', 'share'],
  );
}
