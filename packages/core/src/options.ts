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

export const positiveNumber: Validator = (v) =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 ? undefined : 'a finite number > 0';
export const positiveInteger: Validator = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v > 0 ? undefined : 'an integer > 0';
export const probability: Validator = (v) =>
  typeof v === 'number' && v > 0 && v < 1 ? undefined : 'a number strictly between 0 and 1';
export const isFunction: Validator = (v) => (typeof v === 'function' ? undefined : 'a function');
export const isBoolean: Validator = (v) => (typeof v === 'boolean' ? undefined : 'true or false');
export const edgeWeightGetter: Validator = (v) =>
  v === null || typeof v === 'string' || typeof v === 'function'
    ? undefined
    : 'an attribute name, a function (edge, attributes) => number, or null for unweighted';
export const integerOption: Validator = (v) =>
  typeof v === 'number' && Number.isSafeInteger(v) ? undefined : 'an integer';
