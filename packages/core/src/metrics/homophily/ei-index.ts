/**
 * E-I index (Krackhardt & Stern)
 * ==============================
 *
 * Given a partition of people into groups (a side, a sector, a school of thought), the E-I index
 * [1] weighs the links that cross group lines (external, E) against those inside a group
 * (internal, I):
 *
 *   EI = (E − I) / (E + I)
 *
 * −1 when every link stays inside its group (a closed, homophilous network), +1 when every link
 * crosses groups, 0 when they balance. Like UCINET's Network > Cohesion > E-I Index [3], it is
 * given at three levels, with a permutation test:
 *
 *   whole network   E = links between people of different groups, I = links within a group
 *   group g         E_g = links with exactly one end in g, I_g = links with both ends in g
 *                   (each link counted once: Σ_g E_g = 2E, Σ_g I_g = I)
 *   person i        E_i = i's links to people of other groups, I_i = to people of i's group
 *
 * each `null` when its E + I = 0 (nothing to compare).
 *
 * Beside the observed value it reports:
 * - expected: the E-I index under random mixing given the group sizes,
 *     EI_exp = 1 − 2 Σ_g n_g (n_g − 1) / (N (N − 1))
 *   with n_g the group sizes and N = Σ_g n_g the people with a value. It is the E-I index of all
 *   possible pairs and the exact mean of the permutation null below (checked against a full
 *   enumeration in scripts/oracle/networkx_homophily.py): a relabelling puts both ends of a
 *   given link in one group with probability
 *   Σ_g n_g (n_g − 1) / (N (N − 1)), and E + I does not change, so E[EI] = 1 − 2 P(same group).
 *   Large groups pull it below 0 even without homophily, which is why the raw index needs it.
 *   `null` when N < 2.
 * - bounds: the range of E-I reachable by placing the same L counted links (with their weights)
 *   on the N people, given the group sizes (Krackhardt and Stern's remark that the range is
 *   restricted by group sizes and density [1, 3]). With P_I = Σ_g n_g (n_g − 1)/2 internal and
 *   P_E = N (N − 1)/2 − P_I external pairs, at most min(L, P_E) links can be external and at most
 *   min(L, P_I) internal; putting the heaviest links there,
 *     maximum = (2 · [sum of the min(L, P_E) largest weights] − W) / W
 *     minimum = (W − 2 · [sum of the min(L, P_I) largest weights]) / W
 *   with W = E + I (unweighted: W = L, each weight 1). `null` when W = 0.
 * - a permutation test, as UCINET's [3]: the attribute values are shuffled among the people who
 *   have one (Fisher–Yates with the given `rng`, so group sizes are kept and the graph is fixed)
 *   and the whole-network E-I is recomputed, `permutations` times. Reported: the observed value,
 *   the mean, SD (divisor `permutations`), minimum and maximum of the permuted values, and
 *     P(EI_perm ≥ observed) = (#{EI_perm ≥ observed} + 1) / (permutations + 1)
 *     P(EI_perm ≤ observed) = (#{EI_perm ≤ observed} + 1) / (permutations + 1)
 *   The +1 counts the observed labelling as one of the permutations, so a p-value is never 0
 *   and stays valid for randomly drawn permutations [5]. A small P(EI_perm ≤ observed) says the
 *   network is more closed along the attribute than chance; a small P(EI_perm ≥ observed), more
 *   open. Ties count on both sides (each p-value includes equality).
 *
 * Conventions:
 * - Missing values. A person whose attribute is absent, `null`, `NaN` or a blank string has no
 *   group: every link touching that person is left out of E and I at all three levels (it is
 *   neither internal nor external), that person's own E-I is `null`, and the permutation test
 *   shuffles only the values that exist. `missing` and `excludedLinks` say how much was left out.
 *   (The Gould–Fernandez brokerage roles pool missing values into a group `''` instead, because a
 *   broker's total must not depend on the partition; a homophily measure would count two blanks
 *   as alike.)
 * - Values are compared as strings (`1` and `'1'` are one group); strings, finite numbers and
 *   booleans are accepted, an object or array value is an error.
 * - Unweighted by default: each link counts once, whatever its `weight` or its number of ties,
 *   as UCINET's E-I Index, which ignores edge values. `getEdgeWeight` (an edge attribute or a
 *   getter) gives the weighted variant (UCINET's Homophily routine): E and I become sums of link
 *   weights, which must be finite and ≥ 0.
 * - Undirected simple graphs only (`InvalidGraphError` otherwise); self-loops, absent from the
 *   person graph, are ignored (UCINET ignores the diagonal by default).
 * - The group table counts links, not link ends: a link inside g counts once in I_g. Summing the
 *   members' personal counts instead would count it twice, (E_g − 2 I_g)/(E_g + 2 I_g); some
 *   implementations do that, so check which one a published group value used before comparing.
 *
 * What it means: in a Track II roster, an E-I index near −1 on `side` says the dialogue's links
 * stay within each party, an echo chamber rather than a bridge; compare it with `expected`, not
 * with 0. It describes who is linked, not whether ideas crossed.
 *
 * Complexity: O(n + m) for the index, O(permutations · (n + m)) for the test.
 *
 * References:
 *   [1] Krackhardt, D., & Stern, R. N. (1988). Informal networks and organizational crises: An
 *       experimental simulation. Social Psychology Quarterly 51(2), 123-140. doi:10.2307/2786835
 *   [2] Everett, M. G., & Borgatti, S. P. (2012). Categorical attribute based centrality: E-I and
 *       G-F centrality. Social Networks 34(4), 562-569. doi:10.1016/j.socnet.2012.06.002
 *   [3] Borgatti, S. P., Everett, M. G., & Freeman, L. C. (2002). UCINET for Windows: Software
 *       for Social Network Analysis. Harvard, MA: Analytic Technologies. (Network > Cohesion >
 *       E-I Index; Network > Cohesion > Homophily for valued data)
 *   [4] McPherson, M., Smith-Lovin, L., & Cook, J. M. (2001). Birds of a feather: Homophily in
 *       social networks. Annual Review of Sociology 27, 415-444.
 *       doi:10.1146/annurev.soc.27.1.415
 *   [5] Phipson, B., & Smyth, G. K. (2010). Permutation p-values should never be zero:
 *       Calculating exact p-values when permutations are randomly drawn. Statistical Applications
 *       in Genetics and Molecular Biology 9(1), Article 39. doi:10.2202/1544-6115.1585
 */

