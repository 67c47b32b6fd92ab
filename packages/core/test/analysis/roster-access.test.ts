import { describe, expect, it } from 'vitest';
import { analyzeRoster } from '../../src/analysis/analyze.js';
import { rosterAccess } from '../../src/analysis/roster-access.js';
import { parseRoster } from '../../src/import/roster-csv.js';
import { track1Access } from '../../src/metrics/access/track1-access.js';

/* A1 (decision-maker) – a – b, and c alone: a within 1, b within 2, c unreachable. */
const imported = parseRoster({
  people: { name: 'people.csv', text: 'id,track\nA1,1\na,2\nb,2\nc,2\n' },
  ties: { name: 'ties.csv', text: 'source,target\na,A1\nb,a\n' },
});

describe('rosterAccess', () => {
  const graph = imported.graph.copy();
  track1Access.assign(graph);

  it('sums up a roster from the access measures on the graph', () => {
    expect(rosterAccess(graph, ['A1', 'a', 'b', 'c', 'a', 'nobody'])).toEqual({
      size: 4, // repeats once, unknown ids left out
      decisionMakers: 1,
      participants: 3,
      shareWithin1: 1 / 3,
      shareWithin2: 2 / 3,
      shareUnreachable: 1 / 3,
      medianDistance: 1.5,
      medianAccessScore: 0.25, // 0.5, 0.25, 0
    });
  });

  it('gives null shares for a roster without participants', () => {
    const a = rosterAccess(graph, ['A1']);
    expect([a.shareWithin1, a.shareWithin2, a.shareUnreachable, a.medianDistance]).toEqual([null, null, null, null]);
  });

  it("agrees with the analysis' access summary on the whole roster", () => {
    const { summary } = analyzeRoster(imported);
    const a = rosterAccess(graph, graph.nodes());
    expect(summary.access).toMatchObject({
      decisionMakers: a.decisionMakers,
      participants: a.participants,
      shareWithin1: a.shareWithin1,
      shareWithin2: a.shareWithin2,
      shareUnreachable: a.shareUnreachable,
      medianDistance: a.medianDistance,
      distanceHistogram: { 1: 1, 2: 1, unreachable: 1 },
    });
  });
});
