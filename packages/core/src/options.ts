/**
 * Options: one vocabulary, one resolver
 * =====================================
 *
 * Every function takes `fn(graph, options?)`. Defaults live in a frozen `DEFAULT_XXX_OPTIONS`
 * next to the function; `resolveOptions` merges the user's options over them and validates
 * each value, throwing an `InvalidOptionError` that names the option and what it expects
 * (sigma's `validateSettings`). Names follow graphology: `getEdgeWeight`, `normalized`,
 * `resolution`, `rng`, `maxIterations`, `tolerance`.
 */

import { InvalidOptionError } from './errors.js';

export type Validator = (value: unknown) => string | undefined;

/** Merges `user` over `defaults` (ignoring `undefined`) and validates every field. */
export function resolveOptions<T extends object>(
  defaults: Readonly<T>,
  user: Partial<T> | undefined,
  validators: Partial<Record<keyof T, Validator>> = {},
): T {
  const resolved = { ...defaults } as T;
  if (user !== undefined && (typeof user !== 'object' || user === null)) {
    throw new InvalidOptionError('options', 'an object', user);
  }
  for (const [key, value] of Object.entries(user ?? {})) {
    if (value === undefined) continue;
    if (!Object.hasOwn(defaults, key)) {
      throw new InvalidOptionError(key, `one of the known options (${Object.keys(defaults).join(', ')})`, key);
    }
    (resolved as Record<string, unknown>)[key] = value;
  }
  for (const [key, validate] of Object.entries(validators) as [string, Validator][]) {
    const problem = validate((resolved as Record<string, unknown>)[key]);
    if (problem !== undefined) throw new InvalidOptionError(key, problem, (resolved as Record<string, unknown>)[key]);
  }
  return resolved;
}

// ---------------------------------------------------------------------------------------------
// Numeric ranges: the accepted values of every numeric option, as data
// ---------------------------------------------------------------------------------------------

/** The values a numeric option accepts: an interval of numbers, or of integers. */
export interface NumericRange {
  /** Only integers (and then only safe ones: |x| ≤ 2⁵³ − 1). */
  readonly integer: boolean;
  readonly min: number;
  readonly max: number;
  /** `min` itself is excluded (epsilon: the open interval (0, 1)). */
  readonly minExclusive: boolean;
  /** `max` itself is excluded. */
  readonly maxExclusive: boolean;
  /** What the range is, as an error message says it: "an integer from 1 to 100". */
  readonly expected: string;
}

function numericRange(
  integer: boolean,
  min: number,
  max: number,
  {
    minExclusive = false,
    maxExclusive = false,
    expected,
  }: Partial<Pick<NumericRange, 'minExclusive' | 'maxExclusive' | 'expected'>> = {},
): NumericRange {
  const text =
    expected ??
    (integer
      ? `an integer from ${min} to ${max}`
      : `a number ${minExclusive ? 'strictly ' : ''}between ${min} and ${max}${minExclusive !== maxExclusive ? (minExclusive ? ` (${max} included)` : ` (${min} included)`) : ''}`);
  return Object.freeze({ integer, min, max, minExclusive, maxExclusive, expected: text });
}

/** Whether `value` is a number inside `range`. */
export function isInRange(value: unknown, range: NumericRange): value is number {
  if (typeof value !== 'number' || Number.isNaN(value)) return false;
  if (range.integer ? !Number.isSafeInteger(value) : !Number.isFinite(value)) return false;
  if (range.minExclusive ? !(value > range.min) : !(value >= range.min)) return false;
  return range.maxExclusive ? value < range.max : value <= range.max;
}

/** The validator of a range: `undefined` inside it, else what it expects. */
export const inRange =
  (range: NumericRange): Validator =>
  (v) =>
    isInRange(v, range) ? undefined : range.expected;

/** Most routes kept per person and target (`k`): Yen's algorithm costs k shortest-path searches per target. */
export const MAX_ROUTES = 100;

/**
 * Most repetitions of a Monte Carlo estimate (transfer runs, E-I permutations). At 10⁷ the
 * standard error of an estimated probability is below 1.6·10⁻⁴, finer than any output shows.
 */
export const MAX_RUNS = 10_000_000;

/**
 * Most Louvain runs of one community detection: each run costs a whole Louvain pass, and beyond
 * a few dozen the best modularity no longer moves on any graph we measured (docs/architecture.md).
 */
export const MAX_COMMUNITY_RUNS = 1000;

/** Most worker threads of a parallel pass. */
export const MAX_THREADS = 256;

const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * The accepted range of every numeric option of the core, by option name. The functions check
 * their options against these (an `InvalidOptionError` names the option and `expected`), and the
 * CLI checks its flags against the same ranges before it reads a roster.
 */
