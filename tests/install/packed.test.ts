/**
 * trackmap outside this repository (issue 13, "What it must show"): packs @trackmap/core and
 * @trackmap/cli (scripts/pack/pack-all.mjs, as `pnpm pack:all` does after its build), installs the
 * two tarballs with npm into a temporary prefix (`npm install -g --prefix`), then runs the
 * installed `trackmap` with pnpm and the repository out of reach: from a temporary folder, with a
 * PATH that holds only `node` and the prefix's `bin`, no NODE_PATH, no npm or pnpm variables. There
 * it loads every entry point of core's `exports` map, runs `trackmap init <tmp> --sample dialogue`,
 * `analyze` on it, every other subcommand once, and `trackmap view` on the analysis, whose page, script and graph it fetches over HTTP from
 * 127.0.0.1. (Opening map.html in Chromium is a later step of the issue.)
 *
 * npm takes the dependencies (graphology, commander, csv-parse, ...) from its cache when it has
 * them (`--prefer-offline`), else from the npm registry. Needs `pnpm build` first (`pnpm test`
 * does it). Not on Windows (the installed bin is a .cmd there).
 *
 * Time: 31 s on 2 cores shared with another helper's full test run (pack 3 s, npm install 4 s
 * with a warm npm cache, the eight commands 20 s, view 1 s); the limits below are generous for a
 * loaded machine or a cold npm cache.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repo } from '../helpers/paths.js';

const MINUTE = 60_000;
const tmp = mkdtempSync(join(tmpdir(), 'trackmap-packed-'));
const prefix = join(tmp, 'prefix');
const work = join(tmp, 'work'); // the working directory of every installed command
const nodeOnly = join(tmp, 'node-only'); // a folder holding `node` alone, for the PATH

/** The npm that came with this Node (its JavaScript entry point, run with this Node). */
function npmCli(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'npm'))) return realpathSync(join(dir, 'npm'));
  }
  throw new Error('npm is not on the PATH');
}

/** Only what a user's shell would have: no pnpm, no repository, no NODE_PATH, no npm_* or pnpm variables. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: [join(prefix, 'bin'), nodeOnly].join(delimiter),
    HOME: process.env.HOME, // npm's cache and ~/.npmrc
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
  // What reaching the npm registry may need here: certificates and proxies.
  for (const name of [
    'NODE_EXTRA_CA_CERTS',
    'HTTPS_PROXY',
    'HTTP_PROXY',
    'NO_PROXY',
    'https_proxy',
    'http_proxy',
    'no_proxy',
  ])
    if (process.env[name] !== undefined) env[name] = process.env[name];
  return env;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The installed `trackmap`, found on the clean PATH, run in the work folder. */
function trackmap(args: string[]): Run {
  const result = spawnSync('trackmap', args, { cwd: work, env: cleanEnv(), encoding: 'utf8', timeout: 2 * MINUTE });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function fetchText(url: string): Promise<{ status: number; body: string; type: string }> {
  return new Promise((ok, ko) => {
    get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => ok({ status: res.statusCode ?? 0, body, type: String(res.headers['content-type']) }));
    }).on('error', ko);
  });
}

let tarballs: string[] = [];

