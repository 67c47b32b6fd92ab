/**
 * Outputs at size (issue 16, item 9), opt-in: `TRACKMAP_OUTPUT_SCALE=1 npx vitest run output-scale`.
 *
 * The roster of the issue, 20 events × 500 attendees (2.5 million pairs, within the import's
 * budget), gives a person graph whose `graph.json` is longer than V8's longest string
 * (2²⁹ − 24 characters): `JSON.stringify` threw `RangeError: Invalid string length`. Here the
 * graph is imported and its three graph files are written by `writeOutputFiles` from the
 * streaming exporters, then read back in pieces: each ends as it should, and graph.json is
 * longer than any string can be. About 4 minutes on 2 shared cores (224 s on 2026-12-03); the
 * analysis is not run (the CI tests check the pieces against the strings on smaller graphs).
 */
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphGexfChunks, graphGraphmlChunks, graphJsonChunks, parseRoster } from '@trackmap/core';
import { writeOutputFiles } from '@trackmap/core/node';
import { afterAll, describe, expect, it } from 'vitest';

const MAX_STRING = 2 ** 29 - 24;

function roster() {
  const people = ['id,name,track,side'];
  const attendance = ['person,event'];
  for (let e = 0; e < 20; e++) {
    for (let i = 0; i < 500; i++) {
      const id = `p${e * 500 + i}`;
      people.push(`${id},Person ${e * 500 + i},${i === 0 ? 1 : 2},${i % 2 ? 'A' : 'B'}`);
      attendance.push(`${id},e${e}`);
    }
  }
  const events = ['id,name', ...Array.from({ length: 20 }, (_, e) => `e${e},Event ${e}`)];
  const file = (name: string, lines: string[]) => ({ name, text: `${lines.join('\n')}\n` });
  return parseRoster(
    {
      people: file('people.csv', people),
      events: file('events.csv', events),
      attendance: file('attendance.csv', attendance),
    },
    { maxEventSize: 500 },
  );
}

/** The first and last `n` characters of a file, read in pieces. */
async function ends(path: string, n = 200): Promise<[string, string]> {
  let head = '';
  let tail = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    if (head.length < n) head += (chunk as string).slice(0, n - head.length);
    tail = (tail + (chunk as string)).slice(-n);
  }
  return [head, tail];
}

describe.runIf(process.env.TRACKMAP_OUTPUT_SCALE === '1')('outputs at size: 20 events × 500 attendees', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trackmap-scale-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes graph.json (longer than a string can be), graph.gexf and graph.graphml', async () => {
    const { graph } = roster();
    expect(graph.size).toBe(20 * ((500 * 499) / 2));
    const paths = await writeOutputFiles(dir, [
      { name: 'graph.json', content: () => graphJsonChunks(graph) },
      { name: 'graph.gexf', content: () => graphGexfChunks(graph) },
      { name: 'graph.graphml', content: () => graphGraphmlChunks(graph) },
    ]);
    const json = await ends(paths[0] as string);
    expect(json[0].startsWith('{\n "options": {')).toBe(true);
    expect(json[1].endsWith('\n ]\n}\n')).toBe(true);
    expect((await ends(paths[1] as string))[1].endsWith('</gexf>')).toBe(true);
    expect((await ends(paths[2] as string))[1].endsWith('</graphml>\n')).toBe(true);
    expect(statSync(paths[0] as string).size).toBeGreaterThan(MAX_STRING);
  }, 900_000);
});
