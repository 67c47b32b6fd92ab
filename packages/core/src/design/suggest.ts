/**
 * Roster designer
 * ===============
 *
 * Whom to invite to an event (or drop from it) so that the roster reaches more decision-makers
 * *and* is more diverse. Selection for Track II draws on established networks and tends to
 * exclude dissenting and non-elite voices; this makes the trade-off explicit and explains
 * every suggestion.
 *
 * For a roster R (a set of people):
 *
 *   access(R)    = |{ d ∈ D : d within 2 steps of some member of R (or d ∈ R) }| / |D|
 *   diversity(R) = mean over the attributes A of  Blau_A(R) / (1 − 1/K_A)          (Blau 1977)
 *                  and, when the roster gives ideologies, the share of the ideology axis
 *                  covered (10 equal bins over [-1, 1]) as one more term
 *   score(R)     = (w_access · access(R) + w_diversity · diversity(R)) / (w_access + w_diversity)
 *
 * D = the decision-makers, K_A = the number of categories of attribute A in the whole roster
 * (so Blau / (1 − 1/K_A) is 1 when R spreads evenly over all of them); attributes with fewer
 * than two categories in the whole roster are left out. Missing values are left out of the
 * counts. Defaults: A = side, sector, gender, school; w_access = w_diversity = 0.5.
 *
 * Greedy on marginal gain: add, one at a time, the candidate who raises the score most (ties:
 * the candidates' order: roster order, or the candidate file's), up to `add` people, stopping early if nobody raises it; then drop, one at a
 * time, the member whose removal lowers it least, `drop` times. Greedy is not optimal in
 * general (the access term is a coverage function, for which greedy is within 1 − 1/e of the
 * best, Nemhauser, Wolsey & Fisher 1978; the diversity term is not submodular), so the result is
 * a good proposal to discuss, not the best roster. Every suggestion says what it adds: the
 * decision-makers newly within two steps, and the categories or ideology bins the roster did not
 * have.
 *
 * References:
 *   [1] Blau, P. M. (1977). Inequality and Heterogeneity. Free Press.
 *   [2] Nemhauser, G. L., Wolsey, L. A., Fisher, M. L. (1978). An analysis of approximations for
 *       maximizing submodular set functions I. Mathematical Programming 14, 265-294.
 *       doi:10.1007/BF01588971
 */

import { blau, ideologyBin } from '../diversity/composition.js';
import { InvalidOptionError, TrackmapError } from '../errors.js';
import { bfs, buildAdjacencyIndex } from '../graph/index.js';
import { checkOption, inRange, OPTION_RANGES } from '../options.js';
import type { RosterGraph } from '../types.js';

/** Options of {@link suggestInvitations}: members, candidates, how many to add or drop, and the weights. */
export interface SuggestOptions {
  /** Current members of the roster (person ids). */
  members: readonly string[];
  /** Who may be invited. @defaultValue everyone not a member and not a decision-maker */
  candidates?: readonly string[] | null;
  /** How many to add. @defaultValue 3 */
  add?: number;
  /** How many to drop. @defaultValue 0 */
  drop?: number;
  /** Weights of the two terms. @defaultValue `{ access: 0.5, diversity: 0.5 }` */
  weights?: { access: number; diversity: number };
  /** Categorical attributes of the diversity term. @defaultValue side, sector, gender, school */
  attributes?: readonly string[];
}

/** The defaults of {@link SuggestOptions} (`members` has none; `candidates: null` is everyone eligible). */
export const DEFAULT_SUGGEST_OPTIONS: Readonly<Required<Omit<SuggestOptions, 'members'>>> = Object.freeze({
  candidates: null,
  add: 3,
  drop: 0,
  weights: Object.freeze({ access: 0.5, diversity: 0.5 }),
  attributes: Object.freeze(['side', 'sector', 'gender', 'school']),
});

/** A roster's score for the designer: size, decision-makers reached, access, diversity and their weighted sum. */
export interface RosterScore {
  size: number;
  /** Decision-makers within two steps of the roster (members that are decision-makers included). */
  decisionMakersReached: number;
  access: number;
  diversity: number;
  score: number;
  /** Normalised Blau per attribute, and `ideology_coverage`. */
  components: Record<string, number>;
  /**
   * Share of the roster whose value is known, per attribute (and `ideology`). Diversity counts
   * only known values: a missing value (empty, or a missing-value code of the config) adds no
   * category, so nobody is proposed because an attribute is missing.
   */
  coverage: Record<string, number>;
}

/** One step of the designer: a person to add or drop, with the score before and after. */
export interface Suggestion {
  action: 'add' | 'drop';
  person: string;
  /** Score before and after this step. */
  before: number;
  after: number;
  /** Decision-makers that come within two steps (add) or go out of reach (drop). */
  decisionMakers: string[];
  /** Attribute values new to the roster (add) or lost (drop): `sector: academia`, `ideology: 0.4 to 0.6`. */
  categories: string[];
}

