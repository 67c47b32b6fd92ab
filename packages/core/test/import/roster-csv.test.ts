import { describe, expect, it } from 'vitest';
import { InvalidOptionError, RosterImportError, TrackmapError } from '../../src/errors.js';
import type { ImportIssue } from '../../src/import/issues.js';
import {
  type CsvSource,
  type ParseRosterOptions,
  parseRoster,
  type RosterSources,
} from '../../src/import/roster-csv.js';

const file = (name: string, text: string): CsvSource => ({ name, text });
const PEOPLE_ABC = file('people.csv', 'id\na\nb\nc\n');

/** The parts of an issue the contract fixes (docs/roster-format.md): code, level, action, position. */
const where = (i: ImportIssue | undefined) =>
  i && { code: i.code, level: i.level, action: i.action, source: i.source, line: i.line, column: i.column };

function importFailure(sources: RosterSources, options?: ParseRosterOptions): RosterImportError {
  try {
    parseRoster(sources, options);
  } catch (error) {
    expect(error).toBeInstanceOf(RosterImportError);
    expect(error).toBeInstanceOf(TrackmapError);
    expect((error as RosterImportError).code).toBe('IMPORT_FAILED');
    return error as RosterImportError;
  }
  return expect.unreachable('parseRoster should have thrown a RosterImportError');
}

function optionFailure(options: ParseRosterOptions): InvalidOptionError {
  try {
    parseRoster({ people: PEOPLE_ABC }, options);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).code).toBe('INVALID_OPTION');
    return error as InvalidOptionError;
  }
  return expect.unreachable('parseRoster should have thrown an InvalidOptionError');
}

