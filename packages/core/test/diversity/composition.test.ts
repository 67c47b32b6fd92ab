import { describe, expect, it } from 'vitest';
import {
  blau,
  blauNormalized,
  CATEGORICAL_ATTRIBUTES,
  DEFAULT_ROSTER_COMPOSITIONS_OPTIONS,
  DEFAULT_SHANNON_OPTIONS,
  ideologyBin,
  ideologyStats,
  type RosterCompositionRow,
  rosterComposition,
  rosterCompositions,
  rosterMemberships,
  shannon,
  totalVariationDistance,
} from '../../src/diversity/composition.js';
import { InvalidOptionError } from '../../src/errors.js';
import { parseRoster } from '../../src/import/roster-csv.js';
import type { Person } from '../../src/types.js';

/** A person with only the attributes a test needs. */
const person = (id: string, attrs: Partial<Person> = {}): Person => ({
  id,
  name: id,
  track: '',
  isDecisionMaker: false,
  extra: {},
  source: 'test',
  line: 0,
  ...attrs,
});

function optionError(fn: () => unknown): InvalidOptionError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).code).toBe('INVALID_OPTION');
    return error as InvalidOptionError;
  }
  return expect.unreachable('expected an InvalidOptionError');
}

describe('blau (Blau 1977: 1 − Σ p²)', () => {
  it('hand-derived values', () => {
    // {a:2, b:2}: p = (½, ½) → 1 − (¼ + ¼) = 0.5
    expect(blau({ a: 2, b: 2 })).toBe(0.5);
    // {a:3, b:1}: p = (¾, ¼) → 1 − (9 + 1)/16 = 0.375
    expect(blau({ a: 3, b: 1 })).toBe(0.375);
    // {a:1, b:1, c:1, d:1}: 1 − 4 · (1/16) = 0.75, the maximum 1 − 1/K for K = 4
    expect(blau({ a: 1, b: 1, c: 1, d: 1 })).toBe(0.75);
  });

  it('a single category gives 0; zero counts do not matter; empty gives null', () => {
    expect(blau({ a: 5 })).toBe(0);
    expect(blau({ a: 5, b: 0 })).toBe(0);
    expect(blau({ a: 3, b: 1, c: 0 })).toBe(0.375);
    expect(blau({})).toBeNull();
    expect(blau({ a: 0 })).toBeNull();
  });

  it('shares give the same value as counts', () => {
    expect(blau({ a: 0.75, b: 0.25 })).toBe(0.375);
  });

  it('rejects negative and non-finite counts', () => {
    expect(optionError(() => blau({ a: -1, b: 2 })).option).toBe('counts["a"]');
    optionError(() => blau({ a: Number.NaN }));
    optionError(() => blau({ a: Number.POSITIVE_INFINITY }));
  });
});

describe('blauNormalized (Blau / (1 − 1/K), not used in rosters.csv)', () => {
  it('divides by the maximum for K categories', () => {
    // {a:3, b:1}: 0.375 / (1 − ½) = 0.75 with K = 2 (the categories present)
    expect(blauNormalized({ a: 3, b: 1 })).toBe(0.75);
    // K = 3: 0.375 / (1 − ⅓) = 0.375 · 3/2 = 0.5625
    expect(blauNormalized({ a: 3, b: 1 }, { categories: 3 })).toBeCloseTo(0.5625, 12);
    // even over all K: 1
    expect(blauNormalized({ a: 1, b: 1, c: 1 })).toBeCloseTo(1, 12);
    expect(blauNormalized({ a: 4 })).toBe(0);
    expect(blauNormalized({})).toBeNull();
  });
});

