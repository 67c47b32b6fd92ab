/** Shared by every command that reads a roster: the location and import options from the flags. */

import type { ParseRosterOptions } from '@trackmap/core';
import { type RosterLocation, readRoster } from '@trackmap/core/node';
import { UsageError } from '../report-error.js';

export interface RosterFlags {
  people?: string;
  ties?: string;
  events?: string;
  attendance?: string;
  config?: string;
  column?: Record<string, Record<string, string>>;
  track?: Record<string, string>;
  decisionMakers?: { column: string; values: string[] };
  strict?: boolean;
}

export function rosterLocation(command: string, roster: string | undefined, flags: RosterFlags): RosterLocation {
  if (roster === undefined && flags.people === undefined) {
    throw new UsageError(
      `${command}: give a roster folder, e.g. "trackmap ${command} data-samples/dialogue", or --people FILE`,
    );
  }
  const location: RosterLocation = roster !== undefined ? { dir: roster } : {};
  for (const key of ['people', 'ties', 'events', 'attendance', 'config'] as const) {
    const value = flags[key];
    if (value !== undefined) location[key] = value;
  }
  return location;
}

export function importOptions(flags: RosterFlags): ParseRosterOptions {
  return {
    ...(flags.column ? { columns: flags.column } : {}),
    ...(flags.track ? { tracks: flags.track } : {}),
    ...(flags.decisionMakers ? { decisionMakers: flags.decisionMakers } : {}),
    onInvalidRow: flags.strict ? 'throw' : 'collect',
  };
}

/** Reads and imports the roster named on the command line. */
export function readRosterFromFlags(command: string, roster: string | undefined, flags: RosterFlags) {
  const location = rosterLocation(command, roster, flags);
  return readRoster(location, importOptions(flags)).then((imported) => ({ location, imported }));
}
