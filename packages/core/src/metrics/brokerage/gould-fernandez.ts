/**
 * Gould–Fernandez brokerage roles
 * ===============================
 *
 * A person b brokers between a and c when a sends to b, b sends to c, and a does not send to
 * c directly: b sits on an open directed two-path a → b → c. Given groups g(·) (by default the
 * track, or a side or sector), Gould and Fernandez [1] name five roles by which of the three
 * share a group. For each broker b:
 *
 *   B_r(b) = |{ (a, c) ordered, a, b, c distinct : a → b, b → c, not a → c, role(a, b, c) = r }|
 *   total(b) = Σ_r B_r(b)   (the number of open directed two-paths through b)
 *
 *   role            notation   groups                       what b does
 *   coordinator     w_I        g(a) = g(b) = g(c)           mediates inside its own group
 *   itinerant       w_O        g(a) = g(c) ≠ g(b)           mediates inside another group
 *                                                           (also called consultant)
 *   representative  b_IO       g(a) = g(b) ≠ g(c)           carries its group's contact out
 *   gatekeeper      b_OI       g(b) = g(c) ≠ g(a)           lets an outsider's contact in
 *   liaison         b_O        g(a), g(b), g(c) all differ  mediates between two other groups
 *
 * The notation follows sna's `brokerage` [2] (I = in-group, O = out-group, in the order
 * sender, receiver); some texts swap the two `b` subscripts, so read the group conditions.
 *
 * Conventions:
 * - Arcs. On a directed graph every edge source → target is an arc; on a mixed graph directed
 *   edges are arcs and undirected edges give an arc each way. On the person graph (undirected,
 *   a `ties` list on every link, see types.ts) arcs come from the ties only: a directed tie
 *   gives from → to, an undirected tie gives both arcs, the usual reading of a symmetric
 *   relation as a pair of reciprocal arcs (as when sna or UCINET is given a symmetric matrix).
 *   Shared events give no arc: attending the same workshop is not a transaction. A plain
 *   undirected graph without `ties` is rejected rather than guessed. `getArcs` overrides all of
 *   this (e.g. to keep only `advises` ties).
 * - Binary. Several ties or edges between the same ordered pair are one arc; weights, types and
 *   dates are ignored. Self-loops are ignored (a, b, c are distinct).
 * - Closure. Only a → c blocks b's brokerage of (a, c); c → a does not, since it gives a no
 *   route to c (the condition of [1] and of sna's `brokerage`). So in a cycle a → b → c → a
 *   each node brokers once.
 * - Ordered pairs. (a, c) and (c, a) are counted separately. An undirected open path a – b – c
 *   therefore gives b two brokerages; with g(a) = g(b) ≠ g(c) one is representative (a to c)
 *   and one gatekeeper (c to a).
 * - Missing groups. A node whose group attribute is missing, `null` or `''` belongs to the group
 *   `''`, like any other value; values are compared as strings (`1` and `'1'` are one group).
 *   This keeps `total` independent of the partition (every open two-path is counted once,
 *   whatever the groups, as in UCINET and sna, whose partition vector covers every node), where
 *   dropping nodes without a group would silently drop their brokerage. The cost: people with no
 *   value are pooled, so a roster with many blank tracks shows coordinators and itinerants
 *   inside the `''` group; fill the column or choose another attribute.
 * - Raw counts. [1] also standardises each count by its expectation under random assignment of
 *   groups (sna's z-scores); trackmap does not, yet.
 *
 * Brokerage positions are *opportunities* to pass on ideas between groups, not evidence that
 * anything was passed on.
 *
 * Complexity: O(m) to build the arcs, then O(Σ_b indeg(b) · outdeg(b)) set look-ups.
 *
 * References:
 *   [1] Gould, R. V., & Fernandez, R. M. (1989). Structures of mediation: A formal approach to
 *       brokerage in transaction networks. Sociological Methodology 19, 89-126.
 *       doi:10.2307/270949
 *   [2] Butts, C. T. (2008). Social network analysis with sna. Journal of Statistical Software
 *       24(6), 1-51. doi:10.18637/jss.v024.i06 (`brokerage`)
 *   [3] Borgatti, S. P., Everett, M. G., & Freeman, L. C. (2002). UCINET for Windows: Software
 *       for Social Network Analysis. Harvard, MA: Analytic Technologies. (Brokerage roles)
 */

import type { AbstractGraph } from 'graphology-types';
import { InvalidGraphError, InvalidOptionError } from '../../errors.js';
import { nonEmptyString, resolveOptions, type Validator } from '../../options.js';

/** The five roles, in the order of [1]: coordinator, itinerant, representative, gatekeeper, liaison. */
export const BROKERAGE_ROLES = Object.freeze([
  'coordinator',
  'itinerant',
  'representative',
  'gatekeeper',
  'liaison',
] as const);