describe('parseRoster: one test per issue code (docs/roster-format.md, "Problems")', () => {
  it('CSV_SYNTAX: error, nothing imported', () => {
    // line 3 opens a quote in the "name" field that never closes
    const e = importFailure({ people: file('people.csv', 'id,name\na,Ann\nb,"Bob\n') });
    expect(e.issues.map(where)).toEqual([
      { code: 'CSV_SYNTAX', level: 'error', action: 'import-stopped', source: 'people.csv', line: 3, column: 'name' },
    ]);
  });

  it('CSV_MISSING_COLUMN: error at line 1 naming the required column', () => {
    const e = importFailure({ people: file('people.csv', 'name,track\nAnn,1\n') });
    expect(e.issues.map(where)).toEqual([
      {
        code: 'CSV_MISSING_COLUMN',
        level: 'error',
        action: 'import-stopped',
        source: 'people.csv',
        line: 1,
        column: 'id',
      },
    ]);
  });

  it('CSV_MISSING_COLUMN: every missing required column of ties is reported', () => {
    const e = importFailure({ people: PEOPLE_ABC, ties: file('ties.csv', 'type,weight\nx,1\n') });
    expect(e.issues.map((i) => [i.code, i.source, i.line, i.column])).toEqual([
      ['CSV_MISSING_COLUMN', 'ties.csv', 1, 'source'],
      ['CSV_MISSING_COLUMN', 'ties.csv', 1, 'target'],
    ]);
  });

  it('CSV_MISSING_COLUMN: an empty file (no header line)', () => {
    const e = importFailure({ people: file('people.csv', '') });
    expect(e.issues.map((i) => [i.code, i.level, i.source, i.line])).toEqual([
      ['CSV_MISSING_COLUMN', 'error', 'people.csv', 1],
    ]);
  });

  it('CSV_DUPLICATE_COLUMN: two headers mapping to the same column', () => {
    // "name" and "Full Name" (alias full_name) both mean name; the second is reported
    const e = importFailure({ people: file('people.csv', 'id,name,Full Name\na,A,B\n') });
    expect(e.issues.map(where)).toEqual([
      {
        code: 'CSV_DUPLICATE_COLUMN',
        level: 'error',
        action: 'import-stopped',
        source: 'people.csv',
        line: 1,
        column: 'Full Name',
      },
    ]);
    expect(e.issues[0]?.columnIndex).toBe(2);
  });

  it('CSV_DUPLICATE_ID: a person id twice', () => {
    // a on lines 2 and 4; the second is the error
    const e = importFailure({ people: file('people.csv', 'id\na\nb\na\n') });
    expect(e.issues.map(where)).toEqual([
      {
        code: 'CSV_DUPLICATE_ID',
        level: 'error',
        action: 'import-stopped',
        source: 'people.csv',
        line: 4,
        column: 'id',
      },
    ]);
    expect(e.issues[0]?.value).toBe('a');
  });

  it('CSV_DUPLICATE_ID: an event id twice', () => {
    const e = importFailure({ people: PEOPLE_ABC, events: file('events.csv', 'event_id,title\ne1,A\ne1,B\n') });
    expect(e.issues.map(where)).toEqual([
      {
        code: 'CSV_DUPLICATE_ID',
        level: 'error',
        action: 'import-stopped',
        source: 'events.csv',
        line: 3,
        column: 'event_id',
      },
    ]);
  });

  it('CSV_RAGGED_ROW: warning, row skipped', () => {
    // line 2 has 3 non-empty fields for a 2-column header
    const r = parseRoster({ people: file('people.csv', 'id,name\na,Ann,extra\nb,Bob\n') });
    expect(r.issues.map(where)).toEqual([
      {
        code: 'CSV_RAGGED_ROW',
        level: 'warning',
        action: 'row-skipped',
        source: 'people.csv',
        line: 2,
        column: 'field 3',
      },
    ]);
    expect(r.roster.people.map((p) => p.id)).toEqual(['b']);
  });

  it('CSV_MISSING_ID: a person without id, a tie without source, an attendance without event', () => {
    const r = parseRoster({
      people: file('people.csv', 'id,name\n,Nobody\na,Ann\nb,Bob\n'),
      ties: file('ties.csv', 'source,target\n,b\na,b\n'),
      attendance: file('attendance.csv', 'person,event\na,\na,e1\n'),
    });
    expect(r.issues.map(where)).toEqual([
      {
        code: 'CSV_MISSING_ID',
        level: 'warning',
        action: 'row-skipped',
        source: 'attendance.csv',
        line: 2,
        column: 'event',
      },
      { code: 'CSV_MISSING_ID', level: 'warning', action: 'row-skipped', source: 'people.csv', line: 2, column: 'id' },
      {
        code: 'CSV_MISSING_ID',
        level: 'warning',
        action: 'row-skipped',
        source: 'ties.csv',
        line: 2,
        column: 'source',
      },
    ]);
    expect(r.roster.people.map((p) => p.id)).toEqual(['a', 'b']);
    expect(r.roster.ties).toHaveLength(1);
    expect(r.roster.attendance).toHaveLength(1);
  });

  it('CSV_UNKNOWN_NODE: ties and attendance naming unknown people or events', () => {
    const r = parseRoster({
      people: PEOPLE_ABC,
      ties: file('ties.csv', 'source,target\na,zz\nyy,b\n'),
      events: file('events.csv', 'id\ne1\n'),
      attendance: file('attendance.csv', 'person,event\nzz,e1\na,e9\n'),
    });
    expect(r.issues.map((i) => ({ ...where(i), value: i.value }))).toEqual([
      {
        code: 'CSV_UNKNOWN_NODE',
        level: 'warning',
        action: 'row-skipped',
        source: 'attendance.csv',
        line: 2,
        column: 'person',
        value: 'zz',
      },
      {
        code: 'CSV_UNKNOWN_NODE',
        level: 'warning',
        action: 'row-skipped',
        source: 'attendance.csv',
        line: 3,
        column: 'event',
        value: 'e9',
      },
      {
        code: 'CSV_UNKNOWN_NODE',
        level: 'warning',
        action: 'row-skipped',
        source: 'ties.csv',
        line: 2,
        column: 'target',
        value: 'zz',
      },
      {
        code: 'CSV_UNKNOWN_NODE',
        level: 'warning',
        action: 'row-skipped',
        source: 'ties.csv',
        line: 3,
        column: 'source',
        value: 'yy',
      },
    ]);
    expect(r.roster.ties).toEqual([]);
    expect(r.roster.attendance).toEqual([]);
  });

  it('without an events file, attendance accepts any event id', () => {
    const r = parseRoster({ people: PEOPLE_ABC, attendance: file('attendance.csv', 'person,event\na,e1\nb,e1\n') });
    expect(r.issues).toEqual([]);
    expect(r.roster.attendance.map((a) => [a.person, a.event])).toEqual([
      ['a', 'e1'],
      ['b', 'e1'],
    ]);
  });

  it('CSV_BAD_NUMBER: tie row skipped for a bad weight; person value dropped for a bad ideology', () => {
    const r = parseRoster({
      people: file('people.csv', 'id,ideology,seniority\na,high,3\nb,0.5,senior\nc,,\n'),
      ties: file('ties.csv', 'source,target,weight\na,b,three\na,c,2\n'),
    });
    expect(r.issues.map(where)).toEqual([
      {
        code: 'CSV_BAD_NUMBER',
        level: 'warning',
        action: 'value-dropped',
        source: 'people.csv',
        line: 2,
        column: 'ideology',
      },
      {
        code: 'CSV_BAD_NUMBER',
        level: 'warning',
        action: 'value-dropped',
        source: 'people.csv',
        line: 3,
        column: 'seniority',
      },
      {
        code: 'CSV_BAD_NUMBER',
        level: 'warning',
        action: 'row-skipped',
        source: 'ties.csv',
        line: 2,
        column: 'weight',
      },
    ]);
    const [a, b] = r.roster.people;
    expect(a?.ideology).toBeUndefined();
    expect(a?.seniority).toBe(3);
    expect(b?.ideology).toBe(0.5);
    expect(b?.seniority).toBeUndefined();
    expect(r.roster.ties.map((t) => [t.source, t.target, t.weight])).toEqual([['a', 'c', 2]]);
  });

  it('CSV_OUT_OF_RANGE: weight <= 0 skips the tie; ideology outside [-1, 1] is dropped', () => {
    const r = parseRoster({
      people: file('people.csv', 'id,ideology\na,1.5\nb,-1\nc,1\n'),
      ties: file('ties.csv', 'source,target,weight\na,b,0\na,c,-2\nb,c,0.25\n'),
    });
    expect(r.issues.map(where)).toEqual([
      {
        code: 'CSV_OUT_OF_RANGE',
        level: 'warning',
        action: 'value-dropped',
        source: 'people.csv',
        line: 2,
        column: 'ideology',
      },
      {
        code: 'CSV_OUT_OF_RANGE',
        level: 'warning',
        action: 'row-skipped',
        source: 'ties.csv',
        line: 2,
        column: 'weight',
      },
      {
        code: 'CSV_OUT_OF_RANGE',
        level: 'warning',
        action: 'row-skipped',
        source: 'ties.csv',
        line: 3,
        column: 'weight',
      },
    ]);
    // the bounds -1 and 1 themselves are in range
    expect(r.roster.people.map((p) => p.ideology)).toEqual([undefined, -1, 1]);
    expect(r.roster.ties.map((t) => t.weight)).toEqual([0.25]);
  });

  it('CSV_SELF_TIE: row skipped', () => {
    const r = parseRoster({ people: PEOPLE_ABC, ties: file('ties.csv', 'source,target\na,a\n') });
    expect(r.issues.map(where)).toEqual([
      { code: 'CSV_SELF_TIE', level: 'warning', action: 'row-skipped', source: 'ties.csv', line: 2, column: 'target' },
    ]);
    expect(r.roster.ties).toEqual([]);
  });

  it('CSV_DUPLICATE_TIE: same source, target, type and direction; same person at the same event', () => {
    const r = parseRoster({
      people: PEOPLE_ABC,
      ties: file(
        'ties.csv',
        [
          'source,target,type,directed',
          'a,b,colleague,', // line 2: kept
          'b,a,colleague,', // line 3: undirected, same pair and type → duplicate
          'a,b,advises,true', // line 4: kept (another type)
          'b,a,advises,true', // line 5: kept (other direction)
          'a,b,advises,yes', // line 6: same as line 4 → duplicate
          '',
        ].join('\n'),
      ),
      attendance: file('attendance.csv', 'person,event\na,e1\na,e1\n'),
    });
    expect(r.issues.map(where)).toEqual([
      {
        code: 'CSV_DUPLICATE_TIE',
        level: 'warning',
        action: 'row-skipped',
        source: 'attendance.csv',
        line: 3,
        column: 'event',
      },
      {
        code: 'CSV_DUPLICATE_TIE',
        level: 'warning',
        action: 'row-skipped',
        source: 'ties.csv',
        line: 3,
        column: 'target',
      },
      {
        code: 'CSV_DUPLICATE_TIE',
        level: 'warning',
        action: 'row-skipped',
        source: 'ties.csv',
        line: 6,
        column: 'target',
      },
    ]);
    expect(r.roster.ties.map((t) => t.line)).toEqual([2, 4, 5]);
    expect(r.roster.attendance).toHaveLength(1);
  });

  it('CSV_BAD_BOOLEAN: value dropped, tie kept as undirected', () => {
    const r = parseRoster({ people: PEOPLE_ABC, ties: file('ties.csv', 'source,target,directed\na,b,sometimes\n') });
    expect(r.issues.map(where)).toEqual([
      {
        code: 'CSV_BAD_BOOLEAN',
        level: 'warning',
        action: 'value-dropped',
        source: 'ties.csv',
        line: 2,
        column: 'directed',
      },
    ]);
    expect(r.roster.ties.map((t) => [t.source, t.target, t.directed])).toEqual([['a', 'b', false]]);
  });

  it('CSV_BAD_DATE: value dropped, row kept', () => {
    const r = parseRoster({
      people: PEOPLE_ABC,
      ties: file('ties.csv', 'source,target,date,since\na,b,03/04/2021,2020-02-30\n'),
      events: file('events.csv', 'id,date\ne1,2021-13\ne2,2021-06-01T09:00\n'),
    });
    expect(r.issues.map(where)).toEqual([
      {
        code: 'CSV_BAD_DATE',
        level: 'warning',
        action: 'value-dropped',
        source: 'events.csv',
        line: 2,
        column: 'date',
      },
      { code: 'CSV_BAD_DATE', level: 'warning', action: 'value-dropped', source: 'ties.csv', line: 2, column: 'date' },
      { code: 'CSV_BAD_DATE', level: 'warning', action: 'value-dropped', source: 'ties.csv', line: 2, column: 'since' },
    ]);
    expect(r.roster.ties).toHaveLength(1);
    expect(r.roster.ties[0]?.date).toBeUndefined();
    expect(r.roster.ties[0]?.start).toBeUndefined();
    expect(r.roster.events.map((e) => e.date)).toEqual([undefined, '2021-06-01']);
  });

  it('CSV_UNKNOWN_TRACK: value kept as written, person not a decision-maker', () => {
    const r = parseRoster({ people: file('people.csv', 'id,track\na,Track IV\nb,Track I\nc,\n') });
    expect(r.issues.map(where)).toEqual([
      {
        code: 'CSV_UNKNOWN_TRACK',
        level: 'warning',
        action: 'value-kept',
        source: 'people.csv',
        line: 2,
        column: 'track',
      },
    ]);
    expect(r.roster.people.map((p) => [p.id, p.track, p.isDecisionMaker])).toEqual([
      ['a', 'Track IV', false],
      ['b', '1', true],
      ['c', '', false], // empty track: allowed, not classified
    ]);
  });

  it('CSV_RESERVED_COLUMN: an extra column named like a measure is kept as <name>_input', () => {
    const r = parseRoster({ people: file('people.csv', 'id,Degree,community\na,5,north\n') });
    expect(r.issues.map(where)).toEqual([
      {
        code: 'CSV_RESERVED_COLUMN',
        level: 'warning',
        action: 'column-renamed',
        source: 'people.csv',
        line: 1,
        column: 'Degree',
      },
      {
        code: 'CSV_RESERVED_COLUMN',
        level: 'warning',
        action: 'column-renamed',
        source: 'people.csv',
        line: 1,
        column: 'community',
      },
    ]);
    expect(r.roster.people[0]?.extra).toEqual({ Degree_input: '5', community_input: 'north' });
    expect(r.roster.files[0]?.extraColumns).toEqual(['Degree_input', 'community_input']);
    const attrs = r.graph.getNodeAttributes('a');
    expect(attrs.Degree_input).toBe('5');
    expect(attrs.community).toBeUndefined();
  });

  it('CSV_ENCODING: bytes that are not UTF-8 are read as Windows-1252, with a warning', () => {
    // line 1 'id,name', line 2 'a,Jos' + 0xE9 ('é' in Windows-1252)
    const bytes = Uint8Array.from([...new TextEncoder().encode('id,name\na,Jos'), 0xe9, 0x0a]);
    const r = parseRoster({ people: { name: 'people.csv', bytes } });
    expect(r.issues.map(where)).toEqual([
      { code: 'CSV_ENCODING', level: 'warning', action: 'none', source: 'people.csv', line: 2, column: undefined },
    ]);
    expect(r.roster.people[0]?.name).toBe('José');
    expect(r.roster.files[0]?.encoding).toBe('windows-1252');
  });

  it('CSV_EMPTY_FILE: a header but no rows', () => {
    const r = parseRoster({ people: PEOPLE_ABC, ties: file('ties.csv', 'source,target\n\n,\n') });
    expect(r.issues.map(where)).toEqual([
      { code: 'CSV_EMPTY_FILE', level: 'warning', action: 'none', source: 'ties.csv', line: 1, column: undefined },
    ]);
    expect(r.roster.files[1]).toMatchObject({ kind: 'ties', rowsRead: 0, rowsUsed: 0, rowsSkipped: 0, blankLines: 2 });
  });
});

