/**
 * What each measure means, and what it does not
 * =============================================
 *
 * One line each, used by the Markdown report (and meant for every place that shows a measure,
 * so the same caution is given everywhere). Network position is evidence of *opportunity* to pass ideas on, never
 * proof that ideas passed. Full definitions: docs/measures.md.
 */

import type { PersonMeasure } from '../types.js';

export interface MeasureInfo {
  key: PersonMeasure;
  title: string;
  /** One-line definition. */
  definition: string;
  /** What a high (or low) value suggests. */
  means: string;
  /** What it must not be read as. */
  doesNotMean: string;
  /** Whether to rank people by descending (most first) or ascending value. */
  order: 'desc' | 'asc';
}

export const MEASURE_CATALOG: readonly MeasureInfo[] = [
  {
    key: 'degree',
    title: 'Degree',
    definition: 'number of distinct people linked to the person (by a tie or a shared event)',
    means: 'a wide circle of direct contacts in this roster',
    doesNotMean: 'influence; contacts outside the roster are not counted',
    order: 'desc',
  },
  {
    key: 'strength',
    title: 'Strength',
    definition: 'sum of link weights (tie weights plus shared events)',
    means: 'many and repeated contacts',
    doesNotMean: 'closeness of any one relation; many weak links can add up',
    order: 'desc',
  },
  {
    key: 'betweenness',
    title: 'Betweenness',
    definition: 'share of shortest paths between other people that pass through the person (0–1)',
    means: 'a broker: ideas moving along shortest routes often pass through them',
    doesNotMean: 'that they relay anything; ideas need not travel along shortest paths',
    order: 'desc',
  },
  {
    key: 'closeness',
    title: 'Closeness',
    definition: 'inverse mean distance to the people they can reach, scaled by the share reachable (Wasserman–Faust)',
    means: 'few steps to most of the network',
    doesNotMean: 'access to decision-makers in particular (see distance to Track I)',
    order: 'desc',
  },
  {
    key: 'harmonic',
    title: 'Harmonic centrality',
    definition: 'sum of 1/distance to every other person (unreachable people add 0)',
    means: 'many people within few steps; comparable across disconnected parts',
    doesNotMean: 'that those people listen',
    order: 'desc',
  },
  {
    key: 'pagerank',
    title: 'PageRank',
    definition: 'share of time a random walk along weighted links spends at the person (sums to 1)',
    means: 'well connected to people who are themselves well connected',
    doesNotMean: 'authority or seniority',
    order: 'desc',
  },
  {
    key: 'eigenvector',
    title: 'Eigenvector centrality',
    definition: 'principal eigenvector of the adjacency matrix (unweighted, norm 1)',
    means: 'part of the densely connected core',
    doesNotMean: 'anything for people outside the largest core (values near 0 there)',
    order: 'desc',
  },
  {
    key: 'constraint',
    title: 'Constraint (Burt)',
    definition: "how much the person's contacts are linked to each other (empty for isolates)",
    means: 'low: contacts in separate groups, room to broker; high: a closed circle',
    doesNotMean: 'that a low-constraint person actually brokers',
    order: 'asc',
  },
  {
    key: 'clustering',
    title: 'Clustering',
    definition: "share of pairs of the person's contacts who are linked to each other",
    means: 'embedded in a tight group',
    doesNotMean: 'agreement within the group',
    order: 'desc',
  },
  {
    key: 'community',
    title: 'Community',
    definition: 'Louvain community (0 = largest), seeded so it is reproducible',
    means: 'the group the person is most densely linked to',
    doesNotMean: 'a shared view; communities are found from links, not opinions',
    order: 'asc',
  },
  {
    key: 'distance_to_track1',
    title: 'Distance to Track I',
    definition: 'steps to the nearest decision-maker (0 for decision-makers, empty if none reachable)',
    means: 'how many intermediaries an idea would need to reach an official',
    doesNotMean: 'that any idea reached an official; it is opportunity, not transfer',
    order: 'asc',
  },
  {
    key: 'track1_within_1',
    title: 'Decision-makers within 1 step',
    definition: 'decision-makers directly linked to the person (the person excluded)',
    means: 'direct access to officials',
    doesNotMean: 'that the officials value the contact',
    order: 'desc',
  },
  {
    key: 'track1_within_2',
    title: 'Decision-makers within 2 steps',
    definition: 'decision-makers at most two steps away (the person excluded; includes those within 1)',
    means: 'access through one intermediary',
    doesNotMean: 'that the intermediary passes ideas on',
    order: 'desc',
  },
  {
    key: 'nearest_track1',
    title: 'Nearest decision-makers',
    definition: 'the decision-makers at the smallest distance (all of them when tied)',
    means: 'whom an idea from this person would most easily reach',
    doesNotMean: 'whom it did reach',
    order: 'asc',
  },
  {
    key: 'access_score',
    title: 'Access score',
    definition:
      'sum over decision-makers of seniority × 0.5^steps (decay centrality towards Track I; unreachable add 0)',
    means: 'near many, and senior, decision-makers',
    doesNotMean: 'that any of them listens; it weighs opportunity, not influence',
    order: 'desc',
  },
  {
    key: 'transfer_betweenness',
    title: 'Transfer betweenness',
    definition: 'share of shortest routes from participants to decision-makers that pass through the person (0–1)',
    means: 'a broker on the routes from Track II to Track I: an idea on a short route likely passes them',
    doesNotMean: 'that they pass ideas on, or that ideas travel along shortest routes',
    order: 'desc',
  },
  {
    key: 'effective_size',
    title: 'Effective size (Burt)',
    definition: 'number of contacts less their redundancy (k − 2t/k); empty for isolates',
    means: 'contacts in separate circles: non-redundant channels to pass ideas',
    doesNotMean: 'that the channels are used',
    order: 'desc',
  },
];
