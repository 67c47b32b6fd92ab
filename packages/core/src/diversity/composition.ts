/**
 * Roster composition diversity
 * ============================
 *
 * Who is in the room: for a roster (the whole people file, one event, one round of a dialogue,
 * one initiative), the counts and shares of each categorical attribute (track, side, sector,
 * country, gender, school), two diversity indices per attribute, summary statistics of the
 * ideology axis, and how far the roster's make-up is from a reference population (the whole
 * people file by default). It answers the programme designer's question "is this roster
 * diverse, and is it representative of the people we could have invited?"
 *
 * For one attribute with categories k = 1..K and counts n_k (missing values excluded),
 * p_k = n_k / Σ n_k:
 *
 *   Blau(p)      = 1 − Σ_k p_k²                                  (Blau 1977; Gini–Simpson)
 *   H(p)         = − Σ_k p_k ln p_k                              (Shannon 1948; 0 ln 0 = 0)
 *   J(p)         = H(p) / ln K                                    (normalised Shannon, in [0, 1])
 *   TVD(p, q)    = ½ Σ_k |p_k − q_k|                             (total variation distance)
 *
 * For the numeric ideology (in [-1, 1]): n, mean, sample standard deviation
 * s = √( Σ (x_i − x̄)² / (n − 1) ), min, max, range = max − min, and coverage = (number of the
 * `bins` equal-width bins over [-1, 1] holding at least one value) / bins; TVD on the binned
 * distribution.
 *
 * Conventions:
 * - **Missing values** (an attribute not given, or only spaces; a `track` of '') are counted
 *   apart (`missing`, `missingShare` = missing / size) and left out of the shares, Blau, Shannon
 *   and TVD, which describe the people whose value is known. A roster whose values are mostly
 *   missing can look diverse on very few people: read `missingShare` beside the indices.
 * - **Categories** are the values as written (case-sensitive, so `NGO` and `ngo` are two).
 * - **Blau is not normalised**: its maximum 1 − 1/K depends on K, so a roster spread evenly over
 *   2 sides scores 0.5 and one over 4 sectors 0.75. It reads as "the chance that two people drawn
 *   at random (with replacement) differ". `blauNormalized` (Blau / (1 − 1/K), the index of
 *   qualitative variation) is offered separately and is not in `rosters.csv`.
 * - **Shannon is normalised by ln K with K the categories available**, not only those the roster
 *   uses: in `rosterComposition`, K is the number of distinct values of the attribute in the
 *   reference population and the roster together (with the default reference, the whole
 *   people file, that is the categories of the people file). A roster that uses 2 of 5 available
 *   sectors evenly scores ln 2 / ln 5 ≈ 0.43, not 1. K ≤ 1 gives 0. Called on its own,
 *   `shannon(counts)` takes K = the categories present in `counts` (Pielou's evenness) unless
 *   `categories` says otherwise.
 * - **Empty rosters** (no known value) give `null` for Blau, Shannon, TVD and the ideology
 *   statistics; the sample standard deviation is `null` for n < 2; a single category gives
 *   Blau 0 and Shannon 0.
 * - **Ideology bins** are [−1, −1 + w), [−1 + w, −1 + 2w), ..., [1 − w, 1] with w = 2 / bins:
 *   the value 1 goes in the last bin. A value within 1e-9 of an inner bin edge is placed in the
 *   bin that the edge opens, so that −0.8 (which floating point puts a hair below −0.8) lands in
 *   [−0.8, −0.6) with 10 bins.
 * - **A person counts once per roster**, however many of the roster's events they attended.
 * - **Rosters** (`rosterCompositions`): `all` is the whole people file; an event's roster is its
 *   attendees; a round's is everyone who attended any event with that `round` label (rounds are
 *   labels, as elsewhere in trackmap: round `1` of two initiatives is one roster); an initiative's
 *   is everyone who attended any of its events.
 *
 * Means: how varied the roster is on each attribute, and how its make-up differs from the pool
 * it was drawn from. Does not mean: that the people in it disagree, or that the roster is
 * balanced in influence. Diversity of categories is "variety" in Harrison & Klein's terms, not
 * "separation" or "disparity".
 *
 * References:
 *   [1] Blau, P. M. (1977). Inequality and Heterogeneity: A Primitive Theory of Social Structure.
 *       Free Press.
 *   [2] Simpson, E. H. (1949). Measurement of diversity. Nature 163, 688. doi:10.1038/163688a0
 *   [3] Shannon, C. E. (1948). A mathematical theory of communication. Bell System Technical
 *       Journal 27(3), 379-423. doi:10.1002/j.1538-7305.1948.tb01338.x
 *   [4] Pielou, E. C. (1966). The measurement of diversity in different types of biological
 *       collections. Journal of Theoretical Biology 13, 131-144.
 *       doi:10.1016/0022-5193(66)90013-0
 *   [5] Harrison, D. A., Klein, K. J. (2007). What's the difference? Diversity constructs as
 *       separation, variety, or disparity in organizations. Academy of Management Review 32(4),
 *       1199-1228. doi:10.5465/amr.2007.26586096
 *   [6] Levin, D. A., Peres, Y., with Wilmer, E. L. (2017). Markov Chains and Mixing Times,
 *       2nd ed., section 4.1 (total variation distance). American Mathematical Society.
 *       ISBN 978-1-4704-2962-1.
 */