describe('parseRoster: columns', () => {
  it('matches canonical names and aliases case-insensitively, in any order, spaces/-/_ alike', () => {
    const r = parseRoster({
      people: file(
        'people.csv',
        'SEX, Rank ,Stance,Ideology-Score,Party,Nationality,Organization,TRACK_LEVEL,Full-Name,Person ID,Sector\n' +
          'f,3,realist,-0.5,North,Ruritania,MFA,II,Ann Smith,p1,government\n',
      ),
      ties: file(
        'ties.csv',
        'From,To,Relation,Strength,Is Directed,Since,Until,Citation\np1,p2,advises,2,yes,2019,2021-03,CV\n',
      ),
      events: file(
        'events.csv',
        'Event ID,Title,Start Date,Series,Round,Type,Venue\ne1,Talks,2021-05-02,Alpha,III,workshop,Oslo\n',
      ),
      attendance: file('attendance.csv', 'Participant ID,Event_ID,Role\np1,e1,speaker\n'),
    });
    expect(r.roster.files[0]?.columns).toEqual({
      gender: 'SEX',
      seniority: 'Rank',
      school: 'Stance',
      ideology: 'Ideology-Score',
      side: 'Party',
      country: 'Nationality',
      organisation: 'Organization',
      track: 'TRACK_LEVEL',
      name: 'Full-Name',
      id: 'Person ID',
      sector: 'Sector',
    });
    expect(r.roster.people[0]).toMatchObject({
      id: 'p1',
      name: 'Ann Smith',
      track: '2',
      sector: 'government',
      organisation: 'MFA',
      country: 'Ruritania',
      side: 'North',
      ideology: -0.5,
      school: 'realist',
      seniority: 3,
      gender: 'f',
      extra: {},
    });
    expect(r.roster.files[1]?.columns).toEqual({
      source: 'From',
      target: 'To',
      type: 'Relation',
      weight: 'Strength',
      directed: 'Is Directed',
      start: 'Since',
      end: 'Until',
      evidence: 'Citation',
    });
    expect(r.roster.events[0]).toMatchObject({
      id: 'e1',
      name: 'Talks',
      date: '2021-05-02',
      initiative: 'Alpha',
      round: 'III',
      format: 'workshop',
      location: 'Oslo',
    });
    expect(r.roster.attendance[0]).toMatchObject({ person: 'p1', event: 'e1', role: 'speaker' });
  });

  it('reads every tie column through its aliases', () => {
    const r = parseRoster({
      people: file('people.csv', 'id\np1\np2\n'),
      ties: file(
        'ties.csv',
        'ego;alter;kind;strength;is_directed;date;since;until;source_note\np1;p2;advises;0,5;yes;2020-01-15;2019;2021-03;CV\n',
      ),
    });
    expect(r.issues).toEqual([]);
    expect(r.roster.ties).toEqual([
      {
        source: 'p1',
        target: 'p2',
        type: 'advises',
        weight: 0.5, // decimal comma accepted: the delimiter is ';'
        directed: true,
        date: '2020-01-15',
        start: '2019',
        end: '2021-03',
        evidence: 'CV',
        extra: {},
        line: 2,
      },
    ]);
  });

  it('applies defaults: name = id, tie type "tie", weight 1, undirected', () => {
    const r = parseRoster({
      people: file('people.csv', 'id,name\na,\nb,Bob\n'),
      ties: file('ties.csv', 'source,target\na,b\n'),
    });
    expect(r.roster.people.map((p) => p.name)).toEqual(['a', 'Bob']);
    expect(r.roster.ties[0]).toMatchObject({ type: 'tie', weight: 1, directed: false });
  });

  it('maps user header names with the columns option (doc example), normalised like headers', () => {
    const r = parseRoster(
      {
        people: file('people.csv', 'id,nom_complet,CAMP,name\na,Alice Martin,Nord,ignored-name\nb,Bruno,Sud,x\n'),
        ties: file('ties.csv', 'Person A,Person B\na,b\n'),
      },
      { columns: { people: { name: 'Nom complet', side: 'Camp' }, ties: { source: 'Person A', target: 'Person B' } } },
    );
    expect(r.issues).toEqual([]);
    expect(r.roster.people[0]).toMatchObject({ id: 'a', name: 'Alice Martin', side: 'Nord' });
    // the header "name" no longer means name (it was mapped elsewhere): kept as an extra column
    expect(r.roster.people[0]?.extra).toEqual({ name: 'ignored-name' });
    expect(r.roster.files[0]?.columns).toEqual({ id: 'id', name: 'nom_complet', side: 'CAMP' });
    expect(r.roster.ties.map((t) => [t.source, t.target])).toEqual([['a', 'b']]);
  });

  it('reports a mapped required column that is absent under its mapped name (once: CSV_UNKNOWN_COLUMN)', () => {
    const e = importFailure({ people: file('people.csv', 'id\na\n') }, { columns: { people: { id: 'Identifiant' } } });
    expect(e.issues.map((i) => [i.code, i.line, i.column])).toEqual([['CSV_UNKNOWN_COLUMN', 1, 'Identifiant']]);
  });

  it('keeps extra columns on people (extra) and as node attributes, empty values omitted', () => {
    const r = parseRoster({ people: file('people.csv', 'id,Role,Favourite Food\na,minister,\nb,adviser,soup\n') });
    expect(r.roster.files[0]?.extraColumns).toEqual(['Role', 'Favourite Food']);
    expect(r.roster.people.map((p) => p.extra)).toEqual([
      { Role: 'minister' },
      { Role: 'adviser', 'Favourite Food': 'soup' },
    ]);
    expect(r.graph.getNodeAttribute('b', 'Favourite Food')).toBe('soup');
    expect(r.graph.getNodeAttribute('a', 'Role')).toBe('minister');
    expect(r.graph.hasNodeAttribute('a', 'Favourite Food')).toBe(false);
  });

  it('keeps extra columns of ties, events and attendance', () => {
    const r = parseRoster({
      people: PEOPLE_ABC,
      ties: file('ties.csv', 'source,target,confidence\na,b,high\n'),
      events: file('events.csv', 'id,host\ne1,UN\n'),
      attendance: file('attendance.csv', 'person,event,paid\na,e1,yes\n'),
    });
    expect(r.roster.ties[0]?.extra).toEqual({ confidence: 'high' });
    expect(r.roster.events[0]?.extra).toEqual({ host: 'UN' });
    expect(r.roster.attendance[0]?.extra).toEqual({ paid: 'yes' });
  });

  it('records line numbers of people and ties as an editor shows them', () => {
    // people: 1 header, 2 a, 3-4 b with a two-line name, 5 blank, 6 c
    const r = parseRoster({
      people: file('people.csv', 'id,name\na,A\nb,"Bo\nB"\n\nc,C\n'),
      ties: file('ties.csv', 'source,target\n\na,b\n'),
    });
    expect(r.roster.people.map((p) => [p.id, p.line, p.source])).toEqual([
      ['a', 2, 'people.csv'],
      ['b', 3, 'people.csv'],
      ['c', 6, 'people.csv'],
    ]);
    expect(r.roster.ties[0]?.line).toBe(3);
  });
});

