import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TrackmapError } from '../../src/errors.js';
import { parseRoster } from '../../src/import/roster-csv.js';
import { pseudonym, pseudonymizeIssues, pseudonymizeRoster } from '../../src/privacy/pseudonymize.js';

/** A fixed test key (random bytes; never a real one). */
const key = Uint8Array.from(Buffer.from('5de546d1c8d2dcb936c325b72d3958d7fedd73abff651fd15421cb4a8073af4c', 'hex'));
const otherKey = Uint8Array.from(
  Buffer.from('cb7b71f38890f31d545e6cf16bae3ac68c0333dc4616278bc77c009a85f49008', 'hex'),
);
const { roster, issues } = parseRoster({
  people: {
    name: 'people.csv',
    text: 'id,name,track,side,organisation,email,ideology\na,Ann Alder,1,X,Ministry,ann@example.org,0.5\nb,Bo Birch,2,Y,NGO,bo@example.org,-0.5\n',
  },
  ties: { name: 'ties.csv', text: 'source,target,type,evidence\na,b,advises,"met at Ann\'s house"\nb,zz,friend,\n' },
  events: { name: 'events.csv', text: 'id,name,initiative\ne1,Dinner with Ann Alder,Alder Circle\n' },
  attendance: { name: 'attendance.csv', text: 'person,event\na,e1\nb,e1\n' },
});

describe('pseudonymizeRoster', () => {
  it('pseudonym = "P-" + the first 10 hex digits of HMAC-SHA-256(key, id) (checked with node:crypto)', () => {
    const expected = `P-${createHmac('sha256', Buffer.from(key)).update('a').digest('hex').slice(0, 10)}`;
    expect(pseudonym(key, 'a')).toBe(expected);
  });

  it('replaces ids and names everywhere and drops identifying columns', () => {
    const { roster: out, pseudonyms, columns } = pseudonymizeRoster(roster, { key });
    const pa = pseudonyms.get('a') as string;
    const pb = pseudonyms.get('b') as string;
    expect(out.people.map((p) => [p.id, p.name, p.side, p.ideology, p.organisation, p.extra])).toEqual([
      [pa, pa, 'X', 0.5, undefined, {}],
      [pb, pb, 'Y', -0.5, undefined, {}],
    ]);
    expect(out.people[0]?.isDecisionMaker).toBe(true);
    expect(out.ties.map((t) => [t.source, t.target, t.type, t.evidence])).toEqual([[pa, pb, 'advises', undefined]]);
    expect(out.events[0]?.name).toBe('e1');
    expect(out.events[0]?.initiative).toMatch(/^I-[0-9a-f]{6}$/);
    expect(out.attendance.map((a) => a.person)).toEqual([pa, pb]);
    expect(columns.dropped).toEqual(
      expect.arrayContaining(['organisation', 'email', 'ties: evidence', 'events: name']),
    );
    expect(JSON.stringify(out)).not.toMatch(/Ann|Alder|Birch|example\.org|Ministry|"a"|"b"/);
  });

  it('keeps named columns when asked, and drops kept fields when asked', () => {
    const { roster: out } = pseudonymizeRoster(roster, {
      key,
      keepColumns: ['organisation', 'email'],
      dropColumns: ['side'],
    });
    expect(out.people[0]).toMatchObject({ organisation: 'Ministry', extra: { email: 'ann@example.org' } });
    expect(out.people[0]?.side).toBeUndefined();
  });

  it('the same key gives the same pseudonyms, another key others; weak keys are refused', () => {
    expect(pseudonymizeRoster(roster, { key }).pseudonyms).toEqual(pseudonymizeRoster(roster, { key }).pseudonyms);
    const other = pseudonymizeRoster(roster, { key: otherKey }).pseudonyms;
    expect(other.get('a')).not.toBe(pseudonymizeRoster(roster, { key }).pseudonyms.get('a'));
    for (const weak of [new Uint8Array(8), new Uint8Array(32), new Uint8Array(32).fill(7)])
      expect(() => pseudonymizeRoster(roster, { key: weak })).toThrow(TrackmapError);
  });

  it('import issues lose their text and values, keep their position', () => {
    expect(issues.map((i) => i.value)).toEqual(['zz']);
    const safe = pseudonymizeIssues(issues);
    expect(safe.map((i) => [i.code, i.source, i.line, i.column, i.value])).toEqual([
      ['CSV_UNKNOWN_NODE', 'ties.csv', 3, 'target', undefined],
    ]);
    expect(JSON.stringify(safe)).not.toContain('zz');
  });
});
