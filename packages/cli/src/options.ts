/**
 * The command-line options, declared as data (vitest `cli-config.ts` style), and their
 * parsers. Each parser throws `UsageError` with what it expected.
 */

import { UsageError } from './report-error.js';

export interface OptionSpec {
  flags: string;
  description: string;
  default?: unknown;
  parse?: (value: string, previous: unknown) => unknown;
}

function keyValue(value: string, what: string): [string, string] {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new UsageError(`${what}: expected NAME=VALUE, got "${value}"`);
  return [value.slice(0, eq).trim(), value.slice(eq + 1).trim()];
}

/** Repeatable option → list. */
export function collect(value: string, previous: unknown): string[] {
  return [...((previous as string[] | undefined) ?? []), value];
}

export function parseInteger(name: string) {
  return (value: string) => {
    if (!/^[+-]?\d+$/.test(value)) throw new UsageError(`--${name}: expected an integer, got "${value}"`);
    return Number(value);
  };
}

export function parseNonNegativeInteger(name: string) {
  return (value: string) => {
    if (!/^\d+$/.test(value)) throw new UsageError(`--${name}: expected an integer ≥ 0, got "${value}"`);
    return Number(value);
  };
}

export function parsePositiveInteger(name: string) {
  return (value: string) => {
    if (!/^\d+$/.test(value) || Number(value) < 1)
      throw new UsageError(`--${name}: expected an integer ≥ 1, got "${value}"`);
    return Number(value);
  };
}

export function parsePositive(name: string) {
  return (value: string) => {
    const n = Number(value);
    if (!/^\d*\.?\d+([eE][+-]?\d+)?$/.test(value) || !(n > 0))
      throw new UsageError(`--${name}: expected a number > 0, got "${value}"`);
    return n;
  };
}

/** `--column people.name="Full name"` (repeatable) → `{ people: { name: 'Full name' } }` */
export function parseColumn(value: string, previous: unknown): Record<string, Record<string, string>> {
  const acc = { ...((previous as Record<string, Record<string, string>>) ?? {}) };
  const [left, header] = keyValue(value, '--column');
  const [kind, key] = left.split('.');
  if (!kind || !key || !['people', 'ties', 'events', 'attendance'].includes(kind)) {
    throw new UsageError(
      `--column: expected FILE.COLUMN=HEADER with FILE one of people, ties, events, attendance; got "${value}"`,
    );
  }
  acc[kind] = { ...(acc[kind] ?? {}), [key]: header };
  return acc;
}

/** `--track "Track 4=2"` (repeatable) → `{ 'Track 4': '2' }` */
export function parseTrackLabel(value: string, previous: unknown): Record<string, string> {
  const [label, track] = keyValue(value, '--track');
  return { ...((previous as Record<string, string>) ?? {}), [label]: track };
}

/** `--decision-makers role=minister,negotiator` */
export function parseDecisionMakers(value: string): { column: string; values: string[] } {
  const [column, values] = keyValue(value, '--decision-makers');
  const list = values
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (list.length === 0)
    throw new UsageError(`--decision-makers: give at least one value after "=", e.g. role=minister`);
  return { column, values: list };
}

/**
 * Where the roster is and how to read it: its files, the column and track mapping and the
 * decision-maker rule. Every command that reads a roster takes exactly these (`view` too, which
 * hands them to the viewer), so no command can ignore one.
 */
export const ROSTER_INPUT_OPTIONS: OptionSpec[] = [
  { flags: '--people <file>', description: "people file (overrides the config's and the folder's people.csv)" },
  { flags: '--ties <file>', description: 'ties file' },
  { flags: '--events <file>', description: 'events file (e.g. bodies.csv)' },
  { flags: '--attendance <file>', description: 'attendance file (e.g. memberships.csv)' },
  { flags: '--config <file>', description: 'config file (default: trackmap.config.json in the roster folder, if any)' },
  { flags: '--no-config', description: "ignore the roster folder's trackmap.config.json" },
  {
    flags: '--column <file.column=header>',
    description: 'map a header to a column, e.g. people.name="Full name" (repeatable)',
    parse: parseColumn,
  },
  {
    flags: '--track <label=track>',
    description: 'map a track label, e.g. "Track 4=2" (repeatable)',
    parse: parseTrackLabel,
  },
  {
    flags: '--decision-makers <column=values>',
    description: 'who the decision-makers are, e.g. role=minister,negotiator (default track=1)',
    parse: parseDecisionMakers,
  },
];

/** How strictly and how far the CLI imports: the commands that compute in Node. */
export const IMPORT_LIMIT_OPTIONS: OptionSpec[] = [
  { flags: '--strict', description: 'treat every import warning as an error' },
  {
    flags: '--max-event-size <n>',
    description: 'events with more attendees add no co-attendance links (default 500)',
    parse: parsePositiveInteger('max-event-size'),
  },
  {
    flags: '--max-pairs <n>',
    description: 'most co-attendance pairs to build before stopping with CSV_TOO_LARGE (default 5000000)',
    parse: parsePositiveInteger('max-pairs'),
  },
];