describe('shannon (Shannon 1948: −Σ p ln p, normalised by ln K)', () => {
  it('default: normalised, K = the categories present', () => {
    expect(DEFAULT_SHANNON_OPTIONS).toEqual({ categories: null, normalized: true });
    // {a:2, b:2}: H = −2 · ½ ln ½ = ln 2; / ln 2 = 1
    expect(shannon({ a: 2, b: 2 })).toBe(1);
    // {a:3, b:1}: H = −(0.75 ln 0.75 + 0.25 ln 0.25) = 0.2158 + 0.3466 = 0.5623; / ln 2 = 0.8113
    // Cross-check: scipy.stats.entropy([3, 1]) = 0.5623351446188083, / log(2) = 0.8112781244591328
    expect(shannon({ a: 3, b: 1 })).toBeCloseTo(0.8112781244591328, 12);
  });

  it('raw entropy in nats with normalized: false', () => {
    // −(¾ ln ¾ + ¼ ln ¼) = 0.5623351446188083 (scipy.stats.entropy([3, 1]))
    expect(shannon({ a: 3, b: 1 }, { normalized: false })).toBeCloseTo(0.5623351446188083, 12);
    // {a:1,b:1,c:1,d:1}: ln 4
    expect(shannon({ a: 1, b: 1, c: 1, d: 1 }, { normalized: false })).toBeCloseTo(Math.log(4), 12);
  });

  it('K = 3 normalisation: categories available, not only those used', () => {
    // {a:3, b:1} with K = 3: 0.5623351446188083 / ln 3 = 0.5118595071429147
    expect(shannon({ a: 3, b: 1 }, { categories: 3 })).toBeCloseTo(0.5118595071429147, 12);
    // {a:2, b:1, c:1}: H = −(½ ln ½ + 2 · ¼ ln ¼) = ½ ln 2 + ln 2 = 1.5 ln 2 = 1.0397207708399179;
    // / ln 3 = 0.946394630357186 (scipy.stats.entropy([2, 1, 1]) / log(3))
    expect(shannon({ a: 2, b: 1, c: 1 })).toBeCloseTo(0.946394630357186, 12);
    // two of four categories, evenly: ln 2 / ln 4 = 0.5 (not 1)
    expect(shannon({ a: 1, b: 1 }, { categories: 4 })).toBeCloseTo(0.5, 12);
    // even over all three: 1 (clamped, floating point gives 0.9999999999999998 or so)
    expect(shannon({ a: 1, b: 1, c: 1 })).toBeCloseTo(1, 12);
  });

  it('single category and K ≤ 1 give 0; empty gives null', () => {
    expect(shannon({ a: 3 })).toBe(0);
    expect(shannon({ a: 3 }, { categories: 5 })).toBe(0);
    expect(shannon({ a: 3 }, { normalized: false })).toBe(0);
    expect(shannon({})).toBeNull();
    expect(shannon({ a: 0, b: 0 }, { categories: 2 })).toBeNull();
  });

  it('rejects K below the categories present and bad options', () => {
    expect(optionError(() => shannon({ a: 1, b: 1, c: 1 }, { categories: 2 })).option).toBe('categories');
    expect(optionError(() => shannon({ a: 1 }, { categories: 0 })).option).toBe('categories');
    expect(optionError(() => shannon({ a: 1 }, { categories: 1.5 })).option).toBe('categories');
    expect(optionError(() => shannon({ a: 1 }, { normalized: 'yes' as unknown as boolean })).option).toBe('normalized');
    expect(optionError(() => shannon({ a: 1 }, { base: 2 } as never)).option).toBe('base');
  });
});

