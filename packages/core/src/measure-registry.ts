/**
 * The measure registry
 * ====================
 *
 * Every per-person measure is declared here, once: its key (the column of `people-metrics.csv`
 * and the node attribute of `graph.json`, GEXF and GraphML), its catalog text (title, one-line
 * definition, what it suggests and what it does not show, range, convention, reference), its
 * kind, and the analysis step that computes it. Everything else is derived from this list:
 *
 * - `PERSON_MEASURES` and the `PersonMeasure` type (the keys, in column order);
 * - `PersonMeasureValues`, the measure part of the `PersonMetrics` row type (number, number or
 *   `null`, or a list of ids, by `kind` and `nullable`);
 * - the row assembly of `analyzeRoster` (registry order is column order and attribute order);
 * - the report's "Who stands out" tables (`ranked`, `order`);
 * - the viewer's size-by list (the `number` and `count` measures);
 * - the two measure tables of docs/measures.md (scripts/docs/measure-tables.mjs,
 *   checked by tests/docs/measure-tables.test.ts).
 *
 * Adding a measure: its kernel with a banner and a test against independent values, one entry
 * here, and one line in the analysis step named by `step` (in analysis/analyze.ts; the
 * compiler asks for it). The brokerage (`brokerage_<partition>_<role>`) and E-I (`ei_<attribute>`)
 * column families are not per-person measures of this kind: they are declared in types.ts.
 *
 * Pure data, at the bottom of the core's layers (the importer reads the keys to rename input
 * columns that would clash with them).
 */

/**
 * What a measure's values are: `number` (a real number), `count` (a whole number), `label`
 * (a whole number that names a group, such as a community; not a quantity) or `list` (a list
 * of person ids).
 */
export type MeasureKind = 'number' | 'count' | 'label' | 'list';

/** The analysis steps that compute per-person measures (analysis/measure-steps.ts). */
export type MeasureStep = 'degree' | 'all-pairs' | 'access' | 'pagerank' | 'eigenvector' | 'local' | 'communities';

/** One per-person measure. */
export interface MeasureDefinition {
  /** Column of people-metrics.csv, and node attribute in graph.json, GEXF and GraphML. */
  readonly key: string;
  readonly title: string;
  /** One-line definition. */
  readonly definition: string;
  /** What a high (or low) value suggests. */
  readonly means: string;
  /** What it must not be read as. */
  readonly doesNotMean: string;
  /** The values it takes. */
  readonly range: string;
  /** The convention chosen: weights, direction, isolates and undefined values. */
  readonly convention: string;
  /** The function it matches (NetworkX where there is one) and references in docs/references.md. */
  readonly reference: string;
  readonly kind: MeasureKind;
  /** `null` where the measure is undefined for a person (an empty cell in people-metrics.csv). */
  readonly nullable: boolean;
  /** Whether to rank people by descending (most first) or ascending value. */
  readonly order: 'desc' | 'asc';
  /** The analysis step that computes it. */
  readonly step: MeasureStep;
  /**
   * Whether the report ranks people by it under "Who stands out, measure by measure". The access
   * measures have their own section; labels and lists are not ranked.
   */
  readonly ranked: boolean;
}