/** What {@link suggestInvitations} returns: the score before and after, the steps and the new members. */
export interface SuggestResult {
  before: RosterScore;
  after: RosterScore;
  steps: Suggestion[];
  members: string[];
}

const BINS = 10;
const bin = (x: number) => ideologyBin(x, BINS);
const binLabel = (b: number) => `${(-1 + (2 * b) / BINS).toFixed(1)} to ${(-1 + (2 * (b + 1)) / BINS).toFixed(1)}`;

/** The parts of the model that do not change while the roster does. */
interface Model {
  graph: RosterGraph;
  decisionMakers: string[];
  reach: Map<string, Set<string>>;
  attributes: { name: string; categories: number }[];
  useIdeology: boolean;
  weights: { access: number; diversity: number };
}

function buildModel(
  graph: RosterGraph,
  attributes: readonly string[],
  weights: { access: number; diversity: number },
): Model {
  const index = buildAdjacencyIndex(graph);
  const n = index.nodes.length;
  const decisionMakers = graph.filterNodes((_n, a) => a.isDecisionMaker === true);
  const reach = new Map<string, Set<string>>();
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  for (const d of decisionMakers) {
    const reached = bfs(index, [index.indexOf.get(d) as number], dist, queue);
    for (let k = 0; k < reached; k++) {
      const v = queue[k] as number;
      if ((dist[v] as number) > 2) break; // BFS order: distances only grow
      const id = index.nodes[v] as string;
      (reach.get(id) ?? reach.set(id, new Set()).get(id))?.add(d);
    }
  }
  const attrs = attributes
    .map((name) => ({
      name,
      categories: new Set(graph.mapNodes((_n, a) => a[name]).filter((v) => typeof v === 'string' && v !== '')).size,
    }))
    .filter((a) => a.categories >= 2);
  const useIdeology = graph.someNode((_n, a) => typeof a.ideology === 'number');
  return { graph, decisionMakers, reach, attributes: attrs, useIdeology, weights };
}

function scoreOf(model: Model, members: readonly string[]): RosterScore {
  const { graph } = model;
  const reached = new Set<string>();
  for (const m of members) for (const d of model.reach.get(m) ?? []) reached.add(d);
  const access = model.decisionMakers.length === 0 ? 0 : reached.size / model.decisionMakers.length;
  const components: Record<string, number> = {};
  const coverage: Record<string, number> = {};
  const share = (known: number) => (members.length === 0 ? 0 : known / members.length);
  for (const { name, categories } of model.attributes) {
    const counts = new Map<string, number>();
    let known = 0;
    for (const m of members) {
      const v = graph.getNodeAttribute(m, name);
      if (typeof v === 'string' && v !== '') {
        counts.set(v, (counts.get(v) ?? 0) + 1);
        known++;
      }
    }
    components[name] = (blau(Object.fromEntries(counts)) ?? 0) / (1 - 1 / categories);
    coverage[name] = share(known);
  }
  if (model.useIdeology) {
    const bins = new Set<number>();
    let known = 0;
    for (const m of members) {
      const x = graph.getNodeAttribute(m, 'ideology');
      if (typeof x === 'number') {
        bins.add(bin(x));
        known++;
      }
    }
    components.ideology_coverage = bins.size / BINS;
    coverage.ideology = share(known);
  }
  const parts = Object.values(components);
  const diversity = parts.length === 0 ? 0 : parts.reduce((a, b) => a + b, 0) / parts.length;
  const { access: wa, diversity: wd } = model.weights;
  return {
    size: members.length,
    decisionMakersReached: reached.size,
    access,
    diversity,
    score: (wa * access + wd * diversity) / (wa + wd),
    components,
    coverage,
  };
}

/** What a person adds to (or takes from) a roster: decision-makers and categories. */
function difference(
  model: Model,
  members: readonly string[],
  person: string,
): { decisionMakers: string[]; categories: string[] } {
  const { graph } = model;
  const others = members.filter((m) => m !== person);
  const reachedByOthers = new Set<string>();
  for (const m of others) for (const d of model.reach.get(m) ?? []) reachedByOthers.add(d);
  const decisionMakers = [...(model.reach.get(person) ?? [])].filter((d) => !reachedByOthers.has(d));
  const categories: string[] = [];
  for (const { name } of model.attributes) {
    const v = graph.getNodeAttribute(person, name);
    if (typeof v === 'string' && v !== '' && !others.some((m) => graph.getNodeAttribute(m, name) === v))
      categories.push(`${name}: ${v}`);
  }
  const x = graph.getNodeAttribute(person, 'ideology');
  if (model.useIdeology && typeof x === 'number') {
    const b = bin(x);
    if (
      !others.some((m) => {
        const y = graph.getNodeAttribute(m, 'ideology');
        return typeof y === 'number' && bin(y) === b;
      })
    )
      categories.push(`ideology: ${binLabel(b)}`);
  }
  return { decisionMakers, categories };
}

