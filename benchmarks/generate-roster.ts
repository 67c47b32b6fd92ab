/**
 * Seeded synthetic rosters for the benchmarks (never committed: generated on the fly)
 * ===================================================================================
 *
 * A long dialogue programme as the issue describes it (#6): two sides (A and B), Track I
 * officials (about 10 %, seniority 1-5) who come to few events, Track 1.5 (10 %) and Track II
 * participants; events of 10-40 people grouped into rounds (three events each, at most about 150 rounds), dated month by month; and
 * typed direct ties (advises, briefed, colleague, co-author, friend), dated or not, some ended.
 *
 * Attendance is skewed as in real series: each person has a Zipf weight 1/r^0.8 (r a random rank),
 * so a few regulars attend dozens of events and most people one or two. People also belong to one
 * of `people / 100` topic or regional groups, and an event draws 70 % of its people from one group
 * (the rest from anyone): this gives the network communities and clustering, as real rosters have.
 * Some events are one side's preparatory meetings (20 %).
 *
 * The number of events is tuned so that M (5,000 people) projects about 158,000 links, the size
 * the issue measured igraph and graphology on. Same seed, same roster.
 */
import { createRng, type RosterSources } from '@trackmap/core';

export interface SyntheticRosterSize {
  people: number;
  /** Events per person (the programme's density). */
  eventsPerPerson: number;
  /** Direct ties per person. */
  tiesPerPerson: number;
}

export const SIZES = {
  S: { people: 500, eventsPerPerson: 0.1, tiesPerPerson: 1.5 },
  M: { people: 5_000, eventsPerPerson: 0.1, tiesPerPerson: 1.5 },
  L: { people: 50_000, eventsPerPerson: 0.1, tiesPerPerson: 1.5 },
} as const satisfies Record<string, SyntheticRosterSize>;

export type SizeName = keyof typeof SIZES;

