/**
 * Column resolution: the user's mapping, the nearest header, and the columns that privacy options
 * name (issue 16, items 3 and 6).
 */
import { describe, expect, it } from 'vitest';
import { RosterImportError, TrackmapError } from '../../src/errors.js';
import { editDistance, nearestHeader, resolvePeopleColumns } from '../../src/import/columns.js';
import { parseRoster } from '../../src/import/roster-csv.js';

const PEOPLE = 'id,Full Name,track,Ideology,Sex,Notes\np1,Ana,1,0.5,f,x\np2,Ben,2,-0.5,m,y\n';

function importError(run: () => unknown): RosterImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof RosterImportError) return error;
    throw error;
  }
  throw new Error('expected a RosterImportError');
}

describe('editDistance and nearestHeader', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions', () => {
    expect(editDistance('country', 'contry')).toBe(1);
    expect(editDistance('ideology', 'ideolgoy')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests the header nearest to a typo, compared like headers, and nothing when none is near', () => {
    expect(nearestHeader('Full Nme', ['id', 'Full Name', 'track'])).toBe('Full Name');
    expect(nearestHeader('contry', ['id', 'Country', 'count'])).toBe('Country');
    expect(nearestHeader('full-nme', ['id', 'Full Name'])).toBe('Full Name');
    expect(nearestHeader('Ideolgy', ['id', 'Ideology'])).toBe('Ideology');
    expect(nearestHeader('organisation', ['id', 'name'])).toBeUndefined();
  });
});

describe('CSV_UNKNOWN_COLUMN: a mapping to a header the file does not have (issue 16, item 6)', () => {
  it('--column people.name="Full Nme" stops the import at the header, suggesting "Full Name"', () => {
    const error = importError(() =>
      parseRoster({ people: { name: 'people.csv', text: PEOPLE } }, { columns: { people: { name: 'Full Nme' } } }),
    );
    const issue = error.issues.find((i) => i.code === 'CSV_UNKNOWN_COLUMN');
    expect(issue).toMatchObject({
      code: 'CSV_UNKNOWN_COLUMN',
      level: 'error',
      action: 'import-stopped',
      source: 'people.csv',
      line: 1,
      column: 'Full Nme',
    });
    expect(issue?.message.startsWith('people.csv:1:Full Nme: ')).toBe(true);
    expect(issue?.detail).toContain('"Full Name"');
    expect(issue?.hint).toContain('--column people.name=');
  });

  it('--column people.ideology="Ideolgy" stops the import instead of leaving ideology as text', () => {
    const error = importError(() =>
      parseRoster({ people: { name: 'people.csv', text: PEOPLE } }, { columns: { people: { ideology: 'Ideolgy' } } }),
    );
    expect(error.issues.map((i) => [i.code, i.column])).toEqual([['CSV_UNKNOWN_COLUMN', 'Ideolgy']]);
    expect(error.issues[0]?.detail).toContain('did you mean "Ideology"?');
  });

  it('a mapping to an existing header still works, in any case and spacing', () => {
    const { roster } = parseRoster(
      { people: { name: 'people.csv', text: PEOPLE } },
      { columns: { people: { name: 'full_name', ideology: ' IDEOLOGY ' } } },
    );
    expect(roster.people.map((p) => [p.name, p.ideology])).toEqual([
      ['Ana', 0.5],
      ['Ben', -0.5],
    ]);
  });

  it('mappings of a file the roster does not have are not checked against another file', () => {
    const { roster } = parseRoster(
      { people: { name: 'people.csv', text: PEOPLE } },
      { columns: { ties: { source: 'Person A' } } },
    );
    expect(roster.people).toHaveLength(2);
  });
});

describe('resolvePeopleColumns: columns named by --drop-column / --keep-column (issue 16, item 3)', () => {
  const { roster } = parseRoster({ people: { name: 'people.csv', text: PEOPLE } });

  it('resolves a header as written, a canonical name and an alias to the canonical key; an extra column to its name', () => {
    expect(resolvePeopleColumns(roster, ['Sex', 'gender', 'SEX', 'full name', 'notes'], '--drop-column')).toEqual([
      'gender',
      'gender',
      'gender',
      'name',
      'Notes',
    ]);
  });

  it('a name that is no column throws INVALID_OPTION at the header, suggesting the nearest one', () => {
    let error: unknown;
    try {
      resolvePeopleColumns(roster, ['Ideolgy'], '--drop-column');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TrackmapError);
    expect((error as TrackmapError).code).toBe('INVALID_OPTION');
    expect((error as TrackmapError).message).toMatch(/^people\.csv:1:Ideolgy: --drop-column "Ideolgy" names no column/);
    expect((error as TrackmapError).message).toContain('did you mean "Ideology"?');
  });

  it('a known column the file does not have is not a column of it', () => {
    expect(() => resolvePeopleColumns(roster, ['country'], '--drop-column')).toThrow(/names no column of people\.csv/);
  });
});
