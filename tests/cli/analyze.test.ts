/**
 * `trackmap analyze` end to end: the built binary, spawned, on the bundled samples and on
 * hand-made rosters. Checks stdout, stderr, exit codes (0 ok, 1 data error, 2 usage error)
 * and the files written.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repo } from '../helpers/paths.js';

const OUTPUTS = [
  'graph.gexf',
  'graph.graphml',
  'graph.json',
  'homophily.json',
  'import-issues.csv',
  'map.html',
  'paths.csv',
  'paths.json',
  'people-metrics.csv',
  'report.md',
  'rosters.csv',
  'summary.json',
];

const tmp = () => mkdtempSync(join(tmpdir(), 'trackmap-cli-'));

function roster(files: Record<string, string>): string {
  const dir = tmp();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('trackmap analyze on the quick-start sample', () => {
  let out: string;
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    out = join(tmp(), 'reports');
    run = runCli(['analyze', 'data-samples/quickstart', '--out', out]);
  });

  it('exits 0, says where the reports went, and stays quiet on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Reports written to ${out}/`);
    expect(run.stdout).toContain('12 people (3 decision-makers), 38 links');
  });

  it('writes every output', () => {
    expect(readdirSync(out).sort()).toEqual(OUTPUTS);
  });

  it('people-metrics.csv has id, name, track, then the measures under their documented names', () => {
    const rows = parseCsv(readFileSync(join(out, 'people-metrics.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows).toHaveLength(12);
    const header = Object.keys(rows[0]!);
    expect(header.slice(0, 17)).toEqual([
      'id',
      'name',
      'track',
      'degree',
      'strength',
      'betweenness',
      'closeness',
      'harmonic',
      'pagerank',
      'eigenvector',
      'constraint',
      'clustering',
      'community',
      'distance_to_track1',
      'track1_within_1',
      'track1_within_2',
      'nearest_track1',
    ]);
    // decision-makers are at distance 0
    const graph = Graph.from(JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')));
    for (const row of rows) {
      if (graph.getNodeAttribute(row.id, 'isDecisionMaker')) expect(row.distance_to_track1).toBe('0');
      // numbers round-trip exactly between the CSV and graph.json
      expect(Number(row.pagerank)).toBe(graph.getNodeAttribute(row.id, 'pagerank'));
    }
  });

  it('graph.json reloads as a graphology graph with every measure on the nodes', () => {
    const graph = Graph.from(JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')));
    expect(graph.order).toBe(12);
    expect(graph.size).toBe(38);
    const attrs = graph.getNodeAttributes(graph.nodes()[0]!);
    for (const key of ['degree', 'betweenness', 'pagerank', 'community', 'distance_to_track1', 'track1_within_2']) {
      expect(attrs).toHaveProperty(key);
    }
  });

  it('summary.json and report.md agree with stdout', () => {
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.roster.people).toBe(12);
    expect(summary.graph.links).toBe(38);
    const report = readFileSync(join(out, 'report.md'), 'utf8');
    expect(report).toContain('# trackmap report: quickstart');
    expect(report).toContain('not proof that any idea passed');
    expect(report).toContain('## Access to decision-makers');
  });
});

describe('trackmap analyze: options and machine output', () => {
  it('--json prints a parseable summary on stdout', () => {
    const out = join(tmp(), 'o');
    const run = runCli(['analyze', 'data-samples/quickstart', '--out', out, '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.summary.roster.people).toBe(12);
    expect(json.files).toHaveLength(OUTPUTS.length);
  });

  it('resolves relative paths against the working directory', () => {
    const cwd = tmp();
    const run = runCli(['analyze', repo('data-samples/quickstart'), '--out', 'rel-out'], { cwd });
    expect(run.code).toBe(0);
    expect(readdirSync(join(cwd, 'rel-out'))).toContain('report.md');
  });

  it('the same seed gives byte-identical outputs', () => {
    const a = join(tmp(), 'a');
    const b = join(tmp(), 'b');
    runCli(['analyze', 'data-samples/dialogue', '--out', a, '--seed', '7']);
    runCli(['analyze', 'data-samples/dialogue', '--out', b, '--seed', '7']);
    for (const f of OUTPUTS) expect(readFileSync(join(b, f), 'utf8'), f).toBe(readFileSync(join(a, f), 'utf8'));
  });

  it('--decision-makers chooses another rule', () => {
    const out = join(tmp(), 'o');
    const run = runCli([
      'analyze',
      'data-samples/quickstart',
      '--out',
      out,
      '--decision-makers',
      'sector=academia',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.summary.roster.decisionMakerRules).toMatchObject([{ column: 'sector', values: ['academia'] }]);
  });
});

describe('trackmap analyze: errors', () => {
  it('a data error exits 1 with file:line:column and writes nothing', () => {
    const out = join(tmp(), 'never');
    const run = runCli(['analyze', 'data-samples/malformed/duplicate-id', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('error CSV_DUPLICATE_ID data-samples/malformed/duplicate-id/people.csv:7:id:');
    expect(run.stderr).toContain('nothing was written');
    expect(() => readdirSync(out)).toThrow();
  });

  it('a warning skips the row, is listed, and the run succeeds', () => {
    const out = join(tmp(), 'o');
    const run = runCli(['analyze', 'data-samples/malformed/non-numeric-weight', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning CSV_BAD_NUMBER data-samples/malformed/non-numeric-weight/ties.csv:3:weight:');
    const issues = parseCsv(readFileSync(join(out, 'import-issues.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(issues).toEqual([
      expect.objectContaining({ code: 'CSV_BAD_NUMBER', line: '3', column: 'weight', action: 'row-skipped' }),
    ]);
  });

  it('--strict makes a warning fatal (exit 1)', () => {
    const run = runCli(['analyze', 'data-samples/malformed/self-tie', '--strict', '--out', join(tmp(), 'o')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('CSV_SELF_TIE');
  });

  it('usage errors exit 2', () => {
    expect(runCli(['analyze']).code).toBe(2);
    expect(runCli(['analyze', 'data-samples/quickstart', '--seed', 'abc']).code).toBe(2);
    expect(runCli(['analyze', 'data-samples/quickstart', '--no-such-flag']).code).toBe(2);
    expect(runCli(['frobnicate']).code).toBe(2);
  });

  it('a folder without people.csv is a data error naming the folder', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'empty'));
    const run = runCli(['analyze', join(dir, 'empty'), '--out', join(dir, 'o')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('CSV_MISSING_FILE');
  });

  it('--help exits 0 and lists the options', () => {
    const run = runCli(['analyze', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--out <dir>');
    expect(run.stdout).toContain('--decision-makers');
  });
});

describe('hostile input', () => {
  it('CSV cells that a spreadsheet would run are neutralised; numbers stay numbers', () => {
    const dir = roster({
      'people.csv':
        'id,name,track,ideology\n=cmd,"=HYPERLINK(""http://x"",""y"")",1,-0.5\n+p2,@SUM(A1),2,-1\np3,"-2+3",2,0.25\n',
      'ties.csv': 'source,target\n=cmd,+p2\n+p2,p3\n',
    });
    const out = join(dir, 'o');
    expect(runCli(['analyze', dir, '--out', out]).code).toBe(0);
    const text = readFileSync(join(out, 'people-metrics.csv'), 'utf8');
    const rows = parseCsv(text, { columns: true }) as Record<string, string>[];
    for (const row of rows) {
      for (const [column, cell] of Object.entries(row)) {
        if (/^[=+\-@\t\r]/.test(cell)) {
          // only a plain number may start with '-'
          expect(Number.isFinite(Number(cell)), `${column}=${cell}`).toBe(true);
        }
      }
    }
    expect(rows[0]!.id).toBe("'=cmd");
    expect(rows[0]!.ideology).toBe('-0.5');
    expect(rows[1]!.name).toBe("'@SUM(A1)");
  });

  it('names with markup appear escaped in report.md', () => {
    const dir = roster({
      'people.csv': 'id,name,track\na,<img src=x onerror=alert(1)>,1\nb,Bob | **bold**,2\n',
      'ties.csv': 'source,target\na,b\n',
    });
    const out = join(dir, 'o');
    expect(runCli(['analyze', dir, '--out', out]).code).toBe(0);
    const report = readFileSync(join(out, 'report.md'), 'utf8');
    expect(report).not.toContain('<img');
    expect(report).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
  });
});

describe('trackmap analyze: route and transfer options reach the analysis', () => {
  it('--k sets the routes kept per participant; --transfer-runs sets (or skips) the latest-round simulation', () => {
    const out = join(tmp(), 'k1');
    const run = runCli(['analyze', 'data-samples/dialogue', '--out', out, '--k', '1', '--transfer-runs', '0']);
    expect(run.code).toBe(0);
    const paths = parseCsv(readFileSync(join(out, 'paths.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(new Set(paths.map((p) => p.rank))).toEqual(new Set(['1']));
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.transfer).toBeNull();
    expect(summary.settings).toMatchObject({ routesPerPerson: 1, transferRuns: 0 });
    // the section stays, and says why it is empty (issue 12, "Reports that cannot mislead")
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain(
      '## If an idea came out of the latest round\n\nNot simulated: skipped with `--transfer-runs 0`.',
    );

    const out2 = join(tmp(), 'k2');
    expect(runCli(['analyze', 'data-samples/dialogue', '--out', out2, '--transfer-runs', '300']).code).toBe(0);
    const summary2 = JSON.parse(readFileSync(join(out2, 'summary.json'), 'utf8'));
    expect(summary2.transfer.runs).toBe(300);
    const paths2 = parseCsv(readFileSync(join(out2, 'paths.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(new Set(paths2.map((p) => p.rank))).toEqual(new Set(['1', '2', '3']));
  });
});

describe('trackmap analyze --community-runs (issue 12, "Communities one can trust")', () => {
  const fast = ['--transfer-runs', '0', '--permutations', '0', '-q'];
  const summaryOf = (out: string) => JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));

  it('keeps the best of several runs (auto: 100 on a small roster) and reports their stability', () => {
    const out = join(tmp(), 'auto');
    expect(runCli(['analyze', 'data-samples/dialogue', '--out', out, ...fast]).code).toBe(0);
    const summary = summaryOf(out);
    expect(summary.settings.communityRuns).toBe(100);
    expect(summary.graph.communityStability).toBeGreaterThan(0);
    expect(summary.graph.communityStability).toBeLessThanOrEqual(1);
    const report = readFileSync(join(out, 'report.md'), 'utf8');
    expect(report).toContain('| community stability |');
    expect(report).toMatch(/The communities are (stable|fairly stable|unstable) \(stability \d\.\d\d over 100 runs\)/);

    // one run: the modularity cannot be higher, and the stability is not measured
    const one = join(tmp(), 'one');
    expect(runCli(['analyze', 'data-samples/dialogue', '--out', one, '--community-runs', '1', ...fast]).code).toBe(0);
    const single = summaryOf(one);
    expect(single.settings.communityRuns).toBe(1);
    expect(single.graph.communityStability).toBeNull();
    expect(single.graph.modularity).toBeLessThanOrEqual(summary.graph.modularity);
    expect(readFileSync(join(one, 'report.md'), 'utf8')).toContain('Community stability was not measured');

    // same seed, same communities
    const again = join(tmp(), 'again');
    expect(runCli(['analyze', 'data-samples/dialogue', '--out', again, ...fast]).code).toBe(0);
    expect(readFileSync(join(again, 'people-metrics.csv'), 'utf8')).toBe(
      readFileSync(join(out, 'people-metrics.csv'), 'utf8'),
    );
    expect(summaryOf(again).graph).toEqual(summary.graph);
  });

  it('takes a number of runs', () => {
    const out = join(tmp(), 'five');
    expect(runCli(['analyze', 'data-samples/quickstart', '--out', out, '--community-runs', '5', ...fast]).code).toBe(0);
    expect(summaryOf(out).settings.communityRuns).toBe(5);
  });
});
