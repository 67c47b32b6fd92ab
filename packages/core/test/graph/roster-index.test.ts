import { describe, expect, it } from 'vitest';
import { InvalidGraphError } from '../../src/errors.js';
import { buildPersonGraph } from '../../src/graph/build-person-graph.js';
import { buildRosterIndex, rosterCsr, rosterIndexOf } from '../../src/graph/roster-index.js';
import { parseRoster } from '../../src/import/roster-csv.js';

const { roster } = parseRoster({
  people: { name: 'people.csv', text: 'id,track\na,1\nb,2\nc,2\nd,2\n' },
  ties: {
    name: 'ties.csv',
    text: 'source,target,start,end\nb,a,2021-01-01,\nc,b,2020-01-01,2020-06-01\nd,c,,\n',
  },
  events: { name: 'events.csv', text: 'id,date\ne1,2019-05-01\ne2,\n' },
  attendance: { name: 'attendance.csv', text: 'person,event\na,e1\nb,e1\nc,e2\nd,e2\n' },
});

describe('buildRosterIndex', () => {
  const index = buildRosterIndex(roster);

  it('lists the links in the person graph edge order, with their ends as first met', () => {
    const graph = buildPersonGraph(roster);
    expect(graph.mapEdges((e, _a, s, t) => [e, s, t])).toEqual(
      Array.from(index.source, (s, e) => [`e${e}`, index.ids[s], index.ids[index.target[e] as number]]),
    );
  });

  it('keeps each link the earliest date at which it stands', () => {
    // b–a: tie from 2021, shared event 2019 → 2019; c–b: only a tie that ends → null;
    // d–c: undated tie (and an undated event) → ''
    expect(index.since).toEqual(['2019-05-01', null, '']);
    expect(index.ties).toEqual([[0], [1], [2]]);
    expect(index.events).toEqual([['e1'], [], ['e2']]);
  });

  it('builds the CSR of the links kept, neighbours in roster order', () => {
    const csr = rosterCsr(index, [1, 0, 1]);
    expect(Array.from(csr.offsets)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(csr.targets)).toEqual([1, 0, 3, 2]);
  });

  it('leaves out events larger than maxEventSize', () => {
    expect(buildRosterIndex(roster, { maxEventSize: 1 }).events.flat()).toEqual([]);
  });

  it('refuses a link to someone not on the people list', () => {
    const bad = { ...roster, ties: [{ ...(roster.ties[0] as (typeof roster.ties)[number]), target: 'zz' }] };
    expect(() => buildRosterIndex(bad)).toThrow(InvalidGraphError);
  });

  it('is built once per roster and event-size limit (rosterIndexOf), and equals a fresh build', () => {
    const shared = rosterIndexOf(roster);
    expect(rosterIndexOf(roster)).toBe(shared);
    expect(shared).toEqual(buildRosterIndex(roster));
    expect(rosterIndexOf(roster, { maxEventSize: 1 })).not.toBe(shared);
    expect(rosterIndexOf({ ...roster })).not.toBe(shared);
  });
});
