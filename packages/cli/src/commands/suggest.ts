/**
 * `trackmap suggest <roster> --event ID [--candidates FILE] [--add N] [--drop N]
 *  [--weights access=..,diversity=..] [--with IDS] [--without IDS]`:
 * whom to invite (greedy, explained) or, with --with/--without, the effect of named changes.
 */

import { readFile } from 'node:fs/promises';
import {
  buildPersonGraph,
  DEFAULT_SUGGEST_OPTIONS,
  parseRoster,
  pseudonymizeRoster,
  type SuggestOptions,
  suggestInvitations,
  suggestReport,
  TrackmapError,
  whatIf,
} from '@trackmap/core';
import type { CliIo } from '../io.js';
import { createProgress, READ_STEP } from '../progress.js';
import { UsageError } from '../report-error.js';
import { type RosterFlags, readRosterFromFlags } from './roster-input.js';

/** The flags of `suggest` (options.ts `SUGGEST_OPTIONS`), typed as the designer's options they set. */
export interface SuggestCommandOptions extends RosterFlags {
  event?: string;
  candidates?: string;
  add: Required<SuggestOptions>['add'];
  drop: Required<SuggestOptions>['drop'];
  weights?: SuggestOptions['weights'];
  with?: string;
  without?: string;
  json?: boolean;
}

const list = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');

const CANDIDATES_STEP = 'reading the candidates';
const DESIGN_STEP = 'scoring the roster';

export async function suggestCommand(
  roster: string | undefined,
  options: SuggestCommandOptions,
  io: CliIo,
): Promise<number> {
  if (options.event === undefined) throw new UsageError('suggest: --event ID is required (the roster to improve)');
  const steps = [READ_STEP, ...(options.candidates !== undefined ? [CANDIDATES_STEP] : []), DESIGN_STEP];
  const progress = createProgress(io.stderr, !options.json, steps);
  progress.step(READ_STEP);
  try {
    const { imported, resolveId, resolveEvent, privacy } = await readRosterFromFlags('suggest', roster, options, {
      write: progress.message,
    });
    const { graph, roster: data } = imported;
    // Under --pseudonymize the event is named by its pseudonym in everything written.
    const eventId = resolveEvent(options.event);
    const event = data.events.find((e) => e.id === eventId);
    const members = [...new Set(data.attendance.filter((a) => a.event === eventId).map((a) => a.person))];
    if (!event && members.length === 0)
      throw new TrackmapError('UNKNOWN_EVENT', `no event with id "${options.event}" in the roster`);

    let candidates: string[] | null = null;
    if (options.candidates !== undefined) {
      progress.step(CANDIDATES_STEP);
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
    const weights = options.weights ?? DEFAULT_SUGGEST_OPTIONS.weights;
    const whatIfMode = options.with !== undefined || options.without !== undefined;
    progress.step(DESIGN_STEP);
    const result = whatIfMode
      ? whatIf(graph, {
          members,
          add: list(options.with).map(resolveId),
          remove: list(options.without).map(resolveId),
          weights,
        })
      : suggestInvitations(graph, { members, candidates, add: options.add, drop: options.drop, weights });
    progress.stop();
    if (options.json) {
      io.stdout.write(
        `${JSON.stringify({ event: eventId, mode: whatIfMode ? 'what-if' : 'suggest', ...result }, null, 2)}\n`,
      );
      return 0;
    }
    io.stdout.write(suggestReport(graph, result, { title: `${event?.name ?? eventId} (${eventId})`, weights }));
    return 0;
  } finally {
    progress.stop();
  }
}