function checkIds(graph: RosterGraph, ids: readonly string[], what: string): void {
  for (const id of ids)
    if (!graph.hasNode(id))
      throw new TrackmapError('UNKNOWN_PERSON', `${what}: no person with id "${id}" in the roster`);
}

function resolveWeights(weights: SuggestOptions['weights']): { access: number; diversity: number } {
  const w = weights ?? DEFAULT_SUGGEST_OPTIONS.weights;
  if (!(w.access >= 0 && w.diversity >= 0 && w.access + w.diversity > 0)) {
    throw new InvalidOptionError('weights', 'access and diversity ≥ 0, not both 0', w);
  }
  return w;
}

/**
 * Greedy invitations (and drops) that raise access to decision-makers and diversity together.
 * @throws TrackmapError `UNKNOWN_PERSON` for an unknown member or candidate id.
 */
export function suggestInvitations(graph: RosterGraph, options: SuggestOptions): SuggestResult {
  const add = options.add ?? DEFAULT_SUGGEST_OPTIONS.add;
  const drop = options.drop ?? DEFAULT_SUGGEST_OPTIONS.drop;
  for (const [name, v] of [
    ['add', add],
    ['drop', drop],
  ] as const) {
    checkOption(name, v, inRange(OPTION_RANGES.count));
  }
  checkIds(graph, options.members, 'members');
  const model = buildModel(
    graph,
    options.attributes ?? DEFAULT_SUGGEST_OPTIONS.attributes,
    resolveWeights(options.weights),
  );
  const members = [...new Set(options.members)];
  const memberSet = new Set(members);
  const pool =
    options.candidates != null
      ? [...new Set(options.candidates)].filter((c) => !memberSet.has(c))
      : graph.filterNodes((n, a) => !memberSet.has(n) && a.isDecisionMaker !== true);
  if (options.candidates != null) checkIds(graph, options.candidates, 'candidates');
  const before = scoreOf(model, members);
  const steps: Suggestion[] = [];
  let current = before.score;
  for (let k = 0; k < add; k++) {
    let best: { person: string; score: number } | undefined;
    for (const c of pool) {
      if (memberSet.has(c)) continue;
      const s = scoreOf(model, [...members, c]).score;
      if (s > current + 1e-12 && (best === undefined || s > best.score + 1e-12)) best = { person: c, score: s };
    }
    if (!best) break;
    members.push(best.person);
    memberSet.add(best.person);
    steps.push({
      action: 'add',
      person: best.person,
      before: current,
      after: best.score,
      ...difference(model, members, best.person),
    });
    current = best.score;
  }
  for (let k = 0; k < drop && members.length > 1; k++) {
    let best: { person: string; score: number } | undefined;
    for (const m of members) {
      const s = scoreOf(
        model,
        members.filter((x) => x !== m),
      ).score;
      if (best === undefined || s > best.score + 1e-12) best = { person: m, score: s };
    }
    if (!best) break;
    const lost = difference(model, members, best.person);
    members.splice(members.indexOf(best.person), 1);
    memberSet.delete(best.person);
    steps.push({ action: 'drop', person: best.person, before: current, after: best.score, ...lost });
    current = best.score;
  }
  return { before, after: scoreOf(model, members), steps, members };
}

/**
 * What-if: the roster's score before and after adding and removing named people.
 * @throws TrackmapError `UNKNOWN_PERSON` for an unknown id.
 */
export function whatIf(
  graph: RosterGraph,
  options: {
    members: readonly string[];
    add?: readonly string[];
    remove?: readonly string[];
    weights?: SuggestOptions['weights'];
    attributes?: readonly string[];
  },
): SuggestResult {
  const add = options.add ?? [];
  const remove = options.remove ?? [];
  checkIds(graph, [...options.members, ...add, ...remove], 'what-if');
  const model = buildModel(
    graph,
    options.attributes ?? DEFAULT_SUGGEST_OPTIONS.attributes,
    resolveWeights(options.weights),
  );
  const members = [...new Set(options.members)];
  const before = scoreOf(model, members);
  const steps: Suggestion[] = [];
  let current = before.score;
  for (const p of add) {
    if (members.includes(p)) continue;
    members.push(p);
    const s = scoreOf(model, members).score;
    steps.push({ action: 'add', person: p, before: current, after: s, ...difference(model, members, p) });
    current = s;
  }
  for (const p of remove) {
    if (!members.includes(p)) continue;
    const lost = difference(model, members, p);
    members.splice(members.indexOf(p), 1);
    const s = scoreOf(model, members).score;
    steps.push({ action: 'drop', person: p, before: current, after: s, ...lost });
    current = s;
  }
  return { before, after: scoreOf(model, members), steps, members };
}