/** One of the five Gould-Fernandez brokerage roles. */
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

/** How many ordered pairs a node brokers in each role, and in all. */
export interface BrokerageCounts {
  /** w_I: a, b and c in one group. */
  coordinator: number;
  /** w_O: a and c in one group, b in another. */
  itinerant: number;
  /** b_IO: a in b's group, c outside it. */
  representative: number;
  /** b_OI: a outside b's group, c in it. */
  gatekeeper: number;
  /** b_O: three different groups. */
  liaison: number;
  /** Sum of the five: open directed two-paths through the node. */
  total: number;
}

/** One arc, sender first. */
export type BrokerageArc = readonly [from: string, to: string];

/** Options of {@link brokerageRoles}: the group attribute and the arcs (directed relations). */
export interface BrokerageRolesOptions {
  /**
   * Node attribute holding the group. Missing, `null` and `''` values form the group `''`.
   * @defaultValue `'track'`
   */
  nodeGroupAttribute?: string;
  /**
   * Returns the arcs, overriding how they are read from the graph (see the conventions).
   * Repeated arcs count once; self-loops are ignored.
   * @defaultValue `null` (edges of a directed or mixed graph; `ties` of the person graph)
   */
  getArcs?: ((graph: AbstractGraph) => Iterable<BrokerageArc>) | null;
}

/** Defaults of {@link BrokerageRolesOptions}: groups by track, arcs from the graph. */
export const DEFAULT_BROKERAGE_ROLES_OPTIONS: Readonly<Required<BrokerageRolesOptions>> = Object.freeze({
  nodeGroupAttribute: 'track',
  getArcs: null,
});

const arcGetter: Validator = (v) =>
  v === null || typeof v === 'function' ? undefined : 'a function (graph) => iterable of [from, to], or null';

const VALIDATORS = { nodeGroupAttribute: nonEmptyString, getArcs: arcGetter };

const COORDINATOR = 0;
const ITINERANT = 1;
const REPRESENTATIVE = 2;
const GATEKEEPER = 3;
const LIAISON = 4;

/** Role index of a → b → c from the three group ids. */
function roleOf(ga: number, gb: number, gc: number): number {
  if (ga === gb) return gb === gc ? COORDINATOR : REPRESENTATIVE;
  if (gb === gc) return GATEKEEPER;
  return ga === gc ? ITINERANT : LIAISON;
}

/** The default arcs: edges of a directed/mixed graph, or the `ties` of the person graph. */
function* defaultArcs(graph: AbstractGraph): Generator<BrokerageArc> {
  if (graph.type !== 'undirected') {
    for (const { source, target, undirected } of graph.edgeEntries()) {
      yield [source, target];
      if (undirected) yield [target, source];
    }
    return;
  }
  for (const { edge, attributes } of graph.edgeEntries()) {
    const ties: unknown = attributes.ties;
    if (!Array.isArray(ties)) {
      throw new InvalidGraphError(
        `brokerageRoles: edge "${edge}" of an undirected graph has no "ties" list; brokerage needs directed ties ` +
          '(a person graph from parseRoster), a directed or mixed graph, or the getArcs option',
      );
    }
    for (const tie of ties as unknown[]) {
      const { from, to, directed } = (tie ?? {}) as { from?: unknown; to?: unknown; directed?: unknown };
      if (typeof from !== 'string' || typeof to !== 'string' || typeof directed !== 'boolean') {
        throw new InvalidGraphError(
          `brokerageRoles: edge "${edge}" has a tie without string "from"/"to" and boolean "directed"`,
        );
      }
      yield [from, to];
      if (!directed) yield [to, from];
    }
  }
}

/**
 * Gould–Fernandez brokerage roles of every node.
 *
 * For each node b, counts the ordered pairs (a, c) with a → b → c and no arc a → c, split by
 * the five roles that the groups of a, b and c define (see {@link BROKERAGE_ROLES}).
 *
 * @param graph - a directed or mixed graph (edges are arcs), or the person graph of
 *   `parseRoster` (arcs from the ties on its links; shared events give none).
 * @param options - {@link BrokerageRolesOptions}: `nodeGroupAttribute` (default `'track'`),
 *   `getArcs` (default `null`: read the arcs from the graph).
 * @returns a mapping node → {@link BrokerageCounts}, every node present (all zeros when it
 *   brokers nothing), in `graph.nodes()` order.
 * @throws {@link InvalidGraphError} for an undirected graph whose links carry no `ties` list,
 *   or an arc naming a node that is not in the graph.
 * @throws {@link InvalidOptionError} for a bad option value.
 *
 * @remarks Binary arcs (repeats count once, weights ignored); only a → c closes a two-path,
 * c → a does not; ordered pairs, so an undirected tie path a – b – c counts twice; nodes without
 * a group value form the group `''`. Raw counts, not standardised. See the file banner.
 *
 * @see Gould & Fernandez (1989), doi:10.2307/270949
 *
 * @example
 * ```ts
 * const { graph } = parseRoster({ people, ties });
 * const roles = brokerageRoles(graph, { nodeGroupAttribute: 'side' });
 * roles.alice; // { coordinator: 0, itinerant: 1, representative: 2, gatekeeper: 0, liaison: 0, total: 3 }
 * ```
 */
