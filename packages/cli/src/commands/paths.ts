/**
 * `trackmap paths <roster> --person ID|NAME [--to ID|NAME | --to-track1 | --nearest] [--k N]`:
 * the k shortest routes from a person to decision-makers, each step with its ties and events (by
 * name). The text lists the routes in the order of `--json`, shortest first, and marks a route
 * longer than the person's distance as a longer alternative.
 */

import { describeStep, plural, type Route, type RoutesOptions, routesFrom, TrackmapError } from '@trackmap/core';
import type { CliIo } from '../io.js';
import { createProgress, READ_STEP } from '../progress.js';
import { UsageError } from '../report-error.js';
import { type RosterFlags, readRosterFromFlags } from './roster-input.js';

/** The flags of `paths` (options.ts `PATHS_OPTIONS`). */
export interface PathsCommandOptions extends RosterFlags {
  person?: string;
  to?: string;
  toTrack1?: boolean;
  nearest?: boolean;
  k: Required<RoutesOptions>['k'];
  json?: boolean;
}

const ROUTES_STEP = 'finding the routes';

export async function pathsCommand(
  roster: string | undefined,
  options: PathsCommandOptions,
  io: CliIo,
): Promise<number> {
  if (options.person === undefined) throw new UsageError('paths: --person ID is required');
  const modes = [options.to !== undefined, options.toTrack1 === true, options.nearest === true].filter(Boolean).length;
  if (modes > 1) throw new UsageError('paths: use one of --to ID, --to-track1 and --nearest');
  const progress = createProgress(io.stderr, !options.json, [READ_STEP, ROUTES_STEP]);
  progress.step(READ_STEP);
  try {
    const { imported, resolvePerson } = await readRosterFromFlags('paths', roster, options, {
      write: progress.message,
    });
    const { graph } = imported;
    const person = resolvePerson(options.person, '--person');
    const to = options.to !== undefined ? resolvePerson(options.to, '--to') : options.nearest ? 'nearest' : 'each';
    const eventNames = new Map(imported.roster.events.map((e) => [e.id, e.name]));
    progress.step(ROUTES_STEP);
    const routes = routesFrom(graph, person, { to, k: options.k });
    progress.stop();
    if (routes.length === 0) {
      const where = to === 'each' || to === 'nearest' ? 'any decision-maker' : `"${to}"`;
      throw new TrackmapError(
        'NO_ROUTE',
        `no route from "${person}" to ${where}: they are in a part of the network with no link to it`,
      );
    }
    if (options.json) {
      io.stdout.write(`${JSON.stringify({ person: person, k: options.k, routes }, null, 2)}\n`);
      return 0;
    }
    const name = (id: string) => `${graph.getNodeAttribute(id, 'name')} (${id})`;
    const kind = (r: Route) => (r.kind === 'alternative' ? ', a longer alternative' : '');
    const lines = [
      `Routes from ${name(person)} ${to === 'each' ? 'to each decision-maker' : to === 'nearest' ? 'to the nearest decision-makers' : `to ${name(to)}`} (k = ${options.k}), shortest first:`,
      '',
    ];
    // The routes in the order routesFrom gives them, which is also the order of --json.
    const routeLines = (r: Route, prefix: string) => {
      lines.push(
        `  ${r.rank}. ${plural(r.hops, 'step')}${kind(r)}${prefix}: ${r.nodes.map((n) => graph.getNodeAttribute(n, 'name')).join(' → ')}`,
      );
      for (const s of r.steps) {
        lines.push(
          `       ${graph.getNodeAttribute(s.from, 'name')} → ${graph.getNodeAttribute(s.to, 'name')}: ${describeStep(s, eventNames)}`,
        );
      }
    };
    const reached = new Set(routes.map((r) => r.target));
    if (to === 'each') {
      let current: string | undefined;
      for (const r of routes) {
        if (r.target !== current) lines.push(`to ${name(r.target)}:`);
        current = r.target;
        routeLines(r, '');
      }
    } else {
      for (const r of routes) routeLines(r, to === 'nearest' ? `, to ${name(r.target)}` : '');
    }
    const unreachable =
      to === 'each' ? graph.filterNodes((n, a) => a.isDecisionMaker === true && n !== person && !reached.has(n)) : [];
    if (unreachable.length > 0) {
      lines.push(
        '',
        `No route to ${plural(unreachable.length, 'decision-maker')}: ${unreachable.map(name).join(', ')}`,
      );
    }
    lines.push(
      '',
      'A route is an opportunity for an idea to travel, with the evidence for each link; not a record that it did.',
      '',
    );
    io.stdout.write(lines.join('\n'));
    return 0;
  } finally {
    progress.stop();
  }
}
