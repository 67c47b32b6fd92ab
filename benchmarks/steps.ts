/**
 * Time per step of analyzeRoster on one synthetic size: `pnpm tsx benchmarks/steps.ts M`.
 * (The progress callback marks the start of each step; reports within a step are skipped.)
 */
import { performance } from 'node:perf_hooks';
import { analyzeRoster, parseRoster } from '@trackmap/core';
import { generateRoster, SIZES } from './generate-roster.js';

const size = (process.argv[2] ?? 'M') as keyof typeof SIZES;
const imported = parseRoster(generateRoster(SIZES[size], 1));
let last = performance.now();
let current = 'start';
const rows: [string, number][] = [];
analyzeRoster(imported, {
  onProgress: ({ step, tasks }) => {
    if (tasks) return; // progress within a step
    const now = performance.now();
    rows.push([current, now - last]);
    last = now;
    current = step;
  },
});
console.log(`${size}: ${imported.graph.order} people, ${imported.graph.size} links`);
for (const [step, ms] of rows.slice(1)) console.log(`${step.padEnd(48)} ${ms.toFixed(0).padStart(7)} ms`);