/** Every per-person measure, in column order. */
export const MEASURE_REGISTRY = [
  {
    key: 'degree',
    title: 'Degree',
    definition: 'number of distinct people linked to the person (by a tie or a shared event)',
    means: 'a wide circle of direct contacts in this roster',
    doesNotMean: 'influence; contacts outside the roster are not counted',
    range: 'integer 0 … n − 1',
    convention: 'unweighted; isolates 0',
    reference: 'NetworkX `G.degree(v)`; [5]',
    kind: 'count',
    nullable: false,
    order: 'desc',
    step: 'degree',
    ranked: true,
  },
  {
    key: 'strength',
    title: 'Strength',
    definition: 'sum of link weights (tie weights plus shared events)',
    means: 'many and repeated contacts',
    doesNotMean: 'closeness of any one relation; many weak links can add up',
    range: '≥ 0',
    convention: 'link `weight`; isolates 0',
    reference: 'NetworkX `G.degree(v, weight="weight")`; [5], [6]',
    kind: 'number',
    nullable: false,
    order: 'desc',
    step: 'degree',
    ranked: true,
  },
  {
    key: 'betweenness',
    title: 'Betweenness',
    definition: 'share of shortest paths between other people that pass through the person (0–1)',
    means: 'a broker: ideas moving along shortest routes often pass through them',
    doesNotMean: 'that they relay anything; ideas need not travel along shortest paths',
    range: '[0, 1]',
    convention: 'hop-based, unweighted; normalised by (n − 1)(n − 2)/2; sampled above 20,000 people',
    reference: 'NetworkX `betweenness_centrality(G)`; [7], [8]',
    kind: 'number',
    nullable: false,
    order: 'desc',
    step: 'all-pairs',
    ranked: true,
  },
  {
    key: 'closeness',
    title: 'Closeness',
    definition: 'inverse mean distance to the people they can reach, scaled by the share reachable (Wasserman–Faust)',
    means: 'few steps to most of the network',
    doesNotMean: 'access to decision-makers in particular (see distance to Track I)',
    range: '[0, 1]',
    convention: 'hop-based, unweighted; isolates 0; sampled above 20,000 people',
    reference: 'NetworkX `closeness_centrality(G)`; [5], [10]',
    kind: 'number',
    nullable: false,
    order: 'desc',
    step: 'all-pairs',
    ranked: true,
  },
  {
    key: 'harmonic',
    title: 'Harmonic centrality',
    definition: 'sum of 1/distance to every other person (unreachable people add 0)',
    means: 'many people within few steps; comparable across disconnected parts',
    doesNotMean: 'that those people listen',
    range: '[0, n − 1]',
    convention: 'hop-based, unweighted, not normalised; sampled above 20,000 people',
    reference: 'NetworkX `harmonic_centrality(G)`; [11], [12]',
    kind: 'number',
    nullable: false,
    order: 'desc',
    step: 'all-pairs',
    ranked: true,
  },
  {
    key: 'pagerank',
    title: 'PageRank',
    definition: 'share of time a random walk along weighted links spends at the person (sums to 1)',
    means: 'well connected to people who are themselves well connected',
    doesNotMean: 'authority or seniority',
    range: '(0, 1), sums to 1',
    convention: 'link `weight`; α = 0.85',
    reference: 'NetworkX `pagerank(G, alpha=0.85, weight="weight")`; [13], [14]',
    kind: 'number',
    nullable: false,
    order: 'desc',
    step: 'pagerank',
    ranked: true,
  },
  {
    key: 'eigenvector',
    title: 'Eigenvector centrality',
    definition: 'principal eigenvector of the adjacency matrix (unweighted, norm 1)',
    means: 'part of the densely connected core',
    doesNotMean: 'anything for people outside the largest core (values near 0 there)',
    range: '[0, 1]',
    convention: 'unweighted; Euclidean norm 1',
    reference: 'NetworkX `eigenvector_centrality(G)`; [15]',
    kind: 'number',
    nullable: false,
    order: 'desc',
    step: 'eigenvector',
    ranked: true,
  },
  {
    key: 'constraint',
    title: 'Constraint (Burt)',
    definition: "how much the person's contacts are linked to each other (empty for isolates)",
    means: 'low: contacts in separate groups, room to broker; high: a closed circle',
    doesNotMean: 'that a low-constraint person actually brokers',
    range: '> 0',
    convention: 'unweighted; isolates `null`',
    reference: 'NetworkX `constraint(G)`; [16], [17]',
    kind: 'number',
    nullable: true,
    order: 'asc',
    step: 'local',
    ranked: true,
  },
  {
    key: 'clustering',
    title: 'Clustering',
    definition: "share of pairs of the person's contacts who are linked to each other",
    means: 'embedded in a tight group',
    doesNotMean: 'agreement within the group',
    range: '[0, 1]',
    convention: 'unweighted; 0 below two contacts',
    reference: 'NetworkX `clustering(G)`; [18]',
    kind: 'number',
    nullable: false,
    order: 'desc',
    step: 'local',
    ranked: true,
  },
  {
    key: 'community',
    title: 'Community',
    definition: 'Louvain community (0 = largest): the best of several seeded runs, so it is reproducible',
    means: 'the group the person is most densely linked to',
    doesNotMean: 'a shared view; communities are found from links, not opinions',
    range: 'integer ≥ 0',
    convention: 'link `weight`; resolution 1, seed 42; best of 100, 10 or 3 runs by size, polished; isolates alone',
    reference: 'NetworkX `louvain_communities` (same method, another random stream); [19], [20]',
    kind: 'label',
    nullable: false,
    order: 'asc',
    step: 'communities',
    ranked: false,
  },
  {
    key: 'distance_to_track1',
    title: 'Distance to Track I',
    definition: 'steps to the nearest decision-maker (0 for decision-makers, empty if none reachable)',
    means: 'how many intermediaries an idea would need to reach an official',
    doesNotMean: 'that any idea reached an official; it is opportunity, not transfer',
    range: 'integer ≥ 0',
    convention: 'hop-based; unreachable `null`',
    reference: 'breadth-first search, as NetworkX `single_source_shortest_path_length`; [23], [24]',
    kind: 'count',
    nullable: true,
    order: 'asc',
    step: 'access',
    ranked: false,
  },
  {
    key: 'track1_within_1',
    title: 'Decision-makers within 1 step',
    definition: 'decision-makers directly linked to the person (the person excluded)',
    means: 'direct access to officials',
    doesNotMean: 'that the officials value the contact',
    range: 'integer ≥ 0',
    convention: 'hop-based; the person excluded',
    reference: 'as `distance_to_track1`; [23], [24]',
    kind: 'count',
    nullable: false,
    order: 'desc',
    step: 'access',
    ranked: false,
  },
  {
    key: 'track1_within_2',
    title: 'Decision-makers within 2 steps',
    definition: 'decision-makers at most two steps away (the person excluded; includes those within 1)',
    means: 'access through one intermediary',
    doesNotMean: 'that the intermediary passes ideas on',
    range: 'integer ≥ 0',
    convention: 'hop-based; cumulative; the person excluded',
    reference: 'as `distance_to_track1`; [23], [24]',
    kind: 'count',
    nullable: false,
    order: 'desc',
    step: 'access',
    ranked: false,
  },
  {
    key: 'nearest_track1',
    title: 'Nearest decision-makers',
    definition: 'the decision-makers at the smallest distance (all of them when tied)',
    means: 'whom an idea from this person would most easily reach',
    doesNotMean: 'whom it did reach',
    range: 'list of ids',
    convention: 'hop-based; none reachable: empty',
    reference: 'as `distance_to_track1`; [23], [24]',
    kind: 'list',
    nullable: false,
    order: 'asc',
    step: 'access',
    ranked: false,
  },
  {
    key: 'access_score',
    title: 'Access score',
    definition:
      'sum over decision-makers of seniority × 0.5^steps (decay centrality towards Track I; unreachable add 0)',
    means: 'near many, and senior, decision-makers',
    doesNotMean: 'that any of them listens; it weighs opportunity, not influence',
    range: '≥ 0 when seniorities are ≥ 0',
    convention: 'hop-based; δ = 0.5; seniority 1 where not given',
    reference: 'decay centrality (Jackson 2008) towards the decision-makers; [35], [23], [24]',
    kind: 'number',
    nullable: false,
    order: 'desc',
    step: 'access',
    ranked: false,
  },
  {
    key: 'transfer_betweenness',
    title: 'Transfer betweenness',
    definition: 'share of shortest routes from participants to decision-makers that pass through the person (0–1)',
    means: 'a broker on the routes from Track II to Track I: an idea on a short route likely passes them',
    doesNotMean: 'that they pass ideas on, or that ideas travel along shortest routes',
    range: '[0, 1]',
    convention: 'hop-based, unweighted; sources: participants, targets: decision-makers; sampled above 20,000 people',
    reference: '2 × NetworkX `betweenness_centrality_subset(G, S, D, normalized=False)` / P(v); [9], [7]',
    kind: 'number',
    nullable: false,
    order: 'desc',
    step: 'all-pairs',
    ranked: true,
  },
  {
    key: 'effective_size',
    title: 'Effective size (Burt)',
    definition: 'number of contacts less their redundancy (k − 2t/k); empty for isolates',
    means: 'contacts in separate circles: non-redundant channels to pass ideas',
    doesNotMean: 'that the channels are used',
    range: '[1, k]',
    convention: 'unweighted; isolates `null`',
    reference: 'NetworkX `effective_size(G)`; [16], [36]',
    kind: 'number',
    nullable: true,
    order: 'desc',
    step: 'local',
    ranked: true,
  },
  {
    key: 'k_core',
    title: 'Core number (k-core)',
    definition: 'largest k such that the person is in a group where everyone has at least k contacts within the group',
    means: 'part of a cohesive centre of the network rather than its periphery',
    doesNotMean: 'agreement within that centre, or influence in it',
    range: 'integer 0 … n − 1',
    convention: 'unweighted, undirected, each linked pair counted once; isolates 0',
    reference: 'NetworkX `core_number(G)`; [56], [57]',
    kind: 'count',
    nullable: false,
    order: 'desc',
    step: 'local',
    ranked: true,
  },
] as const satisfies readonly MeasureDefinition[];

type Registered = (typeof MEASURE_REGISTRY)[number];

/** The key of a per-person measure (a column of people-metrics.csv). */
export type PersonMeasure = Registered['key'];

/** The value a measure takes for one person, from its kind and whether it can be undefined. */
type MeasureValue<D extends MeasureDefinition> = D['kind'] extends 'list'
  ? string[]
  : D['nullable'] extends true
    ? number | null
    : number;

/** The per-person measures of one row of people-metrics.csv, by key. */
export type PersonMeasureValues = { [D in Registered as D['key']]: MeasureValue<D> };

/** The measures an analysis step computes. */
export type MeasuresOfStep<S extends MeasureStep> = Extract<Registered, { step: S }>['key'];

/**
 * Per-person measures, by output column name, in column order. The same names are used in
 * `people-metrics.csv` and as node attributes in `graph.json`/GEXF/GraphML (see
 * docs/design-choices.md).
 */
export const PERSON_MEASURES: readonly PersonMeasure[] = MEASURE_REGISTRY.map((m) => m.key);