/** Weighted sampling by binary search on cumulative weights. */
class WeightedPicker {
  private readonly cumulative: Float64Array;
  constructor(
    readonly items: Int32Array,
    weights: ArrayLike<number>,
  ) {
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    for (let i = 0; i < items.length; i++) {
      sum += weights[items[i] as number] as number;
      this.cumulative[i] = sum;
    }
  }
  pick(rng: () => number): number {
    const c = this.cumulative;
    const x = rng() * (c[c.length - 1] as number);
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((c[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo] as number;
  }
}

export function generateRoster(size: SyntheticRosterSize, seed = 1): RosterSources {
  const rng = createRng(seed);
  const n = size.people;
  const int = (k: number) => Math.floor(rng() * k);
  const groups = Math.max(2, Math.round(n / 100));

  const side = new Uint8Array(n);
  const track = new Array<string>(n);
  const group = new Int32Array(n);
  const weight = new Float64Array(n);
  const people = ['id,name,track,side,sector,ideology,seniority'];
  const sectors = ['academia', 'government', 'military', 'media', 'NGO', 'business', 'religious'];
  // Zipf ranks: a random permutation, so regulars are spread over sides and groups.
  const rank = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = int(i + 1);
    [rank[i], rank[j]] = [rank[j] as number, rank[i] as number];
  }
  for (let i = 0; i < n; i++) {
    side[i] = rng() < 0.5 ? 0 : 1;
    const u = rng();
    track[i] = u < 0.1 ? '1' : u < 0.2 ? '1.5' : '2';
    group[i] = int(groups);
    // Officials come to fewer events than their rank alone would give.
    weight[i] = (1 / ((rank[i] as number) + 1) ** 0.8) * (track[i] === '1' ? 0.3 : 1);
    const seniority = track[i] === '1' ? String(1 + int(5)) : '';
    const sector = track[i] === '1' ? 'government' : (sectors[int(sectors.length)] as string);
    people.push(
      `p${i},Person ${i},${track[i]},${side[i] ? 'B' : 'A'},${sector},${(rng() * 2 - 1).toFixed(2)},${seniority}`,
    );
  }
  const all = new WeightedPicker(
    Int32Array.from({ length: n }, (_, i) => i),
    weight,
  );
  const byGroup: number[][] = Array.from({ length: groups }, () => []);
  const bySide: number[][] = [[], []];
  for (let i = 0; i < n; i++) {
    byGroup[group[i] as number]?.push(i);
    bySide[side[i] as number]?.push(i);
  }
  const groupPickers = byGroup.map((members) => new WeightedPicker(Int32Array.from(members), weight));
  const sidePickers = bySide.map((members) => new WeightedPicker(Int32Array.from(members), weight));

  const events = ['id,name,date,round,format'];
  const attendance = ['person,event,role'];
  const eventCount = Math.max(5, Math.round(n * size.eventsPerPerson));
  // A series of at most about 150 rounds (three events each at S and M, more per round at L).
  const perRound = Math.max(3, Math.ceil(eventCount / 150));
  for (let e = 0; e < eventCount; e++) {
    const round = Math.floor(e / perRound);
    const date = `${2010 + Math.floor(round / 12)}-${String((round % 12) + 1).padStart(2, '0')}-${String(1 + (e % 3) * 9).padStart(2, '0')}`;
    const oneSide = rng() < 0.2 ? int(2) : -1;
    events.push(`e${e},Meeting ${e},${date},${round + 1},${oneSide >= 0 ? 'preparatory' : 'workshop'}`);
    const g = groupPickers[int(groups)] as WeightedPicker;
    const present = new Set<number>();
    const target = Math.min(10 + int(31), n);
    for (let tries = 0; present.size < target && tries < target * 50; tries++) {
      const p =
        oneSide >= 0 ? (sidePickers[oneSide] as WeightedPicker).pick(rng) : rng() < 0.7 ? g.pick(rng) : all.pick(rng);
      present.add(p);
    }
    let k = 0;
    for (const p of present) attendance.push(`p${p},e${e},${k++ === 0 ? 'facilitator' : 'participant'}`);
  }

  const ties = ['source,target,type,weight,directed,start,end'];
  const seen = new Set<number>();
  const types = ['colleague', 'co-author', 'friend'];
  const years = Math.max(1, Math.ceil(eventCount / 60));
  const tieCount = Math.round(n * size.tiesPerPerson);
  for (let k = 0; k < tieCount; k++) {
    const i = int(n);
    let j: number;
    let type: string;
    let directed = false;
    if (track[i] !== '1' && rng() < 0.25) {
      // a participant who advises or briefs an official of their own side
      const own = bySide[side[i] as number] as number[];
      j = own[int(own.length)] as number;
      for (let t = 0; t < 20 && track[j] !== '1'; t++) j = own[int(own.length)] as number;
      type = rng() < 0.5 ? 'advises' : 'briefed';
      directed = true;
    } else {
      const members = byGroup[group[i] as number] as number[];
      j = rng() < 0.6 ? (members[int(members.length)] as number) : int(n);
      type = types[int(types.length)] as string;
    }
    const key = i < j ? i * n + j : j * n + i;
    if (i === j || seen.has(key)) continue;
    seen.add(key);
    const dated = rng() < 0.5;
    const start = dated ? `${2010 + int(years)}-${String(1 + int(12)).padStart(2, '0')}` : '';
    const end = dated && rng() < 0.1 ? `${2010 + years + int(3)}` : '';
    ties.push(`p${i},p${j},${type},${1 + int(3)},${directed},${start},${end}`);
  }
  return {
    people: { name: 'people.csv', text: `${people.join('\n')}\n` },
    ties: { name: 'ties.csv', text: `${ties.join('\n')}\n` },
    events: { name: 'events.csv', text: `${events.join('\n')}\n` },
    attendance: { name: 'attendance.csv', text: `${attendance.join('\n')}\n` },
  };
}

/**
 * A roster with `rows` attendance rows, for the import at scale: `rows / 20` people (at least
 * 1,000) in working groups of 20 that meet in events of 10 (so 45 pairs per event, 4.5 million
 * co-attendance pairs per million rows, within the default `maxProjectedPairs`), over 20 years
 * and 150 rounds. Written straight to `dir` as CSV files.
 */
export function writeAttendanceRoster(rows: number, dir: string, write: (path: string, text: string) => void): void {
  const rng = createRng(7);
  const people = Math.max(1_000, Math.round(rows / 20));
  const events = Math.round(rows / 10);
  const groups = Math.floor(people / 20);
  const p = ['id,name,track,side'];
  for (let i = 0; i < people; i++) p.push(`p${i},Person ${i},${i % 10 === 0 ? 1 : 2},${i % 2 ? 'A' : 'B'}`);
  const e = ['id,date,round'];
  const a = ['person,event,role'];
  for (let k = 0; k < events; k++) {
    e.push(`e${k},${2000 + Math.floor((k * 20) / events)}-01-01,${Math.floor((k * 150) / events) + 1}`);
    const g = Math.floor(rng() * groups);
    const present = new Set<number>();
    while (present.size < 10) present.add(g * 20 + Math.floor(rng() * 20));
    for (const q of present) a.push(`p${q},e${k},participant`);
  }
  write(`${dir}/people.csv`, `${p.join('\n')}\n`);
  write(`${dir}/events.csv`, `${e.join('\n')}\n`);
  write(`${dir}/attendance.csv`, `${a.join('\n')}\n`);
}
