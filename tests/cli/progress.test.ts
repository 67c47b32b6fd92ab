/**
 * Progress on every step that can take longer than a second (issue 16, item 14): each command,
 * run on a terminal, names each of its steps on stderr as it starts it — reading the roster,
 * every step of an analysis, the simulation, the routes, the designer, writing the outputs —
 * and erases the line at the end. On a pipe (every other test, and `outputs.test.ts`) it writes
 * nothing. Runs `main` in this process with a stderr that says it is a terminal.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { ANALYSIS_STEPS } from '@trackmap/core';
import { describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/cli.js';
import { repo } from '../helpers/paths.js';

class Capture extends Writable {
  text = '';
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function run(args: string[], tty = true): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture(false);
  const stderr = new Capture(tty);
  const code = await main(args, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** The step titles the progress line showed, in order, each once. */
function steps(stderr: string): string[] {
  const shown = stderr
    .split('\r\x1b[2K')
    .map((s) => s.replace(/^ \d+\/\d+ /, '').replace(/ \([\d,]+\/[\d,]+ [a-z ]+\)$/, ''))
    .filter((s) => s !== '');
  return shown.filter((s, i) => s !== shown[i - 1]);
}

const dialogue = repo('data-samples/dialogue');
const out = () => mkdtempSync(join(tmpdir(), 'trackmap-progress-'));

describe('progress on a terminal', () => {
  it('analyze: reading the roster, every analysis step, writing the outputs', async () => {
    const r = await run(['analyze', dialogue, '--out', out(), '--permutations', '10', '--transfer-runs', '50']);
    expect(r.code).toBe(0);
    expect(steps(r.stderr)).toEqual([
      'reading the roster',
      ...ANALYSIS_STEPS.map((s) => s.title),
      'writing the outputs',
    ]);
    expect(r.stderr.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('transfer: reading, simulating (with runs done), writing', async () => {
    const r = await run(['transfer', dialogue, '--from-event', 'rsd-08', '--runs', '2000', '--out', out()]);
    expect(r.code).toBe(0);
    expect(steps(r.stderr)).toEqual(['reading the roster', 'simulating the cascades', 'writing the outputs']);
    expect(r.stderr).toContain('/2,000 runs)');
  });

  it('paths: reading the roster, finding the routes', async () => {
    const r = await run(['paths', dialogue, '--person', 'ves-031']);
    expect(r.code).toBe(0);
    expect(steps(r.stderr)).toEqual(['reading the roster', 'finding the routes']);
  });

  it('suggest: reading the roster, scoring it', async () => {
    const r = await run(['suggest', dialogue, '--event', 'rsd-08']);
    expect(r.code).toBe(0);
    expect(steps(r.stderr)).toEqual(['reading the roster', 'scoring the roster']);
  });

  it('compare: reading, each snapshot analysed, comparing, writing', async () => {
    const r = await run(['compare', dialogue, '--rounds', '4,8', '--out', out()]);
    expect(r.code).toBe(0);
    expect(steps(r.stderr)).toEqual([
      'reading the roster',
      'analysing the earlier snapshot',
      'analysing the later snapshot',
      'comparing',
      'writing the outputs',
    ]);
  });

  it('nothing on a pipe, or with --quiet or --json', async () => {
    expect((await run(['paths', dialogue, '--person', 'ves-031'], false)).stderr).toBe('');
    expect((await run(['paths', dialogue, '--person', 'ves-031', '--json'])).stderr).toBe('');
    const r = await run(['transfer', dialogue, '--from-event', 'rsd-08', '--runs', '100', '--out', out(), '-q']);
    expect(r.stderr).toBe('');
  });
});
