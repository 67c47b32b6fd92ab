import { describe, expect, it } from 'vitest';
import { suggestInvitations, whatIf } from '../../src/design/suggest.js';
import { TrackmapError } from '../../src/errors.js';
import { parseRoster } from '../../src/import/roster-csv.js';

/*
 * Decision-makers d1 (side A), d2 (side B). Event e1 has m1 and m2 (both side A, sector ngo).
 *   m1 – d1            so the roster reaches d1 (1 step); d2 is 3 steps from m1 (m1–x–y–d2)
 *   m1 – x – y – d2    x (side A, ngo), y (side B, academia) are candidates
 *   z (side B, academia), no links
 * Attributes used: side (A, B: K = 2) and sector (ngo, academia, government: K = 3).
 */
const { graph } = parseRoster({
  people: {
    name: 'people.csv',
    text: 'id,track,side,sector\nd1,1,A,government\nd2,1,B,government\nm1,2,A,ngo\nm2,2,A,ngo\nx,2,A,ngo\ny,2,B,academia\nz,2,B,academia\n',
  },
  ties: { name: 'ties.csv', text: 'source,target\nm1,d1\nm1,x\nx,y\ny,d2\n' },
  events: { name: 'events.csv', text: 'id\ne1\n' },
  attendance: { name: 'attendance.csv', text: 'person,event\nm1,e1\nm2,e1\n' },
});
const attributes = ['side', 'sector'];

describe('suggestInvitations', () => {
  it('scores the roster: access = share of decision-makers within two steps, diversity = mean normalised Blau', () => {
    const r = suggestInvitations(graph, { members: ['m1', 'm2'], add: 0, attributes });
    // access: d1 only (m1–d1) → 1/2. side: all A → Blau 0; sector: all ngo → 0. diversity 0.
    expect(r.before).toMatchObject({ size: 2, decisionMakersReached: 1, access: 0.5, diversity: 0, score: 0.25 });
  });

  it('picks the candidate with the largest marginal gain and says what it adds', () => {
    // Candidates x, y, z (not decision-makers, not members).
    //   + x: access 1/2 (d2 is 2 steps from x? x–y–d2 = 2 → yes!) → access 1; side all A, sector all ngo → 0.
    //        score = 0.5·1 + 0.5·0 = 0.5
    //   + y: y–d2 1 step → access 1; side {A:2,B:1} Blau = 1 − (4+1)/9 = 4/9, / (1 − 1/2) = 8/9;
    //        sector {ngo:2, academia:1} Blau 4/9, / (1 − 1/3) = 2/3; diversity = (8/9 + 2/3)/2 = 7/9
    //        score = 0.5 + 0.5·7/9 = 8/9 ≈ 0.889
    //   + z: access stays 1/2; same diversity as y: 7/9 → score 0.25 + 7/18 ≈ 0.639
    // → y first, bringing d2 and the categories side B, sector academia.
    const r = suggestInvitations(graph, { members: ['m1', 'm2'], add: 1, attributes });
    expect(r.steps).toHaveLength(1);
    expect(r.steps[0]).toMatchObject({
      action: 'add',
      person: 'y',
      decisionMakers: ['d2'],
      categories: ['side: B', 'sector: academia'],
    });
    expect(r.steps[0]?.after).toBeCloseTo(8 / 9, 12);
    expect(r.after.access).toBe(1);
  });

  it('stops when nobody raises the score, and honours the weights', () => {
    // With diversity only: y and z tie on diversity (7/9); y comes first in roster order? No: x, y, z
    // order → y is the first with the best score. Then adding z: side {A:2, B:2} → Blau 1/2 → 1;
    // sector {ngo:2, academia:2} → 1/2 / (2/3) = 3/4 → diversity 7/8 > 7/9: z is added too.
    const r = suggestInvitations(graph, {
      members: ['m1', 'm2'],
      add: 5,
      attributes,
      weights: { access: 0, diversity: 1 },
    });
    expect(r.steps.map((s) => s.person)).toEqual(['y', 'z']);
    // adding x afterwards only lowers diversity, so the greedy stops at two
    expect(r.after.diversity).toBeCloseTo(7 / 8, 12);
  });

  it('what-if: the effect of adding and removing named people', () => {
    // m1 and m2 attended e1 together, so they are linked: d1 is 1 step from m1, 2 from m2.
    // + z: access 1/2, diversity 7/9. − m1: m2 still reaches d1, nothing lost.
    // − m2: nobody left within two steps of d1 → d1 out of reach, access 0.
    const r = whatIf(graph, { members: ['m1', 'm2'], add: ['z'], remove: ['m1', 'm2'], attributes });
    expect(r.steps.map((s) => [s.action, s.person, s.decisionMakers])).toEqual([
      ['add', 'z', []],
      ['drop', 'm1', []],
      ['drop', 'm2', ['d1']],
    ]);
    expect(r.after.access).toBe(0);
    expect(r.members).toEqual(['z']);
  });

  it('refuses unknown people', () => {
    expect(() => suggestInvitations(graph, { members: ['nobody'] })).toThrow(TrackmapError);
    expect(() => whatIf(graph, { members: ['m1'], add: ['ghost'] })).toThrow(TrackmapError);
  });
});
