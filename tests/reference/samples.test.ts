/**
 * Bundled samples: the summary numbers their READMEs state.
 * Link counts and densities were computed independently with NetworkX 3.6.1 (nx.Graph of
 * ties plus co-attendance pairs; nx.density) and match the READMEs' "Expected" sections.
 */
import { analyzeRoster, markdownReport } from '@trackmap/core';
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
    people: 163,
    ties: 349,
    events: 12,
    attendance: 195,
    decisionMakers: 44,
    links: 1378,
    density: 0.10437021888964629,
    components: 5,
  },
  {
    // Decision-makers by a membership-role rule and coded missing values, from its config (issue 12).
    sample: 'board-memberships',
    people: 16,
    ties: 0,
    events: 6,
    attendance: 25,
    decisionMakers: 4,
    links: 49,
    density: 0.4083333333333333,
    components: 1,
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

describe('dialogue sample: the report names the brokers, the asymmetry and the transfer routes', async () => {
  const imported = await readRoster({ dir: repo('data-samples/dialogue') });
  const analysis = analyzeRoster(imported);
  const report = markdownReport(imported.graph, analysis, imported.issues, { title: 'dialogue' });
  const section = (title: string) => {
    const start = report.indexOf(`## ${title}`);
    expect(start, title).toBeGreaterThanOrEqual(0);
    const end = report.indexOf('\n## ', start + 3);
    return report.slice(start, end < 0 ? undefined : end);
  };

  it('the two planted brokers of the sealed Veskar cluster (ves-033, ves-040) are among the top five brokers', () => {
    // data-samples/dialogue/README.md: a cluster of Veskar participants reaches officials only
    // through ves-040 and ves-033 (in ties.csv).
    const brokers = section('Brokers between Track II and Track I');
    const rows = brokers.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows.slice(0, 5).join('\n')).toContain('ves-033');
    expect(rows.slice(0, 5).join('\n')).toContain('ves-040');
  });

  it('the asymmetry section shows both sides, own against other, and every round', () => {
    const asym = section('Asymmetry between sides');
    expect(asym).toContain('| Aldoria |');
    expect(asym).toContain('| Veskar |');
    expect(analysis.summary.asymmetry.byRound.map((r) => r.round)).toEqual(
      expect.arrayContaining(['1', '2', '3', '4', '5', '6', '7', '8']),
    );
    // planted: Aldoria's participants reach their own officials directly far more often
    const [ald, ves] = ['Aldoria', 'Veskar'].map((s) => analysis.summary.asymmetry.bySide.find((x) => x.side === s)!);
    expect(ald?.ownWithin1).toBeGreaterThan((ves?.ownWithin1 as number) + 0.15);
  });

  it('the most likely transfer routes from the latest round are listed', () => {
    const transfer = section('If an idea came out of the latest round');
    expect(transfer).toContain('round 8');
    expect(transfer.split('\n').filter((l) => l.includes(' → ')).length).toBeGreaterThan(3);
  });
});

describe('dialogue sample: the designer questions (issue #4)', async () => {
  const imported = await readRoster({ dir: repo('data-samples/dialogue') });
  const analysis = analyzeRoster(imported, { transferRuns: 0 });
  const participants = analysis.homophily.rosters.find((r) => r.roster === 'initiative:Riverside Dialogue')!;
  const all = analysis.homophily.rosters.find((r) => r.roster === 'all')!;

  it('finds the planted biases: dovish, few realists, mostly men (README items 1-3)', () => {
    expect(participants.composition.ideology.mean as number).toBeLessThan(
      (all.composition.ideology.mean as number) - 0.2,
    );
    expect(participants.composition.attributes.school.shares.realist as number).toBeLessThan(
      (all.composition.attributes.school.shares.realist as number) / 2,
    );
    expect(participants.composition.attributes.gender.shares.male as number).toBeGreaterThan(0.7);
  });

  it('flags the planted echo chamber, the Veskar Strategic Forum (README item 6), and only it', () => {
    const flagged = analysis.homophily.communities.filter((c) => c.echoChamber);
    expect(flagged).toHaveLength(1);
    const forum = ['ves-075', 'ves-076', 'ves-077', 'ves-078', 'ves-079', 'ves-080', 'ves-081', 'ves-082'];
    expect(flagged[0]?.members).toEqual(expect.arrayContaining(forum));
  });

  it('suggests invitations that raise both access and diversity', () => {
    const s = analysis.summary.suggestions!;
    expect(s.steps.length).toBeGreaterThan(0);
    expect(s.after.access).toBeGreaterThan(s.before.access);
    expect(s.after.diversity).toBeGreaterThan(s.before.diversity);
  });

  it('summary.json has top-level assortativity and ei_index keyed by attribute', () => {
    expect(Object.keys(analysis.summary.assortativity)).toEqual(
      expect.arrayContaining(['side', 'sector', 'school', 'ideology']),
    );
    expect(Object.keys(analysis.summary.ei_index)).toEqual(expect.arrayContaining(['side', 'sector', 'school']));
    expect(analysis.summary.ei_index.side).toBeCloseTo(analysis.homophily.details.side?.ei as number, 15);
  });
});

// Issue 12: the sample with a membership-role rule and coded missing values (its README).
describe('board-memberships: what its README states', () => {
  it('finds the decision-makers by their membership role, recodes sex and leaves the codes out', async () => {
    const imported = await readRoster({ dir: repo('data-samples/board-memberships') });
    const dms = imported.roster.people.filter((p) => p.isDecisionMaker).map((p) => p.id);
    expect(dms).toEqual(['b01', 'b04', 'b08', 'b11']);
    const [rule] = imported.roster.decisionMakers;
    expect(rule?.matched?.unmatched.map((u) => [u.value, u.people])).toEqual([
      ['member', 8],
      ['participant', 7],
      ['chair', 3],
      ['Senate clerk', 1],
      ['facilitator', 1],
      ['trustee', 1],
    ]);
    expect(imported.roster.mappings).toHaveLength(7);
    const { homophily } = analyzeRoster(imported, { transferRuns: 0, permutations: 0 });
    const gender = homophily.rosters.find((r) => r.kind === 'all')?.composition.attributes.gender;
    expect(gender?.counts).toEqual({ female: 5, male: 8 });
    expect(gender?.missing).toBe(3);
    expect(homophily.coverage.gender).toBeCloseTo(13 / 16, 12);
  });
});
