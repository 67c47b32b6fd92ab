/**
 * Recoding and missing values (issue 12, "Recoding and missing values"): sex coded 1/2/9999998
 * was counted as a third gender, and the roster designer invited people because their gender was
 * unknown. The config's `attributes` recode values and name missing-value codes; missing values
 * are read as empty, so composition, E-I, assortativity and the designer leave them out; every
 * automatic mapping is counted in `roster.mappings`.
 */
import { describe, expect, it } from 'vitest';
import { suggestInvitations } from '../../src/design/suggest.js';
import { rosterComposition } from '../../src/diversity/composition.js';
import { InvalidOptionError } from '../../src/errors.js';
import { parseRoster } from '../../src/import/roster-csv.js';

const PEOPLE = ['id,Sex,track,ideology', 'a,1,Track I,0.1', 'b,2,2,-99', 'c,9999998,2,0.2', 'd,NA,II,0.3', ''].join(
  '\n',
);
const attributes = {
  Sex: { recode: { '1': 'male', '2': 'female' }, missing: ['9999998', 'na'] },
  ideology: { missing: ['-99'] },
};

describe('parseRoster: recode and missing', () => {
  it('recodes values, reads missing codes as empty, with no warning for a missing number', () => {
    const r = parseRoster({ people: { name: 'people.csv', text: PEOPLE } }, { attributes });
    expect(r.roster.people.map((p) => [p.id, p.gender, p.ideology])).toEqual([
      ['a', 'male', 0.1],
      ['b', 'female', undefined],
      ['c', undefined, 0.2],
      ['d', undefined, 0.3],
    ]);
    expect(r.issues).toEqual([]);
  });

  it('counts every automatic mapping: header alias, track labels, recoded and missing values', () => {
    const r = parseRoster({ people: { name: 'people.csv', text: PEOPLE } }, { attributes });
    expect(r.roster.mappings?.map((m) => [m.kind, m.column, m.from, m.to, m.rows])).toEqual([
      ['header', 'gender', 'Sex', 'gender', 4],
      ['track', 'track', 'II', '2', 1],
      ['track', 'track', 'Track I', '1', 1],
      ['recode', 'gender', '1', 'male', 1],
      ['recode', 'gender', '2', 'female', 1],
      ['missing', 'gender', '9999998', '', 1],
      ['missing', 'gender', 'NA', '', 1],
      ['missing', 'ideology', '-99', '', 1],
    ]);
  });

  it('composition leaves missing values out and reports them (coverage = 1 − missingShare)', () => {
    const coded = parseRoster({ people: { name: 'people.csv', text: PEOPLE } }).roster.people;
    const recoded = parseRoster({ people: { name: 'people.csv', text: PEOPLE } }, { attributes }).roster.people;
    expect(Object.keys(rosterComposition(coded, coded).attributes.gender.counts)).toEqual(['1', '2', '9999998', 'NA']);
    const gender = rosterComposition(recoded, recoded).attributes.gender;
    expect(gender.counts).toEqual({ female: 1, male: 1 });
    expect(gender.missingShare).toBe(0.5);
  });

  it('an attribute that names no column of the people file, or id, is an option error', () => {
    for (const bad of [{ Gendre: { missing: ['x'] } }, { id: { missing: ['x'] } }, { Sex: { missing: 'x' } }]) {
      expect(() => parseRoster({ people: { name: 'people.csv', text: PEOPLE } }, { attributes: bad as never })).toThrow(
        InvalidOptionError,
      );
    }
  });

  it('the designer never adds someone for a missing value; it reports coverage', () => {
    const text = ['id,gender', 'm1,male', 'm2,male', 'u,9999998', ''].join('\n');
    const plain = parseRoster({ people: { name: 'people.csv', text } });
    const coded = parseRoster(
      { people: { name: 'people.csv', text } },
      { attributes: { gender: { missing: ['9999998'] } } },
    );
    const options = { members: ['m1', 'm2'], add: 1, attributes: ['gender'] };
    expect(suggestInvitations(plain.graph, options).steps.map((s) => [s.person, s.categories])).toEqual([
      ['u', ['gender: 9999998']],
    ]);
    const r = suggestInvitations(coded.graph, options);
    expect(r.steps).toEqual([]);
    expect(r.after.coverage).toEqual({});
  });
});
