/**
 * `pnpm bench`: the benchmark of issue #6
 * =======================================
 *
 * For each size (S 500, M 5,000, L 50,000 people; generate-roster.ts), writes a seeded synthetic
 * roster as CSV files to a temporary folder, then times each phase in its own process
 * (phase.ts), so that each phase's peak memory (RSS high-water mark) is its own:
 *
 *   import      readRoster on the folder (read, decode, parse, project: what the CLI does)
 *               then the projection alone (buildPersonGraph), and graphology built from an edge list
 *   measures    each measure, next to the graphology-metrics function on the same graph;
 *               the kernels' fused all-pairs pass when they are in the checkout
 *   louvain     trackmap's Louvain and graphology-communities-louvain
 *   analyze     analyzeRoster (with its steps) and writeAnalysis (the reports)
 *   cli         the whole `trackmap analyze <dir> --out <tmp>`, spawned, per --threads value
 *   igraph      python-igraph on the same edge list (igraph_bench.py), when installed
 *
 * Prints a Markdown table and writes benchmarks/RESULTS.md with the machine's description and a
 * "Targets" section (benchmarks/FINDINGS.md, hand-written, is appended). Not part of `pnpm test`.
 *
 * At L, exact all-pairs measures take minutes (graphology, igraph, trackmap on one thread): they
 * run on a sample of sources and are extrapolated, or are extrapolated from M by n·m, and every
 * such number is labelled "extrapolated".
 *
 * Usage: pnpm bench [-- --sizes S,M] [--skip-reference] [--skip-igraph] [--skip-import-scale]
 *   [--import-rows 100000,1000000] [--threads 1,2] [--l-limit 360] [--l-cli] [--no-write]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateRoster, SIZES, type SizeName, writeAttendanceRoster } from './generate-roster.js';
import type { PhaseRow } from './phase.js';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (arg('sizes') ?? 'S,M,L').split(',') as SizeName[];
for (const s of sizes) if (!(s in SIZES)) throw new Error(`--sizes: unknown size ${s} (S, M or L)`);
const skipReference = args.includes('--skip-reference');
const skipIgraph = args.includes('--skip-igraph');
const write = !args.includes('--no-write');
const threadCounts = (arg('threads') ?? `1,${cpus().length}`)
  .split(',')
  .map(Number)
  .filter((t, i, all) => t > 0 && all.indexOf(t) === i);

const sh = (cmd: string, a: string[]) => spawnSync(cmd, a, { encoding: 'utf8', cwd: root }).stdout?.trim() ?? '';
const osName = (() => {
  try {
    return /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? `${type()} ${release()}`;
  } catch {
    return `${type()} ${release()}`;
  }
})();
const dirty = sh('git', ['status', '--porcelain', '--untracked-files=no']) !== '';
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown CPU',
  cores: cpus().length,
  ram: `${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  node: process.version,
  os: osName,
  commit: `${sh('git', ['rev-parse', '--short', 'HEAD'])}${dirty ? ' (with uncommitted changes)' : ''}`,
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  loadStart: loadavg()
    .map((x) => x.toFixed(2))
    .join(' '),
  loadEnd: '',
};

// The CLI runs from dist: build it when missing.
if (!existsSync(join(root, 'packages/cli/dist/cli.js')) || !existsSync(join(root, 'packages/core/dist/index.js'))) {
  process.stderr.write('building the packages (pnpm build) for the CLI phase ...\n');
  spawnSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}
const python = ['python3', '/usr/bin/python3'].find(
  (p) => spawnSync(p, ['-c', 'import igraph'], { encoding: 'utf8' }).status === 0,
);
const useIgraph = !skipIgraph && python !== undefined;
if (!skipIgraph && !python) {
  process.stderr.write('python3-igraph not found: igraph columns skipped (apt-get install -y python3-igraph)\n');
}

const tsx = join(root, 'node_modules/.bin/tsx');
function phase(name: string, dir: string, work: string, extra: string[] = [], timeoutS = 0): PhaseRow[] {
  process.stderr.write(`  ${name} ...`);
  const t0 = performance.now();
  const r = spawnSync(
    tsx,
    [
      '--tsconfig',
      'tsconfig.json',
      'benchmarks/phase.ts',
      name,
      dir,
      work,
      ...extra,
      ...(skipReference ? ['--skip-reference'] : []),
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 2 ** 28, ...(timeoutS ? { timeout: timeoutS * 1000 } : {}) },
  );
  const seconds = (performance.now() - t0) / 1000;
  process.stderr.write(` ${seconds.toFixed(1)} s\n`);
  const lines = r.stdout.trim().split('\n');
  const last = lines.at(-1) ?? '';
  if (r.status === 0 && last.startsWith('{"phase"')) return (JSON.parse(last) as { rows: PhaseRow[] }).rows;
  // Died (out of memory, time limit): keep the rows it printed, and say why it stopped.
  const rows = lines.filter((l) => l.startsWith('{"row"')).map((l) => (JSON.parse(l) as { row: PhaseRow }).row);
  const reason =
    r.signal === 'SIGTERM' && timeoutS
      ? `stopped after the ${timeoutS} s limit`
      : (r.stderr
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => /error|heap|Invalid/i.test(l))
          .at(0)
          ?.slice(0, 160) ?? `exit ${r.status}`);
  process.stderr.write(`phase ${name} did not finish: ${reason}\n${r.stderr.slice(-1500)}\n`);
  rows.push({
    name: `${name}: did not finish (${reason})`,
    ms: seconds * 1000,
    cpuMs: Number.NaN,
    maxRssMiB: Number.NaN,
  });
  return rows;
}

/** The whole `trackmap analyze`, spawned; wall, CPU and peak RSS from GNU time when present. */
function cli(dir: string, work: string, threads: number, timeoutS = 0): PhaseRow {
  process.stderr.write(`  trackmap analyze --threads ${threads} ...`);
  const out = join(work, `cli-out-${threads}`);
  const command = [process.execPath, join(root, 'packages/cli/bin/trackmap.mjs'), 'analyze', dir, '--out', out];
  const threadsFlag = cliHasThreads ? ['--threads', String(threads)] : [];
  const hasTime = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', ...command, ...threadsFlag], {
        encoding: 'utf8',
        ...(timeoutS ? { timeout: timeoutS * 1000, killSignal: 'SIGKILL' as const } : {}),
      })
    : spawnSync(command[0] as string, [...command.slice(1), ...threadsFlag], {
        encoding: 'utf8',
        ...(timeoutS ? { timeout: timeoutS * 1000, killSignal: 'SIGKILL' as const } : {}),
      });
  const ms = performance.now() - t0;
  process.stderr.write(` ${(ms / 1000).toFixed(1)} s\n`);
  const name = `trackmap analyze (CLI, whole)${cliHasThreads ? `, --threads ${threads}` : ''}`;
  if (r.status !== 0) {
    process.stderr.write(r.stderr.slice(-2000));
    const why =
      r.signal && timeoutS
        ? `stopped after the ${timeoutS} s limit`
        : (r.stderr
            .split('\n')
            .find((l) => /error|heap|Invalid/i.test(l))
            ?.trim()
            .slice(0, 160) ?? `exit ${r.status}`);
    return { name: `${name}: did not finish (${why})`, ms, cpuMs: Number.NaN, maxRssMiB: Number.NaN };
  }
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  return {
    name,
    ms,
    cpuMs: m ? (Number(m[2]) + Number(m[3])) * 1000 : Number.NaN,
    maxRssMiB: m ? Number(m[4]) / 1024 : Number.NaN,
  };
}

