/**
 * A pseudonymised copy of the analysed graph, for export
 * ======================================================
 *
 * What `trackmap analyze --pseudonymize` writes to graph.json/GEXF, built from an analysed graph
 * (e.g. the one the viewer shows, which may come from a graph.json with no roster behind it), with
 * the core's own functions (`createPseudonymizer`, `compareTies`, `pseudonymizeDecisionMakerRule`), so the two
 * cannot drift apart:
 *
 * - every person id, name and label becomes `P-` and 10 hex digits; a person keeps only the
 *   fields the core's `pseudonymizeRoster` keeps (`PSEUDONYMOUS_PERSON_FIELDS`), whether they are
 *   a decision-maker, their events and the measures; a track label other than 1, 1.5, 2 and 3
 *   becomes `T-` and 6 hex digits; organisation, notes and every other column are dropped;
 * - event ids (on people and links) become `E-` and 10 hex digits; `nearest_track1` lists
 *   pseudonyms;
 * - links keep weights, types, dates and shared events; each tie's ends become pseudonyms, its
 *   evidence and its source line are dropped;
 * - each decision-maker rule goes through `pseudonymizeDecisionMakerRule`;
 * - order: people in pseudonym order, each list sorted as the CLI's pseudonymised roster gives it,
 *   and links numbered in the order the CLI's `buildPersonGraph` makes them from that roster (ties
 *   by `compareTies`, then shared events by event pseudonym and pair of pseudonyms), so that no
 *   order, and no link key, follows the roster's rows.
 *
 * The measures are those computed on the roster as loaded (in the viewer: by the viewer). Where a measure depends on
 * the order of the people (Louvain's community numbers, sampled betweenness), the CLI, which
 * computes them on the pseudonymised roster, can differ; community numbers are therefore
 * renumbered here by size, then by smallest pseudonym, which is also how the CLI's come out.
 * apps/viewer/test/pseudonymize-graph.test.ts checks the result against the CLI's pipeline on the
 * samples and a hostile roster.
 */

import Graph from 'graphology';
import { PERSON_MEASURES } from '../measure-registry.js';
import {
  BROKERAGE_COLUMNS,
  type DecisionMakerRule,
  EI_COLUMNS,
  type LinkAttributes,
  type LinkTie,
  type PersonAttributes,
  type RosterGraph,
} from '../types.js';
import { PSEUDONYMOUS_PERSON_FIELDS, pseudonymizeDecisionMakerRule } from './pseudonymize.js';
import { compareCodeUnits, compareTies, createPseudonymizer } from './pseudonyms.js';

const KEPT: ReadonlySet<string> = new Set<string>([
  'track',
  'isDecisionMaker',
  'events',
  ...PSEUDONYMOUS_PERSON_FIELDS,
  ...PERSON_MEASURES,
  ...BROKERAGE_COLUMNS,
  ...EI_COLUMNS,
  'x',
  'y',
]);

/** A pseudonymised copy of an analysed person graph, and the id → pseudonym map (never exported). */
export interface PseudonymizedGraph {
  graph: RosterGraph;
  /** Original id → pseudonym (never exported). */
  pseudonyms: Map<string, string>;
}

/**
 * A pseudonymised copy of an analysed person graph, as `trackmap analyze --pseudonymize` writes it
 * to graph.json, GEXF and GraphML (see the file header); the viewer's exports use it.
 *
 * @throws TrackmapError `INVALID_OPTION` for a weak key (too short, or plainly not random), or two
 *   ids with one pseudonym.
 */
export function pseudonymizeGraph(graph: RosterGraph, key: Uint8Array): PseudonymizedGraph {
  const ps = createPseudonymizer(key);
  graph.forEachNode((id) => {
    ps.person(id);
  });
  const p = ps.person;
  const out = new Graph<PersonAttributes, LinkAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
  const rules = graph.getAttribute('decisionMakers');
  if (rules !== undefined) {
    // The graph holds no attendance or event columns: a rule on them has its values withheld.
    const context = {
      keptFields: new Set<string>(PSEUDONYMOUS_PERSON_FIELDS),
      keptExtras: new Set<string>(),
      people: graph.mapNodes((id, attrs) => ({ id, values: attrs })),
      pseudonymOf: p,
      trackOf: ps.track,
    };
    // A graph from an older trackmap holds one rule, not a list.
    const list: DecisionMakerRule[] = Array.isArray(rules) ? rules : [rules];
    out.setAttribute(
      'decisionMakers',
      list.map((rule) => pseudonymizeDecisionMakerRule(rule, context)),
    );
  }

  const nodes = graph.mapNodes((id, attrs) => ({ id, name: p(id), attrs }));
  nodes.sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const { name, attrs } of nodes) {
    const kept: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(attrs)) if (KEPT.has(k)) kept[k] = v;
    if (typeof kept.track === 'string') kept.track = ps.track(kept.track);
    if (Array.isArray(kept.nearest_track1))
      kept.nearest_track1 = kept.nearest_track1.map((n) => p(String(n))).sort(compareCodeUnits);
    if (Array.isArray(kept.events)) kept.events = kept.events.map((e) => ps.event(String(e))).sort(compareCodeUnits);
    out.addNode(name, {
      label: name,
      name,
      track: '',
      isDecisionMaker: false,
      events: [],
      ...kept,
    } as PersonAttributes);
  }
  renumberCommunities(out);

  // Links, in the order buildPersonGraph creates them from the pseudonymised roster.
  const links = graph.mapEdges((_edge, attrs, source, target) => {
    const ties: LinkTie[] = (attrs.ties ?? [])
      .map(({ evidence: _evidence, line: _line, ...tie }) => ({ ...tie, from: p(tie.from), to: p(tie.to) }))
      .sort(compareTies);
    const events = (attrs.events ?? []).map((e) => ps.event(e)).sort(compareCodeUnits);
    const [a, b] = [p(source), p(target)].sort(compareCodeUnits) as [string, string];
    const first = ties[0];
    return { attrs, ties, events, ends: first ? [first.from, first.to] : [a, b], first, pair: [a, b] };
  });
  links.sort((x, y) => {
    if (x.first && y.first) return compareTies(x.first, y.first);
    if (x.first || y.first) return x.first ? -1 : 1;
    return (
      compareCodeUnits(x.events[0], y.events[0]) ||
      compareCodeUnits(x.pair[0], y.pair[0]) ||
      compareCodeUnits(x.pair[1], y.pair[1])
    );
  });
  links.forEach((link, i) => {
    out.addEdgeWithKey(`e${i}`, link.ends[0] as string, link.ends[1] as string, {
      weight: link.attrs.weight,
      tieWeight: link.attrs.tieWeight,
      sharedEvents: link.attrs.sharedEvents,
      events: link.events,
      types: [...(link.attrs.types ?? [])],
      ties: link.ties,
    });
  });
  return { graph: out as unknown as RosterGraph, pseudonyms: new Map(ps.made.person) };
}

/** Community numbers by decreasing size, then smallest member (pseudonym order), from 0. */
function renumberCommunities(graph: Graph<PersonAttributes>): void {
  const members = new Map<unknown, string[]>();
  graph.forEachNode((id, attrs) => {
    if (attrs.community === undefined || attrs.community === null) return;
    (members.get(attrs.community) ?? members.set(attrs.community, []).get(attrs.community))?.push(id);
  });
  const order = [...members.entries()].sort(([, a], [, b]) => b.length - a.length || compareCodeUnits(a[0], b[0]));
  order.forEach(([, ids], i) => {
    for (const id of ids) graph.setNodeAttribute(id, 'community', i);
  });
}
