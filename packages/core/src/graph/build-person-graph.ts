/**
 * The person graph
 * ================
 *
 * People are nodes. Two people are linked when they have at least one tie or attended at
 * least one event together. One undirected, simple link per pair carries:
 *
 *   weight = Σ (weights of the ties between the two) + (number of events both attended)
 *
 * so a tie of weight 1 counts as much as one shared workshop. Every tie is kept on the link
 * with its own direction, type, dates and evidence (`ties`), and the shared events by id
 * (`events`), so later work (brokerage on directed ties, change between rounds) has what it
 * needs, while the measures see one undirected graph, as NetworkX would build it from the
 * same edge list. Node and edge order follow the files, so outputs are deterministic.
 *
 * Events with more than `maxEventSize` attendees are not projected (their attendance is kept on
 * the people): a 2,000-person conference would otherwise add two million links that say little
 * about who knows whom. `parseRoster` sets the limit (default 500) and warns when it applies.
 *
 * Reference: co-attendance projection of a two-mode network, Breiger (1974) "The Duality of
 * Persons and Groups", Social Forces 53(2), doi:10.2307/2576011; weighted projection as
 * NetworkX `bipartite.weighted_projected_graph` (weight = number of shared events).
 */

import Graph from 'graphology';
import type { GraphAttributes, LinkAttributes, LinkTie, PersonAttributes, Roster, RosterGraph, Tie } from '../types.js';
import { rosterIndexOf } from './roster-index.js';

/**
 * Builds the person graph of a roster.
 *
 * @param roster - an imported roster (see `parseRoster`).
 * @returns an undirected simple graphology graph keyed by person id.
 */
export function buildPersonGraph(roster: Roster, options: { maxEventSize?: number } = {}): RosterGraph {
  const maxEventSize = options.maxEventSize ?? roster.maxEventSize ?? Number.POSITIVE_INFINITY;
  const graph: RosterGraph = new Graph<PersonAttributes, LinkAttributes, GraphAttributes>({
    type: 'undirected',
    multi: false,
    allowSelfLoops: false,
  });
  graph.replaceAttributes({ decisionMakers: roster.decisionMakers });

  const eventsOf = new Map<string, string[]>();
  for (const a of roster.attendance)
    (eventsOf.get(a.person) ?? eventsOf.set(a.person, []).get(a.person))?.push(a.event);

  for (const p of roster.people) {
    const attrs: PersonAttributes = {
      ...p.extra,
      label: p.name,
      name: p.name,
      track: p.track,
      isDecisionMaker: p.isDecisionMaker,
      events: eventsOf.get(p.id) ?? [],
    };
    for (const key of ['sector', 'organisation', 'country', 'side', 'school', 'gender'] as const) {
      if (p[key] !== undefined) attrs[key] = p[key];
    }
    if (p.ideology !== undefined) attrs.ideology = p.ideology;
    if (p.seniority !== undefined) attrs.seniority = p.seniority;
    graph.addNode(p.id, attrs);
  }

  // The links as the roster index projects them (graph/roster-index.ts), in its order: edge e
  // has key `e<e>`.
  const index = rosterIndexOf(roster, { maxEventSize });
  const { ids, source, target } = index;
  for (let e = 0; e < source.length; e++) {
    const attrs: LinkAttributes = { weight: 0, tieWeight: 0, sharedEvents: 0, events: [], types: [], ties: [] };
    for (const k of index.ties[e] as number[]) {
      const t = roster.ties[k] as Tie;
      const tie: LinkTie = {
        from: t.source,
        to: t.target,
        type: t.type,
        weight: t.weight,
        directed: t.directed,
        ...(t.line !== undefined ? { line: t.line } : {}),
      };
      for (const key of ['date', 'start', 'end', 'evidence'] as const) if (t[key] !== undefined) tie[key] = t[key];
      attrs.ties.push(tie);
      attrs.tieWeight += t.weight;
      attrs.weight += t.weight;
      if (!attrs.types.includes(t.type)) {
        attrs.types.push(t.type);
        attrs.types.sort();
      }
    }
    for (const event of index.events[e] as string[]) {
      attrs.sharedEvents += 1;
      attrs.weight += 1;
      attrs.events.push(event);
    }
    graph.addEdgeWithKey(`e${e}`, ids[source[e] as number] as string, ids[target[e] as number] as string, attrs);
  }
  return graph;
}
