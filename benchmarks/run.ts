/**
 * `pnpm bench`: times the import and every measure on seeded synthetic rosters at three sizes
 * (S/M/L, see generate-roster.ts) and prints a Markdown table to paste into README.md with the
 * machine. Not part of `pnpm test`; nothing here asserts a time.
 *
 * A plain script rather than `vitest bench`: Vitest 5 replaced the `bench()` API with a
 * fixture-based one that still changes between minor versions, and a wall-clock table per step
 * is what we need to compare. Each step runs `repeats` times; the median is reported.
 *
 * Usage: pnpm bench [-- --sizes S,M] [-- --repeats 3]
 */
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  analyzeRoster,
  betweenness,
  closeness,
  constraint,
  eigenvector,
  harmonic,
  louvain,
  pagerank,
  parseRoster,
  track1Access,
} from '@trackmap/core';
import { generateRoster, SIZES } from './generate-roster.js';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (arg('sizes') ?? 'S,M,L').split(',') as (keyof typeof SIZES)[];
const repeats = Number(arg('repeats') ?? 3);

function time(fn: () => unknown): number {
  const samples: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(`Median of ${repeats} runs, milliseconds.\n`);

const rows: string[][] = [];
for (const size of sizes) {
  const spec = SIZES[size];
  const sources = generateRoster(spec, 1);
  const imported = parseRoster(sources);
  const { graph } = imported;
  process.stderr.write(`${size}: ${graph.order} people, ${graph.size} links ...\n`);
  const row = [
    `${size}`,
    String(graph.order),
    String(graph.size),
    time(() => parseRoster(sources)),
    time(() => betweenness(graph)),
    time(() => closeness(graph)),
    time(() => harmonic(graph)),
    time(() => pagerank(graph)),
    time(() => eigenvector(graph)),
    time(() => constraint(graph)),
    time(() => louvain(graph)),
    time(() => track1Access(graph)),
    time(() => analyzeRoster(imported)),
  ].map((v) => (typeof v === 'number' ? v.toFixed(v < 10 ? 1 : 0) : v));
  rows.push(row);
}
const header = [
  'size',
  'people',
  'links',
  'import',
  'betweenness',
  'closeness',
  'harmonic',
  'pagerank',
  'eigenvector',
  'constraint',
  'louvain',
  'access',
  'analyze (all)',
];
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map(() => '---').join(' | ')} |`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
