/**
 * Seeded synthetic rosters for the benchmarks (never committed: generated on the fly).
 *
 * A programme of `people` people on two sides, 15 % decision-makers, each participant with a
 * few typed ties (more often to their own side), and workshops of 12-20 people drawn from a
 * returning core plus newcomers, as in a long dialogue series. Same seed, same roster.
 */
import { createRng, type RosterSources } from '@trackmap/core';

export interface SyntheticRosterSize {
  people: number;
  tiesPerPerson: number;
  events: number;
}

export const SIZES = {
  S: { people: 200, tiesPerPerson: 3, events: 10 },
  M: { people: 1_000, tiesPerPerson: 4, events: 40 },
  L: { people: 5_000, tiesPerPerson: 5, events: 150 },
} as const satisfies Record<string, SyntheticRosterSize>;

export function generateRoster(size: SyntheticRosterSize, seed = 1): RosterSources {
  const rng = createRng(seed);
  const pick = (n: number) => Math.floor(rng() * n);
  const people = ['id,name,track,side,ideology,seniority'];
  for (let i = 0; i < size.people; i++) {
    const dm = rng() < 0.15;
    const side = rng() < 0.5 ? 'A' : 'B';
    people.push(
      `p${i},Person ${i},${dm ? 1 : rng() < 0.9 ? 2 : 1.5},${side},${(rng() * 2 - 1).toFixed(2)},${dm ? 1 + pick(5) : ''}`,
    );
  }
  const ties = ['source,target,type,weight,directed'];
  const seen = new Set<string>();
  const types = ['advises', 'colleague', 'briefed', 'friend', 'co-author'];
  for (let i = 0; i < size.people; i++) {
    for (let k = 0; k < size.tiesPerPerson; k++) {
      // half the ties go to a near index (local clustering), half anywhere
      const j = rng() < 0.5 ? (i + 1 + pick(20)) % size.people : pick(size.people);
      const key = i < j ? `${i}-${j}` : `${j}-${i}`;
      if (j === i || seen.has(key)) continue;
      seen.add(key);
      ties.push(`p${i},p${j},${types[pick(types.length)]},${1 + pick(3)},${rng() < 0.3}`);
    }
  }
  const events = ['id,name,date,round'];
  const attendance = ['person,event,role'];
  const core = Array.from({ length: Math.min(40, size.people) }, () => pick(size.people));
  for (let e = 0; e < size.events; e++) {
    events.push(
      `e${e},Workshop ${e},${2015 + Math.floor(e / 12)}-${String((e % 12) + 1).padStart(2, '0')}-15,${e + 1}`,
    );
    const present = new Set<number>();
    const n = 12 + pick(9);
    while (present.size < n) present.add(rng() < 0.5 ? (core[pick(core.length)] as number) : pick(size.people));
    for (const p of present) attendance.push(`p${p},e${e},participant`);
  }
  return {
    people: { name: 'people.csv', text: `${people.join('\n')}\n` },
    ties: { name: 'ties.csv', text: `${ties.join('\n')}\n` },
    events: { name: 'events.csv', text: `${events.join('\n')}\n` },
    attendance: { name: 'attendance.csv', text: `${attendance.join('\n')}\n` },
  };
}