import type { AbstractGraph } from 'graphology-types';
import { InvalidGraphError, InvalidOptionError } from '../../errors.js';
import { assertSimpleUndirected } from '../../graph/index.js';
import { edgeWeightGetter, inRange, isFunction, nullOr, OPTION_RANGES, resolveOptions } from '../../options.js';
import { createRng } from '../../utils/rng.js';
import { type EdgeWeightGetter, edgeWeightReader } from '../centrality/degree.js';
import { assertAttributeName, readCategory } from './assortativity.js';

/** Options of {@link eiIndex}: the group attribute, link weights and the permutation test. */
export interface EiIndexOptions {
  /**
   * Node attribute holding the group (e.g. `'side'`, `'sector'`, `'school'`, `'track'`). People
   * without a value are left out (see the conventions). Required.
   */
  attribute: string;
  /**
   * Number of random relabellings for the permutation test; `0` skips the test.
   * @defaultValue `5000`
   */
  permutations?: number;
  /**
   * Random source of the permutation test, uniform in [0, 1).
   * @defaultValue `createRng(42)` (a fresh seeded generator per call)
   */
  rng?: () => number;
  /**
   * Edge attribute (or getter) holding a link weight ≥ 0, for the weighted variant; `null`
   * counts each link once.
   * @defaultValue `null`
   */
  getEdgeWeight?: EdgeWeightGetter;
}

/** Defaults of {@link EiIndexOptions}: unweighted, 5,000 permutations, seeded. */
export const DEFAULT_EI_INDEX_OPTIONS: Readonly<{
  permutations: number;
  rng: (() => number) | null;
  getEdgeWeight: EdgeWeightGetter;
}> = Object.freeze({ permutations: 5000, rng: null, getEdgeWeight: null });

