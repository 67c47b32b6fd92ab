/**
 * `trackmap.config.json` in the browser: the core's parser (`parseRosterConfig`), the same keys
 * and checks as the CLI's config file (files, column mapping, track labels, decision-maker rule).
 */

import { type ParseRosterOptions, parseRosterConfig, rosterConfigOptions } from '@trackmap/core';

/** The `parseRoster` options a config sets (its `files` are read by `classifyFiles`). */
export function parseConfig(name: string, text: string): ParseRosterOptions {
  return rosterConfigOptions(parseRosterConfig(name, text));
}