describe('totalVariationDistance (½ Σ |p − q|)', () => {
  it('hand-derived values', () => {
    // (½, ½) vs (¾, ¼): ½ (¼ + ¼) = 0.25; counts are normalised, so {a:1,b:1} = (½, ½)
    expect(totalVariationDistance({ a: 1, b: 1 }, { a: 3, b: 1 })).toBe(0.25);
    expect(totalVariationDistance({ a: 0.5, b: 0.5 }, { a: 0.75, b: 0.25 })).toBe(0.25);
    // union of categories: (a ½, b ½) vs (b ½, c ½): ½ (½ + 0 + ½) = 0.5
    expect(totalVariationDistance({ a: 1, b: 1 }, { b: 1, c: 1 })).toBe(0.5);
    // disjoint: 1; identical make-up (different sizes): 0
    expect(totalVariationDistance({ a: 2 }, { b: 7 })).toBe(1);
    expect(totalVariationDistance({ a: 1, b: 3 }, { a: 2, b: 6 })).toBe(0);
    // symmetric
    expect(totalVariationDistance({ a: 3, b: 1 }, { a: 1, b: 1 })).toBe(0.25);
  });

  it('null when either side is empty', () => {
    expect(totalVariationDistance({}, { a: 1 })).toBeNull();
    expect(totalVariationDistance({ a: 1 }, { a: 0 })).toBeNull();
  });

  it('rejects negative values, naming the side', () => {
    expect(optionError(() => totalVariationDistance({ a: 1 }, { a: -1 })).option).toBe('q["a"]');
  });
});

describe('ideologyBin and ideologyStats', () => {
  it('bins of width 0.2 over [−1, 1]; 1 goes in the last bin; edges open their bin', () => {
    expect(ideologyBin(-1, 10)).toBe(0);
    // −0.8 + 1 = 0.19999999999999996 in floating point; the edge guard still puts it in bin 1
    expect(ideologyBin(-0.8, 10)).toBe(1);
    expect(ideologyBin(-0.79, 10)).toBe(1);
    expect(ideologyBin(-0.81, 10)).toBe(0);
    expect(ideologyBin(0, 10)).toBe(5);
    expect(ideologyBin(0.999, 10)).toBe(9);
    expect(ideologyBin(1, 10)).toBe(9);
    expect(ideologyBin(1, 1)).toBe(0);
    expect(optionError(() => ideologyBin(1.5, 10)).option).toBe('ideology');
    expect(optionError(() => ideologyBin(Number.NaN, 10)).option).toBe('ideology');
    expect(optionError(() => ideologyBin(0, 0)).option).toBe('bins');
  });

  it('mean, sample SD, range and coverage of four values', () => {
    /*
     * x = −0.8, −0.2, 0.4, 1:  mean = 0.4 / 4 = 0.1
     * deviations −0.9, −0.3, 0.3, 0.9 → squares 0.81 + 0.09 + 0.09 + 0.81 = 1.8
     * sample SD = √(1.8 / 3) = √0.6 = 0.7745966692414834 (numpy std(ddof=1))
     * range 1 − (−0.8) = 1.8; bins 1, 4, 7, 9 occupied → coverage 4/10
     */
    const s = ideologyStats([-0.8, -0.2, 0.4, 1]);
    expect(s.n).toBe(4);
    expect(s.mean).toBeCloseTo(0.1, 12);
    expect(s.sd).toBeCloseTo(Math.sqrt(0.6), 12);
    expect(s.min).toBe(-0.8);
    expect(s.max).toBe(1);
    expect(s.range).toBeCloseTo(1.8, 12);
    expect(s.coverage).toBe(0.4);
    expect(s.histogram).toEqual([0, 1, 0, 0, 1, 0, 0, 1, 0, 1]);
  });

  it('coverage with other bin counts', () => {
    // 4 bins of width 0.5: −0.8 → [−1, −0.5), −0.2 → [−0.5, 0), 0.4 → [0, 0.5), 1 → [0.5, 1]: all 4
    expect(ideologyStats([-0.8, -0.2, 0.4, 1], { bins: 4 }).coverage).toBe(1);
    // 2 bins, [−1, 0) and [0, 1]: three values left of 0 occupy one bin of two
    expect(ideologyStats([-0.8, -0.2, -0.1], { bins: 2 }).coverage).toBe(0.5);
    expect(optionError(() => ideologyStats([0], { bins: 2.5 })).option).toBe('bins');
  });

  it('n = 1: SD null, range 0; n = 0: all null', () => {
    const one = ideologyStats([0.3]);
    expect(one).toMatchObject({ n: 1, mean: 0.3, sd: null, min: 0.3, max: 0.3, range: 0, coverage: 0.1 });
    const none = ideologyStats([]);
    expect(none).toMatchObject({ n: 0, mean: null, sd: null, min: null, max: null, range: null, coverage: null });
    expect(none.histogram).toEqual(new Array(10).fill(0));
  });
});