import { InvalidOptionError } from '../errors.js';
import { isBoolean, nullOr, positiveInteger, resolveOptions, type Validator } from '../options.js';
import type { Person, Roster } from '../types.js';

/** The categorical attributes whose composition is described, in output order. */
export const CATEGORICAL_ATTRIBUTES = ['track', 'side', 'sector', 'country', 'gender', 'school'] as const;

/** A categorical person attribute whose composition and diversity are reported. */
export type CategoricalAttribute = (typeof CATEGORICAL_ATTRIBUTES)[number];

/** Counts (or shares) by category. */
export type CategoryCounts = Readonly<Record<string, number>>;

/** Values within this distance of an inner ideology bin edge go in the bin the edge opens. */
const BIN_EDGE_TOLERANCE = 1e-9;

/** Validates counts and returns their total and the number of categories with a positive count. */
function tally(counts: CategoryCounts, name: string): { total: number; present: number } {
  if (typeof counts !== 'object' || counts === null) throw new InvalidOptionError(name, 'an object of counts', counts);
  let total = 0;
  let present = 0;
  for (const [category, c] of Object.entries(counts)) {
    if (typeof c !== 'number' || !Number.isFinite(c) || c < 0) {
      throw new InvalidOptionError(`${name}["${category}"]`, 'a finite number ≥ 0', c);
    }
    total += c;
    if (c > 0) present++;
  }
  return { total, present };
}

const nullOrPositiveInteger = nullOr(positiveInteger);

function resolveCategories(categories: number | null, present: number): number {
  const k = categories ?? present;
  if (k < present) {
    throw new InvalidOptionError(
      'categories',
      `an integer ≥ the number of categories with a positive count (${present})`,
      categories,
    );
  }
  return k;
}

/**
 * Blau's index of heterogeneity (the Gini–Simpson index): the probability that two people drawn
 * at random, with replacement, fall in different categories.
 *
 * @param counts - count (or share) per category; zero counts are allowed, missing values must
 *   not be included.
 * @returns 1 − Σ p_k², in [0, 1 − 1/K]; 0 for a single category; `null` when the counts sum to 0.
 * @throws {@link InvalidOptionError} for a negative or non-finite count.
 * @remarks Not normalised (see {@link blauNormalized}).
 * @see Blau (1977); Simpson (1949) doi:10.1038/163688a0
 * @example
 * ```ts
 * blau({ a: 3, b: 1 }); // 1 − (0.75² + 0.25²) = 0.375
 * ```
 */
export function blau(counts: CategoryCounts): number | null {
  const { total } = tally(counts, 'counts');
  if (total === 0) return null;
  let sumSquares = 0;
  for (const c of Object.values(counts)) sumSquares += (c / total) ** 2;
  return Math.max(0, 1 - sumSquares);
}

/** Options of {@link blau} and {@link blauNormalized}: K, the number of categories available. */
export interface DiversityOptions {
  /**
   * K, the number of categories available. Must be at least the number of categories with a
   * positive count.
   * @defaultValue `null`: the number of categories with a positive count in `counts`
   */
  categories?: number | null;
}

/** Defaults of {@link DiversityOptions}: K is the number of categories present. */
export const DEFAULT_DIVERSITY_OPTIONS: Readonly<Required<DiversityOptions>> = Object.freeze({ categories: null });

