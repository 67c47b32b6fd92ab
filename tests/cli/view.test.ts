/**
 * `trackmap view`: the built binary, spawned, serving the built viewer (apps/viewer/dist) and a
 * roster folder on 127.0.0.1. Checks what is served (index, manifest, roster files, byte for
 * byte), what is refused (traversal in raw and encoded forms, unlisted files, other methods,
 * other Host headers), that nothing listens beyond 127.0.0.1, that Ctrl-C stops it with exit
 * code 0, and the usage errors. Needs `pnpm build` first (`pnpm test` does it).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli.js';
import { repo } from '../helpers/paths.js';

const QUICKSTART = repo('data-samples/quickstart');
const DIST = repo('apps/viewer/dist');

interface Served {
  child: ChildProcess;
  port: number;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Spawns `trackmap view <folder> --port 0` and waits for the URL it prints. */
async function serve(folder: string, extra: string[] = []): Promise<Served> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('apps/viewer/dist is missing: run `pnpm build` first');
  const env = { ...process.env };
  delete env.npm_lifecycle_event;
  delete env.INIT_CWD;
  const child = spawn(process.execPath, [BIN, 'view', folder, '--port', '0', ...extra], {
    cwd: repo('.'),
    env,
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
  const port = await new Promise<number>((ok, ko) => {
    const timer = setInterval(() => {
      const m = /http:\/\/127\.0\.0\.1:(\d+)\/\?src=local/.exec(out);
      if (m) {
        clearInterval(timer);
        ok(Number(m[1]));
      }
    }, 20);
    exited.then((code) => {
      clearInterval(timer);
      ko(new Error(`trackmap view exited with ${code}: ${err}`));
    });
  });
  return { child, port, stdout: () => out, stderr: () => err, exited };
}

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw HTTP request: the path is sent exactly as given (no normalisation, unlike fetch). */
function raw(
  port: number,
  path: string,
  options: { method?: string; host?: string; address?: string } = {},
): Promise<Response> {
  return new Promise((ok, ko) => {
    const req = request(
      {
        host: options.address ?? '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `127.0.0.1:${port}` },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', ko);
    req.end();
  });
}

/** Whether a TCP connection to address:port is accepted. */
function accepts(address: string, port: number): Promise<boolean> {
  return new Promise((ok) => {
    const socket = connect({ host: address, port });
    socket.once('connect', () => {
      socket.destroy();
      ok(true);
    });
    socket.once('error', () => ok(false));
  });
}

describe('trackmap view on the quick-start roster', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serve('data-samples/quickstart');
  });
  afterAll(() => {
    if (served.child.exitCode === null) served.child.kill('SIGKILL');
  });

  it('prints the local URL and says it serves on 127.0.0.1 only', () => {
    expect(served.stdout()).toContain(`http://127.0.0.1:${served.port}/?src=local`);
    expect(served.stdout()).toContain('127.0.0.1 only');
  });

  it('serves the built viewer at / with the CSP of its index.html, no-store and the right type', async () => {
    const res = await raw(served.port, '/');
    const index = readFileSync(join(DIST, 'index.html'));
    expect(res.status).toBe(200);
    expect(res.body.equals(index)).toBe(true);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(index.toString('utf8'))?.[1];
    expect(meta).toBeDefined();
    expect(res.headers['content-security-policy']).toBe(meta!.replace(/\s+/g, ' ').trim());
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the viewer assets the index refers to, with JavaScript and CSS types', async () => {
    const index = readFileSync(join(DIST, 'index.html'), 'utf8');
    const assets = [...index.matchAll(/(?:src|href)="\.?(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const res = await raw(served.port, asset);
      expect(res.status, asset).toBe(200);
      expect(res.body.equals(readFileSync(join(DIST, asset)))).toBe(true);
      if (asset.endsWith('.js')) expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
      if (asset.endsWith('.css')) expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
    }
  });

  it('the manifest labels the folder and lists exactly its CSV files', async () => {
    const res = await raw(served.port, '/roster/manifest.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    const want = readdirSync(QUICKSTART)
      .filter((f) => f.endsWith('.csv'))
      .sort();
    expect(JSON.parse(res.body.toString('utf8'))).toEqual({ label: 'quickstart', files: want });
  });

  it('serves every listed roster file byte for byte as text/csv', async () => {
    for (const file of readdirSync(QUICKSTART).filter((f) => f.endsWith('.csv'))) {
      const res = await raw(served.port, `/roster/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.body.equals(readFileSync(join(QUICKSTART, file)))).toBe(true);
    }
  });

  it('HEAD gives the headers and no body', async () => {
    const res = await raw(served.port, '/roster/people.csv', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(Number(res.headers['content-length'])).toBe(readFileSync(join(QUICKSTART, 'people.csv')).length);
    expect(res.body.length).toBe(0);
  });

  it.each([
    '/roster/../../package.json',
    '/roster/../../../package.json',
    '/roster/..%2f..%2fpackage.json',
    '/roster/%2e%2e/%2e%2e/package.json',
    '/roster/%2E%2E%2F%2E%2E%2Fpackage.json',
    '/roster/..%5c..%5cpackage.json',
    '/../../../package.json',
    '/%2e%2e/%2e%2e/%2e%2e/package.json',
    '/..%2f..%2f..%2fpackage.json',
    '/assets/../../../../package.json',
    '/assets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/package.json',
    '//etc/passwd',
    '/roster/README.md',
    '/roster/',
    '/roster/people.csv%00.png',
    '/roster/./people.csv',
    '/roster/%70eople.csv/..',
    '/%ff',
  ])('refuses %s', async (path) => {
    const res = await raw(served.port, path);
    expect([400, 403, 404]).toContain(res.status);
    expect(res.body.toString('utf8')).not.toContain('trackmap-monorepo');
    expect(res.body.toString('utf8')).not.toContain('Quintanes');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('answers %s with 405 and Allow: GET, HEAD', async (method) => {
    const res = await raw(served.port, '/roster/people.csv', { method });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });

  it('refuses a Host header other than its own address (DNS rebinding)', async () => {
    expect((await raw(served.port, '/roster/people.csv', { host: 'evil.example' })).status).toBe(403);
    expect((await raw(served.port, '/roster/people.csv', { host: `evil.example:${served.port}` })).status).toBe(403);
    expect((await raw(served.port, '/roster/people.csv', { host: `localhost:${served.port}` })).status).toBe(200);
  });

  it('listens on 127.0.0.1 only: another loopback address and IPv6 are refused', async () => {
    expect(await accepts('127.0.0.1', served.port)).toBe(true);
    // Bound to 0.0.0.0, 127.0.0.2 (also loopback on Linux) would connect; bound to 127.0.0.1, it cannot.
    if (process.platform === 'linux') expect(await accepts('127.0.0.2', served.port)).toBe(false);
    expect(await accepts('::1', served.port)).toBe(false);
  });

  it('stops on Ctrl-C (SIGINT) with exit code 0', async () => {
    served.child.kill('SIGINT');
    expect(await served.exited).toBe(0);
    expect(served.stdout()).toContain('Stopped.');
  });
});

describe('trackmap view on an analyze --out folder', () => {
  it('lists graph.json alone (the report CSVs are not a roster) and serves it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trackmap-view-'));
    const graph = '{"attributes":{},"options":{"type":"undirected"},"nodes":[],"edges":[]}\n';
    writeFileSync(join(dir, 'graph.json'), graph);
    writeFileSync(join(dir, 'people-metrics.csv'), 'id,name\n');
    writeFileSync(join(dir, 'paths.csv'), 'id\n');
    const served = await serve(dir);
    try {
      const manifest = JSON.parse((await raw(served.port, '/roster/manifest.json')).body.toString('utf8'));
      expect(manifest.files).toEqual(['graph.json']);
      const res = await raw(served.port, '/roster/graph.json');
      expect(res.status).toBe(200);
      expect(res.body.toString('utf8')).toBe(graph);
      expect((await raw(served.port, '/roster/people-metrics.csv')).status).toBe(404);
    } finally {
      served.child.kill('SIGINT');
      await served.exited;
    }
  });
});

describe('trackmap view on a roster folder with other files', () => {
  it('lists the roster files found as analyze finds them, and the config, but not other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trackmap-view-'));
    writeFileSync(join(dir, 'Participants.csv'), 'id,name\na,A\n');
    writeFileSync(join(dir, 'ties.tsv'), 'source\ttarget\na\ta\n');
    writeFileSync(join(dir, 'trackmap.config.json'), '{}\n');
    writeFileSync(join(dir, 'budget.csv'), 'secret\n');
    writeFileSync(join(dir, 'graph.json'), '{}\n');
    const served = await serve(dir);
    try {
      const manifest = JSON.parse((await raw(served.port, '/roster/manifest.json')).body.toString('utf8'));
      expect(manifest.files).toEqual(['Participants.csv', 'ties.tsv', 'trackmap.config.json']);
      expect((await raw(served.port, '/roster/Participants.csv')).status).toBe(200);
      expect((await raw(served.port, '/roster/trackmap.config.json')).status).toBe(200);
      expect((await raw(served.port, '/roster/budget.csv')).status).toBe(404);
      expect((await raw(served.port, '/roster/graph.json')).status).toBe(404);
    } finally {
      served.child.kill('SIGINT');
      await served.exited;
    }
  });
});

// Issue 16, item 15: a roster file that is a symbolic link to a file outside the folder (here a
// stand-in for /etc/passwd) must not be served; only regular files whose real path is inside are.
describe('trackmap view and symbolic links', () => {
  const SECRET = 'root:x:0:0:root:/root:/bin/bash\n';
  const folderWithLinks = () => {
    const base = mkdtempSync(join(tmpdir(), 'trackmap-view-links-'));
    const outside = join(base, 'outside');
    const dir = join(base, 'roster');
    mkdirSync(outside);
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(join(outside, 'passwd'), SECRET);
    writeFileSync(join(dir, 'people.csv'), 'id,name\na,A\nb,B\n');
    return { base, outside, dir };
  };

  it('does not list or serve a roster file that links outside the folder, and says so', async () => {
    const { outside, dir } = folderWithLinks();
    symlinkSync(join(outside, 'passwd'), join(dir, 'ties.csv'));
    mkdirSync(join(dir, 'events.csv')); // a folder named like a roster file
    const served = await serve(dir);
    try {
      const manifest = JSON.parse((await raw(served.port, '/roster/manifest.json')).body.toString('utf8'));
      expect(manifest.files).toEqual(['people.csv']);
      const res = await raw(served.port, '/roster/ties.csv');
      expect(res.status).toBe(404);
      expect(res.body.toString('utf8')).not.toContain('root:');
      expect((await raw(served.port, '/roster/events.csv')).status).toBe(404);
      expect(served.stderr()).toContain('not serving ties.csv');
    } finally {
      served.child.kill('SIGINT');
      await served.exited;
    }
  });

  it('serves a link whose real path is a regular file inside the folder', async () => {
    const { dir } = folderWithLinks();
    writeFileSync(join(dir, 'data', 'ties-v2.csv'), 'source,target\na,b\n');
    symlinkSync(join('data', 'ties-v2.csv'), join(dir, 'ties.csv'));
    const served = await serve(dir);
    try {
      const manifest = JSON.parse((await raw(served.port, '/roster/manifest.json')).body.toString('utf8'));
      expect(manifest.files).toEqual(['people.csv', 'ties.csv']);
      const res = await raw(served.port, '/roster/ties.csv');
      expect(res.status).toBe(200);
      expect(res.body.toString('utf8')).toBe('source,target\na,b\n');
    } finally {
      served.child.kill('SIGINT');
      await served.exited;
    }
  });

  it('refuses a listed file replaced by a link to a file outside after the server started', async () => {
    const { outside, dir } = folderWithLinks();
    writeFileSync(join(dir, 'ties.csv'), 'source,target\na,b\n');
    const served = await serve(dir);
    try {
      expect((await raw(served.port, '/roster/ties.csv')).status).toBe(200);
      symlinkSync(join(outside, 'passwd'), join(dir, 'ties.tmp'));
      renameSync(join(dir, 'ties.tmp'), join(dir, 'ties.csv'));
      for (const method of ['GET', 'HEAD']) {
        const res = await raw(served.port, '/roster/ties.csv', { method });
        expect(res.status).toBe(404);
        expect(res.body.toString('utf8')).not.toContain('root:');
      }
    } finally {
      served.child.kill('SIGINT');
      await served.exited;
    }
  });

  it('serves an analyze --out folder reached through a link to it', async () => {
    const base = mkdtempSync(join(tmpdir(), 'trackmap-view-links-'));
    mkdirSync(join(base, 'out'));
    writeFileSync(join(base, 'out', 'graph.json'), '{}\n');
    symlinkSync(join(base, 'out'), join(base, 'latest'));
    const served = await serve(join(base, 'latest'));
    try {
      expect((await raw(served.port, '/roster/graph.json')).status).toBe(200);
    } finally {
      served.child.kill('SIGINT');
      await served.exited;
    }
  });
});

describe('trackmap --help', () => {
  it('lists view right after analyze, in the order a user meets the commands', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    const order = ['analyze', 'view', 'paths', 'suggest', 'transfer', 'compare', 'reveal'].map((c) =>
      run.stdout.search(new RegExp(`^  ${c} `, 'm')),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('trackmap view usage errors (exit code 2)', () => {
  it('without a folder', () => {
    const run = runCli(['view']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('give a roster folder');
  });

  it('on a folder that does not exist, or holds no roster files', () => {
    expect(runCli(['view', 'no/such/folder']).code).toBe(2);
    const empty = mkdtempSync(join(tmpdir(), 'trackmap-view-'));
    mkdirSync(join(empty, 'sub.csv'));
    writeFileSync(join(empty, 'notes.txt'), 'x');
    const run = runCli(['view', empty]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no .csv files');
  });

  it('with a bad --port', () => {
    expect(runCli(['view', 'data-samples/quickstart', '--port', '70000']).code).toBe(2);
    expect(runCli(['view', 'data-samples/quickstart', '--port', 'x']).code).toBe(2);
  });

  it('on a port that is taken, when --port names it', async () => {
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = runCli(['view', 'data-samples/quickstart', '--port', String(port)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`port ${port} is in use`);
    } finally {
      blocker.close();
    }
  });

  it('when the viewer is not built, it says to run pnpm build', () => {
    const env = { ...process.env, TRACKMAP_VIEWER_DIST: join(tmpdir(), 'trackmap-no-viewer-here') };
    const run = runCli(['view', 'data-samples/quickstart'], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('pnpm build');
  });
});