/** One group's links: both ends in the group (internal) or exactly one (external). */
export interface EiGroup {
  /** People with this value. */
  size: number;
  /** Links (or their total weight) with both ends in the group. */
  internal: number;
  /** Links (or their total weight) with exactly one end in the group. */
  external: number;
  /** (external − internal) / (external + internal); `null` when the group has no counted link. */
  ei: number | null;
}

/** UCINET-style permutation test of the whole-network E-I index. */
export interface EiPermutationTest {
  /** Number of random relabellings drawn. */
  permutations: number;
  /** The whole-network E-I index of the data. */
  observed: number;
  /** Mean of the permuted values (close to `expected`). */
  mean: number;
  /** Standard deviation of the permuted values (divisor `permutations`). */
  sd: number;
  min: number;
  max: number;
  /** (#{EI_perm ≥ observed} + 1) / (permutations + 1): small when the network is unusually open. */
  pGreaterOrEqual: number;
  /** (#{EI_perm ≤ observed} + 1) / (permutations + 1): small when the network is unusually closed. */
  pLessOrEqual: number;
}

/**
 * An E-I index result: whole-network value, internal and external links, per group and per person, and the
 * permutation test.
 */
export interface EiIndexResult {
  attribute: string;
  /** Whole-network E-I index; `null` when no link joins two people with a value. */
  ei: number | null;
  /** Links (or total weight) inside a group. */
  internal: number;
  /** Links (or total weight) between groups. */
  external: number;
  /** E-I under random mixing given the group sizes (the permutation mean); `null` when fewer than 2 people have a value. */
  expected: number | null;
  /** Lowest and highest E-I reachable with the same links and group sizes; `null` when `ei` is. */
  bounds: { minimum: number; maximum: number } | null;
  /** By group value, in order of first appearance in `graph.nodes()`. */
  groups: Record<string, EiGroup>;
  /** By person (every node): own E-I over links to people with a value; `null` without a value or without such links. */
  people: Record<string, number | null>;
  /** People without a value. */
  missing: number;
  /** Links left out because at least one end has no value. */
  excludedLinks: number;
  /** `null` when `permutations` is 0 or `ei` is `null`. */
  permutation: EiPermutationTest | null;
}

const VALIDATORS = {
  permutations: inRange(OPTION_RANGES.permutations),
  rng: nullOr(isFunction),
  getEdgeWeight: edgeWeightGetter,
};

function ratio(external: number, internal: number): number | null {
  const total = external + internal;
  return total > 0 ? (external - internal) / total : null;
}

/** Sum of the `k` largest of `sorted` (sorted in decreasing order). */
function sumLargest(sorted: readonly number[], k: number): number {
  let sum = 0;
  for (let i = 0; i < k; i++) sum += sorted[i] as number;
  return sum;
}

/**
 * Krackhardt and Stern's E-I index of a partition, for the whole network, each group and each
 * person, with its expected value, its reachable range and a permutation test.
 *
 * @param graph - an undirected simple graph (the person graph).
 * @param options - {@link EiIndexOptions}: `attribute` (required), `permutations` (default
 *   `5000`, `0` for none), `rng` (default `createRng(42)`), `getEdgeWeight` (default `null`:
 *   each link counts once).
 * @returns an {@link EiIndexResult}; values are plain numbers, `null` where undefined.
 * @throws {@link InvalidOptionError} for a missing or empty `attribute`, or a bad option value.
 * @throws {@link InvalidGraphError} for a directed, mixed or multi graph, a negative or
 *   non-numeric weight (weighted variant), or an attribute value that is an object or array.
 *
 * @remarks Links touching a person without a value are left out at every level; values compared
 * as strings; self-loops ignored; unweighted unless `getEdgeWeight` is given. The p-values count
 * the observed labelling as one permutation ((count + 1)/(permutations + 1)). See the banner.
 *
 * @see Krackhardt & Stern (1988), doi:10.2307/2786835
 *
 * @example
 * ```ts
 * const { ei, expected, groups, permutation } = eiIndex(graph, { attribute: 'side', rng: createRng(7) });
 * // ei well below expected and a small permutation.pLessOrEqual: links stay within sides;
 * // groups.A.ei shows which side is the most closed
 * eiIndexValue(graph, 'sector'); // the whole-network number only
 * ```
 */