describe('parseRoster: decision-makers and tracks', () => {
  it('by default, the decision-makers are the people on track 1 (any spelling)', () => {
    const r = parseRoster({ people: file('people.csv', 'id,track\na,Track I\nb,official\nc,1.5\nd,II\n') });
    expect(r.roster.people.filter((p) => p.isDecisionMaker).map((p) => p.id)).toEqual(['a', 'b']);
    expect(r.roster.decisionMakers).toEqual([
      {
        column: 'track',
        values: ['1'],
        matched: {
          people: 2,
          values: [{ value: '1', people: 2 }],
          unmatched: [
            { value: '1.5', people: 1 },
            { value: '2', people: 1 },
          ],
          unmatchedCount: 2,
        },
      },
    ]);
    expect(r.graph.getAttribute('decisionMakers')).toEqual(r.roster.decisionMakers);
  });

  it('uses a rule on another column, values matched case-insensitively', () => {
    const rule = { column: 'Role', values: ['minister', 'Negotiator'] };
    const r = parseRoster(
      { people: file('people.csv', 'id,role,track\na,Minister,2\nb, NEGOTIATOR ,2\nc,adviser,1\nd,,1\n') },
      { decisionMakers: rule },
    );
    // c and d are on track 1 but the rule is on "role"
    expect(r.roster.people.map((p) => [p.id, p.isDecisionMaker])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false],
      ['d', false],
    ]);
    expect(r.graph.getNodeAttribute('a', 'isDecisionMaker')).toBe(true);
    expect(r.graph.getNodeAttribute('c', 'isDecisionMaker')).toBe(false);
    expect(r.graph.getAttribute('decisionMakers')).toMatchObject([rule]);
  });

  it('uses a rule on a known column (sector)', () => {
    const r = parseRoster(
      { people: file('people.csv', 'id,sector\na,Government\nb,academia\n') },
      { decisionMakers: { column: 'sector', values: ['government'] } },
    );
    expect(r.roster.people.map((p) => p.isDecisionMaker)).toEqual([true, false]);
  });

  it('maps extra track labels with the tracks option', () => {
    const r = parseRoster(
      { people: file('people.csv', 'id,track\na,Officials\nb,track 4\nc,Track 5\n') },
      { tracks: { 'Track 4': '2', Officials: '1' } },
    );
    expect(r.roster.people.map((p) => [p.id, p.track, p.isDecisionMaker])).toEqual([
      ['a', '1', true],
      ['b', '2', false],
      ['c', 'Track 5', false],
    ]);
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([['CSV_UNKNOWN_TRACK', 4]]);
  });
});