/**
 * Blau's index divided by its maximum for K categories (Agresti's index of qualitative
 * variation): 1 when the counts are spread evenly over all K categories.
 *
 * @param counts - count per category, missing values excluded.
 * @param options - `categories`: K (default: the categories present in `counts`).
 * @returns Blau / (1 − 1/K), in [0, 1]; 0 when K ≤ 1; `null` when the counts sum to 0.
 * @throws {@link InvalidOptionError} for a bad count or `categories`.
 * @remarks Not used in `rosters.csv`, which gives the raw Blau index.
 * @see Blau (1977)
 */
export function blauNormalized(counts: CategoryCounts, options?: DiversityOptions): number | null {
  const opts = resolveOptions(DEFAULT_DIVERSITY_OPTIONS, options, { categories: nullOrPositiveInteger });
  const { present } = tally(counts, 'counts');
  const k = resolveCategories(opts.categories, present);
  const b = blau(counts);
  if (b === null) return null;
  return k <= 1 ? 0 : Math.min(1, b / (1 - 1 / k));
}

/** Options of {@link shannon}: K, and whether to divide by ln K. */
export interface ShannonOptions extends DiversityOptions {
  /**
   * Divide by ln K, giving a value in [0, 1] (Pielou's evenness when K is the categories present).
   * @defaultValue `true`
   */
  normalized?: boolean;
}

/** Defaults of {@link ShannonOptions}: normalised by ln K, K the categories present. */
export const DEFAULT_SHANNON_OPTIONS: Readonly<Required<ShannonOptions>> = Object.freeze({
  categories: null,
  normalized: true,
});

/**
 * Shannon entropy of the distribution over categories, in nats, normalised by ln K by default.
 *
 * @param counts - count per category, missing values excluded.
 * @param options - `normalized` (default `true`), `categories`: K (default: the categories
 *   present in `counts`).
 * @returns H = −Σ p_k ln p_k, or H / ln K (in [0, 1], 0 when K ≤ 1); 0 for a single category;
 *   `null` when the counts sum to 0.
 * @throws {@link InvalidOptionError} for a bad count or option.
 * @remarks With the default K, a roster spread evenly over the two categories it has scores 1
 *   even if ten were available; `rosterComposition` passes K = the categories of the reference.
 * @see Shannon (1948) doi:10.1002/j.1538-7305.1948.tb01338.x; Pielou (1966)
 *   doi:10.1016/0022-5193(66)90013-0
 * @example
 * ```ts
 * shannon({ a: 3, b: 1 }); // 0.5623 / ln 2 = 0.8113
 * shannon({ a: 3, b: 1 }, { normalized: false }); // 0.5623
 * ```
 */
export function shannon(counts: CategoryCounts, options?: ShannonOptions): number | null {
  const opts = resolveOptions(DEFAULT_SHANNON_OPTIONS, options, {
    categories: nullOrPositiveInteger,
    normalized: isBoolean,
  });
  const { total, present } = tally(counts, 'counts');
  const k = resolveCategories(opts.categories, present);
  if (total === 0) return null;
  let h = 0;
  for (const c of Object.values(counts)) {
    if (c > 0) h -= (c / total) * Math.log(c / total);
  }
  h = Math.max(0, h);
  if (!opts.normalized) return h;
  return k <= 1 ? 0 : Math.min(1, h / Math.log(k));
}

/**
 * Total variation distance between two distributions over categories: the largest difference
 * in the share of any set of categories.
 *
 * @param p - counts or shares per category (each side is divided by its own total, so counts
 *   can be passed directly); a category absent from one side has share 0 there.
 * @param q - the same for the other distribution.
 * @returns ½ Σ_k |p_k − q_k| over the union of categories, in [0, 1]: 0 for the same make-up,
 *   1 for no category in common; `null` when either side sums to 0.
 * @throws {@link InvalidOptionError} for a negative or non-finite value.
 * @see Levin & Peres (2017), Markov Chains and Mixing Times, 2nd ed., section 4.1
 * @example
 * ```ts
 * totalVariationDistance({ a: 1, b: 1 }, { a: 3, b: 1 }); // ½ (|0.5 − 0.75| + |0.5 − 0.25|) = 0.25
 * ```
 */