export function eiIndex(graph: AbstractGraph, options: EiIndexOptions): EiIndexResult {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidOptionError('options', 'an object with an attribute name', options ?? null);
  }
  const { attribute, ...rest } = options;
  assertAttributeName(attribute);
  const opts = resolveOptions(DEFAULT_EI_INDEX_OPTIONS, rest as Partial<typeof DEFAULT_EI_INDEX_OPTIONS>, VALIDATORS);
  assertSimpleUndirected(graph, 'eiIndex');
  const weightOf = edgeWeightReader(opts.getEdgeWeight);

  // People with a value get a local index 0..N-1 and a group id 0..k-1 (first appearance).
  const nodes = graph.nodes();
  const groupNames: string[] = [];
  const groupId = new Map<string, number>();
  const sizes: number[] = [];
  const localIndex = new Map<string, number>();
  const groupOf: number[] = [];
  for (const node of nodes) {
    const value = readCategory(graph, node, attribute, 'eiIndex');
    if (value === null) continue;
    let id = groupId.get(value);
    if (id === undefined) {
      id = groupNames.length;
      groupId.set(value, id);
      groupNames.push(value);
      sizes.push(0);
    }
    sizes[id] = (sizes[id] as number) + 1;
    localIndex.set(node, groupOf.length);
    groupOf.push(id);
  }
  const n = groupOf.length;
  const k = groupNames.length;

  const from: number[] = [];
  const to: number[] = [];
  const weights: number[] = [];
  const personExternal = new Float64Array(n);
  const personInternal = new Float64Array(n);
  const groupExternal = new Float64Array(k);
  const groupInternal = new Float64Array(k);
  let internal = 0;
  let external = 0;
  let excludedLinks = 0;
  graph.forEachEdge((edge, attributes, source, target) => {
    if (source === target) return;
    const w = weightOf(edge, attributes);
    if (w < 0) throw new InvalidGraphError(`eiIndex: edge ${edge}: weight must be ≥ 0, got ${w}`);
    const i = localIndex.get(source);
    const j = localIndex.get(target);
    if (i === undefined || j === undefined) {
      excludedLinks++;
      return;
    }
    from.push(i);
    to.push(j);
    weights.push(w);
    const gi = groupOf[i] as number;
    const gj = groupOf[j] as number;
    if (gi === gj) {
      internal += w;
      personInternal[i] = (personInternal[i] as number) + w;
      personInternal[j] = (personInternal[j] as number) + w;
      groupInternal[gi] = (groupInternal[gi] as number) + w;
    } else {
      external += w;
      personExternal[i] = (personExternal[i] as number) + w;
      personExternal[j] = (personExternal[j] as number) + w;
      groupExternal[gi] = (groupExternal[gi] as number) + w;
      groupExternal[gj] = (groupExternal[gj] as number) + w;
    }
  });
  const ei = ratio(external, internal);
  const total = internal + external;

  let samePairs = 0; // Σ_g n_g (n_g − 1) = 2 P_I
  for (const size of sizes) samePairs += size * (size - 1);
  const allPairs = n * (n - 1); // 2 (P_I + P_E)
  const expected = n < 2 ? null : 1 - (2 * samePairs) / allPairs;

  let bounds: EiIndexResult['bounds'] = null;
  if (ei !== null) {
    const sorted = [...weights].sort((a, b) => b - a);
    const links = sorted.length;
    const maxExternal = sumLargest(sorted, Math.min(links, (allPairs - samePairs) / 2));
    const maxInternal = sumLargest(sorted, Math.min(links, samePairs / 2));
    bounds = { minimum: (total - 2 * maxInternal) / total, maximum: (2 * maxExternal - total) / total };
  }

  const groups = Object.fromEntries(
    groupNames.map((name, g): [string, EiGroup] => {
      const e = groupExternal[g] as number;
      const i = groupInternal[g] as number;
      return [name, { size: sizes[g] as number, internal: i, external: e, ei: ratio(e, i) }];
    }),
  );
  const people = Object.fromEntries(
    nodes.map((node): [string, number | null] => {
      const i = localIndex.get(node);
      return [node, i === undefined ? null : ratio(personExternal[i] as number, personInternal[i] as number)];
    }),
  );

  let permutation: EiPermutationTest | null = null;
  if (ei !== null && opts.permutations > 0) {
    permutation = permutationTest(
      Int32Array.from(groupOf),
      Int32Array.from(from),
      Int32Array.from(to),
      Float64Array.from(weights),
      { observed: ei, internal, total },
      opts.permutations,
      opts.rng ?? createRng(42),
      opts.getEdgeWeight === null ? 0 : 1e-9 * total,
    );
  }

  return {
    attribute,
    ei,
    internal,
    external,
    expected,
    bounds,
    groups,
    people,
    missing: nodes.length - n,
    excludedLinks,
    permutation,
  };
}

