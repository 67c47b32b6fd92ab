import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TrackmapError } from '../../src/errors.js';
import { buildPersonGraph } from '../../src/graph/build-person-graph.js';
import { parseRoster } from '../../src/import/roster-csv.js';
import { pseudonymizeIssues, pseudonymizeRoster } from '../../src/privacy/pseudonymize.js';
import {
  createPseudonymizer,
  eventPseudonym,
  initiativePseudonym,
  pseudonym,
  roundPseudonym,
  trackPseudonym,
} from '../../src/privacy/pseudonyms.js';

/** A fixed test key (random bytes; never a real one). */
const KEY_HEX = '5de546d1c8d2dcb936c325b72d3958d7fedd73abff651fd15421cb4a8073af4c';
const key = Uint8Array.from(Buffer.from(KEY_HEX, 'hex'));
const otherKey = Uint8Array.from(
  Buffer.from('cb7b71f38890f31d545e6cf16bae3ac68c0333dc4616278bc77c009a85f49008', 'hex'),
);
const hmac = (message: string) => createHmac('sha256', Buffer.from(key)).update(message, 'utf8').digest('hex');

const { roster, issues } = parseRoster({
  people: {
    name: 'private/Alder-Birch/people.csv',
    text: 'id,name,track,side,organisation,email,ideology\na,Ann Alder,1,X,Ministry,ann@example.org,0.5\nb,Bo Birch,Alder circle,Y,NGO,bo@example.org,-0.5\n',
  },
  ties: {
    name: 'private/Alder-Birch/ties.csv',
    text: 'source,target,type,evidence,Alder note\na,b,advises,"met at Ann\'s house",x\nb,zz,friend,,y\n',
  },
  events: {
    name: 'private/Alder-Birch/events.csv',
    text: 'id,name,initiative,round,location\nann-dinner,Dinner with Ann Alder,Alder Circle,Alder round,Ann Alder home\n',
  },
  attendance: { name: 'private/Alder-Birch/attendance.csv', text: 'person,event\na,ann-dinner\nb,ann-dinner\n' },
});

describe('keyed pseudonyms (checked with node:crypto)', () => {
  it('person: "P-" + 10 hex digits of HMAC-SHA-256(key, id)', () => {
    expect(pseudonym(key, 'a')).toBe(`P-${hmac('a').slice(0, 10)}`);
  });
  it('event: "E-" + 10 hex digits of HMAC-SHA-256(key, "event:" + id)', () => {
    expect(eventPseudonym(key, 'e1')).toBe(`E-${hmac('event:e1').slice(0, 10)}`);
  });
  it('initiative, round, track: a prefix and 6 hex digits, with their own domain', () => {
    expect(initiativePseudonym(key, 'Alder Circle')).toBe(`I-${hmac('initiative:Alder Circle').slice(0, 6)}`);
    expect(roundPseudonym(key, 'Alder round')).toBe(`R-${hmac('round:Alder round').slice(0, 6)}`);
    expect(trackPseudonym(key, 'Alder circle')).toBe(`T-${hmac('track:Alder circle').slice(0, 6)}`);
  });
  it('round numbers and canonical tracks are kept as written', () => {
    for (const r of ['1', '12', '2024']) expect(roundPseudonym(key, r)).toBe(r);
    for (const r of ['III', 'round 3', '12345']) expect(roundPseudonym(key, r)).toMatch(/^R-[0-9a-f]{6}$/);
    for (const t of ['', '1', '1.5', '2', '3']) expect(trackPseudonym(key, t)).toBe(t);
  });
  it('a person and an event with one id get unrelated digits', () => {
    expect(pseudonym(key, 'e1').slice(2)).not.toBe(eventPseudonym(key, 'e1').slice(2));
  });
  it('a pseudonymizer remembers what it made', () => {
    const ps = createPseudonymizer(key);
    ps.person('a');
    ps.event('e1');
    expect([...ps.made.person]).toEqual([['a', pseudonym(key, 'a')]]);
    expect([...ps.made.event]).toEqual([['e1', eventPseudonym(key, 'e1')]]);
  });
});

