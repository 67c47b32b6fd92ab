/**
 * Bundled samples: the summary numbers their READMEs state.
 * Link counts and densities were computed independently with NetworkX 3.6.1 (nx.Graph of
 * ties plus co-attendance pairs; nx.density) and match the READMEs' "Expected" sections.
 */
import { analyzeRoster } from '@trackmap/core';
import { readRoster } from '@trackmap/core/node';
import { describe, expect, it } from 'vitest';
import { repo } from '../helpers/paths.js';

describe.each([
  {
    sample: 'quickstart',
    people: 12,
    ties: 10,
    events: 2,
    attendance: 13,
    decisionMakers: 3,
    links: 38,
    density: 0.5757575757575758,
    components: 1,
  },
  {
    sample: 'dialogue',
    people: 155,
    ties: 331,
    events: 11,
    attendance: 187,
    decisionMakers: 44,
    links: 1348,
    density: 0.1129451193967323,
    components: 5,
  },
  {
    sample: 'southern-women',
    people: 18,
    ties: 0,
    events: 14,
    attendance: 89,
    decisionMakers: 0,
    links: 139,
    density: 0.9084967320261438,
    components: 1,
  },
])('$sample', (want) => {
  it('imports every row and gives the documented summary', async () => {
    const imported = await readRoster({ dir: repo(`data-samples/${want.sample}`) });
    expect(imported.issues).toEqual([]);
    const { summary } = analyzeRoster(imported);
    expect(summary.roster.people).toBe(want.people);
    expect(summary.roster.ties).toBe(want.ties);
    expect(summary.roster.events).toBe(want.events);
    expect(summary.roster.attendance).toBe(want.attendance);
    expect(summary.access.decisionMakers).toBe(want.decisionMakers);
    expect(summary.graph.links).toBe(want.links);
    expect(summary.graph.density).toBeCloseTo(want.density, 12);
    expect(summary.graph.components).toBe(want.components);
  });
});

describe('dialogue sample: the planted patterns are visible', async () => {
  const imported = await readRoster({ dir: repo('data-samples/dialogue') });
  const { people } = analyzeRoster(imported);
  const byId = new Map(people.map((p) => [p.id, p]));

  it('the four isolated people have no path to a decision-maker', () => {
    for (const id of ['ald-070', 'ald-053', 'ves-061', 'ald-076']) {
      expect(byId.get(id)?.distance_to_track1).toBeNull();
      expect(byId.get(id)?.degree).toBe(0);
      expect(byId.get(id)?.constraint).toBeNull();
    }
  });

  it("Aldoria's participants are more often one step from an official than Veskar's", () => {
    const share = (side: string) => {
      const group = people.filter(
        (p) =>
          imported.graph.getNodeAttribute(p.id, 'side') === side &&
          !imported.graph.getNodeAttribute(p.id, 'isDecisionMaker'),
      );
      return group.filter((p) => p.track1_within_1 > 0).length / group.length;
    };
    expect(share('Aldoria')).toBeGreaterThan(share('Veskar') + 0.15);
  });
});