/**
 * Shuffles `labels` (Fisher–Yates) `permutations` times, each time recomputing the internal
 * weight of the links. EI_perm ≥ observed ⇔ internal_perm ≤ internal (E + I is fixed), compared
 * within `tolerance` so that float sums of weights tie as they should.
 */
function permutationTest(
  labels: Int32Array,
  from: Int32Array,
  to: Int32Array,
  weights: Float64Array,
  observed: { observed: number; internal: number; total: number },
  permutations: number,
  rng: () => number,
  tolerance: number,
): EiPermutationTest {
  const { internal, total } = observed;
  const links = from.length;
  let mean = 0;
  let m2 = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let atLeast = 0;
  let atMost = 0;
  // Unweighted (every weight 1): the links grouped by their first end (a counting sort), so each
  // person's label is read once per permutation and the internal links are counted as integers;
  // the sum of ones is the same exact integer in any order, so the values are unchanged.
  let unweighted = tolerance === 0;
  for (let e = 0; e < links && unweighted; e++) if (weights[e] !== 1) unweighted = false;
  let starts: Int32Array | null = null;
  let ends: Int32Array | null = null;
  if (unweighted) {
    const n = labels.length;
    starts = new Int32Array(n + 1);
    for (let e = 0; e < links; e++) {
      const k = (from[e] as number) + 1;
      starts[k] = (starts[k] as number) + 1;
    }
    for (let i = 0; i < n; i++) starts[i + 1] = (starts[i + 1] as number) + (starts[i] as number);
    const fill = starts.slice(0, n);
    ends = new Int32Array(links);
    for (let e = 0; e < links; e++) {
      const i = from[e] as number;
      ends[fill[i] as number] = to[e] as number;
      fill[i] = (fill[i] as number) + 1;
    }
  }
  for (let p = 1; p <= permutations; p++) {
    for (let i = labels.length - 1; i > 0; i--) {
      const j = Math.min(i, Math.floor(rng() * (i + 1)));
      const swap = labels[i] as number;
      labels[i] = labels[j] as number;
      labels[j] = swap;
    }
    let inside = 0;
    if (starts !== null && ends !== null) {
      let count = 0;
      for (let i = 0, n = labels.length; i < n; i++) {
        const label = labels[i] as number;
        for (let e = starts[i] as number, stop = starts[i + 1] as number; e < stop; e++)
          if (labels[ends[e] as number] === label) count++;
      }
      inside = count;
    } else {
      for (let e = 0; e < links; e++)
        if (labels[from[e] as number] === labels[to[e] as number]) inside += weights[e] as number;
    }
    const value = (total - 2 * inside) / total;
    const delta = value - mean; // Welford
    mean += delta / p;
    m2 += delta * (value - mean);
    if (value < min) min = value;
    if (value > max) max = value;
    if (inside <= internal + tolerance) atLeast++;
    if (inside >= internal - tolerance) atMost++;
  }
  return {
    permutations,
    observed: observed.observed,
    mean,
    sd: Math.sqrt(Math.max(0, m2) / permutations),
    min,
    max,
    pGreaterOrEqual: (atLeast + 1) / (permutations + 1),
    pLessOrEqual: (atMost + 1) / (permutations + 1),
  };
}

/**
 * The whole-network E-I index alone (unweighted, no permutation test):
 * `eiIndex(graph, { attribute, permutations: 0 }).ei`.
 *
 * @returns (E − I)/(E + I) over the links between people with a value, or `null` if there are none.
 * @throws as {@link eiIndex}.
 */
export function eiIndexValue(graph: AbstractGraph, attribute: string): number | null {
  return eiIndex(graph, { attribute, permutations: 0 }).ei;
}
