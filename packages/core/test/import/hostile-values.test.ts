/**
 * Values an adversarial review found the importer let through (issue 16): numbers beyond what a
 * double or the measures can hold (item 10), mixed encodings, Unicode forms, repeated headers and
 * files whose every row is ragged (item 11), and characters XML 1.0 cannot carry (item 7).
 * Each test failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { RosterImportError } from '../../src/errors.js';
import type { ImportIssue } from '../../src/import/issues.js';
import { type ParseRosterResult, parseRoster, type RosterSources } from '../../src/import/roster-csv.js';

const PEOPLE = { name: 'people.csv', text: 'id,name\na,Ana\nb,Ben\nc,Cy\n' };

function fails(sources: RosterSources): ImportIssue[] {
  try {
    parseRoster(sources);
  } catch (error) {
    if (error instanceof RosterImportError) return [...error.issues];
    throw error;
  }
  throw new Error('expected the import to fail');
}

const brief = (issues: readonly ImportIssue[]) =>
  issues.map((i) => [i.code, i.level, i.action, `${i.source}:${i.line}:${i.column ?? ''}`]);

describe('numbers beyond range (item 10)', () => {
  it('a tie weight of 1e400 is CSV_NUMBER_TOO_LARGE at its cell, not an INVALID_GRAPH without position', () => {
    const issues = fails({ people: PEOPLE, ties: { name: 'ties.csv', text: 'source,target,weight\na,b,1e400\n' } });
    expect(brief(issues)).toEqual([['CSV_NUMBER_TOO_LARGE', 'error', 'import-stopped', 'ties.csv:2:weight']]);
    expect(issues[0]?.message).toMatch(/^ties\.csv:2:weight: weight 1e400 is beyond 1e100/);
    expect(issues[0]?.hint).toBeDefined();
  });

  it('two weights of 1e308 on one pair (they would add up to Infinity) stop the import', () => {
    const issues = fails({
      people: PEOPLE,
      ties: { name: 'ties.csv', text: 'source,target,type,weight\na,b,advises,1e308\nb,a,colleague,1e308\n' },
    });
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['CSV_NUMBER_TOO_LARGE', 2],
      ['CSV_NUMBER_TOO_LARGE', 3],
    ]);
  });

  it('weights that are each within range but add up beyond it stop the import at the row that passes it', () => {
    const issues = fails({
      people: PEOPLE,
      ties: { name: 'ties.csv', text: 'source,target,weight\na,b,6e99\nb,c,6e99\na,c,6e99\n' },
    });
    expect(brief(issues)).toEqual([['CSV_NUMBER_TOO_LARGE', 'error', 'import-stopped', 'ties.csv:3:weight']]);
    expect(issues[0]?.detail).toContain('add up to');
  });

  it('a seniority of 1e400 is an error at its cell, not an empty cell without an issue', () => {
    const issues = fails({ people: { name: 'people.csv', text: 'id,seniority\na,1e400\nb,-1e101\nc,3\n' } });
    expect(brief(issues)).toEqual([
      ['CSV_NUMBER_TOO_LARGE', 'error', 'import-stopped', 'people.csv:2:seniority'],
      ['CSV_NUMBER_TOO_LARGE', 'error', 'import-stopped', 'people.csv:3:seniority'],
    ]);
  });

  it('large but sane numbers are kept', () => {
    const { roster } = parseRoster({
      people: { name: 'people.csv', text: 'id,seniority\na,1e99\nb,2\n' },
      ties: { name: 'ties.csv', text: 'source,target,weight\na,b,1e99\n' },
    });
    expect(roster.people[0]?.seniority).toBe(1e99);
    expect(roster.ties[0]?.weight).toBe(1e99);
  });
});

describe('encodings and Unicode forms (item 11)', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

  it('a UTF-8 file with one Windows-1252 byte on line 3 keeps UTF-8 and names line 3', () => {
    const bytes = concat(utf8('id,name\nj,José\nm,Mar'), Uint8Array.from([0xed]), utf8('a\nz,Zoë\n'));
    const { roster, issues } = parseRoster({ people: { name: 'people.csv', bytes } });
    expect(roster.people.map((p) => p.name)).toEqual(['José', 'María', 'Zoë']);
    expect(roster.files[0]?.encoding).toBe('utf-8');
    expect(brief(issues)).toEqual([['CSV_ENCODING', 'warning', 'value-changed', 'people.csv:3:']]);
  });

  it('the NFC and NFD forms of one id are one id (read as NFC), with a warning where the form changed', () => {
    const nfc = 'Jos\u00e9';
    const nfd = 'Jose\u0301';
    const result: ParseRosterResult = parseRoster({
      people: { name: 'people.csv', text: `id\n${nfc}\nb\n` },
      ties: { name: 'ties.csv', text: `source,target\n${nfd},b\n` },
    });
    expect(result.roster.ties.map((t) => [t.source, t.target])).toEqual([[nfc, 'b']]);
    expect(brief(result.issues)).toEqual([['CSV_UNICODE_FORM', 'warning', 'value-changed', 'ties.csv:2:source']]);
    // both forms in the people file: one id twice
    const issues = fails({ people: { name: 'people.csv', text: `id\n${nfc}\n${nfd}\n` } });
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['CSV_DUPLICATE_ID', 3],
      ['CSV_UNICODE_FORM', 3],
    ]);
  });

  it('a repeated header row inside a file is a skipped row with an issue, not a person named "id"', () => {
    const { roster, issues } = parseRoster({
      people: { name: 'people.csv', text: 'id,name\na,Ana\nid,name\nb,Ben\nID , Name\n' },
    });
    expect(roster.people.map((p) => p.id)).toEqual(['a', 'b']);
    expect(brief(issues)).toEqual([
      ['CSV_REPEATED_HEADER', 'warning', 'row-skipped', 'people.csv:3:'],
      ['CSV_REPEATED_HEADER', 'warning', 'row-skipped', 'people.csv:5:'],
    ]);
    expect(roster.files[0]).toMatchObject({ rowsRead: 4, rowsUsed: 2, rowsSkipped: 2 });
  });

  it('a file whose every row is one field short is an error, not 0 people and success', () => {
    const issues = fails({ people: { name: 'people.csv', text: 'id,name,track\na,Ana\nb,Ben\n' } });
    expect(brief(issues)).toEqual([
      ['CSV_RAGGED_FILE', 'error', 'import-stopped', 'people.csv:1:'],
      ['CSV_RAGGED_ROW', 'warning', 'row-skipped', 'people.csv:2:'],
      ['CSV_RAGGED_ROW', 'warning', 'row-skipped', 'people.csv:3:'],
    ]);
  });

  it('a file with some ragged rows and some good ones still imports the good ones', () => {
    const { roster, issues } = parseRoster({ people: { name: 'people.csv', text: 'id,name,track\na,Ana\nb,Ben,2\n' } });
    expect(roster.people.map((p) => p.id)).toEqual(['b']);
    expect(issues.map((i) => i.code)).toEqual(['CSV_RAGGED_ROW']);
  });
});

describe('characters XML 1.0 cannot carry (item 7)', () => {
  it('an id with \\x01 is CSV_INVALID_ID at its cell: GEXF and GraphML could not hold it', () => {
    const issues = fails({ people: { name: 'people.csv', text: 'id,name\na\u0001b,Ana\nc,Cy\n' } });
    expect(brief(issues)).toEqual([['CSV_INVALID_ID', 'error', 'import-stopped', 'people.csv:2:id']]);
    expect(issues[0]?.detail).toContain('U+0001');
  });

  it('an event id or an attendance reference with such a character is refused too', () => {
    const issues = fails({
      people: PEOPLE,
      attendance: { name: 'attendance.csv', text: 'person,event\na,e\u00011\n' },
    });
    expect(brief(issues)).toEqual([['CSV_INVALID_ID', 'error', 'import-stopped', 'attendance.csv:2:event']]);
  });

  it('a name with \\x0b (or any cell with \\x1f) is cleaned with a positioned warning; the graph holds the clean name', () => {
    const { roster, graph, issues } = parseRoster({
      people: { name: 'people.csv', text: 'id,name,notes\na,An\u000ba,ok\nb,Ben,x\u001fy\n' },
    });
    expect(roster.people.map((p) => [p.name, p.extra.notes])).toEqual([
      ['Ana', 'ok'],
      ['Ben', 'xy'],
    ]);
    expect(graph.getNodeAttribute('a', 'name')).toBe('Ana');
    expect(brief(issues)).toEqual([
      ['CSV_CONTROL_CHARACTER', 'warning', 'value-changed', 'people.csv:2:name'],
      ['CSV_CONTROL_CHARACTER', 'warning', 'value-changed', 'people.csv:3:notes'],
    ]);
    expect(issues[0]?.detail).toContain('U+000B');
  });

  it('ids with a space, a tab or a line break are ids like any other (the XML writers encode them)', () => {
    const { roster, issues } = parseRoster({ people: { name: 'people.csv', text: 'id\na b\n"a\nb"\n"a\tb"\nab\n' } });
    expect(roster.people.map((p) => p.id)).toEqual(['a b', 'a\nb', 'a\tb', 'ab']);
    expect(issues).toEqual([]);
  });
});
