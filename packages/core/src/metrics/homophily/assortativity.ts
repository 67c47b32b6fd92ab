/**
 * Attribute assortativity (Newman)
 * ================================
 *
 * Do people link mostly to people like themselves? Newman's assortativity coefficients [1]
 * compare the mixing of a node attribute along the links with what random mixing of the same
 * link ends would give: +1 when every link joins equal values, 0 for random mixing, negative
 * when links prefer unlike values (disassortative).
 *
 * Categorical (`attributeAssortativity`, Newman [1] eq. 2). Let e_xy be the fraction of link
 * ends with value x at one end and y at the other, each undirected link counted in both
 * directions, so e is symmetric and sums to 1, and a_x = Σ_y e_xy (= b_x, the column sum):
 *
 *   r = ( Σ_x e_xx − Σ_x a_x b_x ) / ( 1 − Σ_x a_x b_x )
 *
 * r = 1 when every counted link joins equal values. A graph with no link inside any category
 * gives r = −Σ a_x b_x / (1 − Σ a_x b_x), between −1 and 0 (−1 only for two categories holding
 * equal shares of the link ends): the floor depends on the category shares.
 * Undefined (`null`) when Σ a_x b_x = 1, i.e. every counted link end has the same value, or when
 * no link is counted.
 *
 * Numeric (`numericAssortativity`, Newman [1] eq. 21): the Pearson correlation of the values at
 * the two ends of the links, each link counted in both directions:
 *
 *   r = Σ_xy x y (e_xy − a_x b_y) / (σ_a σ_b),   σ_a² = Σ_x a_x x² − (Σ_x a_x x)²
 *
 * In [−1, 1]. Undefined (`null`) when the values at the link ends have zero variance (all
 * equal, up to rounding: SD below 1e-12 of the largest |value|), or no link is counted.
 * With the attribute set to the degree it is NetworkX's `degree_assortativity_coefficient`.
 *
 * Matches NetworkX `attribute_assortativity_coefficient(G, attribute)` and
 * `numeric_assortativity_coefficient(G, attribute)` (checked to 1e-9 by
 * scripts/oracle/networkx_homophily.py) on graphs where every node has the attribute.
 *
 * Conventions:
 * - Missing values. A person whose attribute is absent, `null`, `NaN`, or a blank string has no
 *   value, and every link touching that person is left out: the coefficient is the one of the
 *   subgraph induced by the people who have a value (people without links contribute nothing
 *   either way). NetworkX does otherwise: the categorical version reads a missing value as the
 *   category `None` and pools all such nodes into one group, the numeric one raises `KeyError`.
 *   Pooling unknowns would count two people who both left `side` blank as alike; leaving them
 *   out is the usual treatment of missing data, and the one the E-I index uses (ei-index.ts).
 * - Categorical values are compared as strings (`1` and `'1'` are one group, as in the
 *   Gould–Fernandez brokerage roles); NetworkX compares Python values. Strings, finite numbers
 *   and booleans are accepted; an object or array value is an error.
 * - Numeric values must be finite numbers. A string (even `'0.5'`), boolean or infinity is an
 *   error rather than a silent conversion: convert CSV text on import.
 * - Unweighted: each link counts once per direction, whatever its `weight` (as NetworkX).
 * - Self-loops (not in the person graph) count once, as (x, x), as NetworkX's
 *   `node_attribute_xy` yields them: one adjacency entry, not two.
 * - Undirected simple graphs only (`InvalidGraphError` otherwise).
 *
 * What it means: a positive value says that links join people with similar attribute values
 * more often than chance mixing of the same link ends would; in a Track II roster, for example,
 * that ties stay within sides or within an ideological camp. It describes the recorded links,
 * not why they formed (selection of participants, shared events and homophily all contribute).
 *
 * References:
 *   [1] Newman, M. E. J. (2003). Mixing patterns in networks. Physical Review E 67, 026126.
 *       doi:10.1103/PhysRevE.67.026126
 *   [2] Newman, M. E. J. (2002). Assortative mixing in networks. Physical Review Letters 89,
 *       208701. doi:10.1103/PhysRevLett.89.208701
 *   [3] McPherson, M., Smith-Lovin, L., & Cook, J. M. (2001). Birds of a feather: Homophily in
 *       social networks. Annual Review of Sociology 27, 415-444.
 *       doi:10.1146/annurev.soc.27.1.415
 *   [4] Hagberg, A. A., Schult, D. A., & Swart, P. J. (2008). Exploring network structure,
 *       dynamics, and function using NetworkX. Proceedings of SciPy 2008, 11-15.
 *       (`networkx/algorithms/assortativity/correlation.py`)
 */