describe('pseudonymizeRoster', () => {
  it('replaces ids and names everywhere and drops identifying columns', () => {
    const { roster: out, pseudonyms, columns } = pseudonymizeRoster(roster, { key });
    const pa = pseudonyms.get('a') as string;
    const pb = pseudonyms.get('b') as string;
    const byId = new Map(out.people.map((p) => [p.id, p]));
    expect(
      [pa, pb].map((id) => byId.get(id)).map((p) => [p?.name, p?.side, p?.ideology, p?.organisation, p?.extra]),
    ).toEqual([
      [pa, 'X', 0.5, undefined, {}],
      [pb, 'Y', -0.5, undefined, {}],
    ]);
    expect(byId.get(pa)?.isDecisionMaker).toBe(true);
    expect(out.ties.map((t) => [t.source, t.target, t.type, t.evidence])).toEqual([[pa, pb, 'advises', undefined]]);
    expect(columns.dropped).toEqual(
      expect.arrayContaining(['organisation', 'ties: evidence', 'events: name', 'events: location']),
    );
    expect(JSON.stringify(out)).not.toMatch(/Ann|Alder|Birch|example\.org|Ministry|"a"|"b"/);
  });

  // Issue 16, item 2: event ids, rounds, unknown track labels, file and folder names and the
  // headers of dropped columns reached the outputs.
  it('events, rounds, initiatives and unknown tracks become keyed pseudonyms', () => {
    const { roster: out, pseudonyms } = pseudonymizeRoster(roster, { key });
    const e1 = eventPseudonym(key, 'ann-dinner');
    expect(out.events).toEqual([
      {
        id: e1,
        name: e1,
        initiative: initiativePseudonym(key, 'Alder Circle'),
        round: roundPseudonym(key, 'Alder round'),
        extra: {},
      },
    ]);
    expect(out.attendance.map((a) => a.event)).toEqual([e1, e1]);
    expect(out.people.find((p) => p.id === pseudonyms.get('b'))?.track).toBe(trackPseudonym(key, 'Alder circle'));
    const graph = buildPersonGraph(out);
    expect(JSON.stringify(graph.export())).not.toMatch(/ann-dinner|Alder|Ann/);
  });

  it('file reports name the kind of file, not the file; dropped headers are counted, not named', () => {
    const { roster: out, columns } = pseudonymizeRoster(roster, { key });
    expect(out.files.map((f) => f.source)).toEqual(['people.csv', 'ties.csv', 'events.csv', 'attendance.csv']);
    const ties = out.files.find((f) => f.kind === 'ties');
    expect(ties?.extraColumns).toEqual([]);
    expect(ties?.withheldColumns).toBe(1);
    expect(out.people.every((p) => p.source === 'people.csv')).toBe(true);
    const text = JSON.stringify(out) + JSON.stringify(columns);
    expect(text).not.toMatch(/private|Alder|email/);
    expect(columns.dropped).toEqual(
      expect.arrayContaining(['1 other column (headers withheld)', 'ties: 1 other column (headers withheld)']),
    );
  });

  it('lists every kept categorical column with its distinct values, pseudonyms counted', () => {
    const { columns } = pseudonymizeRoster(roster, { key });
    expect(columns.values).toEqual([
      { column: 'people: track', values: [{ value: '1', count: 1 }], pseudonymised: 1 },
      {
        column: 'people: side',
        values: [
          { value: 'X', count: 1 },
          { value: 'Y', count: 1 },
        ],
        pseudonymised: 0,
      },
      { column: 'ties: type', values: [{ value: 'advises', count: 1 }], pseudonymised: 0 },
      { column: 'events: round', values: [], pseudonymised: 1 },
    ]);
  });

  // Issue 16, item 4: row order leaked each pseudonym's alphabetical rank; graph.json and
  // paths.json kept tie line numbers.
  it('sorts every table by pseudonym and keeps no line numbers', () => {
    const text = ['id,name,track', ...Array.from({ length: 30 }, (_, i) => `p${String(i).padStart(2, '0')},N${i},2`)];
    const ties = [
      'source,target',
      ...Array.from({ length: 29 }, (_, i) => `p${String(i).padStart(2, '0')},p${String(i + 1).padStart(2, '0')}`),
    ];
    const sorted = parseRoster({
      people: { name: 'people.csv', text: `${text.join('\n')}\n` },
      ties: { name: 'ties.csv', text: `${ties.join('\n')}\n` },
      events: { name: 'events.csv', text: 'id\ne2\ne1\ne3\n' },
      attendance: { name: 'attendance.csv', text: 'person,event\np03,e2\np01,e1\np02,e1\np00,e3\n' },
    }).roster;
    const { roster: out } = pseudonymizeRoster(sorted, { key });
    const ids = out.people.map((p) => p.id);
    expect(ids).toEqual([...ids].sort());
    expect(out.events.map((e) => e.id)).toEqual(out.events.map((e) => e.id).sort());
    const pairs = out.ties.map((t) => `${t.source} ${t.target}`);
    expect(pairs).toEqual([...pairs].sort());
    const attendance = out.attendance.map((a) => `${a.event} ${a.person}`);
    expect(attendance).toEqual([...attendance].sort());
    expect(JSON.stringify(out)).not.toContain('"line"');
    const graph = buildPersonGraph(out);
    expect(JSON.stringify(graph.export())).not.toContain('"line"');
    expect(graph.nodes()).toEqual(ids);
  });

  it('keeps named columns when asked, and drops kept fields when asked', () => {
    const { roster: out, columns } = pseudonymizeRoster(roster, {
      key,
      keepColumns: ['organisation', 'email'],
      dropColumns: ['side'],
    });
    const ann = out.people.find((p) => p.id === pseudonym(key, 'a'));
    expect(ann).toMatchObject({ organisation: 'Ministry', extra: { email: 'ann@example.org' } });
    expect(ann?.side).toBeUndefined();
    // kept columns are listed with their values, for the user to check
    expect(columns.values.find((c) => c.column === 'people: email')?.values.map((v) => v.value)).toEqual([
      'ann@example.org',
      'bo@example.org',
    ]);
    expect(out.files.find((f) => f.kind === 'people')?.extraColumns).toEqual(['email']);
  });

  it('the same key gives the same pseudonyms, another key others; weak keys are refused', () => {
    expect(pseudonymizeRoster(roster, { key }).pseudonyms).toEqual(pseudonymizeRoster(roster, { key }).pseudonyms);
    const other = pseudonymizeRoster(roster, { key: otherKey }).pseudonyms;
    expect(other.get('a')).not.toBe(pseudonymizeRoster(roster, { key }).pseudonyms.get('a'));
    for (const weak of [new Uint8Array(8), new Uint8Array(32), new Uint8Array(32).fill(7)])
      expect(() => pseudonymizeRoster(roster, { key: weak })).toThrow(TrackmapError);
  });

  it('a decision-maker rule on a kept column shows only values someone has, as the outputs show them', () => {
    const people = (rule: string) =>
      parseRoster(
        { people: { name: 'people.csv', text: 'id,track,side\na,Alder circle,X\nb,2,Y\n' } },
        { decisionMakers: { column: rule.split('=')[0] as string, values: (rule.split('=')[1] as string).split(',') } },
      ).roster;
    expect(pseudonymizeRoster(people('side=x,Bo Birch'), { key }).roster.decisionMakers).toEqual([
      {
        column: 'side',
        values: ['X'],
        withheld: 1,
        matched: {
          people: 1,
          values: [{ value: 'X', people: 1 }],
          unmatched: [{ value: 'Y', people: 1 }],
          unmatchedCount: 1,
        },
      },
    ]);
    const alder = trackPseudonym(key, 'Alder circle');
    expect(pseudonymizeRoster(people('track=Alder circle'), { key }).roster.decisionMakers).toEqual([
      {
        column: 'track',
        values: [alder],
        matched: {
          people: 1,
          values: [{ value: alder, people: 1 }],
          unmatched: [{ value: '2', people: 1 }],
          unmatchedCount: 1,
        },
      },
    ]);
  });
});

describe('pseudonymizeIssues', () => {
  it('import issues lose their text, values, lines and file names; keep kind of file and canonical column', () => {
    expect(issues.map((i) => i.value)).toContain('zz');
    const safe = pseudonymizeIssues(issues, roster.files);
    expect(safe.map((i) => [i.code, i.source, i.line, i.column, i.value])).toEqual([
      ['CSV_UNKNOWN_TRACK', 'people.csv', undefined, 'track', undefined],
      ['CSV_UNKNOWN_NODE', 'ties.csv', undefined, 'target', undefined],
    ]);
    expect(JSON.stringify(safe)).not.toMatch(/zz|private|Alder|"line"/);
  });
  it('without the file reports, no file is named', () => {
    expect(pseudonymizeIssues(issues).map((i) => i.source)).toEqual([undefined, undefined]);
  });
});
