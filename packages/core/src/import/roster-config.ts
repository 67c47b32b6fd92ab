/**
 * The roster config file, `trackmap.config.json`
 * ==============================================
 *
 * One parser for the CLI (node/read-roster.ts) and the viewer: which file is which (`files`),
 * the column mapping (`columns`), track labels (`tracks`) and the decision-maker rule
 * (`decisionMakers`) and the recoding and missing-value codes of people columns (`attributes`). Pure: the caller reads the text and resolves the file names (relative to
 * the roster folder). See docs/roster-format.md#the-config-file.
 */

import { TrackmapError } from '../errors.js';
import type { RosterFileKind } from '../types.js';
import { checkDecisionMakerRules } from './decision-makers.js';
import type { ParseRosterOptions } from './roster-csv.js';

/** The name of a roster folder's config file, read by every command unless `--no-config`. */
export const CONFIG_FILE_NAME = 'trackmap.config.json';

/** What a config file may hold. */
export interface RosterConfig {
  /** Which file of the folder is which roster file, relative to the roster folder. */
  files?: Partial<Record<RosterFileKind, string>>;
  columns?: ParseRosterOptions['columns'];
  tracks?: Record<string, string>;
  /** One rule, a rule as text (`"attendance.role~minister"`), or a list of them (combined with OR). */
  decisionMakers?: ParseRosterOptions['decisionMakers'];
  /** Recoding and missing-value codes per people column: `{ "gender": { "recode": { "1": "male" }, "missing": ["9999998"] } }`. */
  attributes?: ParseRosterOptions['attributes'];
}

const KINDS: readonly RosterFileKind[] = ['people', 'ties', 'events', 'attendance'];
const KEYS = ['files', 'columns', 'tracks', 'decisionMakers', 'attributes'];
const KNOWN = new Set([...KEYS, '$schema', 'description']);

/**
 * Parses and checks a config file's text.
 *
 * @param name - the file's name, for messages.
 * @throws TrackmapError `INVALID_OPTION` when the text is not a JSON object of the known keys,
 *   or `files` is not an object of file names for people, ties, events and attendance.
 */
export function parseRosterConfig(name: string, text: string): RosterConfig {
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    throw new TrackmapError('INVALID_OPTION', `${name}: not valid JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new TrackmapError(
      'INVALID_OPTION',
      `${name}: expected a JSON object with ${KEYS.map((k) => `"${k}"`).join(', ')}`,
    );
  }
  for (const key of Object.keys(config)) {
    // Keys that start with "//" are comments (JSON has none): `trackmap init` writes them.
    if (!KNOWN.has(key) && !key.startsWith('//'))
      throw new TrackmapError('INVALID_OPTION', `${name}: unknown key "${key}" (expected ${KEYS.join(', ')})`);
  }
  const files = (config as { files?: unknown }).files;
  if (files !== undefined) {
    if (typeof files !== 'object' || files === null || Array.isArray(files))
      throw new TrackmapError(
        'INVALID_OPTION',
        `${name}: "files" must be an object such as { "events": "bodies.csv", "attendance": "memberships.csv" }`,
      );
    for (const [kind, file] of Object.entries(files)) {
      if (!(KINDS as readonly string[]).includes(kind))
        throw new TrackmapError(
          'INVALID_OPTION',
          `${name}: unknown file "${kind}" in "files" (expected ${KINDS.join(', ')})`,
        );
      if (typeof file !== 'string' || file.trim() === '')
        throw new TrackmapError('INVALID_OPTION', `${name}: "files"."${kind}" must be a file name`);
    }
  }
  const decisionMakers = (config as { decisionMakers?: unknown }).decisionMakers;
  if (decisionMakers !== undefined) {
    try {
      checkDecisionMakerRules(decisionMakers);
    } catch (error) {
      throw new TrackmapError('INVALID_OPTION', `${name}: "decisionMakers": ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  return config as RosterConfig;
}

/** The import options a config sets (everything but `files`). */
export function rosterConfigOptions(config: RosterConfig): ParseRosterOptions {
  const options: ParseRosterOptions = {};
  if (config.columns !== undefined) options.columns = config.columns;
  if (config.tracks !== undefined) options.tracks = config.tracks;
  if (config.decisionMakers !== undefined) options.decisionMakers = config.decisionMakers;
  if (config.attributes !== undefined) options.attributes = config.attributes;
  return options;
}

/**
 * `options` over a config: per file, an option's column mapping wins over the config's (other
 * columns are kept), its track labels over the config's, and its decision-maker rule replaces
 * the config's.
 */
export function withRosterConfig(options: ParseRosterOptions, config: RosterConfig | null): ParseRosterOptions {
  const base = config ?? {};
  const columns: NonNullable<ParseRosterOptions['columns']> = {};
  for (const kind of KINDS) {
    const a = base.columns?.[kind];
    const b = options.columns?.[kind];
    if (a || b) columns[kind] = { ...(a ?? {}), ...(b ?? {}) };
  }
  const merged: ParseRosterOptions = {
    ...options,
    columns,
    tracks: { ...(base.tracks ?? {}), ...(options.tracks ?? {}) },
  };
  const decisionMakers = options.decisionMakers ?? base.decisionMakers;
  if (decisionMakers) merged.decisionMakers = decisionMakers;
  if (base.attributes || options.attributes)
    merged.attributes = { ...(base.attributes ?? {}), ...(options.attributes ?? {}) };
  return merged;
}