export function totalVariationDistance(p: CategoryCounts, q: CategoryCounts): number | null {
  const tp = tally(p, 'p').total;
  const tq = tally(q, 'q').total;
  if (tp === 0 || tq === 0) return null;
  let sum = 0;
  for (const k of new Set([...Object.keys(p), ...Object.keys(q)])) {
    sum += Math.abs((p[k] ?? 0) / tp - (q[k] ?? 0) / tq);
  }
  return Math.min(1, sum / 2);
}

/**
 * The ideology bin of a value: 0 for [−1, −1 + w), ..., `bins − 1` for [1 − w, 1], w = 2 / bins.
 * A value within 1e-9 of an inner edge goes in the bin that the edge opens.
 *
 * @throws {@link InvalidOptionError} for a value outside [−1, 1] or a bad `bins`.
 */
export function ideologyBin(x: number, bins: number): number {
  const problem = positiveInteger(bins);
  if (problem !== undefined) throw new InvalidOptionError('bins', problem, bins);
  if (typeof x !== 'number' || !(x >= -1 && x <= 1)) {
    throw new InvalidOptionError('ideology', 'a number in [-1, 1]', x);
  }
  let t = ((x + 1) * bins) / 2;
  const edge = Math.round(t);
  if (Math.abs(t - edge) < BIN_EDGE_TOLERANCE) t = edge;
  return Math.min(bins - 1, Math.max(0, Math.floor(t)));
}

/** Options of {@link ideologyStats}: the number of bins over [−1, 1]. */
export interface IdeologyOptions {
  /**
   * Number of equal-width bins over [−1, 1] for coverage and the binned TVD.
   * @defaultValue `10`
   */
  bins?: number;
}

/** Defaults of {@link IdeologyOptions}: 10 bins. */
export const DEFAULT_IDEOLOGY_OPTIONS: Readonly<Required<IdeologyOptions>> = Object.freeze({ bins: 10 });

/** Summary of ideology scores: count, mean, standard deviation, range, bin coverage. */
export interface IdeologyStats {
  /** Number of values. */
  n: number;
  mean: number | null;
  /** Sample standard deviation (n − 1); `null` for n < 2. */
  sd: number | null;
  min: number | null;
  max: number | null;
  /** max − min (0 for a single value). */
  range: number | null;
  /** Share of the bins holding at least one value; `null` for n = 0. */
  coverage: number | null;
  /** Count per bin, bin 0 = [−1, −1 + w). */
  histogram: number[];
}

/**
 * Summary of ideology scores on the [−1, 1] axis.
 *
 * @param values - the known scores (missing ones left out by the caller).
 * @param options - `bins` (default 10).
 * @returns n, mean, sample SD, min, max, range, coverage of the bins, and the histogram;
 *   `null` statistics for n = 0 (and `sd` for n = 1).
 * @throws {@link InvalidOptionError} for a value outside [−1, 1] or a bad `bins`.
 * @remarks Sample SD (divisor n − 1), as a roster is read as a sample of the possible
 *   participants. Coverage says how much of the axis is represented, not how evenly.
 * @example
 * ```ts
 * ideologyStats([-0.8, -0.2, 0.4, 1]); // mean 0.1, sd 0.7746, range 1.8, coverage 0.4
 * ```
 */
export function ideologyStats(values: readonly number[], options?: IdeologyOptions): IdeologyStats {
  const { bins } = resolveOptions(DEFAULT_IDEOLOGY_OPTIONS, options, { bins: positiveInteger });
  const histogram = new Array<number>(bins).fill(0);
  for (const x of values) {
    const b = ideologyBin(x, bins);
    histogram[b] = (histogram[b] as number) + 1;
  }
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null, min: null, max: null, range: null, coverage: null, histogram };
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const x of values) {
    sum += x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const mean = sum / n;
  let squares = 0;
  for (const x of values) squares += (x - mean) ** 2;
  const sd = n < 2 ? null : Math.sqrt(squares / (n - 1));
  const coverage = histogram.filter((c) => c > 0).length / bins;
  return { n, mean, sd, min, max, range: max - min, coverage, histogram };
}