export const PSEUDONYMIZE_OPTIONS: OptionSpec[] = [
  {
    flags: '--pseudonymize',
    description: 'replace every id and name by a keyed pseudonym and drop identifying columns in all outputs',
  },
  { flags: '--key-file <file>', description: 'pseudonymisation key (default: trackmap.key, created if missing)' },
  {
    flags: '--keep-column <name>',
    description: 'with --pseudonymize: keep this people column too, by header or column name (repeatable)',
    parse: collect,
  },
  {
    flags: '--drop-column <name>',
    description: 'with --pseudonymize: drop this people column too, by header or column name (repeatable)',
    parse: collect,
  },
];

/** Every roster option of the commands that import in Node (all but `view`). */
export const ROSTER_OPTIONS: OptionSpec[] = [...ROSTER_INPUT_OPTIONS, ...IMPORT_LIMIT_OPTIONS, ...PSEUDONYMIZE_OPTIONS];

/** `--threads N` of the commands that compute measures. */
export const THREADS_OPTION: OptionSpec = {
  flags: '--threads <n>',
  description: 'worker threads for the all-pairs measures (default: all cores); results do not depend on it',
  parse: parsePositiveInteger('threads'),
};

/** A number strictly between 0 and 1. */
export function parseOpenUnitInterval(name: string) {
  return (value: string) => {
    const n = Number(value);
    if (!/^(0?\.\d+|\d+(\.\d+)?(e-?\d+)?)$/i.test(value) || !(n > 0 && n < 1)) {
      throw new UsageError(`--${name}: expected a number strictly between 0 and 1, got "${value}"`);
    }
    return n;
  };
}

export const ANALYZE_OPTIONS: OptionSpec[] = [
  { flags: '-o, --out <dir>', description: 'output folder', default: 'out' },
  { flags: '--seed <n>', description: 'seed of the community detection', default: 42, parse: parseInteger('seed') },
  {
    flags: '--resolution <x>',
    description: 'Louvain resolution (higher: smaller communities)',
    default: 1,
    parse: parsePositive('resolution'),
  },
  {
    flags: '--k <n>',
    description: 'shortest routes kept per participant in paths.csv',
    default: 3,
    parse: parsePositiveInteger('k'),
  },
  {
    flags: '--transfer-runs <n>',
    description: 'runs of the transfer simulation from the latest round shown in the report (0: skip)',
    default: 2000,
    parse: parseNonNegativeInteger('transfer-runs'),
  },
  {
    flags: '--reference <file>',
    description: 'people file of the reference population for rosters.csv distances (default: the whole people file)',
  },
  {
    flags: '--permutations <n>',
    description: "random reshufflings for the E-I index's significance test (0: skip)",
    default: 1000,
    parse: parseNonNegativeInteger('permutations'),
  },
  THREADS_OPTION,
  {
    flags: '--approximate',
    description:
      'sample betweenness, transfer betweenness, closeness and harmonic, with stated error bounds (default above 20,000 people)',
  },
  { flags: '--exact', description: 'compute them exactly whatever the size' },
  {
    flags: '--epsilon <x>',
    description: 'additive error bound of the approximations, between 0 and 1',
    default: 0.05,
    parse: parseOpenUnitInterval('epsilon'),
  },
  {
    flags: '--delta <x>',
    description: 'probability that an error bound fails, between 0 and 1',
    default: 0.1,
    parse: parseOpenUnitInterval('delta'),
  },
  { flags: '--json', description: 'print a machine-readable summary on stdout' },
  { flags: '-q, --quiet', description: 'no progress display' },
];

export function parsePort(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535)
    throw new UsageError(`--port: expected a port number from 0 to 65535 (0: any free port), got "${value}"`);
  return Number(value);
}

export const VIEW_OPTIONS: OptionSpec[] = [
  {
    flags: '--port <n>',
    description: 'port on 127.0.0.1 (default 5178, or any free port if it is taken; 0: any free port)',
    parse: parsePort,
  },
  { flags: '--open', description: "open the URL in the system's browser" },
];

export const PATHS_OPTIONS: OptionSpec[] = [
  { flags: '--person <id>', description: 'the person the routes start from (required)' },
  { flags: '--to <id>', description: 'routes to this person only' },
  { flags: '--to-track1', description: 'routes to each decision-maker (the default)' },
  { flags: '--nearest', description: 'only the routes to the nearest decision-makers' },
  { flags: '--k <n>', description: 'routes per decision-maker', default: 3, parse: parsePositiveInteger('k') },
  { flags: '--json', description: 'print the routes as JSON on stdout' },
];

