/**
 * `transfer.md`: the readable report of a transfer simulation. Names are escaped (data, not
 * markup); charts are Unicode bars, as in the main report.
 */

import type { CascadeResult } from '../transfer/independent-cascade.js';
import type { RosterGraph } from '../types.js';
import {
  barChart,
  DECISION_MAKER_MARK,
  escapeMarkdown,
  formatCount,
  formatFixed,
  formatPercent,
  MISSING,
  nodeName,
  percentValue,
  plural,
} from './format.js';

/** Options of {@link transferReport}: where the idea starts, the seed and the probabilities. */
export interface TransferReportOptions {
  /** What the seeds are, e.g. `the participants of "Round 3" (rsd-03)`; plain text, escaped here. */
  origin: string;
  title?: string;
  seed: number;
  /** Probability settings to list (type → q). */
  probabilities: Record<string, number>;
  top?: number;
}

/** Probabilities and shares with one decimal (`12.5 %`): a cascade's runs resolve finer than whole percent. */
const pct = (x: number) => formatPercent(x, 1);

/** transfer.md: how likely an idea from the seeds reaches each decision-maker, and through whom. */
export function transferReport(graph: RosterGraph, result: CascadeResult, options: TransferReportOptions): string {
  const top = options.top ?? 15;
  const name = (id: string) => nodeName(graph, id);
  const side = (id: string) => escapeMarkdown(graph.getNodeAttribute(id, 'side') ?? MISSING);
  const targets = Object.entries(result.targets).sort(([, a], [, b]) => b.probability - a.probability);
  const reachedAny = targets.filter(([, t]) => t.probability > 0).length;
  const out: string[] = [
    `# Transfer simulation${options.title ? `: ${escapeMarkdown(options.title)}` : ''}`,
    '',
    `An idea starts with ${escapeMarkdown(options.origin)} (${plural(result.seeds.length, 'person', 'people')}). ` +
      `In ${formatCount(result.runs)} simulated cascades (independent cascade model, seed ${options.seed}), ` +
      `it reached on average **${formatFixed(result.expectedReach, 1)}** people, and **${reachedAny}** of ${targets.length} decision-makers at least once.`,
    '',
    '> **Read with care.** Each link passes the idea with a probability set from its ties and shared events ' +
      '(table below). These probabilities are assumptions, not estimates: use the results to compare seed sets and ' +
      'routes, not as predictions. A high probability is an opportunity to transfer, not evidence that it happened.',
    '',
    '## Decision-makers most likely to be reached',
    '',
    barChart(targets.slice(0, top).map(([id, t]) => [graph.getNodeAttribute(id, 'name'), percentValue(t.probability)])),
    '',
    '| decision-maker | side | probability | ± (1 s.e.) | median steps | mean steps |',
    '| --- | --- | --- | --- | --- | --- |',
    ...targets
      .slice(0, top)
      .map(
        ([id, t]) =>
          `| ${name(id)} | ${side(id)} | ${pct(t.probability)} | ${pct(t.standardError)} | ${t.medianSteps ?? MISSING} | ${formatFixed(t.meanSteps)} |`,
      ),
    '',
  ];
  const never = targets.filter(([, t]) => t.probability === 0);
  if (never.length > 0) {
    out.push(`Never reached (${never.length}): ${never.map(([id]) => name(id)).join(', ')}.`, '');
  }
  const routes = result.routes.filter((r) => r.nodes.length > 1).slice(0, top);
  if (routes.length > 0) {
    out.push(
      '## Most likely transfer routes',
      '',
      'How the idea reached decision-makers: each route from a starting participant to a decision-maker, with the share of runs in which that decision-maker was reached along exactly that route.',
      '',
      '| route | decision-maker | share of runs |',
      '| --- | --- | --- |',
      ...routes.map(
        (r) =>
          `| ${r.nodes.map(name).join(' → ')} | ${name(r.nodes[r.nodes.length - 1] as string)} | ${pct(r.share)} |`,
      ),
      '',
    );
  }
  out.push(
    '## Who carries the idea',
    '',
    'People outside the starting group who were on the path of the idea to a decision-maker, by share of runs:',
    '',
    '| person | track | side | share of runs |',
    '| --- | --- | --- | --- |',
    ...result.intermediaries
      .slice(0, top)
      .map(
        (i) =>
          `| ${name(i.id)}${graph.getNodeAttribute(i.id, 'isDecisionMaker') === true ? ` (${DECISION_MAKER_MARK})` : ''} | ${escapeMarkdown(graph.getNodeAttribute(i.id, 'track') || MISSING)} | ${side(i.id)} | ${pct(i.share)} |`,
      ),
    '',
    '## Probabilities used',
    '',
    'Chance that one unit of tie weight (or one shared event) passes the idea on; a link with several ties and events passes it if any of them does.',
    '',
    '| tie type | probability |',
    '| --- | --- |',
    ...Object.entries(options.probabilities).map(([k, q]) => `| ${escapeMarkdown(k)} | ${q} |`),
    '',
    'Method: Kempe, Kleinberg & Tardos (2003), doi:10.1145/956750.956769. Definitions: `docs/measures.md`.',
    '',
  );
  return out.join('\n');
}
