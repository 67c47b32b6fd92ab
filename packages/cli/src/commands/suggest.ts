/**
 * `trackmap suggest <roster> --event ID [--candidates FILE] [--add N] [--drop N]
 *  [--weights access=..,diversity=..] [--with IDS] [--without IDS]`:
 * whom to invite (greedy, explained) or, with --with/--without, the effect of named changes.
 */

import { readFile } from 'node:fs/promises';
import { parseRoster, suggestInvitations, suggestReport, TrackmapError, whatIf } from '@trackmap/core';
import type { CliIo } from '../cli.js';
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
  const { imported } = await readRosterFromFlags('suggest', roster, options);
  const { graph, roster: data } = imported;
  const event = data.events.find((e) => e.id === options.event);
  const members = [...new Set(data.attendance.filter((a) => a.event === options.event).map((a) => a.person))];
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
    candidates = [];
    parsed.graph.forEachNode((id, attrs) => {
      if (!graph.hasNode(id)) graph.addNode(id, { ...attrs, events: [] });
      (candidates as string[]).push(id);
    });
  }
  const weights = options.weights ?? { access: 0.5, diversity: 0.5 };
  const whatIfMode = options.with !== undefined || options.without !== undefined;
  const result = whatIfMode
    ? whatIf(graph, { members, add: list(options.with), remove: list(options.without), weights })
    : suggestInvitations(graph, { members, candidates, add: options.add, drop: options.drop, weights });
  if (options.json) {
    io.stdout.write(
      `${JSON.stringify({ event: options.event, mode: whatIfMode ? 'what-if' : 'suggest', ...result }, null, 2)}\n`,
    );
    return 0;
  }
  io.stdout.write(
    suggestReport(graph, result, { title: `${event?.name ?? options.event} (${options.event})`, weights }),
  );
  return 0;
}