export const OPTION_RANGES = Object.freeze({
  /** `seed` of every seeded function (used modulo 2³²). */
  seed: numericRange(true, -SAFE, SAFE),
  /** Louvain `resolution`. */
  resolution: numericRange(false, 0, Number.MAX_VALUE, { minExclusive: true, expected: 'a finite number > 0' }),
  /** `k` of the routes; `routesPerPerson` of the analysis. */
  routes: numericRange(true, 1, MAX_ROUTES),
  /** `runs` of the transfer simulation. */
  runs: numericRange(true, 1, MAX_RUNS),
  /** `transferRuns` of the analysis (0 skips the simulation). */
  transferRuns: numericRange(true, 0, MAX_RUNS),
  /** `permutations` of the E-I index test (0 skips it). */
  permutations: numericRange(true, 0, MAX_RUNS),
  /** `epsilon` and `delta` of the approximations: the open interval (0, 1). */
  errorBound: numericRange(false, 0, 1, { minExclusive: true, maxExclusive: true }),
  /** A probability of the transfer model (per tie type, per event, default): [0, 1]. */
  probability: numericRange(false, 0, 1),
  /** `threads` of the Node runners and pools. */
  threads: numericRange(true, 1, MAX_THREADS),
  /** `maxSteps` of the transfer simulation (default: no limit). */
  maxSteps: numericRange(true, 0, SAFE),
  /** `maxEventSize` of the import: larger events add no co-attendance links. */
  maxEventSize: numericRange(true, 2, SAFE),
  /** `maxProjectedPairs` of the import: the work budget of links (co-attendance pairs and ties). */
  maxProjectedPairs: numericRange(true, 0, SAFE),
  /** A count of people (the roster designer's `add` and `drop`). */
  count: numericRange(true, 0, SAFE),
  /** `runs` of Louvain; `communityRuns` of the analysis (the best of them is kept). */
  communityRuns: numericRange(true, 1, MAX_COMMUNITY_RUNS),
  /** `approximateAbove` of the analysis. */
  approximateAbove: numericRange(true, 0, SAFE),
});

// ---------------------------------------------------------------------------------------------
// Validators: one set, shared by every option of the core
// ---------------------------------------------------------------------------------------------

/** A finite number > 0. */
export const positiveNumber: Validator = (v) =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 ? undefined : 'a finite number > 0';
/** A (safe) integer ≥ 1. */
export const positiveInteger: Validator = (v) =>
  typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? undefined : 'an integer > 0';
/** A (safe) integer ≥ 0. */
export const nonNegativeInteger: Validator = (v) =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? undefined : 'an integer ≥ 0';
/** A (safe) integer. */
export const integerOption: Validator = (v) =>
  typeof v === 'number' && Number.isSafeInteger(v) ? undefined : 'an integer';
/** A number strictly between 0 and 1. */
export const probability: Validator = (v) =>
  typeof v === 'number' && v > 0 && v < 1 ? undefined : 'a number strictly between 0 and 1';
/** A probability in [0, 1]. */
export const unitInterval: Validator = (v) =>
  typeof v === 'number' && v >= 0 && v <= 1 ? undefined : 'a probability in [0, 1]';
export const isFunction: Validator = (v) => (typeof v === 'function' ? undefined : 'a function');
export const isBoolean: Validator = (v) => (typeof v === 'boolean' ? undefined : 'true or false');
export const nonEmptyString: Validator = (v) => (typeof v === 'string' && v !== '' ? undefined : 'a non-empty string');
export const edgeWeightGetter: Validator = (v) =>
  v === null || typeof v === 'string' || typeof v === 'function'
    ? undefined
    : 'an attribute name, a function (edge, attributes) => number, or null for unweighted';

/** `null`, or what `validate` accepts; `what` describes the latter in the message. */
export const nullOr =
  (validate: Validator, what?: string): Validator =>
  (v) => {
    if (v === null) return undefined;
    const problem = validate(v);
    return problem === undefined ? undefined : `${what ?? problem} or null`;
  };

/** `Infinity` (no limit), or a number in `range`. */
export const infinityOr =
  (range: NumericRange): Validator =>
  (v) =>
    v === Number.POSITIVE_INFINITY || isInRange(v, range) ? undefined : `${range.expected}, or Infinity`;

/** `'auto'` (the function decides), or a number in `range`. */
export const autoOr =
  (range: NumericRange): Validator =>
  (v) =>
    v === 'auto' || isInRange(v, range) ? undefined : `${range.expected}, or 'auto'`;

/** One of the given values. */
export const oneOf =
  (...values: readonly unknown[]): Validator =>
  (v) =>
    values.includes(v)
      ? undefined
      : `one of ${values.map((x) => (typeof x === 'string' ? `'${x}'` : String(x))).join(', ')}`;

/** Throws the `InvalidOptionError` of `validate` for `value`, naming `option`. For options checked outside `resolveOptions`. */
export function checkOption(option: string, value: unknown, validate: Validator): void {
  const problem = validate(value);
  if (problem !== undefined) throw new InvalidOptionError(option, problem, value);
}