/** Composition of one roster on one categorical attribute. */
export interface AttributeComposition {
  /**
   * Count per category, over every category of the reference and the roster (0 for those the
   * roster lacks), sorted by category.
   */
  counts: Record<string, number>;
  /** Share per category among the people with a known value (same keys); `{}` when none has one. */
  shares: Record<string, number>;
  /** People of the roster with no value. */
  missing: number;
  /** missing / size; `null` for an empty roster. */
  missingShare: number | null;
  /** K: the categories available (reference and roster together), used to normalise Shannon. */
  categories: number;
  /** Categories the roster has. */
  present: number;
  /** Blau's index (not normalised); `null` when nobody has a value. */
  blau: number | null;
  /** Shannon entropy / ln K; `null` when nobody has a value. */
  shannon: number | null;
  /** Total variation distance from the reference's shares; `null` when either has no value. */
  tvd: number | null;
}

/** Ideology of one roster. */
export interface IdeologyComposition extends IdeologyStats {
  /** People with no ideology score. */
  missing: number;
  /** missing / size; `null` for an empty roster. */
  missingShare: number | null;
  /** TVD between the binned distributions of the roster and the reference; `null` when either has no score. */
  tvd: number | null;
}

/** Composition and diversity of one roster, by categorical attribute and for ideology. */
export interface RosterComposition {
  /** Distinct people in the roster. */
  size: number;
  attributes: Record<CategoricalAttribute, AttributeComposition>;
  ideology: IdeologyComposition;
}

/** Options of {@link rosterComposition}. */
export type RosterCompositionOptions = IdeologyOptions;

/** Defaults of {@link RosterCompositionOptions}. */
export const DEFAULT_ROSTER_COMPOSITION_OPTIONS: Readonly<Required<RosterCompositionOptions>> = Object.freeze({
  bins: 10,
});

/** The value of a categorical attribute, or `undefined` when missing (absent, empty or blank). */
function categoryOf(person: Person, attribute: CategoricalAttribute): string | undefined {
  const v = person[attribute];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function distinctPeople(people: readonly Person[], name: string): Person[] {
  if (!Array.isArray(people)) throw new InvalidOptionError(name, 'an array of people', people);
  const seen = new Set<string>();
  const out: Person[] = [];
  for (const p of people) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    out.push(p);
  }
  return out;
}

