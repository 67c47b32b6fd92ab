/**
 * The rosters of a programme, with their members
 * ==============================================
 *
 * `rosterViews(roster)` lists every roster the core's `rosterCompositions` describes (everyone,
 * each event, each round, each initiative) with its composition and its members, both from the
 * core (`rosterMemberships`, the same rules).
 * `rosterFromGraph(graph)` rebuilds a roster from a `graph.json` (people from the nodes, events
 * (sorted by id) and attendance from each person's `events`), so an analyze output gets the same panel; its
 * events have no names, dates or rounds, which graph.json does not keep.
 */

import { type Person, type Roster, type RosterGraph, rosterCompositions, rosterMemberships } from '@trackmap/core';
import type { RosterView } from './protocol.js';

export function rosterViews(roster: Roster): RosterView[] {
  const memberships = rosterMemberships(roster);
  return rosterCompositions(roster).map((row, i) => ({
    key: row.roster,
    kind: row.kind,
    label: row.label,
    members: memberships[i]?.members ?? [],
    composition: row.composition,
  }));
}

const TEXT_FIELDS = ['sector', 'organisation', 'country', 'side', 'school', 'gender'] as const;

export function rosterFromGraph(graph: RosterGraph): Roster {
  const people: Person[] = [];
  const attendance: Roster['attendance'] = [];
  const eventIds: string[] = [];
  const seenEvents = new Set<string>();
  graph.forEachNode((id, a) => {
    const person: Person = {
      id,
      name: typeof a.name === 'string' ? a.name : String(a.label ?? id),
      track: typeof a.track === 'string' ? a.track : '',
      isDecisionMaker: a.isDecisionMaker === true,
      extra: {},
      source: 'graph.json',
      line: 0,
    };
    for (const f of TEXT_FIELDS) if (typeof a[f] === 'string') person[f] = a[f];
    if (typeof a.ideology === 'number') person.ideology = a.ideology;
    if (typeof a.seniority === 'number') person.seniority = a.seniority;
    people.push(person);
    for (const event of Array.isArray(a.events) ? a.events : []) {
      if (typeof event !== 'string') continue;
      attendance.push({ person: id, event, extra: {}, line: 0 });
      if (!seenEvents.has(event)) {
        seenEvents.add(event);
        eventIds.push(event);
      }
    }
  });
  eventIds.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const rule = graph.getAttribute('decisionMakers');
  return {
    people,
    ties: [],
    events: eventIds.map((id, i) => ({ id, name: id, extra: {}, line: i + 2 })),
    attendance,
    files: [],
    decisionMakers: Array.isArray(rule)
      ? rule
      : rule && typeof rule === 'object'
        ? [rule]
        : [{ column: 'track', values: ['1'] }],
  };
}
