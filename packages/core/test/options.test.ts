import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../src/errors.js';
import { positiveNumber, resolveOptions } from '../src/options.js';

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
