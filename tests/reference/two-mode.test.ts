/**
 * A two-mode roster (people × events, no ties): the Davis Southern Women data imported from
 * CSV through the full pipeline. The person graph must be NetworkX's
 * `bipartite.weighted_projected_graph` (weight = shared events), and every measure must match
 * NetworkX on it. Source: tests/reference/fixtures/networkx-values.json ("davis"), NetworkX 3.6.1.
 * Tolerance 1e-6 (1e-4 PageRank and eigenvector).
 */
import { analyzeRoster, PERSON_MEASURES } from '@trackmap/core';
import { readRoster } from '@trackmap/core/node';
import { describe, expect, it } from 'vitest';
import { oracle } from '../helpers/networkx.js';
import { repo } from '../helpers/paths.js';

describe('Davis Southern Women roster (two-mode)', async () => {
  const imported = await readRoster({ dir: repo('data-samples/southern-women') });
  const ref = oracle.graphs.davis!;

  it('projects co-attendance exactly as NetworkX does', () => {
    const { graph } = imported;
    expect(graph.order).toBe(18);
    expect(graph.size).toBe(ref.edges.length);
    for (const [u, v, w] of ref.edges) {
      const e = graph.edge(u, v);
      expect(e, `${u}-${v}`).toBeDefined();
      expect(graph.getEdgeAttribute(e!, 'weight')).toBe(w);
      expect(graph.getEdgeAttribute(e!, 'sharedEvents')).toBe(w);
    }
  });

  it('per-person measures match NetworkX', () => {
    const analysis = analyzeRoster(imported);
    for (const measure of [
      'degree',
      'strength',
      'betweenness',
      'closeness',
      'harmonic',
      'pagerank',
      'eigenvector',
      'constraint',
      'clustering',
    ] as const) {
      expect(PERSON_MEASURES).toContain(measure);
      const tolerance = measure === 'pagerank' || measure === 'eigenvector' ? 1e-4 : 1e-6;
      const expected = ref.perNode[measure]!;
      for (const row of analysis.people) {
        const want = expected[row.id];
        expect(want, `${measure} ${row.id}`).not.toBeUndefined();
        expect(Math.abs((row[measure] as number) - (want as number)), `${measure} ${row.id}`).toBeLessThanOrEqual(
          tolerance,
        );
      }
    }
    expect(analysis.summary.graph.density).toBeCloseTo(ref.graph.density as number, 12);
    // no decision-makers in this roster: access is undefined, not zero
    expect(analysis.people.every((p) => p.distance_to_track1 === null)).toBe(true);
    expect(analysis.summary.access.decisionMakers).toBe(0);
  });
});