describe('parseRoster: errors and strictness', () => {
  it("onInvalidRow: 'throw' turns a warning into a RosterImportError that contains it", () => {
    const sources = { people: PEOPLE_ABC, ties: file('ties.csv', 'source,target,weight\na,b,three\n') };
    // control: collected by default
    expect(parseRoster(sources).issues.map((i) => i.code)).toEqual(['CSV_BAD_NUMBER']);
    const e = importFailure(sources, { onInvalidRow: 'throw' });
    expect(e.issues.map(where)).toEqual([
      {
        code: 'CSV_BAD_NUMBER',
        level: 'warning',
        action: 'row-skipped',
        source: 'ties.csv',
        line: 2,
        column: 'weight',
      },
    ]);
  });

  it("onInvalidRow: 'throw' does not throw on a clean roster", () => {
    expect(parseRoster({ people: PEOPLE_ABC }, { onInvalidRow: 'throw' }).issues).toEqual([]);
  });

  it('carries every issue of every file: two errors in two files, and the warnings', () => {
    const e = importFailure({
      people: file('people.csv', 'id,name\na,"Ann\n'), // CSV_SYNTAX at line 2
      ties: file('ties.csv', 'from,weight\na,1\n'), // CSV_MISSING_COLUMN (target)
      events: file('events.csv', 'id\n'), // CSV_EMPTY_FILE warning
    });
    expect(e.issues.map((i) => [i.code, i.level, i.source, i.line])).toEqual([
      ['CSV_EMPTY_FILE', 'warning', 'events.csv', 1],
      ['CSV_SYNTAX', 'error', 'people.csv', 2],
      ['CSV_MISSING_COLUMN', 'error', 'ties.csv', 1],
    ]);
  });

  it('carries every row-level error: duplicate ids in people and in events', () => {
    const e = importFailure({
      people: file('people.csv', 'id\na\na\n'),
      events: file('events.csv', 'id\ne1\ne1\n'),
    });
    expect(e.issues.map((i) => [i.code, i.source, i.line])).toEqual([
      ['CSV_DUPLICATE_ID', 'events.csv', 3],
      ['CSV_DUPLICATE_ID', 'people.csv', 3],
    ]);
  });

  it.each([
    ['onInvalidRow', { onInvalidRow: 'ignore' as 'throw' }],
    ['decisionMakers', { decisionMakers: { column: 'role', values: [] } }],
    ['decisionMakers', { decisionMakers: { column: 3 as unknown as string, values: ['x'] } }],
    ['tracks["Track 4"]', { tracks: { 'Track 4': '4' } }],
  ])('a bad option throws InvalidOptionError naming %s', (option, options) => {
    expect(optionFailure(options).option).toBe(option);
  });
});

