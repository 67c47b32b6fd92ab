/**
 * Every numeric flag is checked against the range the core accepts before any roster is read
 * (issue 16, item 14): a value out of range, or too large for a JavaScript number to hold
 * exactly, is a usage error (exit 2) that names the flag and the range, never a `RangeError`
 * stack. The roster folder given does not exist: a flag checked up front fails with exit 2
 * before the missing folder (exit 1) is noticed.
 */
import {
  DEFAULT_ANALYZE_OPTIONS,
  DEFAULT_CASCADE_OPTIONS,
  MAX_COMMUNITY_RUNS,
  MAX_ROUTES,
  MAX_RUNS,
} from '@trackmap/core';
import { describe, expect, it } from 'vitest';
import {
  ANALYZE_OPTIONS,
  COMPARE_OPTIONS,
  INIT_OPTIONS,
  PATHS_OPTIONS,
  ROSTER_OPTIONS,
  SUGGEST_OPTIONS,
  TRANSFER_OPTIONS,
  VIEW_OPTIONS,
} from '../../packages/cli/src/options.js';
import { runCli } from '../helpers/cli.js';

const NOWHERE = 'no-such-roster-folder';
const HUGE = '99999999999999999999';

/** [command and its required arguments, flag, bad value, the range the message states] */
const CASES: [string[], string, string, string][] = [
  [['transfer', NOWHERE, '--from', 'a'], '--runs', HUGE, `an integer from 1 to ${MAX_RUNS}`],
  [['transfer', NOWHERE, '--from', 'a'], '--runs', '0', `an integer from 1 to ${MAX_RUNS}`],
  [['transfer', NOWHERE, '--from', 'a'], '--seed', '1e20', 'an integer from -9007199254740991 to 9007199254740991'],
  [['transfer', NOWHERE, '--from', 'a'], '--seed', HUGE, 'an integer from -9007199254740991 to 9007199254740991'],
  [['transfer', NOWHERE, '--from', 'a'], '--threads', HUGE, 'an integer from 1 to 256'],
  [['transfer', NOWHERE, '--from', 'a'], '--max-steps', HUGE, 'an integer from 0 to 9007199254740991'],
  [['transfer', NOWHERE, '--from', 'a'], '--event-probability', '1.5', 'a number between 0 and 1'],
  [['transfer', NOWHERE, '--from', 'a'], '--default-probability', '-0.1', 'a number between 0 and 1'],
  [['transfer', NOWHERE, '--from', 'a'], '--probability', 'advises=2', 'a number between 0 and 1'],
  [['analyze', NOWHERE], '--transfer-runs', HUGE, `an integer from 0 to ${MAX_RUNS}`],
  [['analyze', NOWHERE], '--permutations', HUGE, `an integer from 0 to ${MAX_RUNS}`],
  [['analyze', NOWHERE], '--seed', HUGE, 'an integer from -9007199254740991 to 9007199254740991'],
  [['analyze', NOWHERE], '--k', '0', `an integer from 1 to ${MAX_ROUTES}`],
  [['analyze', NOWHERE], '--community-runs', '0', `an integer from 1 to ${MAX_COMMUNITY_RUNS}, or auto`],
  [['analyze', NOWHERE], '--community-runs', 'many', `an integer from 1 to ${MAX_COMMUNITY_RUNS}, or auto`],
  [['analyze', NOWHERE], '--resolution', '0', 'a finite number > 0'],
  [['analyze', NOWHERE], '--resolution', '1e400', 'a finite number > 0'],
  [['analyze', NOWHERE], '--epsilon', '1', 'a number strictly between 0 and 1'],
  [['analyze', NOWHERE], '--delta', '0', 'a number strictly between 0 and 1'],
  [['analyze', NOWHERE], '--threads', '0', 'an integer from 1 to 256'],
  [['analyze', NOWHERE], '--max-event-size', '1', 'an integer from 2 to 9007199254740991'],
  [['analyze', NOWHERE], '--max-pairs', HUGE, 'an integer from 0 to 9007199254740991'],
  [['paths', NOWHERE, '--person', 'a'], '--k', '100000', `an integer from 1 to ${MAX_ROUTES}`],
  [['suggest', NOWHERE, '--event', 'e'], '--add', HUGE, 'an integer from 0 to 9007199254740991'],
  [['suggest', NOWHERE, '--event', 'e'], '--drop', '-1', 'an integer from 0 to 9007199254740991'],
  [['compare', NOWHERE, '--rounds', '1,2'], '--seed', HUGE, 'an integer from -9007199254740991 to 9007199254740991'],
  [['view', NOWHERE], '--port', '70000', 'a port number from 0 to 65535'],
];

describe('numeric flags are checked up front', () => {
  it.each(CASES)('%j %s %s: usage error naming the flag and the range', (args, flag, value, range) => {
    const run = runCli([...args, flag, value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${flag}: expected`);
    expect(run.stderr).toContain(range);
    expect(run.stderr).not.toMatch(/RangeError|internal error|\n\s+at /);
  });

  it('a value at the edge of its range is accepted (the roster is then looked for)', () => {
    const run = runCli(['transfer', NOWHERE, '--from', 'a', '--runs', String(MAX_RUNS), '--seed', '-7']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('CSV_MISSING_FILE');
  });
});

describe('the option tables', () => {
  const tables = {
    ROSTER_OPTIONS,
    ANALYZE_OPTIONS,
    PATHS_OPTIONS,
    SUGGEST_OPTIONS,
    TRANSFER_OPTIONS,
    COMPARE_OPTIONS,
    VIEW_OPTIONS,
    INIT_OPTIONS,
  };

  // commander's rule: the long flag without `--` (and without `no-` for a negation), in camelCase
  // (`--transfer-runs` → `transferRuns`, `--no-config` → `config`).
  const attributeName = (flags: string) =>
    (flags.match(/--([\w-]+)/)?.[1] ?? '').replace(/^no-/, '').replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

  it.each(Object.entries(tables))('%s: each key is the field commander fills', (_name, table) => {
    for (const flag of table) expect(attributeName(flag.flags), flag.flags).toBe(flag.key);
  });

  it('the defaults are the core defaults', () => {
    const defaults = (table: readonly { key: unknown; default?: unknown }[]) =>
      Object.fromEntries(table.filter((f) => f.default !== undefined).map((f) => [f.key, f.default]));
    expect(defaults(ANALYZE_OPTIONS)).toMatchObject({
      seed: DEFAULT_ANALYZE_OPTIONS.seed,
      resolution: DEFAULT_ANALYZE_OPTIONS.resolution,
      communityRuns: DEFAULT_ANALYZE_OPTIONS.communityRuns,
      k: DEFAULT_ANALYZE_OPTIONS.routesPerPerson,
      transferRuns: DEFAULT_ANALYZE_OPTIONS.transferRuns,
      permutations: DEFAULT_ANALYZE_OPTIONS.permutations,
      epsilon: DEFAULT_ANALYZE_OPTIONS.epsilon,
      delta: DEFAULT_ANALYZE_OPTIONS.delta,
    });
    expect(defaults(TRANSFER_OPTIONS)).toMatchObject({
      runs: DEFAULT_CASCADE_OPTIONS.runs,
      seed: DEFAULT_CASCADE_OPTIONS.seed,
    });
  });
});
