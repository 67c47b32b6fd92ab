/**
 * `trackmap suggest <roster> --event ID [--candidates FILE] [--add N] [--drop N]
 *  [--weights access=..,diversity=..] [--with IDS] [--without IDS]`:
 * whom to invite (greedy, explained) or, with --with/--without, the effect of named changes.
 */

import { readFile } from 'node:fs/promises';
import {
  buildPersonGraph,
  parseRoster,
  pseudonymizeRoster,
  suggestInvitations,
  suggestReport,
  TrackmapError,
  whatIf,
} from '@trackmap/core';
import type { CliIo } from '../io.js';
import { UsageError } from '../report-error.js';
import { type RosterFlags, readRosterFromFlags } from './roster-input.js';

export interface SuggestCommandOptions extends RosterFlags {
  event?: string;
  candidates?: string;
  add: number;
  drop: number;
  weights?: { access: number; diversity: number };
  with?: string;
  without?: string;
  json?: boolean;
}

const list = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');

export async function suggestCommand(
  roster: string | undefined,
  options: SuggestCommandOptions,
  io: CliIo,
): Promise<number> {
  if (options.event === undefined) throw new UsageError('suggest: --event ID is required (the roster to improve)');
  const { imported, resolveId, resolveEvent, privacy } = await readRosterFromFlags(
    'suggest',
    roster,
    options,
    io.stderr,
  );
  const { graph, roster: data } = imported;
  // Under --pseudonymize the event is named by its pseudonym in everything written.
  const eventId = resolveEvent(options.event);
  const event = data.events.find((e) => e.id === eventId);
  const members = [...new Set(data.attendance.filter((a) => a.event === eventId).map((a) => a.person))];
  if (!event && members.length === 0)
    throw new TrackmapError('UNKNOWN_EVENT', `no event with id "${options.event}" in the roster`);

  let candidates: string[] | null = null;
  if (options.candidates !== undefined) {
    // A people file: people already in the roster keep their links; new people are added
    // without links (they can add diversity, not access).
    const bytes = await readFile(options.candidates);
    const parsed = parseRoster(
      { people: { name: options.candidates, bytes } },
      options.decisionMakers ? { decisionMakers: options.decisionMakers } : {},
    );
    // Pseudonymised like the roster, so candidates match and carry no names.
    const people = privacy ? pseudonymizeRoster(parsed.roster, { key: privacy.key }).roster : parsed.roster;
    const candidateGraph = buildPersonGraph({ ...people, ties: [], events: [], attendance: [] });
    candidates = [];
    candidateGraph.forEachNode((id, attrs) => {
      if (attrs.isDecisionMaker === true && !graph.hasNode(id)) return; // candidates are invitees, not officials
      if (!graph.hasNode(id)) graph.addNode(id, { ...attrs, events: [] });
      (candidates as string[]).push(id);
    });
  }
  const weights = options.weights ?? { access: 0.5, diversity: 0.5 };
  const whatIfMode = options.with !== undefined || options.without !== undefined;
  const result = whatIfMode
    ? whatIf(graph, {
        members,
        add: list(options.with).map(resolveId),
        remove: list(options.without).map(resolveId),
        weights,
      })
    : suggestInvitations(graph, { members, candidates, add: options.add, drop: options.drop, weights });
  if (options.json) {
    io.stdout.write(
      `${JSON.stringify({ event: eventId, mode: whatIfMode ? 'what-if' : 'suggest', ...result }, null, 2)}\n`,
    );
    return 0;
  }
  io.stdout.write(suggestReport(graph, result, { title: `${event?.name ?? eventId} (${eventId})`, weights }));
  return 0;
}