import type { AbstractGraph } from 'graphology-types';
import { InvalidGraphError, InvalidOptionError } from '../../errors.js';
import { assertSimpleUndirected } from '../../graph/index.js';

/** Throws an {@link InvalidOptionError} unless `attribute` is a non-empty string. */
export function assertAttributeName(attribute: unknown): asserts attribute is string {
  if (typeof attribute !== 'string' || attribute === '') {
    throw new InvalidOptionError('attribute', 'a non-empty node attribute name', attribute ?? null);
  }
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'number' && Number.isNaN(value)) ||
    (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * The group of a node under a categorical attribute: the value as a string, or `null` when the
 * value is missing (absent, `null`, `NaN`, blank string).
 *
 * @throws {@link InvalidGraphError} for a value that is not a string, finite number or boolean.
 * @internal Shared by the homophily measures.
 */
export function readCategory(graph: AbstractGraph, node: string, attribute: string, caller: string): string | null {
  const value: unknown = graph.getNodeAttribute(node, attribute);
  if (isBlank(value)) return null;
  if (typeof value === 'string') return value;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') return String(value);
  throw new InvalidGraphError(
    `${caller}: node "${node}" has ${attribute} = ${JSON.stringify(value) ?? String(value)}; ` +
      'expected a string, a finite number or a boolean (or no value)',
  );
}

/**
 * The value of a node under a numeric attribute, or `null` when it is missing (absent, `null`,
 * `NaN`, blank string).
 *
 * @throws {@link InvalidGraphError} for a value that is not a finite number.
 * @internal Shared by the homophily measures.
 */
export function readNumber(graph: AbstractGraph, node: string, attribute: string, caller: string): number | null {
  const value: unknown = graph.getNodeAttribute(node, attribute);
  if (isBlank(value)) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new InvalidGraphError(
    `${caller}: node "${node}" has ${attribute} = ${JSON.stringify(value) ?? String(value)}; ` +
      'expected a finite number (convert text columns on import) or no value',
  );
}

/**
 * Newman's assortativity coefficient of a categorical node attribute.
 *
 * r = (Σ_x e_xx − Σ_x a_x b_x) / (1 − Σ_x a_x b_x) over the symmetric mixing matrix e of the
 * attribute (each link counted in both directions).
 *
 * @param graph - an undirected simple graph (the person graph).
 * @param attribute - node attribute holding the category (e.g. `'side'`, `'sector'`, `'school'`).
 * @returns r in [−1, 1], or `null` when undefined: no link between two people with a value, or
 *   every such link end in one category.
 * @throws {@link InvalidOptionError} when `attribute` is not a non-empty string.
 * @throws {@link InvalidGraphError} for a directed, mixed or multi graph, or an attribute value
 *   that is an object or array.
 *
 * @remarks Links touching a person without a value are left out (NetworkX would pool such nodes
 * into a `None` category). Values compared as strings; unweighted; a self-loop counts once.
 * Equals NetworkX `attribute_assortativity_coefficient` when every node has a value.
 *
 * @see Newman (2003), doi:10.1103/PhysRevE.67.026126
 *
 * @example
 * ```ts
 * attributeAssortativity(graph, 'side'); // 0.42: links stay within sides more than chance
 * ```
 */
export function attributeAssortativity(graph: AbstractGraph, attribute: string): number | null {
  assertAttributeName(attribute);
  assertSimpleUndirected(graph, 'attributeAssortativity');
  const category = new Map<string, string | null>();
  graph.forEachNode((node) => {
    category.set(node, readCategory(graph, node, attribute, 'attributeAssortativity'));
  });
  // Integer counts of ordered link ends: the result is one division of exact integers.
  let total = 0; // Σ_xy (count of ordered pairs)
  let same = 0; // Σ_x count_xx
  const rows = new Map<string, number>(); // count of ordered pairs with x first (= column sums)
  const addRow = (x: string, k: number) => rows.set(x, (rows.get(x) ?? 0) + k);
  graph.forEachEdge((_e, _a, s, t) => {
    const x = category.get(s);
    const y = category.get(t);
    if (x === null || y === null || x === undefined || y === undefined) return;
    if (s === t) {
      total += 1;
      same += 1;
      addRow(x, 1);
      return;
    }
    total += 2;
    addRow(x, 1);
    addRow(y, 1);
    if (x === y) same += 2;
  });
  if (total === 0 || rows.size < 2) return null;
  let sumSquares = 0;
  for (const count of rows.values()) sumSquares += count * count;
  // (Σ e_xx − Σ a_x²) / (1 − Σ a_x²), multiplied through by total².
  const denominator = total * total - sumSquares;
  return denominator > 0 ? (same * total - sumSquares) / denominator : null;
}

/**
 * Newman's assortativity coefficient of a numeric node attribute: the Pearson correlation of the
 * values at the two ends of every link, each link counted in both directions.
 *
 * @param graph - an undirected simple graph (the person graph).
 * @param attribute - node attribute holding a finite number (e.g. `'ideology'`, `'seniority'`).
 * @returns r in [−1, 1], or `null` when undefined: no link between two people with a value, or
 *   zero variance of the values at the link ends.
 * @throws {@link InvalidOptionError} when `attribute` is not a non-empty string.
 * @throws {@link InvalidGraphError} for a directed, mixed or multi graph, or a value that is not
 *   a finite number (strings are not converted).
 *
 * @remarks Links touching a person without a value are left out (NetworkX would raise
 * `KeyError`). Unweighted; a self-loop counts once. Equals NetworkX
 * `numeric_assortativity_coefficient` when every node has a value.
 *
 * @see Newman (2003), doi:10.1103/PhysRevE.67.026126
 *
 * @example
 * ```ts
 * numericAssortativity(graph, 'ideology'); // 0.6: doves link to doves, hawks to hawks
 * ```
 */
export function numericAssortativity(graph: AbstractGraph, attribute: string): number | null {
  assertAttributeName(attribute);
  assertSimpleUndirected(graph, 'numericAssortativity');
  const value = new Map<string, number | null>();
  graph.forEachNode((node) => {
    value.set(node, readNumber(graph, node, attribute, 'numericAssortativity'));
  });
  // Known ends of every counted link, as parallel arrays; a self-loop is one ordered pair.
  const from: number[] = [];
  const to: number[] = [];
  graph.forEachEdge((_e, _a, s, t) => {
    const x = value.get(s);
    const y = value.get(t);
    if (x === null || y === null || x === undefined || y === undefined) return;
    from.push(x);
    to.push(y);
    if (s !== t) {
      from.push(y);
      to.push(x);
    }
  });
  const count = from.length;
  if (count === 0) return null;
  // Two passes (mean, then centred sums) for accuracy. The ordered pairs are symmetric (both
  // directions of every link; a self-loop is (x, x)), so one mean and one variance serve both ends.
  let sum = 0;
  let scale = 0;
  for (const x of from) {
    sum += x;
    scale = Math.max(scale, Math.abs(x));
  }
  const mean = sum / count;
  let sxx = 0;
  let sxy = 0;
  for (let k = 0; k < count; k++) {
    const dx = (from[k] as number) - mean;
    const dy = (to[k] as number) - mean;
    sxx += dx * dx;
    sxy += dx * dy;
  }
  const variance = sxx / count;
  if (!(Math.sqrt(variance) > 1e-12 * scale)) return null;
  return sxy / count / variance;
}
