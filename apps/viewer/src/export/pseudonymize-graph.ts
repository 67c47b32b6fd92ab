/**
 * A pseudonymised copy of the analysed graph, for export
 * ======================================================
 *
 * What `trackmap analyze --pseudonymize` writes to graph.json/GEXF, built from the graph the
 * viewer shows (which may come from a graph.json, with no roster behind it): every person id,
 * name and label becomes the core's `pseudonym(key, id)` ("P-" and 10 hex digits of
 * HMAC-SHA-256); a person keeps only the fields the core's `pseudonymizeRoster` keeps
 * (`PSEUDONYMOUS_PERSON_FIELDS`: track, sector, country, side, ideology, school, seniority,
 * gender), whether they are a decision-maker, their event ids, and the measures; organisation,
 * notes and every other column are dropped. Links keep weights, types, dates and shared events;
 * each tie's ends become pseudonyms and its evidence is dropped. `nearest_track1` lists
 * pseudonyms. The decision-maker rule goes through the core's `pseudonymizeDecisionMakerRule`
 * (pseudonyms for a rule on `id`, withheld values for one on `name` or a dropped column). The test checks the result against the core's own pipeline on a sample.
 */

import {
  BROKERAGE_COLUMNS,
  EI_COLUMNS,
  keyWeakness,
  type LinkAttributes,
  type LinkTie,
  PERSON_MEASURES,
  type PersonAttributes,
  PSEUDONYMOUS_PERSON_FIELDS,
  pseudonym,
  pseudonymizeDecisionMakerRule,
  type RosterGraph,
} from '@trackmap/core';
import Graph from 'graphology';

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

export interface PseudonymizedGraph {
  graph: RosterGraph;
  /** Original id → pseudonym (never exported). */
  pseudonyms: Map<string, string>;
}

export function pseudonymizeGraph(graph: RosterGraph, key: Uint8Array): PseudonymizedGraph {
  const weak = key instanceof Uint8Array ? keyWeakness(key) : 'it is not bytes';
  if (weak !== null) throw new Error(`pseudonymisation key: too weak (${weak})`);
  const pseudonyms = new Map<string, string>();
  const seen = new Map<string, string>();
  graph.forEachNode((id) => {
    const p = pseudonym(key, id);
    if (seen.has(p)) throw new Error('two ids share a pseudonym under this key; use another key');
    seen.set(p, id);
    pseudonyms.set(id, p);
  });
  const p = (id: string) => pseudonyms.get(id) ?? pseudonym(key, id);
  const out = new Graph<PersonAttributes, LinkAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
  const rule = graph.getAttribute('decisionMakers');
  if (rule !== undefined)
    out.setAttribute(
      'decisionMakers',
      pseudonymizeDecisionMakerRule(rule, {
        keptFields: new Set(PSEUDONYMOUS_PERSON_FIELDS),
        keptExtras: new Set(),
        people: graph.mapNodes((id) => ({ id })),
        pseudonymOf: p,
      }),
    );
  graph.forEachNode((id, attrs) => {
    const name = p(id);
    const kept: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(attrs)) if (KEPT.has(k)) kept[k] = v;
    if (Array.isArray(kept.nearest_track1)) kept.nearest_track1 = kept.nearest_track1.map((n) => p(String(n)));
    if (Array.isArray(kept.events)) kept.events = [...kept.events];
    out.addNode(name, {
      label: name,
      name,
      track: '',
      isDecisionMaker: false,
      events: [],
      ...kept,
    } as PersonAttributes);
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    const ties: LinkTie[] = (attrs.ties ?? []).map(({ evidence: _evidence, ...tie }) => ({
      ...tie,
      from: p(tie.from),
      to: p(tie.to),
    }));
    out.addEdgeWithKey(edge, p(source), p(target), {
      weight: attrs.weight,
      tieWeight: attrs.tieWeight,
      sharedEvents: attrs.sharedEvents,
      events: [...(attrs.events ?? [])],
      types: [...(attrs.types ?? [])],
      ties,
    });
  });
  return { graph: out as unknown as RosterGraph, pseudonyms };
}