export function brokerageRoles(graph: AbstractGraph, options?: BrokerageRolesOptions): Record<string, BrokerageCounts> {
  const { nodeGroupAttribute, getArcs } = resolveOptions(DEFAULT_BROKERAGE_ROLES_OPTIONS, options, VALIDATORS);
  const nodes = graph.nodes();
  const n = nodes.length;
  const indexOf = new Map<string, number>();
  nodes.forEach((node, i) => {
    indexOf.set(node, i);
  });

  const groupIds = new Map<string, number>();
  const group = new Int32Array(n);
  nodes.forEach((node, i) => {
    const value: unknown = graph.getNodeAttribute(node, nodeGroupAttribute);
    const key = value === undefined || value === null ? '' : String(value);
    let id = groupIds.get(key);
    if (id === undefined) {
      id = groupIds.size;
      groupIds.set(key, id);
    }
    group[i] = id;
  });

  const out: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (const arc of getArcs ? getArcs(graph) : defaultArcs(graph)) {
    const from = indexOf.get(arc[0]);
    const to = indexOf.get(arc[1]);
    if (from === undefined || to === undefined) {
      throw new InvalidGraphError(
        `brokerageRoles: arc "${String(arc[0])}" → "${String(arc[1])}" names a node that is not in the graph`,
      );
    }
    if (from !== to) (out[from] as Set<number>).add(to);
  }
  const into: number[][] = Array.from({ length: n }, () => []);
  out.forEach((targets, a) => {
    for (const b of targets) (into[b] as number[]).push(a);
  });

  const result: Record<string, BrokerageCounts> = {};
  const counts = [0, 0, 0, 0, 0];
  for (let b = 0; b < n; b++) {
    counts.fill(0);
    const gb = group[b] as number;
    const outB = out[b] as Set<number>;
    for (const a of into[b] as number[]) {
      const outA = out[a] as Set<number>;
      const ga = group[a] as number;
      for (const c of outB) {
        if (c === a || outA.has(c)) continue;
        (counts[roleOf(ga, gb, group[c] as number)] as number)++;
      }
    }
    const [coordinator, itinerant, representative, gatekeeper, liaison] = counts as [
      number,
      number,
      number,
      number,
      number,
    ];
    result[nodes[b] as string] = {
      coordinator,
      itinerant,
      representative,
      gatekeeper,
      liaison,
      total: coordinator + itinerant + representative + gatekeeper + liaison,
    };
  }
  return result;
}

/** Options of {@link brokerageRoles.assign}. */
export interface BrokerageRolesAssignOptions extends BrokerageRolesOptions {
  /**
   * Attribute names are `${prefix}${role}` and `${prefix}total`.
   * @defaultValue `` `brokerage_${nodeGroupAttribute}_` `` (e.g. `brokerage_track_gatekeeper`)
   */
  prefix?: string;
}

/**
 * Writes the counts of {@link brokerageRoles} on every node, as `${prefix}coordinator`, …,
 * `${prefix}liaison` and `${prefix}total`.
 *
 * @throws {@link InvalidOptionError} when `prefix` is not a string, and as {@link brokerageRoles}.
 */
brokerageRoles.assign = (graph: AbstractGraph, options?: BrokerageRolesAssignOptions): void => {
  const { prefix, ...rest } = options ?? {};
  if (prefix !== undefined && typeof prefix !== 'string') throw new InvalidOptionError('prefix', 'a string', prefix);
  const resolvedPrefix =
    prefix ?? `brokerage_${rest.nodeGroupAttribute ?? DEFAULT_BROKERAGE_ROLES_OPTIONS.nodeGroupAttribute}_`;
  for (const [node, counts] of Object.entries(brokerageRoles(graph, rest))) {
    const attributes: Record<string, number> = {};
    for (const role of BROKERAGE_ROLES) attributes[`${resolvedPrefix}${role}`] = counts[role];
    attributes[`${resolvedPrefix}total`] = counts.total;
    graph.mergeNodeAttributes(node, attributes);
  }
};