describe('rosterComposition', () => {
  const reference = [
    person('r1', { gender: 'f', side: 'A', sector: 'academia', ideology: -1 }),
    person('r2', { gender: 'f', side: 'A', sector: 'media', ideology: -0.5 }),
    person('r3', { gender: 'm', side: 'B', sector: 'ngo', ideology: 0.5 }),
    person('r4', { gender: 'm', side: 'B', sector: 'business', ideology: 1 }),
    person('r5', { side: 'B', sector: 'government' }),
  ];

  it('missing values are counted apart and excluded from shares, Blau, Shannon and TVD', () => {
    // gender: f, f, m, (missing), (blank) → counts {f:2, m:1}, missing 2 of 5
    const roster = [
      person('a', { gender: 'f' }),
      person('b', { gender: 'f' }),
      person('c', { gender: 'm' }),
      person('d'),
      person('e', { gender: '  ' }),
    ];
    const g = rosterComposition(roster, reference).attributes.gender;
    expect(g.counts).toEqual({ f: 2, m: 1 });
    expect(g.missing).toBe(2);
    expect(g.missingShare).toBe(0.4);
    expect(g.shares).toEqual({ f: 2 / 3, m: 1 / 3 });
    // Blau: 1 − (4/9 + 1/9) = 4/9
    expect(g.blau).toBeCloseTo(4 / 9, 12);
    // K = 2 (f, m in the reference); H = −(⅔ ln ⅔ + ⅓ ln ⅓) = 0.6365; / ln 2 = 0.9183
    expect(g.categories).toBe(2);
    expect(g.shannon).toBeCloseTo(0.9182958340544896, 12);
    // reference gender shares (missing r5 excluded): f ½, m ½ → TVD ½ (⅙ + ⅙) = ⅙
    expect(g.tvd).toBeCloseTo(1 / 6, 12);
  });

  it('K and the share keys come from the reference (plus the roster): unused categories count', () => {
    // sector: reference has 5 categories; roster uses 2 evenly
    const c = rosterComposition([person('x', { sector: 'media' }), person('y', { sector: 'ngo' })], reference);
    const s = c.attributes.sector;
    expect(s.categories).toBe(5);
    expect(s.present).toBe(2);
    expect(s.counts).toEqual({ academia: 0, business: 0, government: 0, media: 1, ngo: 1 });
    expect(s.shares).toEqual({ academia: 0, business: 0, government: 0, media: 0.5, ngo: 0.5 });
    expect(s.blau).toBe(0.5);
    // ln 2 / ln 5 = 0.43067655807339306
    expect(s.shannon).toBeCloseTo(Math.log(2) / Math.log(5), 12);
    // reference ⅕ each: ½ (⅕ + ⅕ + ⅕ + 0.3 + 0.3) = 0.6
    expect(s.tvd).toBeCloseTo(0.6, 12);

    // a category the reference lacks is added to K, so normalised Shannon stays ≤ 1
    const extra = rosterComposition([person('x', { side: 'A' }), person('y', { side: 'C' })], reference);
    expect(extra.attributes.side.categories).toBe(3);
    expect(extra.attributes.side.counts).toEqual({ A: 1, B: 0, C: 1 });
    expect(extra.attributes.side.shannon).toBeCloseTo(Math.log(2) / Math.log(3), 12);
    // (A ½, C ½) vs reference (A ⅖, B ⅗): ½ (0.1 + 0.6 + 0.5) = 0.6
    expect(extra.attributes.side.tvd).toBeCloseTo(0.6, 12);
  });

  it('ideology statistics and TVD on the bins', () => {
    /*
     * roster: −1 (bin 0), 0.5 (bin 7), missing → n 2, missing 1 of 3
     * reference: −1 (0), −0.5 (2), 0.5 (7), 1 (9), each ¼
     * roster bins: ½ at 0 and 7 → TVD ½ (¼ + ¼ + ¼ + ¼) = 0.5
     * mean −0.25; SD √((0.75² + 0.75²)/1) = 0.75 √2 = 1.0606601717798212
     */
    const c = rosterComposition(
      [person('a', { ideology: -1 }), person('b', { ideology: 0.5 }), person('c')],
      reference,
    );
    expect(c.ideology).toMatchObject({ n: 2, missing: 1, mean: -0.25, min: -1, max: 0.5, range: 1.5, coverage: 0.2 });
    expect(c.ideology.missingShare).toBeCloseTo(1 / 3, 12);
    expect(c.ideology.sd).toBeCloseTo(0.75 * Math.SQRT2, 12);
    expect(c.ideology.tvd).toBeCloseTo(0.5, 12);
  });

  it('a person listed twice counts once', () => {
    const a = person('a', { side: 'A' });
    const c = rosterComposition([a, a, person('b', { side: 'B' })], reference);
    expect(c.size).toBe(2);
    expect(c.attributes.side.counts).toEqual({ A: 1, B: 1 });
  });

  it('an empty roster: size 0, indices and statistics null', () => {
    const c = rosterComposition([], reference);
    expect(c.size).toBe(0);
    for (const a of CATEGORICAL_ATTRIBUTES) {
      expect(c.attributes[a]).toMatchObject({ missing: 0, missingShare: null, blau: null, shannon: null, tvd: null });
      expect(c.attributes[a].shares).toEqual({});
    }
    expect(c.ideology).toMatchObject({ n: 0, mean: null, sd: null, coverage: null, tvd: null, missingShare: null });
  });

  it('rejects bad options and out-of-range ideology', () => {
    expect(optionError(() => rosterComposition([], reference, { bins: 0 })).option).toBe('bins');
    expect(optionError(() => rosterComposition([person('a', { ideology: 2 })], reference)).option).toBe('ideology');
  });
});