describe('parseRoster: accounting and input forms', () => {
  it('rowsRead = rowsUsed + rowsSkipped on a file with several kinds of bad rows', () => {
    const ties = [
      'source,target,type,weight,directed,date', // 1 header
      'a,b,colleague,1,,', // 2 used
      'a,b,colleague,2,,', // 3 CSV_DUPLICATE_TIE: skipped
      'a,a,,,,', // 4 CSV_SELF_TIE: skipped
      'a,zz,,,,', // 5 CSV_UNKNOWN_NODE: skipped
      ',b,,,,', // 6 CSV_MISSING_ID: skipped
      'a,c,,three,,', // 7 CSV_BAD_NUMBER: skipped
      'a,c,,0,,', // 8 CSV_OUT_OF_RANGE: skipped
      'a,c,advises,1,sometimes,', // 9 CSV_BAD_BOOLEAN: used, value dropped
      'b,c,,,,2021-13-01', // 10 CSV_BAD_DATE: used, value dropped
      'a,b,c,1,true,2021,extra', // 11 CSV_RAGGED_ROW: skipped
      '', // 12 blank
      ',,,,,', // 13 all empty: blank
      '',
    ].join('\n');
    const r = parseRoster({ people: PEOPLE_ABC, ties: file('ties.csv', ties) });
    const report = r.roster.files.find((f) => f.kind === 'ties');
    // read: lines 2-11 = 10; used: lines 2, 9, 10 = 3; skipped: 7; blank: lines 12, 13
    expect(report).toMatchObject({ rowsRead: 10, rowsUsed: 3, rowsSkipped: 7, blankLines: 2 });
    expect(r.roster.ties.map((t) => t.line)).toEqual([2, 9, 10]);
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([
      ['CSV_DUPLICATE_TIE', 3],
      ['CSV_SELF_TIE', 4],
      ['CSV_UNKNOWN_NODE', 5],
      ['CSV_MISSING_ID', 6],
      ['CSV_BAD_NUMBER', 7],
      ['CSV_OUT_OF_RANGE', 8],
      ['CSV_BAD_BOOLEAN', 9],
      ['CSV_BAD_DATE', 10],
      ['CSV_RAGGED_ROW', 11],
    ]);
    for (const f of r.roster.files) expect(f.rowsRead).toBe(f.rowsUsed + f.rowsSkipped);
  });

  it('accounts for people, events and attendance too', () => {
    const r = parseRoster({
      people: file('people.csv', 'id,name\na,A\n,none\nb,B,x\nc,C\n'), // used a, c; skipped 2
      events: file('events.csv', 'id\ne1\n\n'), // used 1
      attendance: file('attendance.csv', 'person,event\na,e1\nzz,e1\na,e1\n,e1\n'), // used 1; skipped 3
    });
    expect(r.roster.files.map((f) => [f.kind, f.rowsRead, f.rowsUsed, f.rowsSkipped])).toEqual([
      ['people', 4, 2, 2],
      ['events', 1, 1, 0],
      ['attendance', 4, 1, 3],
    ]);
  });

  it('reads bytes as well as text (UTF-8 with BOM; semicolons; decimal comma)', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('id;name;ideology\r\nz;Zoë;0,5\r\n')]);
    const r = parseRoster({ people: { name: 'people.csv', bytes } });
    expect(r.issues).toEqual([]);
    expect(r.roster.people[0]).toMatchObject({ id: 'z', name: 'Zoë', ideology: 0.5 });
    expect(r.roster.files[0]).toMatchObject({ encoding: 'utf-8-bom', delimiter: ';', rowsRead: 1, rowsUsed: 1 });
  });

  it('gives the same roster for text and for its UTF-8 bytes', () => {
    const text = 'id,name,track\na,Ann,1\nb,Bob,2\n';
    const fromText = parseRoster({ people: file('people.csv', text) });
    const fromBytes = parseRoster({ people: { name: 'people.csv', bytes: new TextEncoder().encode(text) } });
    expect(fromBytes.roster.people).toEqual(fromText.roster.people);
  });

  it('returns warnings sorted by file, then line', () => {
    const r = parseRoster({
      people: file('people.csv', 'id,ideology\na,9\nb,x\n'),
      ties: file('ties.csv', 'source,target\na,a\n'),
    });
    expect(r.issues.map((i) => [i.source, i.line])).toEqual([
      ['people.csv', 2],
      ['people.csv', 3],
      ['ties.csv', 2],
    ]);
  });
});

