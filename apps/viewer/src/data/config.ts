/**
 * `trackmap.config.json` in the browser: the same keys and checks as the CLI's config file
 * (column mapping, track labels, decision-maker rule), turned into `parseRoster` options.
 */

import { type ParseRosterOptions, TrackmapError } from '@trackmap/core';

const KNOWN = new Set(['columns', 'tracks', 'decisionMakers', '$schema', 'description']);

export function parseConfig(name: string, text: string): ParseRosterOptions {
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    throw new TrackmapError('INVALID_OPTION', `${name}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new TrackmapError(
      'INVALID_OPTION',
      `${name}: expected a JSON object with "columns", "tracks" or "decisionMakers"`,
    );
  }
  for (const key of Object.keys(config)) {
    if (!KNOWN.has(key))
      throw new TrackmapError(
        'INVALID_OPTION',
        `${name}: unknown key "${key}" (expected columns, tracks, decisionMakers)`,
      );
  }
  const c = config as Record<string, unknown>;
  const options: ParseRosterOptions = {};
  if (c.columns !== undefined) options.columns = c.columns as ParseRosterOptions['columns'];
  if (c.tracks !== undefined) options.tracks = c.tracks as Record<string, string>;
  if (c.decisionMakers !== undefined) options.decisionMakers = c.decisionMakers as ParseRosterOptions['decisionMakers'];
  return options;
}