const cliHasThreads = spawnSync(process.execPath, [join(root, 'packages/cli/bin/trackmap.mjs'), 'analyze', '--help'], {
  encoding: 'utf8',
}).stdout.includes('--threads');

interface IgraphRow {
  name: string;
  ms: number;
  cpuMs: number;
  note?: string;
}
function igraph(work: string, sample: number | null): { version: string; rows: IgraphRow[] } | null {
  if (!useIgraph || !python) return null;
  process.stderr.write('  igraph ...');
  const t0 = performance.now();
  const r = spawnSync(
    python,
    [
      join(root, 'benchmarks/igraph_bench.py'),
      work,
      ...(sample ? ['--sample', String(sample), '--skip-betweenness'] : []),
    ],
    { encoding: 'utf8', maxBuffer: 2 ** 26 },
  );
  process.stderr.write(` ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  if (r.status !== 0) {
    process.stderr.write(r.stderr.slice(-2000));
    return null;
  }
  const out = JSON.parse(r.stdout.trim().split('\n').at(-1) as string) as { igraph: string; rows: IgraphRow[] };
  return { version: out.igraph, rows: out.rows };
}

/** Which igraph (and graphology) step a trackmap row compares with. */
const IGRAPH_OF: Record<string, string> = {
  betweenness: 'betweenness',
  closeness: 'closeness',
  harmonic: 'harmonic',
  pagerank: 'pagerank',
  eigenvector: 'eigenvector',
  'constraint + effective size': 'constraint',
  'access (distances to decision-makers)': 'access (BFS from every decision-maker)',
  louvain: 'louvain',
  'graph from an edge list (graphology)': 'graph from an edge list',
};

interface SizeResult {
  size: SizeName;
  people: number;
  links: number;
  attendance: number;
  rows: PhaseRow[];
  igraph: { version: string; rows: IgraphRow[] } | null;
}

const results: SizeResult[] = [];
for (const size of sizes) {
  const work = mkdtempSync(join(tmpdir(), `trackmap-bench-${size}-`));
  const dir = join(work, 'roster');
  mkdirSync(dir);
  const sources = generateRoster(SIZES[size], 1);
  for (const src of Object.values(sources)) writeFileSync(join(dir, src.name), src.text as string);
  const attendance = (sources.attendance?.text?.split('\n').length ?? 2) - 2;
  process.stderr.write(`${size}: ${SIZES[size].people} people, ${attendance} attendance rows (${dir})\n`);
  const big = size === 'L';
  // At L: a time limit per phase (--l-limit seconds).
  const limit = big ? Number(arg('l-limit') ?? 360) : 0;
  const rows: PhaseRow[] = [
    ...phase('import', dir, work, [], limit),
    ...phase('measures', dir, work, big ? ['--sample-tasks', '2'] : [], limit),
    ...phase('louvain', dir, work, [], limit),
    ...phase('analyze', dir, work, [], limit),
  ];
  // At L the whole CLI runs only on request (--l-cli): on a shared 2-core machine it did not end
  // within the limit, and the in-process analyze above shows how far it gets, step by step.
  const counts = big ? (args.includes('--l-cli') ? [cpus().length] : []) : threadCounts;
  for (const t of cliHasThreads ? counts : [0]) rows.push(cli(dir, work, t, limit));
  const edgesPath = join(work, 'edges.txt');
  const links = existsSync(edgesPath) ? readFileSync(edgesPath, 'utf8').split('\n').length - 3 : Number.NaN;
  const ig = existsSync(edgesPath) ? igraph(work, big ? 200 : null) : null;
  results.push({ size, people: SIZES[size].people, links, attendance, rows, igraph: ig });
  rmSync(work, { recursive: true, force: true });
}
// Import at scale: 10^5 and 10^6 attendance rows, streamed and from whole texts.
const importScale: { rows: number; results: PhaseRow[] }[] = [];
if (!args.includes('--skip-import-scale')) {
  for (const n of (arg('import-rows') ?? '100000,1000000').split(',').map(Number)) {
    const work = mkdtempSync(join(tmpdir(), `trackmap-bench-rows-${n}-`));
    process.stderr.write(`import at scale: ${n.toLocaleString('en')} attendance rows (${work})\n`);
    writeAttendanceRoster(n, work, (path, text) => writeFileSync(path, text));
    importScale.push({
      rows: n,
      results: [...phase('import-stream', work, work), ...phase('import-text', work, work)],
    });
    rmSync(work, { recursive: true, force: true });
  }
}
machine.loadEnd = loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');

// L: the references of the exact all-pairs measures, extrapolated from M by n·m (Brandes' cost).
const M = results.find((r) => r.size === 'M');
for (const r of results) {
  if (r.size !== 'L' || !M) continue;
  const factor = (r.people * r.links) / (M.people * M.links);
  for (const name of ['betweenness', 'closeness']) {
    const m = M.rows.find((x) => x.name === name);
    if (m?.refMs !== undefined && !r.rows.some((x) => x.name === name)) {
      r.rows.push({
        name,
        ms: Number.NaN,
        cpuMs: Number.NaN,
        maxRssMiB: Number.NaN,
        refMs: m.refMs * factor,
        refNote: 'extrapolated from M by n·m',
        note: 'trackmap: see the fused pass',
      });
    }
  }
  const igM = M.igraph?.rows.find((x) => x.name === 'betweenness');
  if (igM && r.igraph && !r.igraph.rows.some((x) => x.name === 'betweenness')) {
    r.igraph.rows.push({
      name: 'betweenness',
      ms: igM.ms * factor,
      cpuMs: igM.cpuMs * factor,
      note: 'extrapolated from M by n·m',
    });
  }
}

const bad = (x: number | null | undefined): x is null | undefined => x === undefined || x === null || Number.isNaN(x);
const fmt = (ms: number | null | undefined) =>
  bad(ms) ? '' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)}`;
/** A time with its unit always. */
const unit = (ms: number | null | undefined) => (bad(ms) ? '' : ms >= 10_000 ? fmt(ms) : `${fmt(ms)} ms`);
const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  bad(a) || bad(b) || b === 0 ? '' : `${(a / b).toFixed(2)}×`;

function table(r: SizeResult): string {
  const lines = [
    `### ${r.size}: ${r.people.toLocaleString('en')} people, ${r.links.toLocaleString('en')} links, ${r.attendance.toLocaleString('en')} attendance rows`,
    '',
    '| phase | trackmap wall (ms) | trackmap CPU (ms) | peak RSS (MiB) | graphology (ms) | graphology ÷ trackmap | igraph CPU (ms) | igraph ÷ trackmap | notes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const row of r.rows) {
    const ig = r.igraph?.rows.find((x) => x.name === IGRAPH_OF[row.name]);
    const notes = [row.note, row.refNote && `graphology ${row.refNote}`, ig?.note && `igraph ${ig.note}`]
      .filter(Boolean)
      .join('; ');
    lines.push(
      `| ${row.name} | ${fmt(row.ms)} | ${fmt(row.cpuMs)} | ${bad(row.maxRssMiB) ? '' : row.maxRssMiB.toFixed(0)} | ${fmt(row.refMs)} | ${ratio(row.refMs, row.ms)} | ${fmt(ig?.cpuMs)} | ${ratio(ig?.cpuMs, row.ms)} | ${notes} |`,
    );
  }
  if (r.igraph) {
    const total = igraphMeasuresCpu(r);
    lines.push(
      '',
      `igraph ${r.igraph.version}, all steps (CPU ms): ${r.igraph.rows.map((x) => `${x.name} ${fmt(x.cpuMs)}${x.note ? ' (extrapolated)' : ''}`).join(', ')}; per-person measures + Louvain: ${fmt(total)}.`,
    );
  }
  return lines.join('\n');
}

/** igraph's CPU for the per-person measures plus Louvain (the issue's reference for `analyze`). */
function igraphMeasuresCpu(r: SizeResult): number | undefined {
  if (!r.igraph) return undefined;
  return r.igraph.rows.filter((x) => x.name !== 'graph from an edge list').reduce((s, x) => s + x.cpuMs, 0);
}

function targets(): string {
  const out: string[] = [];
  const find = (r: SizeResult | undefined, name: string) => r?.rows.find((x) => x.name.startsWith(name));
  const cliBest = (r: SizeResult | undefined) =>
    r?.rows
      .filter((x) => x.name.startsWith('trackmap analyze (CLI') && !bad(x.maxRssMiB))
      .sort((a, b) => a.ms - b.ms)[0];
  const mark = (ok: boolean | undefined) => (ok === undefined ? '**not measured**' : ok ? '**met**' : '**not met**');
  if (M) {
    const ig = igraphMeasuresCpu(M);
    const analyze = cliBest(M);
    const ok = ig !== undefined && analyze ? analyze.ms <= 0.6 * ig : undefined;
    out.push(
      `- M, whole \`analyze\` ≤ 0.6 × igraph's per-person measures + Louvain: ${mark(ok)}. ` +
        `analyze ${unit(analyze?.ms)} wall (${analyze?.name.replace(/.*--threads/, '--threads')}); igraph ${unit(ig)} CPU, 0.6 × = ${unit(ig && 0.6 * ig)}` +
        (ig && analyze ? ` (ratio ${(analyze.ms / ig).toFixed(2)}).` : '.'),
    );
    const best =
      find(M, 'exact betweenness alone, threads') ??
      find(M, 'fused all-pairs pass, exact, threads') ??
      find(M, 'betweenness');
    const igB = M.igraph?.rows.find((x) => x.name === 'betweenness');
    out.push(
      `- M, exact betweenness faster than igraph's, wall-clock, both cores: ${mark(best && igB ? best.ms < igB.ms : undefined)}. ` +
        `trackmap ${unit(best?.ms)} (${best?.name ?? 'not measured'}), igraph ${unit(igB?.ms)} wall.`,
    );
    const kernels = M.rows.filter((x) => x.refMs !== undefined && !x.name.startsWith('graph from'));
    const slow = kernels.filter((x) => (x.refMs as number) / x.ms < 2.5);
    out.push(
      `- M, every kernel that replaces a graphology-metrics function ≥ 2.5× faster: ${mark(kernels.length ? slow.length === 0 : undefined)}. ` +
        kernels.map((x) => `${x.name} ${ratio(x.refMs, x.ms)}`).join(', ') +
        '.',
    );
  }
  const L = results.find((r) => r.size === 'L');
  if (L) {
    const cliRow = L.rows.find((x) => x.name.startsWith('trackmap analyze (CLI'));
    const imp = find(L, 'import (read');
    const inProcess = find(L, 'analyzeRoster (all measures)');
    const reports = find(L, 'reports and outputs');
    const stopped = L.rows.find((x) => x.name.startsWith('analyze: did not finish'));
    const steps = L.rows.filter((x) => x.name.startsWith('  analyze step:'));
    const peak = Math.max(...L.rows.map((x) => (bad(x.maxRssMiB) ? 0 : x.maxRssMiB)));
    let analyzeText: string;
    let ok: boolean | undefined;
    if (cliRow && !cliRow.name.includes('did not finish')) {
      ok = cliRow.ms <= 60_000;
      analyzeText = `the CLI took ${fmt(cliRow.ms)} wall, peak ${cliRow.maxRssMiB.toFixed(0)} MiB.`;
    } else if (inProcess && imp) {
      const total = imp.ms + inProcess.ms + (reports?.ms ?? 0);
      ok = total <= 60_000;
      analyzeText = `import ${fmt(imp.ms)} + analyzeRoster ${fmt(inProcess.ms)} + reports ${fmt(reports?.ms)} = ${fmt(total)} wall (in-process phases).`;
    } else {
      ok = stopped || cliRow ? false : undefined;
      const slowest = [...steps].sort((a, b) => b.ms - a.ms).slice(0, 3);
      analyzeText =
        `did not finish: the import alone took ${fmt(imp?.ms)}, and analyzeRoster was stopped at the ${arg('l-limit') ?? 360} s limit after ${steps.length} steps` +
        (slowest.length
          ? ` (slowest: ${slowest.map((x) => `${x.name.replace('  analyze step: ', '')} ${fmt(x.ms)}`).join(', ')}).`
          : '.');
    }
    out.push(
      `- L, whole \`analyze\` within 60 s wall on 2 cores: ${mark(ok)}. ${analyzeText}`,
      `- L, peak memory under 4 GiB: ${mark(peak > 0 ? peak < 4096 : undefined)}. Highest peak RSS of the L phases: ${peak.toFixed(0)} MiB${stopped || cliRow?.name.includes('did not finish') ? ' (up to where they were stopped)' : ''}.`,
    );
  }
  return out.join('\n');
}

const scaleTable = importScale.length
  ? [
      '### Import at scale',
      '',
      "Working groups of 20 meeting in events of 10 (4.5 million co-attendance pairs per million rows); `readRoster` streams the files, `parseRoster` takes each file whole (the viewer's path, and the only one before issue #6).",
      '',
      '| attendance rows | path | wall | CPU | peak RSS (MiB) | result |',
      '| ---: | --- | ---: | ---: | ---: | --- |',
      ...importScale.flatMap((s) =>
        s.results.map(
          (r) =>
            `| ${s.rows.toLocaleString('en')} | ${r.name} | ${fmt(r.ms)} | ${fmt(r.cpuMs)} | ${bad(r.maxRssMiB) ? '' : r.maxRssMiB.toFixed(0)} | ${r.note ?? ''} |`,
        ),
      ),
    ].join('\n')
  : '';
const tables = [...results.map(table), scaleTable].filter(Boolean).join('\n\n');
const machineText = [
  `- Date: ${machine.date}; commit ${machine.commit}`,
  `- CPU: ${machine.cpu}, ${machine.cores} cores; RAM ${machine.ram}; ${machine.os}; Node ${machine.node}`,
  `- Load average (1, 5, 15 min) at start: ${machine.loadStart}; at end: ${machine.loadEnd} (the machine is shared)`,
].join('\n');
console.log(`${machineText}\n\n${tables}\n\n## Targets\n\n${targets()}`);

if (write) {
  const findingsPath = join(root, 'benchmarks/FINDINGS.md');
  const findings = existsSync(findingsPath) ? `\n${readFileSync(findingsPath, 'utf8')}` : '';
  const text = `# Benchmark results\n\nWritten by \`pnpm bench\` (benchmarks/run.ts); the findings at the end are benchmarks/FINDINGS.md.\nTimes in ms unless marked s. "graphology ÷ trackmap" and "igraph ÷ trackmap" above 1 mean trackmap is faster.\nPeak RSS is the phase's process high-water mark (node + the imported roster + the step).\n\n## Machine\n\n${machineText}\n\n## Results\n\n${tables}\n\n## Targets\n\n${targets()}\n${findings}`;
  writeFileSync(join(root, 'benchmarks/RESULTS.md'), text);
  // Aligned tables, as `pnpm lint` (Biome) wants Markdown.
  spawnSync(join(root, 'node_modules/.bin/biome'), ['format', '--write', 'benchmarks/RESULTS.md'], { cwd: root });
  process.stderr.write('wrote benchmarks/RESULTS.md\n');
}
