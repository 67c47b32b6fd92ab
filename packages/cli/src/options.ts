/**
 * The command-line options, declared as data (vitest `cli-config.ts` style), and their
 * parsers.
 *
 * Each table is typed against its command's options (`Flags<AnalyzeCommandOptions>` …), whose
 * fields are typed against the core options they feed: a flag's `key` must be a field of the
 * command, its `default` and its parser's result must have that field's type. Defaults are the
 * core's `DEFAULT_*` values, never restated here, and every numeric flag is checked, as it is
 * parsed and before any roster is read, against the range the core accepts (`OPTION_RANGES`):
 * a value out of range is a usage error (exit 2) that names the flag and the range.
 */

import {
  DEFAULT_ANALYZE_OPTIONS,
  DEFAULT_CASCADE_OPTIONS,
  DEFAULT_DECISION_MAKER_RULE,
  DEFAULT_PARSE_ROSTER_OPTIONS,
  DEFAULT_ROUTES_OPTIONS,
  DEFAULT_SUGGEST_OPTIONS,
  type DecisionMakerRule,
  formatCount,
  formatDecisionMakerRule,
  isInRange,
  LOUVAIN_FEW_RUNS_ABOVE,
  LOUVAIN_MANY_RUNS_UP_TO,
  type NumericRange,
  OPTION_RANGES,
  parseDecisionMakerRule,
} from '@trackmap/core';
import { DEFAULT_KEY_FILE } from '@trackmap/core/node';
import type { AnalyzeCommandOptions } from './commands/analyze.js';
import type { CompareCommandOptions } from './commands/compare.js';
import { type InitCommandOptions, sampleFlag } from './commands/init.js';
import type { PathsCommandOptions } from './commands/paths.js';
import type { RosterFlags, RosterInputFlags } from './commands/roster-input.js';
import type { SuggestCommandOptions } from './commands/suggest.js';
import type { TransferCommandOptions } from './commands/transfer.js';
import { DEFAULT_VIEW_PORT, type ViewCommandOptions } from './commands/view.js';
import { UsageError } from './report-error.js';

/** One flag of a command whose parsed options are `O`: it fills `O[K]`. */
export interface Flag<O, K extends keyof O> {
  /** commander's flags, e.g. `'--transfer-runs <n>'`. */
  flags: string;
  /** The field it fills: the long flag in camelCase, as commander names it (checked by a test). */
  key: K;
  description: string;
  /** The value when the flag is absent (shown by `--help`): a core default, never restated. */
  default?: O[K];
  /** Parses one occurrence; `previous` is the value so far (for repeatable flags). */
  parse?: (value: string, previous: O[K] | undefined) => O[K];
}

/** The flags of a command whose parsed options are `O`. */
export type Flags<O> = readonly { [K in keyof O]-?: Flag<O, K> }[keyof O][];

/** The output folder of the commands that write files, when `--out` is not given. */
export const DEFAULT_OUT = 'out';

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** `--name` as an integer in `range`; anything else is a usage error naming the flag and the range. */
export function integerFlag(name: string, range: NumericRange): (value: string) => number {
  return (value) => {
    const n = INTEGER.test(value.trim()) ? Number(value) : Number.NaN;
    if (!isInRange(n, range)) throw new UsageError(`--${name}: expected ${range.expected}, got "${value}"`);
    return n;
  };
}

/** `--name` as `auto` or an integer in `range`. */
export function autoOrIntegerFlag(name: string, range: NumericRange): (value: string) => number | 'auto' {
  const integer = integerFlag(name, range);
  return (value) => {
    if (value.trim().toLowerCase() === 'auto') return 'auto';
    try {
      return integer(value);
    } catch {
      throw new UsageError(`--${name}: expected ${range.expected}, or auto; got "${value}"`);
    }
  };
}

/** `--name` as a decimal number in `range` (`0.5`, `.5`, `5e-2`). */
export function numberFlag(name: string, range: NumericRange): (value: string) => number {
  return (value) => {
    const n = DECIMAL.test(value.trim()) ? Number(value) : Number.NaN;
    if (!isInRange(n, range)) throw new UsageError(`--${name}: expected ${range.expected}, got "${value}"`);
    return n;
  };
}

