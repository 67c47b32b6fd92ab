/**
 * `trackmap analyze --threads / --approximate / --exact / --epsilon / --delta`.
 * - the outputs do not depend on the number of worker threads (a generated roster of 1,200
 *   people, above the 1,000-person threshold, so workers really run);
 * - `--approximate` is reported as such, with its bounds, in summary.json and report.md;
 * - bad values are usage errors (exit 2) that name the option.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../packages/core/src/utils/rng.js';
import { runCli } from '../helpers/cli.js';
import { repo } from '../helpers/paths.js';

function generatedRoster(people: number, events = 0): string {
  const rng = createRng(3);
  const dir = mkdtempSync(join(tmpdir(), 'trackmap-threads-'));
  const rows = ['id,name,track'];
  for (let i = 0; i < people; i++) rows.push(`p${i},Person ${i},${i % 25 === 0 ? 1 : 2}`);
  const ties = ['source,target,type'];
  const seen = new Set<string>();
  for (let k = 0; k < people * 3; k++) {
    const a = Math.floor(rng() * people);
    // mostly local ties (a ring of small worlds), some long ones
    const b = rng() < 0.9 ? (a + 1 + Math.floor(rng() * 20)) % people : Math.floor(rng() * people);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    ties.push(`p${a},p${b},knows`);
  }
  if (events > 0) {
    // dated events in rounds of three, a dozen people each: the latest round seeds the transfer simulation
    const ev = ['id,name,date,round'];
    const att = ['person,event'];
    for (let e = 0; e < events; e++) {
      const round = Math.floor(e / 3) + 1;
      ev.push(`e${e},Event ${e},${2000 + round}-0${(e % 3) + 1}-15,${round}`);
      const start = Math.floor(rng() * people);
      for (let j = 0; j < 12; j++) att.push(`p${(start + j * 7) % people},e${e}`);
    }
    writeFileSync(join(dir, 'events.csv'), `${ev.join('\n')}\n`);
    writeFileSync(join(dir, 'attendance.csv'), `${att.join('\n')}\n`);
  }
  writeFileSync(join(dir, 'people.csv'), `${rows.join('\n')}\n`);
  writeFileSync(join(dir, 'ties.csv'), `${ties.join('\n')}\n`);
  return dir;
}

const fast = ['--transfer-runs', '0', '--permutations', '0', '--quiet'];

describe('trackmap analyze --threads', () => {
  it('gives byte-identical outputs on 1 and 2 threads', () => {
    const dir = generatedRoster(1200);
    const outputs = [1, 2].map((threads) => {
      const out = join(dir, `out-${threads}`);
      const run = runCli(['analyze', dir, '--out', out, '--threads', String(threads), ...fast]);
      expect(run.code).toBe(0);
      return ['people-metrics.csv', 'summary.json', 'report.md'].map((f) => readFileSync(join(out, f), 'utf8'));
    });
    expect(outputs[1]).toEqual(outputs[0]);
    const summary = JSON.parse(outputs[0]?.[1] as string);
    expect(summary.allPairs).toEqual({ mode: 'exact', approximation: null });
  });

  it('gives byte-identical outputs, transfer simulation included, on 1 and 2 threads', () => {
    const dir = generatedRoster(1200, 30);
    const outputs = [1, 2].map((threads) => {
      const out = join(dir, `out-${threads}`);
      const args = ['--transfer-runs', '2000', '--permutations', '0', '--quiet', '--threads', String(threads)];
      const run = runCli(['analyze', dir, '--out', out, ...args]);
      expect(run.code).toBe(0);
      return ['people-metrics.csv', 'summary.json', 'report.md'].map((f) => readFileSync(join(out, f), 'utf8'));
    });
    expect(outputs[1]).toEqual(outputs[0]);
    const summary = JSON.parse(outputs[0]?.[1] as string);
    expect(summary.transfer.runs).toBe(2000);
    expect(summary.transfer.targets.length).toBeGreaterThan(0);
  });

  it('--approximate reports the sampling and its bounds', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'trackmap-approx-')), 'out');
    const run = runCli([
      'analyze',
      repo('data-samples/dialogue'),
      '--out',
      out,
      '--approximate',
      '--epsilon',
      '0.1',
      ...fast,
    ]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.allPairs.mode).toBe('approximate');
    expect(summary.allPairs.approximation.epsilon).toBe(0.1);
    expect(summary.allPairs.approximation.betweenness.method).toBe('riondato-kornaropoulos-2016');
    expect(summary.allPairs.approximation.closeness.method).toBe('eppstein-wang-2004');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('**Approximate values.**');
  });

  it.each([
    [['--threads', '0'], '--threads'],
    [['--threads', '1.5'], '--threads'],
    [['--epsilon', '1.5'], '--epsilon'],
    [['--delta', '0'], '--delta'],
    [['--approximate', '--exact'], '--approximate'],
  ])('%j is a usage error naming the option', (args, name) => {
    const out = join(mkdtempSync(join(tmpdir(), 'trackmap-bad-')), 'out');
    const run = runCli(['analyze', repo('data-samples/dialogue'), '--out', out, ...args, ...fast]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(name);
  });
});
