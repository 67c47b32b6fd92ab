import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { rosterComposition, rosterCompositions } from '../../src/diversity/composition.js';
import { ROSTERS_CSV_FIXED_COLUMNS, rostersCsv, sanitizeCategory } from '../../src/export/rosters-csv.js';
import { parseRoster } from '../../src/import/roster-csv.js';
import type { Person } from '../../src/types.js';

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

/** Header and rows (as objects keyed by column) of CSV text. */
function read(csv: string): { header: string[]; rows: Record<string, string>[] } {
  const records = parse(csv) as string[][];
  const header = records[0] as string[];
  return {
    header,
    rows: records.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] as string]))),
  };
}

/*
 * Same roster as test/diversity/composition.test.ts:
 *   e1 = p1 p2 p3 p4;  e2 = p1 p3 p5;  e3 = p2 p4 p6;  e4 = p5 p6
 *   p5: track 2, Pakistan, ngo, PK, no gender, liberal, no ideology
 *   p6: no track, India, academia, IN, f, constructivist, ideology 0
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
    text: 'person,event\np1,e1\np2,e1\np3,e1\np4,e1\np1,e2\np3,e2\np5,e2\np2,e3\np4,e3\np6,e3\np5,e4\np6,e4\n',
  },
});

describe('rostersCsv', () => {
  const csv = rostersCsv(rosterCompositions(roster));
  const { header, rows } = read(csv);

  it('header: fixed columns, then share_<attribute>_<category> for the reference categories', () => {
    expect(header).toEqual([
      'roster',
      'kind',
      'label',
      'size',
      'blau_track',
      'shannon_track',
      'tvd_track',
      'missing_track',
      'blau_side',
      'shannon_side',
      'tvd_side',
      'missing_side',
      'blau_sector',
      'shannon_sector',
      'tvd_sector',
      'missing_sector',
      'blau_country',
      'shannon_country',
      'tvd_country',
      'missing_country',
      'blau_gender',
      'shannon_gender',
      'tvd_gender',
      'missing_gender',
      'blau_school',
      'shannon_school',
      'tvd_school',
      'missing_school',
      'ideology_n',
      'ideology_mean',
      'ideology_sd',
      'ideology_min',
      'ideology_max',
      'ideology_range',
      'ideology_coverage',
      'tvd_ideology',
      'share_track_1',
      'share_track_1_5',
      'share_track_2',
      'share_side_india',
      'share_side_pakistan',
      'share_sector_academia',
      'share_sector_government',
      'share_sector_media',
      'share_sector_ngo',
      'share_country_in',
      'share_country_pk',
      'share_gender_f',
      'share_gender_m',
      'share_school_constructivist',
      'share_school_liberal',
      'share_school_realist',
    ]);
    expect(header.slice(0, ROSTERS_CSV_FIXED_COLUMNS.length)).toEqual(ROSTERS_CSV_FIXED_COLUMNS);
    expect(csv.endsWith('\n')).toBe(true);
    expect(rows.map((r) => r.roster)).toEqual([
      'all',
      'e1',
      'e2',
      'e3',
      'e4',
      'round:1',
      'round:2',
      'initiative:Neemrana',
      'initiative:Chaophraya',
    ]);
  });

  it('the e4 row (p5, p6), derived by hand', () => {
    const r = rows.find((x) => x.roster === 'e4') as Record<string, string>;
    const num = (c: string) => Number(r[c]);
    expect([r.roster, r.kind, r.label, r.size]).toEqual(['e4', 'event', 'Chaophraya 1', '2']);
    // track: {2: 1}, p6 missing. Blau 0, Shannon 0; vs all (1 ⅕, 1.5 ⅕, 2 ⅗): ½ (⅕ + ⅕ + ⅖) = 0.4
    expect(num('blau_track')).toBe(0);
    expect(num('shannon_track')).toBe(0);
    expect(num('tvd_track')).toBeCloseTo(0.4, 12);
    expect(num('missing_track')).toBe(0.5);
    // side: India 1, Pakistan 1 → 0.5, 1, TVD 0 against (½, ½), no missing
    expect([num('blau_side'), num('shannon_side'), num('tvd_side'), num('missing_side')]).toEqual([0.5, 1, 0, 0]);
    // sector: academia 1, ngo 1 of K = 4 → Blau 0.5, Shannon ln 2 / ln 4 = 0.5, TVD ⅓
    expect(num('blau_sector')).toBe(0.5);
    expect(num('shannon_sector')).toBeCloseTo(0.5, 12);
    expect(num('tvd_sector')).toBeCloseTo(1 / 3, 12);
    // gender: f 1, p5 missing → Blau 0, Shannon 0; vs all (f ⅗, m ⅖): ½ (⅖ + ⅖) = 0.4; missing ½
    expect([num('blau_gender'), num('shannon_gender'), num('missing_gender')]).toEqual([0, 0, 0.5]);
    expect(num('tvd_gender')).toBeCloseTo(0.4, 12);
    // school: liberal 1, constructivist 1 of K = 3 → Blau 0.5, Shannon ln 2 / ln 3 = 0.6309297535714574;
    // vs all (constructivist ⅕, liberal ⅖, realist ⅖): ½ (0.3 + 0.1 + 0.4) = 0.4
    expect(num('blau_school')).toBe(0.5);
    expect(num('shannon_school')).toBeCloseTo(0.6309297535714574, 12);
    expect(num('tvd_school')).toBeCloseTo(0.4, 12);
    // ideology: p6 only (0, bin 5): n 1, SD empty (n < 2), range 0, coverage 0.1;
    // vs all (⅕ at bins 1, 4, 5, 7, 9): ½ (4 · ⅕ + ⅘) = 0.8
    expect([r.ideology_n, r.ideology_mean, r.ideology_sd, r.ideology_min, r.ideology_max, r.ideology_range]).toEqual([
      '1',
      '0',
      '',
      '0',
      '0',
      '0',
    ]);
    expect(num('ideology_coverage')).toBe(0.1);
    expect(num('tvd_ideology')).toBeCloseTo(0.8, 12);
    // shares among known values; categories the roster lacks are 0
    expect(
      [
        'share_track_1',
        'share_track_1_5',
        'share_track_2',
        'share_sector_academia',
        'share_sector_government',
        'share_sector_media',
        'share_sector_ngo',
        'share_gender_f',
        'share_gender_m',
        'share_school_realist',
      ].map(num),
    ).toEqual([0, 0, 1, 0.5, 0, 0, 0.5, 1, 0, 0]);
  });

  it('the all row: TVD 0 everywhere, missing shares of the people file', () => {
    const all = rows[0] as Record<string, string>;
    expect([all.roster, all.kind, all.label, all.size]).toEqual(['all', 'all', 'all people', '6']);
    for (const c of header.filter((h) => h.startsWith('tvd_'))) expect(all[c]).toBe('0');
    // p6 has no track, p5 no gender, p3 no school: 1/6 each
    expect(Number(all.missing_track)).toBeCloseTo(1 / 6, 15);
    expect(Number(all.missing_gender)).toBeCloseTo(1 / 6, 15);
    expect(Number(all.missing_school)).toBeCloseTo(1 / 6, 15);
    expect(all.missing_side).toBe('0');
  });

  it('numbers round-trip losslessly', () => {
    const compositions = rosterCompositions(roster);
    const r1 = rows.find((x) => x.roster === 'round:1') as Record<string, string>;
    const c = compositions.find((x) => x.roster === 'round:1')?.composition;
    expect(Number(r1.shannon_side)).toBe(c?.attributes.side.shannon);
    expect(Number(r1.ideology_sd)).toBe(c?.ideology.sd);
  });
});

describe('rostersCsv: share column names', () => {
  it('sanitises categories: lower case, accents dropped, other runs → _', () => {
    expect(sanitizeCategory('Civil society')).toBe('civil_society');
    expect(sanitizeCategory('1.5')).toBe('1_5');
    expect(sanitizeCategory("Côte d'Ivoire")).toBe('cote_d_ivoire');
    expect(sanitizeCategory(' -Think tank- ')).toBe('think_tank');
    expect(sanitizeCategory('—')).toBe('category');
  });

  it('colliding names get _2, _3 in sorted order; an empty roster gives empty cells', () => {
    // 'Civil society' < 'civil-society' < 'civil_society' (code-unit order) → three columns
    const reference = [
      person('a', { sector: 'civil-society' }),
      person('b', { sector: 'Civil society' }),
      person('c', { sector: 'civil_society' }),
    ];
    const rows = [
      {
        roster: 'all',
        kind: 'all' as const,
        label: 'all people',
        composition: rosterComposition(reference, reference),
      },
      { roster: 'x', kind: 'event' as const, label: 'x', composition: rosterComposition([], reference) },
    ];
    const { header, rows: out } = read(rostersCsv(rows));
    const shares = header.filter((h) => h.startsWith('share_sector_'));
    expect(shares).toEqual([
      'share_sector_civil_society',
      'share_sector_civil_society_2',
      'share_sector_civil_society_3',
    ]);
    expect(shares.map((s) => Number(out[0]?.[s]))).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(shares.map((s) => out[1]?.[s])).toEqual(['', '', '']);
    expect([out[1]?.size, out[1]?.blau_sector, out[1]?.missing_sector, out[1]?.ideology_n]).toEqual(['0', '', '', '0']);
  });

  it('a category only one roster has (outside the reference) is a column, 0 for the others', () => {
    const reference = [person('a', { side: 'A' }), person('b', { side: 'B' })];
    const rows = [
      { roster: 'r1', kind: 'event' as const, label: 'r1', composition: rosterComposition(reference, reference) },
      {
        roster: 'r2',
        kind: 'event' as const,
        label: 'r2',
        composition: rosterComposition([person('c', { side: 'C' })], reference),
      },
    ];
    const { header, rows: out } = read(rostersCsv(rows));
    expect(header.filter((h) => h.startsWith('share_side_'))).toEqual(['share_side_a', 'share_side_b', 'share_side_c']);
    expect([out[0]?.share_side_a, out[0]?.share_side_b, out[0]?.share_side_c]).toEqual(['0.5', '0.5', '0']);
    expect([out[1]?.share_side_a, out[1]?.share_side_b, out[1]?.share_side_c]).toEqual(['0', '0', '1']);
  });

  it('labels that look like formulas are neutralised', () => {
    const reference = [person('a')];
    const rows = [
      { roster: '=cmd', kind: 'event' as const, label: '-x', composition: rosterComposition([], reference) },
    ];
    const { rows: out } = read(rostersCsv(rows));
    expect([out[0]?.roster, out[0]?.label]).toEqual(["'=cmd", "'-x"]);
  });
});
