import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../src/errors.js';
import { prepareAllPairs } from '../src/kernels/all-pairs.js';
import {
  integerOption,
  isInRange,
  MAX_ROUTES,
  MAX_RUNS,
  nonNegativeInteger,
  OPTION_RANGES,
  positiveInteger,
  positiveNumber,
  resolveOptions,
} from '../src/options.js';
import { participantRoutes, routesFrom } from '../src/paths/routes.js';
import { independentCascade } from '../src/transfer/independent-cascade.js';

const DEFAULTS: Readonly<{ resolution: number; label: string }> = Object.freeze({ resolution: 1, label: 'x' });

function optionError(run: () => unknown): InvalidOptionError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionError);
    return error as InvalidOptionError;
  }
  return expect.unreachable('should throw InvalidOptionError');
}

describe('resolveOptions', () => {
  it('merges user options over defaults, ignoring undefined', () => {
    expect(resolveOptions(DEFAULTS, { resolution: 2, label: undefined })).toEqual({ resolution: 2, label: 'x' });
    expect(resolveOptions(DEFAULTS, undefined)).toEqual({ resolution: 1, label: 'x' });
  });

  it('does not modify the defaults', () => {
    resolveOptions(DEFAULTS, { resolution: 5 });
    expect(DEFAULTS.resolution).toBe(1);
  });

  it('names an unknown option', () => {
    expect(optionError(() => resolveOptions(DEFAULTS, { resolutoin: 2 } as never)).option).toBe('resolutoin');
  });

  it('names an option that fails its validator', () => {
    const e = optionError(() => resolveOptions(DEFAULTS, { resolution: -1 }, { resolution: positiveNumber }));
    expect(e.option).toBe('resolution');
    expect(e.code).toBe('INVALID_OPTION');
  });

  it('rejects options that are not an object', () => {
    expect(optionError(() => resolveOptions(DEFAULTS, 3 as never)).option).toBe('options');
  });
});

describe('one set of ranges and validators (issue 11, item 6; issue 16, item 14)', () => {
  it('isInRange: integers only where the range says so, and only safe ones', () => {
    const { runs, seed, errorBound, probability } = OPTION_RANGES;
    expect([1, MAX_RUNS].map((v) => isInRange(v, runs))).toEqual([true, true]);
    expect([0, MAX_RUNS + 1, 1.5, 1e20, Number.NaN, '5'].map((v) => isInRange(v, runs))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect([-(2 ** 53) + 1, 2 ** 53 - 1].map((v) => isInRange(v, seed))).toEqual([true, true]);
    expect([2 ** 53, 1e20, -1e20].map((v) => isInRange(v, seed))).toEqual([false, false, false]);
    expect([0, 1, 0.5].map((v) => isInRange(v, errorBound))).toEqual([false, false, true]);
    expect([0, 1, 0.5, 1.01, Number.POSITIVE_INFINITY].map((v) => isInRange(v, probability))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('each range says what it expects', () => {
    expect(OPTION_RANGES.routes.expected).toBe(`an integer from 1 to ${MAX_ROUTES}`);
    expect(OPTION_RANGES.errorBound.expected).toBe('a number strictly between 0 and 1');
    expect(OPTION_RANGES.probability.expected).toBe('a number between 0 and 1');
  });

  it('an unsafe integer is refused where an integer is expected', () => {
    for (const validate of [positiveInteger, nonNegativeInteger, integerOption]) {
      expect(validate(1e20)).toBeDefined();
      expect(validate(7)).toBeUndefined();
    }
  });

  it('the functions check their options against the ranges, with InvalidOptionError, never RangeError', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b');
    // routes: k is bounded
    const rosterGraph = g as never;
    expect(optionError(() => routesFrom(rosterGraph, 'a', { to: 'b', k: MAX_ROUTES + 1 })).option).toBe('k');
    expect(optionError(() => participantRoutes(rosterGraph, { k: 0 })).option).toBe('k');
    // the transfer simulation: runs bounded (1e20 used to reach a RangeError in an array allocation)
    expect(optionError(() => independentCascade(g, { seeds: ['a'], runs: 1e20 })).option).toBe('runs');
    expect(optionError(() => independentCascade(g, { seeds: ['a'], seed: 1e20 })).option).toBe('seed');
    // the all-pairs plan: used to throw a RangeError
    const csr = { n: 2, offsets: Int32Array.from([0, 1, 2]), targets: Int32Array.from([1, 0]) };
    expect(optionError(() => prepareAllPairs(csr, { seed: 1e20 })).option).toBe('seed');
    expect(optionError(() => prepareAllPairs(csr, { epsilon: 1 })).option).toBe('epsilon');
  });
});
