/**
 * Reading a roster from disk (Node only)
 * ======================================
 *
 * Finds the CSV files of a roster folder (names matched case-insensitively, with aliases,
 * see docs/roster-format.md), reads them as bytes, loads the optional config file, and hands
 * everything to the pure `parseRoster`. Positions in issues use the paths as the user gave
 * them (relative to the working directory when relative).
 */

import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  type CsvSource,
  makeIssue,
  type ParseRosterOptions,
  type ParseRosterResult,
  parseRoster,
  ROSTER_FILE_NAMES,
  type RosterFileKind,
  RosterImportError,
  TrackmapError,
} from '../index.js';

export interface RosterLocation {
  /** A roster folder. */
  dir?: string;
  /** Explicit files; override the folder's. */
  people?: string;
  ties?: string;
  events?: string;
  attendance?: string;
  /** A config file; by default `trackmap.config.json` in the folder, if present. */
  config?: string;
}

/** The config file: column mapping, track labels, decision-maker rule. */
export interface RosterConfig {
  columns?: ParseRosterOptions['columns'];
  tracks?: Record<string, string>;
  decisionMakers?: { column: string; values: string[] };
}

export const CONFIG_FILE_NAME = 'trackmap.config.json';

/** Finds the roster files in a folder. */
export async function findRosterFiles(dir: string): Promise<Partial<Record<RosterFileKind, string>>> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    throw new TrackmapError(
      'CSV_MISSING_FILE',
      `${dir}: cannot read the roster folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      { cause: error },
    );
  }
  const found: Partial<Record<RosterFileKind, string>> = {};
  for (const kind of Object.keys(ROSTER_FILE_NAMES) as RosterFileKind[]) {
    for (const name of ROSTER_FILE_NAMES[kind]) {
      const match = entries.find((e) => e.toLowerCase() === `${name}.csv` || e.toLowerCase() === `${name}.tsv`);
      if (match) {
        found[kind] = join(dir, match);
        break;
      }
    }
  }
  return found;
}

/** Reads and validates a config file. */
export async function loadRosterConfig(path: string): Promise<RosterConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new TrackmapError(
      'INVALID_OPTION',
      `${path}: cannot read the config file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      { cause: error },
    );
  }
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    throw new TrackmapError('INVALID_OPTION', `${path}: not valid JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new TrackmapError(
      'INVALID_OPTION',
      `${path}: expected a JSON object with "columns", "tracks" or "decisionMakers"`,
    );
  }
  const known = new Set(['columns', 'tracks', 'decisionMakers', '$schema', 'description']);
  for (const key of Object.keys(config)) {
    if (!known.has(key))
      throw new TrackmapError(
        'INVALID_OPTION',
        `${path}: unknown key "${key}" (expected columns, tracks, decisionMakers)`,
      );
  }
  return config as RosterConfig;
}

/**
 * Reads a roster folder (or explicit files) and imports it.
 *
 * @throws RosterImportError when the import finds errors (including a missing people file).
 * @throws TrackmapError when a folder or config file cannot be read.
 */
export async function readRoster(
  location: RosterLocation,
  options: ParseRosterOptions = {},
): Promise<ParseRosterResult & { config: RosterConfig | null; paths: Partial<Record<RosterFileKind, string>> }> {
  const paths: Partial<Record<RosterFileKind, string>> = location.dir ? await findRosterFiles(location.dir) : {};
  for (const kind of ['people', 'ties', 'events', 'attendance'] as const) {
    const explicit = location[kind];
    if (explicit !== undefined) paths[kind] = explicit;
  }
  let configPath = location.config;
  if (configPath === undefined && location.dir) {
    const candidate = join(location.dir, CONFIG_FILE_NAME);
    if (await exists(candidate)) configPath = candidate;
  }
  const config = configPath !== undefined ? await loadRosterConfig(configPath) : null;

  if (!paths.people) {
    const where = location.dir ?? '.';
    throw new RosterImportError([
      makeIssue(
        'CSV_MISSING_FILE',
        'error',
        'import-stopped',
        `no people file found in ${where} (expected people.csv, participants.csv or persons.csv)`,
        {
          source: where,
          hint: 'point trackmap at the folder that holds people.csv, or give --people FILE',
        },
      ),
    ]);
  }
  const sources: Partial<Record<RosterFileKind, CsvSource>> = {};
  for (const [kind, path] of Object.entries(paths) as [RosterFileKind, string][]) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (error) {
      throw new RosterImportError([
        makeIssue(
          'CSV_MISSING_FILE',
          'error',
          'import-stopped',
          `cannot read ${kind} file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
          { source: path },
        ),
      ]);
    }
    sources[kind] = { name: path, bytes };
  }
  const merged: ParseRosterOptions = {
    ...options,
    columns: mergeColumns(config?.columns ?? {}, options.columns ?? {}),
    tracks: { ...(config?.tracks ?? {}), ...(options.tracks ?? {}) },
  };
  const decisionMakers = options.decisionMakers ?? config?.decisionMakers;
  if (decisionMakers) merged.decisionMakers = decisionMakers;
  const result = parseRoster(sources as { people: CsvSource }, merged);
  return { ...result, config, paths };
}

/** Per file, the options' mapping of a column wins over the config's; other columns are kept. */
function mergeColumns(
  base: NonNullable<ParseRosterOptions['columns']>,
  over: NonNullable<ParseRosterOptions['columns']>,
): NonNullable<ParseRosterOptions['columns']> {
  const out: NonNullable<ParseRosterOptions['columns']> = {};
  for (const kind of ['people', 'ties', 'events', 'attendance'] as const) {
    if (base[kind] || over[kind]) out[kind] = { ...(base[kind] ?? {}), ...(over[kind] ?? {}) };
  }
  return out;
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** A short name for a roster location, for report titles. */
export function rosterTitle(location: RosterLocation): string {
  return basename(location.dir ?? location.people ?? 'roster');
}
