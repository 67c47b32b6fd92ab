/**
 * `trackmap reveal <roster> --key-file FILE [PSEUDONYM ...]`: for the key holder only, turns
 * pseudonyms back into ids and names by recomputing them from the roster and the key.
 * Prints CSV (pseudonym, id, name), for the pseudonyms given or for everyone.
 */

import { pseudonym, TrackmapError, toCsv } from '@trackmap/core';
import type { CliIo } from '../io.js';
import { UsageError } from '../report-error.js';
import { loadKey, type RosterFlags, readRosterFromFlags } from './roster-input.js';

export async function revealCommand(
  roster: string | undefined,
  pseudonyms: string[],
  options: RosterFlags,
  io: CliIo,
): Promise<number> {
  if (options.keyFile === undefined)
    throw new UsageError('reveal: --key-file FILE is required (the key the pseudonyms were made with)');
  const { key } = await loadKey(options.keyFile, io.stderr);
  const { imported } = await readRosterFromFlags('reveal', roster, { ...options, pseudonymize: false });
  const rows = imported.roster.people.map((p) => ({ pseudonym: pseudonym(key, p.id), id: p.id, name: p.name }));
  const wanted = new Set(pseudonyms);
  const shown = wanted.size === 0 ? rows : rows.filter((r) => wanted.has(r.pseudonym));
  const missing = [...wanted].filter((w) => !rows.some((r) => r.pseudonym === w));
  io.stdout.write(toCsv(shown, ['pseudonym', 'id', 'name']));
  if (missing.length > 0) {
    throw new TrackmapError(
      'UNKNOWN_PERSON',
      `no one in this roster has the pseudonym${missing.length === 1 ? '' : 's'} ${missing.join(', ')} under this key (wrong key or roster?)`,
    );
  }
  return 0;
}