/** `--probability advises=0.4` (repeatable) → `{ advises: 0.4 }` */
export function parseTypeProbability(value: string, previous: unknown): Record<string, number> {
  const [type, q] = keyValue(value, '--probability');
  const n = Number(q);
  if (!/^(0|1|0?\.\d+|1\.0*)$/.test(q) || !(n >= 0 && n <= 1)) {
    throw new UsageError(`--probability: expected TYPE=Q with Q between 0 and 1, got "${value}"`);
  }
  return { ...((previous as Record<string, number>) ?? {}), [type]: n };
}

export function parseUnitInterval(name: string) {
  return (value: string) => {
    const n = Number(value);
    if (!/^(0|1|0?\.\d+|1\.0*)$/.test(value) || !(n >= 0 && n <= 1)) {
      throw new UsageError(`--${name}: expected a number between 0 and 1, got "${value}"`);
    }
    return n;
  };
}

export const TRANSFER_OPTIONS: OptionSpec[] = [
  { flags: '--from-event <id>', description: 'the idea starts with the participants of this event' },
  { flags: '--from <ids>', description: 'the idea starts with these people (comma-separated ids)' },
  {
    flags: '--runs <n>',
    description: 'number of simulated cascades',
    default: 10000,
    parse: parsePositiveInteger('runs'),
  },
  {
    flags: '--seed <n>',
    description: 'seed of the simulation (same seed, same result)',
    default: 42,
    parse: parseInteger('seed'),
  },
  {
    flags: '--threads <n>',
    description: 'worker threads (default: all cores); results do not depend on it',
    parse: parsePositiveInteger('threads'),
  },
  {
    flags: '--max-steps <n>',
    description: 'stop each cascade after this many steps',
    parse: parsePositiveInteger('max-steps'),
  },
  {
    flags: '--probability <type=q>',
    description: 'chance that one unit of a tie type passes the idea, e.g. advises=0.4 (repeatable)',
    parse: parseTypeProbability,
  },
  {
    flags: '--event-probability <q>',
    description: 'chance that one shared event passes the idea (default 0.1)',
    parse: parseUnitInterval('event-probability'),
  },
  {
    flags: '--default-probability <q>',
    description: 'chance for tie types not in the table (default 0.1)',
    parse: parseUnitInterval('default-probability'),
  },
  { flags: '-o, --out <dir>', description: 'output folder', default: 'out' },
  { flags: '--json', description: 'print the result as JSON on stdout' },
  { flags: '-q, --quiet', description: 'no progress bar' },
];

/** `--weights access=0.7,diversity=0.3` */
export function parseWeights(value: string): { access: number; diversity: number } {
  const out = { access: 0.5, diversity: 0.5 };
  for (const part of value.split(',')) {
    const [key, raw] = keyValue(part, '--weights');
    const n = Number(raw);
    if ((key !== 'access' && key !== 'diversity') || !/^\d*\.?\d+$/.test(raw)) {
      throw new UsageError(`--weights: expected access=X,diversity=Y with numbers ≥ 0, got "${value}"`);
    }
    out[key] = n;
  }
  if (out.access + out.diversity === 0) throw new UsageError('--weights: access and diversity cannot both be 0');
  return out;
}

export const SUGGEST_OPTIONS: OptionSpec[] = [
  { flags: '--event <id>', description: 'the event whose roster to improve (required)' },
  {
    flags: '--candidates <file>',
    description: 'people file of candidates (default: everyone else on the roster who is not a decision-maker)',
  },
  {
    flags: '--add <n>',
    description: 'how many people to suggest inviting',
    default: 3,
    parse: parseNonNegativeInteger('add'),
  },
  {
    flags: '--drop <n>',
    description: 'how many people to suggest dropping',
    default: 0,
    parse: parseNonNegativeInteger('drop'),
  },
  {
    flags: '--weights <access=x,diversity=y>',
    description: 'weights of access and diversity (default 0.5 each)',
    parse: parseWeights,
  },
  { flags: '--with <ids>', description: 'what-if: add these people (comma-separated)' },
  { flags: '--without <ids>', description: 'what-if: remove these people (comma-separated)' },
  { flags: '--json', description: 'print the result as JSON' },
];

export const COMPARE_OPTIONS: OptionSpec[] = [
  {
    flags: '--at <date>',
    description: 'compare the roster as of this date (ISO) with the full roster (or with --until)',
  },
  { flags: '--until <date>', description: 'with --at: the later date (default: the full roster)' },
  {
    flags: '--rounds <a,b>',
    description: 'compare the roster at the end of round a with the end of round b (or the full roster)',
  },
  { flags: '--seed <n>', description: 'seed of the community detection', default: 42, parse: parseInteger('seed') },
  THREADS_OPTION,
  { flags: '-o, --out <dir>', description: 'output folder', default: 'out' },
  { flags: '--json', description: 'print the summary as JSON' },
];