describe.skipIf(process.platform === 'win32')('the packed packages, installed with npm outside the repository', () => {
  beforeAll(() => {
    mkdirSync(work);
    mkdirSync(nodeOnly);
    symlinkSync(process.execPath, join(nodeOnly, 'node'));
    const packed = spawnSync(process.execPath, [repo('scripts/pack/pack-all.mjs'), '--out', join(tmp, 'packed')], {
      encoding: 'utf8',
      timeout: 3 * MINUTE,
    });
    if (packed.status !== 0) throw new Error(`pack-all failed:\n${packed.stdout}${packed.stderr}`);
    tarballs = packed.stdout.trim().split('\n');
    // npm alone, from the work folder, on the clean PATH (npm's own script run by this Node).
    const install = spawnSync(
      process.execPath,
      [npmCli(), 'install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', ...tarballs],
      { cwd: work, env: cleanEnv(), encoding: 'utf8', timeout: 5 * MINUTE },
    );
    if (install.status !== 0) throw new Error(`npm install failed:\n${install.stdout}${install.stderr}`);
  }, 8 * MINUTE);

  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('the tarballs are the two packages, and the CLI depends on core by version', () => {
    expect(tarballs.map((t) => t.split(/[/\\]/).pop())).toEqual(['trackmap-core-0.1.0.tgz', 'trackmap-cli-0.1.0.tgz']);
    const cli = JSON.parse(readFileSync(join(prefix, 'lib/node_modules/@trackmap/cli/package.json'), 'utf8'));
    expect(cli.dependencies['@trackmap/core']).toBe('0.1.0');
    expect(existsSync(join(prefix, 'lib/node_modules/@trackmap/cli/viewer/index.html'))).toBe(true);
    expect(readdirSync(join(prefix, 'lib/node_modules/@trackmap/cli/samples')).sort()).toEqual([
      'dialogue',
      'quickstart',
    ]);
  });

  it("every entry point of core's exports map loads in plain Node, with its types beside it", () => {
    const core = join(prefix, 'lib/node_modules/@trackmap/core');
    const { exports } = JSON.parse(readFileSync(join(core, 'package.json'), 'utf8'));
    const entries = Object.keys(exports).filter((k) => k !== './package.json');
    expect(entries).toEqual(expect.arrayContaining(['.', './node']));
    // A module beside the prefix's node_modules imports each by its public name and counts its exports.
    const probe = join(prefix, 'lib', 'probe.mjs');
    const names = entries.map((e) => `@trackmap/core${e.slice(1)}`);
    writeFileSync(
      probe,
      `for (const name of ${JSON.stringify(names)}) console.log(name, Object.keys(await import(name)).length);\n`,
    );
    const run = spawnSync('node', [probe], { cwd: work, env: cleanEnv(), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    for (const name of names) expect(run.stdout).toMatch(new RegExp(`^${name} [1-9]`, 'm'));
    for (const entry of entries) expect(existsSync(join(core, exports[entry].types)), entry).toBe(true);
  });

  it('pnpm and the repository are out of reach', () => {
    const probe = spawnSync(
      'node',
      ['-e', "try { require.resolve('@trackmap/core'); console.log('found') } catch { console.log('none') }"],
      { cwd: work, env: cleanEnv(), encoding: 'utf8' },
    );
    expect(probe.stdout.trim()).toBe('none');
    expect(spawnSync('pnpm', ['--version'], { cwd: work, env: cleanEnv() }).error).toBeDefined();
    expect(work.startsWith(repo('.'))).toBe(false);
  });

  it('trackmap --version and --help', () => {
    const version = trackmap(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe('0.1.0');
    const help = trackmap(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['init', 'analyze', 'view', 'paths', 'suggest', 'transfer', 'compare', 'reveal'])
      expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it(
    'trackmap init --sample dialogue, then analyze it',
    () => {
      const init = trackmap(['init', 'dialogue', '--sample', 'dialogue']);
      expect(init.stderr).toBe('');
      expect(init.code).toBe(0);
      expect(readdirSync(join(work, 'dialogue')).sort()).toEqual(readdirSync(repo('data-samples/dialogue')).sort());
      const analyze = trackmap(['analyze', 'dialogue', '--out', 'analysis', '--quiet']);
      expect(analyze.stderr).toBe('');
      expect(analyze.code).toBe(0);
      for (const file of ['report.md', 'people-metrics.csv', 'summary.json', 'graph.json'])
        expect(existsSync(join(work, 'analysis', file)), file).toBe(true);
      const summary = readFileSync(join(work, 'analysis', 'summary.json'), 'utf8');
      expect(summary).toContain('"people"');
    },
    3 * MINUTE,
  );

  it(
    'the empty template, and every other subcommand once on the sample',
    () => {
      expect(trackmap(['init', 'mine']).code).toBe(0);
      expect(readFileSync(join(work, 'mine', 'people.csv'), 'utf8')).toMatch(/^id,name,track/);
      const runs: [string, string[]][] = [
        ['paths', ['paths', 'dialogue', '--person', 'ves-073', '--nearest']],
        ['transfer', ['transfer', 'dialogue', '--from-event', 'rsd-03', '--runs', '200', '--out', 'transfer']],
        ['suggest', ['suggest', 'dialogue', '--event', 'rsd-08']],
        ['compare', ['compare', 'dialogue', '--rounds', '4,8', '--out', 'compare']],
        ['pseudonymize', ['analyze', 'dialogue', '--pseudonymize', '--out', 'share', '--quiet']], // makes trackmap.key
        ['reveal', ['reveal', 'dialogue', '--key-file', 'trackmap.key']],
      ];
      for (const [name, args] of runs) {
        const run = trackmap(args);
        expect(run.code, `${name}: ${run.stderr}`).toBe(0);
      }
    },
    5 * MINUTE,
  );

  it(
    'trackmap view serves the packaged viewer and the analysis on 127.0.0.1',
    async () => {
      const child: ChildProcess = spawn('trackmap', ['view', 'analysis', '--port', '0'], {
        cwd: work,
        env: cleanEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout!.on('data', (d) => {
        out += d;
      });
      child.stderr!.on('data', (d) => {
        err += d;
      });
      const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
      try {
        const base = await new Promise<string>((ok, ko) => {
          const timer = setInterval(() => {
            const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
            if (m) {
              clearInterval(timer);
              ok(m[0]);
            }
          }, 50);
          exited.then(() => {
            clearInterval(timer);
            ko(new Error(`trackmap view exited: ${err}`));
          });
        });
        const page = await fetchText(base);
        expect(page.status).toBe(200);
        expect(page.type).toContain('text/html');
        // The page is the one the package ships, and its script is served too.
        const shipped = readFileSync(join(prefix, 'lib/node_modules/@trackmap/cli/viewer/index.html'), 'utf8');
        expect(page.body).toBe(shipped);
        const script = /<script[^>]+src="\/?([^"]+\.js)"/.exec(page.body)?.[1];
        expect(script).toBeDefined();
        const js = await fetchText(`${base}${script}`);
        expect(js.status).toBe(200);
        expect(js.type).toContain('javascript');
        const manifest = JSON.parse((await fetchText(`${base}roster/manifest.json`)).body);
        expect(manifest.files).toEqual(['graph.json']);
        const graph = await fetchText(`${base}roster/graph.json`);
        expect(graph.body).toBe(readFileSync(join(work, 'analysis', 'graph.json'), 'utf8'));
      } finally {
        child.kill('SIGINT');
      }
      expect(await exited).toBe(0);
    },
    2 * MINUTE,
  );
});