// Regressions: each of these was a real bug found while writing this suite (fixed since).
describe('parseRoster: regressions found by these tests', () => {
  // roster-schema.ts parseTrack looks labels up in a plain object, so "constructor" is "found"
  // (Object.prototype.constructor) and readPeople then crashes with a TypeError (dmValue.trim).
  it('a track named "constructor" is an unknown track, not a crash', () => {
    const r = parseRoster({ people: file('people.csv', 'id,track\na,constructor\n') });
    expect(r.issues.map((i) => [i.code, i.line, i.column])).toEqual([['CSV_UNKNOWN_TRACK', 2, 'track']]);
    expect(r.roster.people[0]?.track).toBe('constructor');
  });

  // A columns mapping whose key is not a canonical column (typo "nmae") silently drops the
  // mapped column: it is neither read nor kept as an extra column, and no issue or
  // InvalidOptionError is raised (docs: "Every other column, known or not, is kept").
  it('a columns mapping to an unknown key does not silently drop the column', () => {
    let result: ReturnType<typeof parseRoster>;
    try {
      result = parseRoster(
        { people: file('people.csv', 'id,Nom complet\na,Alice\n') },
        { columns: { people: { nmae: 'Nom complet' } } },
      );
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidOptionError);
      return;
    }
    expect(result.roster.people[0]?.extra).toEqual({ 'Nom complet': 'Alice' });
  });

  // A decision-maker rule naming a known column by an alias as written in the file
  // ("Affiliation", an alias of organisation) matches nobody, silently.
  it('a decision-maker rule may name a known column by its header as written', () => {
    const r = parseRoster(
      { people: file('people.csv', 'id,Affiliation\na,Gov\nb,NGO\n') },
      { decisionMakers: { column: 'Affiliation', values: ['gov'] } },
    );
    expect(r.roster.people.map((p) => p.isDecisionMaker)).toEqual([true, false]);
  });
});