function keyValue(value: string, what: string): [string, string] {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new UsageError(`${what}: expected NAME=VALUE, got "${value}"`);
  return [value.slice(0, eq).trim(), value.slice(eq + 1).trim()];
}

/** Repeatable option → list. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `--column people.name="Full name"` (repeatable) → `{ people: { name: 'Full name' } }` */
export function parseColumn(
  value: string,
  previous: Record<string, Record<string, string>> | undefined,
): Record<string, Record<string, string>> {
  const acc = { ...(previous ?? {}) };
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
export function parseTrackLabel(value: string, previous: Record<string, string> | undefined): Record<string, string> {
  const [label, track] = keyValue(value, '--track');
  return { ...(previous ?? {}), [label]: track };
}

/**
 * `--decision-makers role=minister,negotiator`, `office~senator|minister`, `office=*`,
 * `attendance.role~minister` (repeatable: the rules combine with OR) → the list of rules.
 */
export function parseDecisionMakers(value: string, previous: DecisionMakerRule[] | undefined): DecisionMakerRule[] {
  try {
    return [...(previous ?? []), parseDecisionMakerRule(value)];
  } catch (error) {
    throw new UsageError(`--decision-makers: ${(error as Error).message}`);
  }
}

const importDefaults = DEFAULT_PARSE_ROSTER_OPTIONS;

/**
 * Where the roster is and how to read it: its files, the column and track mapping and the
 * decision-maker rule. Every command that reads a roster takes exactly these (`view` too, which
 * hands them to the viewer), so no command can ignore one.
 */
export const ROSTER_INPUT_OPTIONS: Flags<RosterInputFlags> = [
  {
    flags: '--people <file>',
    key: 'people',
    description: "people file (overrides the config's and the folder's people.csv)",
  },
  { flags: '--ties <file>', key: 'ties', description: 'ties file' },
  { flags: '--events <file>', key: 'events', description: 'events file (e.g. bodies.csv)' },
  { flags: '--attendance <file>', key: 'attendance', description: 'attendance file (e.g. memberships.csv)' },
  {
    flags: '--config <file>',
    key: 'config',
    description: 'config file (default: trackmap.config.json in the roster folder, if any)',
  },
  { flags: '--no-config', key: 'config', description: "ignore the roster folder's trackmap.config.json" },
  {
    flags: '--column <file.column=header>',
    key: 'column',
    description: 'map a header to a column, e.g. people.name="Full name" (repeatable)',
    parse: parseColumn,
  },
  {
    flags: '--track <label=track>',
    key: 'track',
    description: 'map a track label, e.g. "Track 4=2" (repeatable)',
    parse: parseTrackLabel,
  },
  {
    flags: '--decision-makers <column=values>',
    key: 'decisionMakers',
    description: `who the decision-makers are: COLUMN=V1,V2 (exact), COLUMN~TEXT (contains; a|b), COLUMN=* (any value), on the people file or, prefixed, attendance.COLUMN / events.COLUMN (a membership matches); repeatable, combined with OR (default ${formatDecisionMakerRule(DEFAULT_DECISION_MAKER_RULE)})`,
    parse: parseDecisionMakers,
  },
];

/** How strictly and how far the CLI imports: the commands that compute in Node. */
export const IMPORT_LIMIT_OPTIONS: Flags<RosterFlags> = [
  { flags: '--strict', key: 'strict', description: 'treat every import warning as an error' },
  {
    flags: '--max-event-size <n>',
    key: 'maxEventSize',
    description: `events with more attendees add no co-attendance links (default ${importDefaults.maxEventSize})`,
    parse: integerFlag('max-event-size', OPTION_RANGES.maxEventSize),
  },
  {
    flags: '--max-pairs <n>',
    key: 'maxPairs',
    description: `most links (co-attendance pairs and ties) to build before stopping with CSV_TOO_LARGE (default ${importDefaults.maxProjectedPairs})`,
    parse: integerFlag('max-pairs', OPTION_RANGES.maxProjectedPairs),
  },
];

export const PSEUDONYMIZE_OPTIONS: Flags<RosterFlags> = [
  {
    flags: '--pseudonymize',
    key: 'pseudonymize',
    description: 'replace every id and name by a keyed pseudonym and drop identifying columns in all outputs',
  },
  {
    flags: '--key-file <file>',
    key: 'keyFile',
    description: `pseudonymisation key (default: ${DEFAULT_KEY_FILE}, created if missing)`,
  },
  {
    flags: '--keep-column <name>',
    key: 'keepColumn',
    description: 'with --pseudonymize: keep this people column too, by header or column name (repeatable)',
    parse: collect,
  },
  {
    flags: '--drop-column <name>',
    key: 'dropColumn',
    description: 'with --pseudonymize: drop this people column too, by header or column name (repeatable)',
    parse: collect,
  },
];

/** Every roster option of the commands that import in Node (all but `view`). */
export const ROSTER_OPTIONS: Flags<RosterFlags> = [
  ...ROSTER_INPUT_OPTIONS,
  ...IMPORT_LIMIT_OPTIONS,
  ...PSEUDONYMIZE_OPTIONS,
];

/** `--threads N` of the commands that compute measures. */
const threadsFlag = {
  flags: '--threads <n>',
  key: 'threads',
  description: 'worker threads for the all-pairs measures (default: all cores); results do not depend on it',
  parse: integerFlag('threads', OPTION_RANGES.threads),
} as const;

const analyzeDefaults = DEFAULT_ANALYZE_OPTIONS;

export const ANALYZE_OPTIONS: Flags<AnalyzeCommandOptions> = [
  { flags: '-o, --out <dir>', key: 'out', description: 'output folder', default: DEFAULT_OUT },
  {
    flags: '--seed <n>',
    key: 'seed',
    description: 'seed of the community detection',
    default: analyzeDefaults.seed,
    parse: integerFlag('seed', OPTION_RANGES.seed),
  },
  {
    flags: '--resolution <x>',
    key: 'resolution',
    description: 'Louvain resolution (higher: smaller communities)',
    default: analyzeDefaults.resolution,
    parse: numberFlag('resolution', OPTION_RANGES.resolution),
  },
  {
    flags: '--community-runs <n>',
    key: 'communityRuns',
    description: `Louvain runs, the partition of highest modularity kept and the others giving its stability; auto: 100 up to ${formatCount(LOUVAIN_MANY_RUNS_UP_TO)} links, 10 up to ${formatCount(LOUVAIN_FEW_RUNS_ABOVE)}, 3 above`,
    default: analyzeDefaults.communityRuns,
    parse: autoOrIntegerFlag('community-runs', OPTION_RANGES.communityRuns),
  },
  {
    flags: '--k <n>',
    key: 'k',
    description: 'shortest routes kept per participant in paths.csv',
    default: analyzeDefaults.routesPerPerson,
    parse: integerFlag('k', OPTION_RANGES.routes),
  },
  {
    flags: '--transfer-runs <n>',
    key: 'transferRuns',
    description: 'runs of the transfer simulation from the latest round shown in the report (0: skip)',
    default: analyzeDefaults.transferRuns,
    parse: integerFlag('transfer-runs', OPTION_RANGES.transferRuns),
  },
  {
    flags: '--reference <file>',
    key: 'reference',
    description: 'people file of the reference population for rosters.csv distances (default: the whole people file)',
  },
  {
    flags: '--permutations <n>',
    key: 'permutations',
    description: "random reshufflings for the E-I index's significance test (0: skip)",
    default: analyzeDefaults.permutations,
    parse: integerFlag('permutations', OPTION_RANGES.permutations),
  },
  threadsFlag,
  {
    flags: '--approximate',
    key: 'approximate',
    description: `sample betweenness, transfer betweenness, closeness and harmonic, with stated error bounds (default above ${formatCount(analyzeDefaults.approximateAbove)} people)`,
  },
  { flags: '--exact', key: 'exact', description: 'compute them exactly whatever the size' },
  {
    flags: '--epsilon <x>',
    key: 'epsilon',
    description: 'additive error bound of the approximations, between 0 and 1',
    default: analyzeDefaults.epsilon,
    parse: numberFlag('epsilon', OPTION_RANGES.errorBound),
  },
  {
    flags: '--delta <x>',
    key: 'delta',
    description: 'probability that an error bound fails, between 0 and 1',
    default: analyzeDefaults.delta,
    parse: numberFlag('delta', OPTION_RANGES.errorBound),
  },
  { flags: '--json', key: 'json', description: 'print a machine-readable summary on stdout' },
  { flags: '-q, --quiet', key: 'quiet', description: 'no progress display' },
];

/** The ports `trackmap view` can listen on (0: any free port). */
const PORT: NumericRange = Object.freeze({
  integer: true,
  min: 0,
  max: 65535,
  minExclusive: false,
  maxExclusive: false,
  expected: 'a port number from 0 to 65535 (0: any free port)',
});

export const INIT_OPTIONS: Flags<InitCommandOptions> = [
  {
    flags: '--sample <name>',
    key: 'sample',
    description:
      'write a bundled sample roster instead of the empty template: dialogue (163 people, 8 rounds) or quickstart (12 people)',
    parse: sampleFlag,
  },
];

export const VIEW_OPTIONS: Flags<ViewCommandOptions> = [
  {
    flags: '--port <n>',
    key: 'port',
    description: `port on 127.0.0.1 (default ${DEFAULT_VIEW_PORT}, or any free port if it is taken; 0: any free port)`,
    parse: integerFlag('port', PORT),
  },
  { flags: '--open', key: 'open', description: "open the URL in the system's browser" },
];

export const PATHS_OPTIONS: Flags<PathsCommandOptions> = [
  { flags: '--person <id>', key: 'person', description: 'the person the routes start from (required)' },
  { flags: '--to <id>', key: 'to', description: 'routes to this person only' },
  { flags: '--to-track1', key: 'toTrack1', description: 'routes to each decision-maker (the default)' },
  { flags: '--nearest', key: 'nearest', description: 'only the routes to the nearest decision-makers' },
  {
    flags: '--k <n>',
    key: 'k',
    description: 'routes per decision-maker',
    default: DEFAULT_ROUTES_OPTIONS.k,
    parse: integerFlag('k', OPTION_RANGES.routes),
  },
  { flags: '--json', key: 'json', description: 'print the routes as JSON on stdout' },
];

/** `--probability advises=0.4` (repeatable) → `{ advises: 0.4 }` */
export function parseTypeProbability(
  value: string,
  previous: Record<string, number> | undefined,
): Record<string, number> {
  const [type, q] = keyValue(value, '--probability');
  const n = DECIMAL.test(q) ? Number(q) : Number.NaN;
  if (!isInRange(n, OPTION_RANGES.probability)) {
    throw new UsageError(`--probability: expected TYPE=Q with Q ${OPTION_RANGES.probability.expected}, got "${value}"`);
  }
  return { ...(previous ?? {}), [type]: n };
}

const cascadeDefaults = DEFAULT_CASCADE_OPTIONS;

export const TRANSFER_OPTIONS: Flags<TransferCommandOptions> = [
  {
    flags: '--from-event <id>',
    key: 'fromEvent',
    description: 'the idea starts with the participants of this event',
  },
  { flags: '--from <ids>', key: 'from', description: 'the idea starts with these people (comma-separated ids)' },
  {
    flags: '--runs <n>',
    key: 'runs',
    description: 'number of simulated cascades',
    default: cascadeDefaults.runs,
    parse: integerFlag('runs', OPTION_RANGES.runs),
  },
  {
    flags: '--seed <n>',
    key: 'seed',
    description: 'seed of the simulation (same seed, same result)',
    default: cascadeDefaults.seed,
    parse: integerFlag('seed', OPTION_RANGES.seed),
  },
  {
    flags: '--threads <n>',
    key: 'threads',
    description: 'worker threads (default: all cores); results do not depend on it',
    parse: integerFlag('threads', OPTION_RANGES.threads),
  },
  {
    flags: '--max-steps <n>',
    key: 'maxSteps',
    description: 'stop each cascade after this many steps',
    parse: integerFlag('max-steps', OPTION_RANGES.maxSteps),
  },
  {
    flags: '--probability <type=q>',
    key: 'probability',
    description: 'chance that one unit of a tie type passes the idea, e.g. advises=0.4 (repeatable)',
    parse: parseTypeProbability,
  },
  {
    flags: '--event-probability <q>',
    key: 'eventProbability',
    description: `chance that one shared event passes the idea (default ${cascadeDefaults.eventProbability})`,
    parse: numberFlag('event-probability', OPTION_RANGES.probability),
  },
  {
    flags: '--default-probability <q>',
    key: 'defaultProbability',
    description: `chance for tie types not in the table (default ${cascadeDefaults.defaultProbability})`,
    parse: numberFlag('default-probability', OPTION_RANGES.probability),
  },
  { flags: '-o, --out <dir>', key: 'out', description: 'output folder', default: DEFAULT_OUT },
  { flags: '--json', key: 'json', description: 'print the result as JSON on stdout' },
  { flags: '-q, --quiet', key: 'quiet', description: 'no progress bar' },
];

/** `--weights access=0.7,diversity=0.3` */
export function parseWeights(value: string): { access: number; diversity: number } {
  const out = { ...DEFAULT_SUGGEST_OPTIONS.weights };
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

const suggestDefaults = DEFAULT_SUGGEST_OPTIONS;

export const SUGGEST_OPTIONS: Flags<SuggestCommandOptions> = [
  { flags: '--event <id>', key: 'event', description: 'the event whose roster to improve (required)' },
  {
    flags: '--candidates <file>',
    key: 'candidates',
    description: 'people file of candidates (default: everyone else on the roster who is not a decision-maker)',
  },
  {
    flags: '--add <n>',
    key: 'add',
    description: 'how many people to suggest inviting',
    default: suggestDefaults.add,
    parse: integerFlag('add', OPTION_RANGES.count),
  },
  {
    flags: '--drop <n>',
    key: 'drop',
    description: 'how many people to suggest dropping',
    default: suggestDefaults.drop,
    parse: integerFlag('drop', OPTION_RANGES.count),
  },
  {
    flags: '--weights <access=x,diversity=y>',
    key: 'weights',
    description: `weights of access and diversity (default ${suggestDefaults.weights.access === suggestDefaults.weights.diversity ? `${suggestDefaults.weights.access} each` : `access=${suggestDefaults.weights.access},diversity=${suggestDefaults.weights.diversity}`})`,
    parse: parseWeights,
  },
  { flags: '--with <ids>', key: 'with', description: 'what-if: add these people (comma-separated)' },
  { flags: '--without <ids>', key: 'without', description: 'what-if: remove these people (comma-separated)' },
  { flags: '--json', key: 'json', description: 'print the result as JSON' },
];

export const COMPARE_OPTIONS: Flags<CompareCommandOptions> = [
  {
    flags: '--at <date>',
    key: 'at',
    description: 'compare the roster as of this date (ISO) with the full roster (or with --until)',
  },
  { flags: '--until <date>', key: 'until', description: 'with --at: the later date (default: the full roster)' },
  {
    flags: '--rounds <a,b>',
    key: 'rounds',
    description: 'compare the roster at the end of round a with the end of round b (or the full roster)',
  },
  {
    flags: '--seed <n>',
    key: 'seed',
    description: 'seed of the community detection',
    default: analyzeDefaults.seed,
    parse: integerFlag('seed', OPTION_RANGES.seed),
  },
  threadsFlag,
  { flags: '-o, --out <dir>', key: 'out', description: 'output folder', default: DEFAULT_OUT },
  { flags: '--json', key: 'json', description: 'print the summary as JSON' },
];
