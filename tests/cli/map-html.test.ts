/**
 * `analyze` writes map.html: the single-file viewer (apps/viewer/dist/trackmap-viewer.html, built
 * by `pnpm build`) with the analysis's graph.json in its data element. Checks that the page around
 * the data is the viewer's, byte for byte; that the data is graph.json; that roster text cannot end
 * the element; and that above 50,000 links no map is written, with one line saying why.
 * (Opening map.html in Chromium from file://: tests/e2e/single-file.spec.ts.)
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repo } from '../helpers/paths.js';

const DATA_ELEMENT = '<script type="application/json" id="trackmap-analysis"></script>';
const DATA_OPEN = '<script type="application/json" id="trackmap-analysis">';

/** The page around the data element, and the data element's text. */
function split(html: string): { before: string; data: string; after: string } {
  const start = html.indexOf(DATA_OPEN);
  const end = html.indexOf('</script>', start);
  return {
    before: html.slice(0, start),
    data: html.slice(start + DATA_OPEN.length, end),
    after: html.slice(end + '</script>'.length),
  };
}

describe('map.html', () => {
  const work = mkdtempSync(join(tmpdir(), 'trackmap-map-'));
  const viewer = readFileSync(repo('apps/viewer/dist/trackmap-viewer.html'), 'utf8');

  it('is the single-file viewer with graph.json inside, listed on stdout and in the report', () => {
    const out = join(work, 'quickstart');
    const run = runCli(['analyze', repo('data-samples/quickstart'), '--out', out, '-q']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(join(out, 'map.html'));
    expect(run.stderr).not.toContain('map.html');
    const html = readFileSync(join(out, 'map.html'), 'utf8');
    const { before, data, after } = split(html);
    const [viewerBefore, viewerAfter] = viewer.split(DATA_ELEMENT);
    expect(viewer.split(DATA_ELEMENT)).toHaveLength(2);
    expect(before).toBe(viewerBefore);
    expect(after).toBe(viewerAfter);
    expect(data).not.toMatch(/[<>&]/);
    expect(JSON.parse(data)).toEqual(JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')));
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/^- `map\.html`$/m);
  });

  it('holds markup from the roster as JSON text only: no element of the roster can end the data', () => {
    const dir = join(work, 'hostile');
    const out = join(dir, 'out');
    const names = ['</script><script>window.__pwned=1</script>', '<!--', '</SCRIPT >', 'a & b'];
    writeRoster(dir, names);
    const run = runCli(['analyze', dir, '--out', out, '-q']);
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(join(out, 'map.html'), 'utf8');
    expect(html.split('<script').length).toBe(viewer.split('<script').length);
    expect(html.toLowerCase().split('</script').length).toBe(viewer.toLowerCase().split('</script').length);
    const graph = JSON.parse(split(html).data) as { nodes: { attributes: { name: string } }[] };
    expect(graph.nodes.map((n) => n.attributes.name).sort()).toEqual([...names].sort());
  });

  it('is not written above 50,000 links: one line on stderr, and the report says why', () => {
    // One event of 320 people: 320 · 319 / 2 = 51,040 co-attendance links.
    const dir = join(work, 'big');
    const out = join(dir, 'out');
    const n = 320;
    writeRoster(
      dir,
      Array.from({ length: n }, (_, i) => `Person ${i}`),
      `person,event\n${Array.from({ length: n }, (_, i) => `p${i},e1\n`).join('')}`,
    );
    const run = runCli(['analyze', dir, '--out', out, '-q', '--transfer-runs', '10', '--permutations', '10']);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(out)).not.toContain('map.html');
    const lines = run.stderr.split('\n').filter((l) => l.includes('map.html'));
    expect(lines).toEqual([
      "map.html not written: 51,040 links, above the map's limit of 50,000; open graph.json in the viewer (trackmap view) instead.",
    ]);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain(
      "- `map.html`: not written: 51,040 links, above the map's limit of 50,000",
    );
  }, 120_000);
});

/** A roster folder: people named as given (ids p0, p1, ...), one event, and its attendance. */
function writeRoster(dir: string, names: string[], attendance?: string): void {
  mkdirSync(dir, { recursive: true });
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  writeFileSync(join(dir, 'people.csv'), `id,name,track\n${names.map((n, i) => `p${i},${quote(n)},2\n`).join('')}`);
  writeFileSync(join(dir, 'events.csv'), 'id,name\ne1,Meeting\n');
  writeFileSync(
    join(dir, 'attendance.csv'),
    attendance ?? `person,event\n${names.map((_, i) => `p${i},e1\n`).join('')}`,
  );
}
