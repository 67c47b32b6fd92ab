/**
 * `trackmap reveal <roster> --key-file FILE [PSEUDONYM ...]`: for the key holder only, turns
 * pseudonyms back into what they stand for by recomputing them from the roster and the key.
 * Prints CSV (pseudonym, id, name, kind), for the pseudonyms given or for everything pseudonymised:
 * people (`P-`: id and name), events (`E-`: id and name), initiatives (`I-`), round labels (`R-`)
 * and track labels (`T-`; for these three, id and name are the label as written).
 */

import { createPseudonymizer, pluralNoun, TrackmapError, toCsv } from '@trackmap/core';
import type { CliIo } from '../io.js';
import { createProgress, READ_STEP } from '../progress.js';
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
  const progress = createProgress(io.stderr, true, [READ_STEP]);
  progress.step(READ_STEP);
  let imported: Awaited<ReturnType<typeof readRosterFromFlags>>['imported'];
  try {
    ({ imported } = await readRosterFromFlags('reveal', roster, { ...options, pseudonymize: false }));
  } finally {
    progress.stop();
  }
  const { people, events } = imported.roster;
  const ps = createPseudonymizer(key);
  type Row = { pseudonym: string; id: string; name: string; kind: string };
  const rows: Row[] = [];
  const seen = new Set<string>();
  const add = (pseudonym: string, id: string, name: string, kind: string) => {
    // Labels kept as written (round numbers, canonical tracks) are not pseudonyms.
    if (pseudonym === id || seen.has(pseudonym)) return;
    seen.add(pseudonym);
    rows.push({ pseudonym, id, name, kind });
  };
  for (const p of people) add(ps.person(p.id), p.id, p.name, 'person');
  for (const e of events) add(ps.event(e.id), e.id, e.name, 'event');
  for (const a of imported.roster.attendance) add(ps.event(a.event), a.event, a.event, 'event');
  for (const e of events)
    if (e.initiative !== undefined) add(ps.initiative(e.initiative), e.initiative, e.initiative, 'initiative');
  for (const e of events) if (e.round !== undefined) add(ps.round(e.round), e.round, e.round, 'round');
  for (const p of people) add(ps.track(p.track), p.track, p.track, 'track');
  const wanted = new Set(pseudonyms);
  const shown = wanted.size === 0 ? rows : rows.filter((r) => wanted.has(r.pseudonym));
  const missing = [...wanted].filter((w) => !seen.has(w));
  io.stdout.write(toCsv(shown, ['pseudonym', 'id', 'name', 'kind']));
  if (missing.length > 0) {
    throw new TrackmapError(
      'UNKNOWN_PERSON',
      `nothing in this roster has the ${pluralNoun(missing.length, 'pseudonym')} ${missing.join(', ')} under this key (wrong key or roster?)`,
    );
  }
  return 0;
}