function countCategories(people: readonly Person[], attribute: CategoricalAttribute) {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const p of people) {
    const v = categoryOf(p, attribute);
    if (v === undefined) missing++;
    else counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return { counts, missing };
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What `rosterComposition` needs from the reference, computed once for many rosters. */
interface ReferenceProfile {
  attributes: Record<CategoricalAttribute, Map<string, number>>;
  ideologyHistogram: number[];
}

function profile(reference: readonly Person[], bins: number): ReferenceProfile {
  const attributes = {} as Record<CategoricalAttribute, Map<string, number>>;
  for (const a of CATEGORICAL_ATTRIBUTES) attributes[a] = countCategories(reference, a).counts;
  const ideologyHistogram = ideologyStats(ideologyValues(reference), { bins }).histogram;
  return { attributes, ideologyHistogram };
}

function ideologyValues(people: readonly Person[]): number[] {
  const out: number[] = [];
  for (const p of people) if (typeof p.ideology === 'number') out.push(p.ideology);
  return out;
}

function histogramRecord(histogram: readonly number[]): Record<string, number> {
  return Object.fromEntries(histogram.map((c, i) => [String(i), c]));
}

function compose(people: readonly Person[], ref: ReferenceProfile, bins: number): RosterComposition {
  const size = people.length;
  const attributes = {} as Record<CategoricalAttribute, AttributeComposition>;
  for (const a of CATEGORICAL_ATTRIBUTES) {
    const { counts: own, missing } = countCategories(people, a);
    const refCounts = ref.attributes[a];
    const universe = [...new Set([...refCounts.keys(), ...own.keys()])].sort(byCodeUnit);
    // Object.fromEntries defines own properties: a category named `__proto__` stays data.
    const counts: Record<string, number> = Object.fromEntries([...universe].map((c) => [c, own.get(c) ?? 0]));
    const known = size - missing;
    const shares: Record<string, number> =
      known > 0 ? Object.fromEntries([...universe].map((c) => [c, (counts[c] as number) / known])) : {};
    attributes[a] = {
      counts,
      shares,
      missing,
      missingShare: size === 0 ? null : missing / size,
      categories: universe.length,
      present: own.size,
      blau: blau(counts),
      shannon: shannon(counts, { categories: Math.max(1, universe.length) }),
      tvd: totalVariationDistance(counts, Object.fromEntries(refCounts)),
    };
  }
  const values = ideologyValues(people);
  const stats = ideologyStats(values, { bins });
  const ideology: IdeologyComposition = {
    ...stats,
    missing: size - values.length,
    missingShare: size === 0 ? null : (size - values.length) / size,
    tvd: totalVariationDistance(histogramRecord(stats.histogram), histogramRecord(ref.ideologyHistogram)),
  };
  return { size, attributes, ideology };
}

/**
 * The composition of one roster: counts, shares, Blau, normalised Shannon and distance from a
 * reference for each categorical attribute, and the ideology statistics.
 *
 * @param people - the roster; a person listed twice (same id) counts once.
 * @param reference - the population it is compared with (typically the whole people file);
 *   it also fixes K, the categories available, with the roster's own categories added.
 * @param options - `bins` for ideology coverage and TVD (default 10).
 * @returns a {@link RosterComposition}.
 * @throws {@link InvalidOptionError} for a bad option or an ideology score outside [−1, 1].
 * @remarks Missing values are counted apart and left out of shares, indices and TVD. See the
 *   file banner for every convention.
 * @see Blau (1977); Shannon (1948) doi:10.1002/j.1538-7305.1948.tb01338.x; Harrison & Klein
 *   (2007) doi:10.5465/amr.2007.26586096
 * @example
 * ```ts
 * const c = rosterComposition(attendees, roster.people);
 * c.attributes.side.blau; // 0.5 for two sides in equal numbers
 * ```
 */
export function rosterComposition(
  people: readonly Person[],
  reference: readonly Person[],
  options?: RosterCompositionOptions,
): RosterComposition {
  const { bins } = resolveOptions(DEFAULT_ROSTER_COMPOSITION_OPTIONS, options, { bins: positiveInteger });
  const ref = profile(distinctPeople(reference, 'reference'), bins);
  return compose(distinctPeople(people, 'people'), ref, bins);
}

/** What a roster of rosters.csv is: all people, an event, a round or an initiative. */
export type RosterKind = 'all' | 'event' | 'round' | 'initiative';

/**
 * One roster (all people, an event, a round or an initiative) compared with the reference population: a row
 * of rosters.csv.
 */
export interface RosterCompositionRow {
  /** `all`, the event id, `round:<round>` or `initiative:<initiative>`. */
  roster: string;
  kind: RosterKind;
  /** `all people`, the event name, `round <round>`, or the initiative. */
  label: string;
  composition: RosterComposition;
}

/** Options of {@link rosterCompositions}: the reference population and the ideology bins. */
export interface RosterCompositionsOptions extends RosterCompositionOptions {
  /**
   * The reference population every roster is compared with (e.g. the people file of a wider
   * pool). It also fixes the categories available (K) and the share columns of `rosters.csv`.
   * @defaultValue `null`: the roster's whole people file
   */
  reference?: readonly Person[] | null;
}

/** Defaults of {@link RosterCompositionsOptions}: the roster's own people file as reference. */
export const DEFAULT_ROSTER_COMPOSITIONS_OPTIONS: Readonly<Required<RosterCompositionsOptions>> = Object.freeze({
  reference: null,
  bins: 10,
});

const peopleOrNull: Validator = (v) =>
  v === null || Array.isArray(v) ? undefined : 'an array of people, or null for the whole people file';

/**
 * The composition of every roster of a programme: the whole people file (`all`), each event,
 * each round and each initiative.
 *
 * @param roster - the imported roster (people, events, attendance).
 * @param options - `reference` (default: the whole people file) and `bins` (default 10).
 * @returns one row per roster, in this order: `all`; the events (events file order, then events
 *   known only from the attendance, in order of first attendance); the rounds (by the earliest
 *   date of their events, undated rounds last, then by label with numbers compared as numbers);
 *   the initiatives (in order of first appearance in the events file).
 * @throws {@link InvalidOptionError} for a bad option.
 * @remarks A person counts once per roster, however many of its events they attended. An event
 *   with no attendance is a roster of size 0 (all indices `null`). Attendance naming a person
 *   missing from the people file is ignored. Rounds are grouped by label alone, as in the
 *   asymmetry measures: events of two initiatives that share a round label form one round.
 * @example
 * ```ts
 * const rows = rosterCompositions(roster);
 * rostersCsv(rows); // rosters.csv
 * ```
 */
export function rosterCompositions(roster: Roster, options?: RosterCompositionsOptions): RosterCompositionRow[] {
  const opts = resolveOptions(DEFAULT_ROSTER_COMPOSITIONS_OPTIONS, options, {
    reference: peopleOrNull,
    bins: positiveInteger,
  });
  const bins = opts.bins;
  const everyone = distinctPeople(roster.people, 'roster.people');
  const ref = profile(opts.reference === null ? everyone : distinctPeople(opts.reference, 'reference'), bins);
  const byId = new Map(everyone.map((p) => [p.id, p]));
  return rosterMemberships(roster).map(({ roster: key, kind, label, members }) => ({
    roster: key,
    kind,
    label,
    composition: compose(kind === 'all' ? everyone : members.map((id) => byId.get(id) as Person), ref, bins),
  }));
}

/** One roster of a programme and who is in it. */
export interface RosterMembership {
  /** `all`, the event id, `round:<round>` or `initiative:<initiative>`. */
  roster: string;
  kind: RosterKind;
  /** `all people`, the event name, `round <round>`, or the initiative. */
  label: string;
  /** Person ids, each once: in people-file order for `all`, else in order of first attendance. */
  members: string[];
}

/**
 * Every roster of a programme with its members: the whole people file, each event, each round
 * and each initiative, in the order and by the rules of {@link rosterCompositions} (which
 * describes the same rosters).
 *
 * @param roster - the imported roster (people, events, attendance).
 * @returns one {@link RosterMembership} per roster, in `rosterCompositions` order.
 * @remarks Attendance naming a person missing from the people file is ignored; a person counts
 *   once per roster.
 */
export function rosterMemberships(roster: Roster): RosterMembership[] {
  const everyone = distinctPeople(roster.people, 'roster.people');
  const known = new Set(everyone.map((p) => p.id));

  // attendees per event, each person once, in attendance order
  const attendees = new Map<string, Set<string>>();
  for (const e of roster.events) attendees.set(e.id, new Set());
  for (const a of roster.attendance) {
    if (!known.has(a.person)) continue;
    const set = attendees.get(a.event) ?? attendees.set(a.event, new Set()).get(a.event);
    set?.add(a.person);
  }
  const membersOf = (eventIds: Iterable<string>): string[] => {
    const ids = new Set<string>();
    for (const e of eventIds) for (const p of attendees.get(e) ?? []) ids.add(p);
    return [...ids];
  };

  const rows: RosterMembership[] = [{ roster: 'all', kind: 'all', label: 'all people', members: [...known] }];
  const names = new Map(roster.events.map((e) => [e.id, e.name]));
  for (const id of attendees.keys()) {
    rows.push({ roster: id, kind: 'event', label: names.get(id) ?? id, members: membersOf([id]) });
  }

  const rounds = new Map<string, { events: string[]; dates: string[] }>();
  const initiatives = new Map<string, string[]>();
  for (const e of roster.events) {
    if (e.round !== undefined && e.round !== '') {
      const r = rounds.get(e.round) ?? rounds.set(e.round, { events: [], dates: [] }).get(e.round);
      r?.events.push(e.id);
      if (e.date !== undefined) r?.dates.push(e.date);
    }
    if (e.initiative !== undefined && e.initiative !== '') {
      (initiatives.get(e.initiative) ?? initiatives.set(e.initiative, []).get(e.initiative))?.push(e.id);
    }
  }
  const orderedRounds = [...rounds.entries()]
    .map(([round, { events, dates }]) => ({
      round,
      events,
      first: dates.length ? ([...dates].sort()[0] as string) : null,
    }))
    .sort(
      (a, b) =>
        (a.first ?? '\uffff').localeCompare(b.first ?? '\uffff') ||
        a.round.localeCompare(b.round, undefined, { numeric: true }),
    );
  for (const { round, events } of orderedRounds) {
    rows.push({
      roster: `round:${round}`,
      kind: 'round',
      label: `round ${round}`,
      members: membersOf(events),
    });
  }
  for (const [initiative, events] of initiatives) {
    rows.push({
      roster: `initiative:${initiative}`,
      kind: 'initiative',
      label: initiative,
      members: membersOf(events),
    });
  }
  return rows;
}