describe('rosterCompositions on a parsed roster', () => {
  /*
   * Six people. p6 has no track, p5 no gender and no ideology, p3 no school.
   * Events: Neemrana round 1 (e1, e2), round 2 (e3); Chaophraya (e4, no round).
   * Attendance: e1 = p1 p2 p3 p4;  e2 = p1 p3 p5;  e3 = p2 p4 p6;  e4 = p5 p6.
   * Rosters:
   *   all                   p1..p6                  6
   *   round:1 (e1 ∪ e2)     p1 p2 p3 p4 p5          5   (p1 and p3 attended both: counted once)
   *   round:2               p2 p4 p6                3
   *   initiative:Neemrana   p1..p6                  6
   *   initiative:Chaophraya p5 p6                   2
   */
  const { roster } = parseRoster({
    people: {
      name: 'people.csv',
      text: [
        'id,name,track,side,sector,country,gender,school,ideology',
        'p1,Asha,1,India,government,IN,f,realist,-0.8',
        'p2,Bilal,2,India,academia,IN,m,liberal,-0.2',
        'p3,Chandra,2,Pakistan,academia,PK,f,,0.4',
        'p4,Dawood,1.5,Pakistan,media,PK,m,realist,1',
        'p5,Ejaz,2,Pakistan,ngo,PK,,liberal,',
        'p6,Farah,,India,academia,IN,f,constructivist,0',
      ].join('\n'),
    },
    events: {
      name: 'events.csv',
      text: [
        'id,name,date,initiative,round',
        'e1,Neemrana 1a,2020-01-10,Neemrana,1',
        'e2,Neemrana 1b,2020-02-10,Neemrana,1',
        'e3,Neemrana 2,2021-01-10,Neemrana,2',
        'e4,Chaophraya 1,2019-05-01,Chaophraya,',
      ].join('\n'),
    },
    attendance: {
      name: 'attendance.csv',
      text: [
        'person,event',
        'p1,e1',
        'p2,e1',
        'p3,e1',
        'p4,e1',
        'p1,e2',
        'p3,e2',
        'p5,e2',
        'p2,e3',
        'p4,e3',
        'p6,e3',
        'p5,e4',
        'p6,e4',
      ].join('\n'),
    },
  });
  const rows = rosterCompositions(roster);
  const row = (id: string) => rows.find((r) => r.roster === id) as RosterCompositionRow;

  it('one row per roster, in order: all, events, rounds (by date), initiatives', () => {
    expect(DEFAULT_ROSTER_COMPOSITIONS_OPTIONS).toEqual({ reference: null, bins: 10 });
    expect(rows.map((r) => [r.roster, r.kind, r.label, r.composition.size])).toEqual([
      ['all', 'all', 'all people', 6],
      ['e1', 'event', 'Neemrana 1a', 4],
      ['e2', 'event', 'Neemrana 1b', 3],
      ['e3', 'event', 'Neemrana 2', 3],
      ['e4', 'event', 'Chaophraya 1', 2],
      ['round:1', 'round', 'round 1', 5],
      ['round:2', 'round', 'round 2', 3],
      ['initiative:Neemrana', 'initiative', 'Neemrana', 6],
      ['initiative:Chaophraya', 'initiative', 'Chaophraya', 2],
    ]);
  });

  it('all: counts over the whole people file, TVD 0 against itself', () => {
    const all = row('all').composition;
    // track: 1 (p1), 1.5 (p4), 2 (p2 p3 p5), missing p6
    expect(all.attributes.track.counts).toEqual({ '1': 1, '1.5': 1, '2': 3 });
    expect(all.attributes.track.missing).toBe(1);
    // Blau 1 − (1 + 1 + 9)/25 = 0.56; Shannon (scipy.stats.entropy([1, 1, 3]) / log 3) = 0.8649735207179272
    expect(all.attributes.track.blau).toBeCloseTo(0.56, 12);
    expect(all.attributes.track.shannon).toBeCloseTo(0.8649735207179272, 12);
    expect(all.attributes.side.counts).toEqual({ India: 3, Pakistan: 3 });
    expect(all.attributes.side.blau).toBe(0.5);
    expect(all.attributes.side.shannon).toBe(1);
    for (const a of CATEGORICAL_ATTRIBUTES) expect(all.attributes[a].tvd).toBe(0);
    expect(all.ideology.tvd).toBe(0);
    // ideology: −0.8, −0.2, 0.4, 1, 0 → mean 0.4/5 = 0.08; SD 0.6723094525588644 (numpy ddof=1);
    // bins 1, 4, 7, 9, 5 → coverage 0.5
    expect(all.ideology.n).toBe(5);
    expect(all.ideology.mean).toBeCloseTo(0.08, 12);
    expect(all.ideology.sd).toBeCloseTo(0.6723094525588644, 12);
    expect(all.ideology.coverage).toBe(0.5);
  });

  it('round:1 counts each of p1..p5 once; side shares and TVD by hand', () => {
    const r1 = row('round:1').composition;
    expect(r1.size).toBe(5);
    // side: India p1 p2, Pakistan p3 p4 p5
    expect(r1.attributes.side.counts).toEqual({ India: 2, Pakistan: 3 });
    // Blau 1 − (0.16 + 0.36) = 0.48; H = −(0.4 ln 0.4 + 0.6 ln 0.6) / ln 2 = 0.9709505944546688
    expect(r1.attributes.side.blau).toBeCloseTo(0.48, 12);
    expect(r1.attributes.side.shannon).toBeCloseTo(0.9709505944546688, 12);
    // against (½, ½): ½ (0.1 + 0.1) = 0.1
    expect(r1.attributes.side.tvd).toBeCloseTo(0.1, 12);
  });

  it('e4: two of the four sectors evenly is Shannon ln 2 / ln 4 = 0.5', () => {
    const sector = row('e4').composition.attributes.sector;
    expect(sector.categories).toBe(4);
    expect(sector.blau).toBe(0.5);
    expect(sector.shannon).toBeCloseTo(0.5, 12);
    // all: academia ½, government ⅙, media ⅙, ngo ⅙; e4: academia ½, ngo ½
    // → ½ (0 + ⅙ + ⅙ + ⅓) = ⅓
    expect(sector.tvd).toBeCloseTo(1 / 3, 12);
  });

  it('an event of the roster but nobody attending is a roster of size 0', () => {
    const { roster: r } = parseRoster({
      people: { name: 'people.csv', text: 'id,side\na,X\n' },
      events: { name: 'events.csv', text: 'id,round\nempty,1\n' },
    });
    const out = rosterCompositions(r);
    expect(out.map((x) => [x.roster, x.composition.size])).toEqual([
      ['all', 1],
      ['empty', 0],
      ['round:1', 0],
    ]);
    expect(out[1]?.composition.attributes.side.blau).toBeNull();
  });

  it('a user reference fixes K and the TVD baseline', () => {
    // reference: sides India, Pakistan, Bangladesh one each → 'all' side (½, ½) vs (⅓, ⅓, ⅓):
    // ½ (⅙ + ⅙ + ⅓) = ⅓; K = 3 → Shannon ln 2 / ln 3
    const reference = [
      { ...roster.people[0], id: 'q1', side: 'India' },
      { ...roster.people[0], id: 'q2', side: 'Pakistan' },
      { ...roster.people[0], id: 'q3', side: 'Bangladesh' },
    ] as Person[];
    const side = (rosterCompositions(roster, { reference })[0] as RosterCompositionRow).composition.attributes.side;
    expect(side.categories).toBe(3);
    expect(side.counts).toEqual({ Bangladesh: 0, India: 3, Pakistan: 3 });
    expect(side.shannon).toBeCloseTo(Math.log(2) / Math.log(3), 12);
    expect(side.tvd).toBeCloseTo(1 / 3, 12);
  });

  it('rejects a bad reference', () => {
    const e = optionError(() => rosterCompositions(roster, { reference: 'people.csv' as unknown as Person[] }));
    expect(e.option).toBe('reference');
  });
});

describe('rosterMemberships', () => {
  it('lists the members of every roster rosterCompositions describes, in its order', () => {
    const { roster } = parseRoster({
      people: { name: 'people.csv', text: 'id,track\na,2\nb,2\nc,2\n' },
      events: { name: 'events.csv', text: 'id,round,initiative\ne1,1,I\ne2,1,\ne3,2,I\n' },
      attendance: { name: 'attendance.csv', text: 'person,event\nb,e1\na,e1\nc,e2\na,e2\nc,e3\n' },
    });
    const rows = rosterMemberships(roster);
    expect(rows.map((r) => r.roster)).toEqual(rosterCompositions(roster).map((r) => r.roster));
    expect(rows.map((r) => [r.roster, r.members])).toEqual([
      ['all', ['a', 'b', 'c']],
      ['e1', ['b', 'a']],
      ['e2', ['c', 'a']],
      ['e3', ['c']],
      ['round:1', ['b', 'a', 'c']],
      ['round:2', ['c']],
      ['initiative:I', ['b', 'a', 'c']],
    ]);
  });
});