describe('parseRoster: ids that every JavaScript object has', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'person id %j is an error with its position',
    (id) => {
      let error: unknown;
      try {
        parseRoster({ people: { name: 'people.csv', text: `id,track\nok,1\n${id},2\n` } });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(RosterImportError);
      expect((error as RosterImportError).issues.map((i) => [i.code, i.line, i.column])).toEqual([
        ['CSV_RESERVED_ID', 3, 'id'],
      ]);
    },
  );
});

describe('parseRoster: very large events (resource bound)', () => {
  it('an event above maxEventSize keeps its attendance but adds no co-attendance links, with a warning', () => {
    // 600 people at one conference would be 179,700 links; with the default limit of 500, none.
    const ids = Array.from({ length: 600 }, (_, i) => `p${i}`);
    const r = parseRoster({
      people: { name: 'people.csv', text: `id\n${ids.join('\n')}\n` },
      events: { name: 'events.csv', text: 'id\nconf\nsmall\n' },
      attendance: {
        name: 'attendance.csv',
        text: `person,event\n${ids.map((id) => `${id},conf`).join('\n')}\np0,small\np1,small\n`,
      },
    });
    expect(r.issues.map((i) => [i.code, i.source, i.line])).toEqual([['CSV_LARGE_EVENT', 'events.csv', 2]]);
    expect(r.roster.attendance).toHaveLength(602);
    expect(r.graph.size).toBe(1); // only the small event's pair
    expect(r.graph.getNodeAttribute('p5', 'events')).toEqual(['conf']);
    // raising the limit projects it
    const all = parseRoster(
      {
        people: { name: 'people.csv', text: 'id\na\nb\nc\n' },
        attendance: { name: 'attendance.csv', text: 'person,event\na,e\nb,e\nc,e\n' },
      },
      { maxEventSize: 2 },
    );
    expect(all.graph.size).toBe(0);
    expect(() => parseRoster({ people: { name: 'p.csv', text: 'id\na\n' } }, { maxEventSize: 1 })).toThrow(
      InvalidOptionError,
    );
  });
});
