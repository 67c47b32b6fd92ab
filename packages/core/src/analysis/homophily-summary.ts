/**
 * Homophily, communities, diversity and turnover for the analyze outputs
 * ======================================================================
 *
 * Collects, for `summary.json`, `homophily.json`, `rosters.csv` and the report: the whole-network
 * E-I index (with its seeded permutation test) and Newman assortativity for each categorical
 * attribute, numeric assortativity of ideology, the community profiles with the echo-chamber
 * flags, the composition of every roster (event, round, initiative, all), per-round turnover, and
 * the roster designer's suggestions for the latest dated event. Definitions are in the modules used.
 */

import { type RoundTurnover, roundTurnover } from '../change/turnover.js';
import { type CommunityProfile, communityProfiles } from '../communities/echo-chambers.js';
import { type SuggestResult, suggestInvitations } from '../design/suggest.js';
import { CATEGORICAL_ATTRIBUTES, type RosterCompositionRow, rosterCompositions } from '../diversity/composition.js';
import { attributeAssortativity, numericAssortativity } from '../metrics/homophily/assortativity.js';
import { type EiIndexResult, eiIndex } from '../metrics/homophily/ei-index.js';
import type { Person, Roster, RosterGraph } from '../types.js';
import { createRng } from '../utils/rng.js';

/** Homophily of the roster: assortativity, E-I indices with permutation tests, communities and compositions. */
export interface HomophilyAnalysis {
  /** Whole-network values by attribute (categorical attributes, and `ideology` numerically). */
  assortativity: Record<string, number | null>;
  /**
   * Share of the people with a known value, by attribute (categorical attributes and `ideology`):
   * the E-I index and assortativity are computed over these people only (missing values, empty or
   * a missing-value code, are left out).
   */
  coverage: Record<string, number>;
  /** Whole-network E-I index by categorical attribute (unweighted). */
  eiIndex: Record<string, number | null>;
  /** Full E-I results (groups, people, permutation test) by attribute, for homophily.json. */
  details: Record<string, EiIndexResult>;
  communities: CommunityProfile[];
  rosters: RosterCompositionRow[];
  turnover: RoundTurnover[];
  /** Suggestions to widen the latest dated event's roster (null when there is none). */
  suggestions: (SuggestResult & { event: string }) | null;
}

/** Attributes the roster actually uses (at least one person has a value). */
function usedAttributes(graph: RosterGraph): string[] {
  return CATEGORICAL_ATTRIBUTES.filter((a) =>
    graph.someNode((_n, attrs) => typeof attrs[a] === 'string' && attrs[a] !== ''),
  );
}

/** Computes the {@link HomophilyAnalysis} of a roster for a given partition into communities. */
export function homophilyAnalysis(
  roster: Roster,
  graph: RosterGraph,
  communities: Record<string, number>,
  options: { seed: number; permutations: number; reference?: Person[] | null },
): HomophilyAnalysis {
  const assortativity: Record<string, number | null> = {};
  const ei: Record<string, number | null> = {};
  const details: Record<string, EiIndexResult> = {};
  for (const attribute of usedAttributes(graph)) {
    assortativity[attribute] = attributeAssortativity(graph, attribute);
    details[attribute] = eiIndex(graph, {
      attribute,
      permutations: options.permutations,
      rng: createRng(options.seed),
    });
    ei[attribute] = details[attribute].ei;
  }
  if (graph.someNode((_n, a) => typeof a.ideology === 'number'))
    assortativity.ideology = numericAssortativity(graph, 'ideology');

  // The latest dated event with attendance: whom to add to widen it.
  const attended = new Set(roster.attendance.map((a) => a.event));
  const latest = roster.events
    .filter((e) => e.date !== undefined && attended.has(e.id))
    .reduce<Roster['events'][number] | undefined>(
      (best, e) => (best === undefined || (e.date as string) > (best.date as string) ? e : best),
      undefined,
    );
  let suggestions: HomophilyAnalysis['suggestions'] = null;
  if (latest && graph.someNode((_n, a) => a.isDecisionMaker === true)) {
    const members = [...new Set(roster.attendance.filter((a) => a.event === latest.id).map((a) => a.person))];
    suggestions = { event: latest.id, ...suggestInvitations(graph, { members, add: 3 }) };
  }
  const coverage: Record<string, number> = {};
  const n = graph.order;
  for (const attribute of Object.keys(assortativity)) {
    const known = graph.filterNodes((_n, a) =>
      attribute === 'ideology'
        ? typeof a.ideology === 'number'
        : typeof a[attribute] === 'string' && (a[attribute] as string).trim() !== '',
    ).length;
    coverage[attribute] = n === 0 ? 0 : known / n;
  }
  return {
    assortativity,
    coverage,
    eiIndex: ei,
    details,
    communities: communityProfiles(graph, communities),
    rosters: rosterCompositions(roster, { reference: options.reference ?? null }),
    turnover: roundTurnover(roster),
    suggestions,
  };
}
