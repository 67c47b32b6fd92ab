/**
 * `trackmap view <folder> [--port N] [--open]`: opens the viewer on a roster folder.
 *
 * A local static server, bound to 127.0.0.1 only, serves
 * - the built viewer at `/`: the copy the installed package ships, or `apps/viewer/dist` in a
 *   checkout (`viewerDistDir`);
 * - `/roster/manifest.json`, `{ label, files }`, generated from the folder;
 * - exactly the files the manifest lists under `/roster/`: the roster's CSV files (and its
 *   `trackmap.config.json`), or, for an `analyze --out` folder, its `graph.json` alone.
 * The viewer opened at `/?src=local` fetches the manifest and then each file.
 *
 * Only regular files whose real path (symbolic links resolved) is inside the folder are listed
 * and served: a `ties.csv` that links to `/etc/passwd`, or to a folder, is left out of the
 * manifest with a note on stderr, and checked again when it is requested (the link may have
 * changed since), then opened without following a link.
 *
 * The handler is strict: GET and HEAD only (405 otherwise); a Host header other than the
 * server's own address is refused (403, against DNS rebinding: a web page in another tab cannot
 * read the roster through a name that resolves to 127.0.0.1); viewer paths are resolved and must
 * stay inside the viewer folder; roster files are served only by their exact listed name, so no
 * path outside the list can be reached; every response has `Cache-Control: no-store`, the
 * viewer's Content-Security-Policy and `X-Content-Type-Options: nosniff`. Nothing is written.
 * The server runs until Ctrl-C (SIGINT) or SIGTERM.
 */

import { spawn } from 'node:child_process';
import { constants, createReadStream, existsSync, readFileSync } from 'node:fs';
import { type FileHandle, open, readdir, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { CONFIG_FILE_NAME, withRosterConfig } from '@trackmap/core';
import { findRosterFiles, loadRosterConfig, rosterFilePaths } from '@trackmap/core/node';
import { findAsset, VIEWER_PLACES } from '../assets.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../report-error.js';
import { mappingOptions, ROSTER_FILE_FLAGS, type RosterInputFlags, rosterLocation } from './roster-input.js';

/** The port tried first when `--port` is not given; any free port if it is taken. */
export const DEFAULT_VIEW_PORT = 5178;

/** Used when the built index.html has no CSP meta tag (it always should). Same text as apps/viewer/index.html. */
const FALLBACK_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export interface ViewCommandOptions extends RosterInputFlags {
  port?: number;
  open?: boolean;
}

/** What `/roster/manifest.json` holds. */
export interface RosterManifest {
  label: string;
  files: string[];
}

/** A file of the folder that is not served, and why. */
export interface RefusedFile {
  name: string;
  reason: string;
}

export interface ViewServer {
  server: Server;
  port: number;
  /** `http://127.0.0.1:PORT/?src=local` */
  url: string;
  manifest: RosterManifest;
  /** Files the manifest would list but that are not regular files inside the folder. */
  refused: RefusedFile[];
  close(): Promise<void>;
}

/**
 * The built viewer: `TRACKMAP_VIEWER_DIST` if set, else the copy an installed package ships
 * (`<package>/viewer`), else the repository's `apps/viewer/dist` in a checkout (see assets.ts).
 * When neither holds an `index.html`, the checkout's folder, for the message that says to build it.
 */
export function viewerDistDir(): string {
  const override = process.env.TRACKMAP_VIEWER_DIST;
  if (override) return resolve(override);
  return findAsset(VIEWER_PLACES, 'index.html') ?? VIEWER_PLACES.checkout;
}

/**
 * Why the file `name` of the folder `dir` (a real path) may not be served, or `null` if it may:
 * it must be a regular file whose real path, links resolved, is inside `dir`.
 */
async function refusal(dir: string, name: string): Promise<string | null> {
  const real = await realpath(join(dir, name)).catch(() => undefined);
  if (real === undefined) return 'it cannot be read (a broken link?)';
  if (!real.startsWith(dir + sep)) return `it is a link to ${real}, outside the folder`;
  const info = await stat(real).catch(() => undefined);
  return info?.isFile() ? null : 'it is not a regular file';
}

/**
 * The manifest of a folder, the files the viewer would open, as the CLI would read them:
 * - a roster folder (one with a people file, found under the same names and aliases as
 *   `analyze` uses): its roster CSV/TSV files, and `trackmap.config.json` if present;
 * - else an `analyze --out` folder: its `graph.json` alone (its CSV files are reports);
 * - else every `.csv`/`.tsv` file, for the viewer to say what is missing.
 * Files that are not regular files inside the folder (a link to a file elsewhere, a folder, a
 * broken link) are left out and listed in `refused`.
 *
 * With roster input flags (`--events bodies.csv`, `--column`, `--decision-makers`, `--config`,
 * `--no-config`), the viewer is served a `trackmap.config.json` made from them and the folder's
 * config (`config`): its `files` name the files, which must be inside the folder.
 * Throws `UsageError` if the folder cannot be read or holds none of these.
 */
export async function rosterManifest(
  dir: string,
  input: RosterInputFlags = {},
): Promise<RosterManifest & { refused: RefusedFile[]; config?: string }> {
  let names: string[];
  let real: string;
  try {
    real = await realpath(dir);
    names = (await readdir(real, { withFileTypes: true }))
      .filter((e) => e.isFile() || e.isSymbolicLink())
      .map((e) => e.name);
  } catch {
    throw new UsageError(`view: "${dir}" is not a folder (give a roster folder or an analyze --out folder)`);
  }
  const label = basename(resolve(dir));
  const refused: RefusedFile[] = [];
  const servable = async (list: string[]) => {
    const out: string[] = [];
    for (const name of list) {
      const reason = await refusal(real, name);
      if (reason === null) out.push(name);
      else refused.push({ name, reason });
    }
    return out;
  };
  if (hasRosterInput(input)) {
    const { files, config } = await explicitRoster(dir, real, names, input);
    const served = await servable(files.filter((f) => f !== CONFIG_FILE_NAME));
    return { label, files: [...served, CONFIG_FILE_NAME].sort(), refused, config };
  }
  const roster = await findRosterFiles(real);
  if (roster.people !== undefined) {
    const files = Object.values(roster).map((p) => basename(p));
    if (names.includes(CONFIG_FILE_NAME)) files.push(CONFIG_FILE_NAME);
    return { label, files: await servable(files.sort()), refused };
  }
  if (names.includes('graph.json')) return { label, files: await servable(['graph.json']), refused };
  const files = await servable(names.filter((n) => /\.(csv|tsv)$/i.test(n)).sort());
  if (files.length === 0 && refused.length === 0) {
    throw new UsageError(
      `view: "${dir}" has no .csv files and no graph.json (give a roster folder or an analyze --out folder)`,
    );
  }
  return { label, files, refused };
}

/** True when a roster input flag is given: then the viewer is served a config made from them. */
function hasRosterInput(input: RosterInputFlags): boolean {
  return (
    ROSTER_FILE_FLAGS.some((k) => input[k] !== undefined) ||
    input.config !== undefined ||
    input.column !== undefined ||
    input.track !== undefined ||
    input.decisionMakers !== undefined
  );
}

/**
 * The roster files and the config the viewer is served when flags name files or mappings: the
 * folder's config (unless --no-config, or the one --config names) with the flags over it, and
 * `files` naming every roster file by its name in the folder.
 */
async function explicitRoster(
  dir: string,
  real: string,
  names: string[],
  input: RosterInputFlags,
): Promise<{ files: string[]; config: string }> {
  const location = rosterLocation('view', dir, input);
  const configPath =
    input.config === false
      ? undefined
      : (input.config ?? (names.includes(CONFIG_FILE_NAME) ? join(real, CONFIG_FILE_NAME) : undefined));
  const config = configPath !== undefined ? await loadRosterConfig(configPath) : null;
  const named = rosterFilePaths(location, config, configPath);
  const files: Partial<Record<string, string>> = {};
  for (const [kind, path] of Object.entries(named)) {
    const where = await realpath(path).catch(() => undefined);
    const flag = input[kind as keyof typeof named] !== undefined ? `--${kind} ${path}` : `"files"."${kind}" ${path}`;
    if (where === undefined) throw new UsageError(`view: ${flag}: no such file`);
    if (dirname(where) !== real)
      throw new UsageError(
        `view: ${flag} is not in ${dir}; the viewer is served only the files of the roster folder (copy it there)`,
      );
    files[kind] = basename(where);
  }
  const found = await findRosterFiles(real, { given: Object.keys(named) as (keyof typeof named)[] });
  for (const [kind, path] of Object.entries(found)) files[kind] = basename(path);
  const { columns, tracks, decisionMakers, attributes } = withRosterConfig(mappingOptions(input), config);
  const served = {
    description: 'made by trackmap view from the roster folder, its config and the command line',
    files,
    ...(columns && Object.keys(columns).length > 0 ? { columns } : {}),
    ...(tracks && Object.keys(tracks).length > 0 ? { tracks } : {}),
    ...(decisionMakers ? { decisionMakers } : {}),
    ...(attributes && Object.keys(attributes).length > 0 ? { attributes } : {}),
  };
  return { files: Object.values(files) as string[], config: `${JSON.stringify(served, null, 2)}\n` };
}

function contentSecurityPolicy(indexHtml: string): string {
  const meta = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(indexHtml)?.[0];
  const content = meta ? /content=(["'])([\s\S]*?)\1/i.exec(meta)?.[2] : undefined;
  return content ? content.replace(/\s+/g, ' ').trim() : FALLBACK_CSP;
}

/**
 * Starts the server. `port` 0 takes any free port. Resolves once it listens.
 * Throws `UsageError` if the viewer is not built or the folder holds no roster.
 */
export async function startViewServer(options: {
  rosterDir: string;
  port: number;
  viewerDir?: string;
  /** Roster input flags: the viewer is then served a config made from them (see rosterManifest). */
  input?: RosterInputFlags;
}): Promise<ViewServer> {
  const viewerDir = await realpath(options.viewerDir ?? viewerDistDir()).catch(() => undefined);
  if (!viewerDir || !existsSync(join(viewerDir, 'index.html'))) {
    throw new UsageError(
      `view: the viewer is not built (no ${join(options.viewerDir ?? viewerDistDir(), 'index.html')}); in a clone of the repository, run "pnpm build" first (an installed @trackmap/cli ships it: reinstall the package)`,
    );
  }
  const { refused, config, ...manifest } = await rosterManifest(resolve(options.rosterDir), options.input);
  const rosterDir = await realpath(resolve(options.rosterDir));
  const rosterFiles = new Set(manifest.files);
  const manifestBody = `${JSON.stringify(manifest, null, 2)}\n`;
  const csp = contentSecurityPolicy(readFileSync(join(viewerDir, 'index.html'), 'utf8'));

  let port = options.port;
  const headers = (type: string): Record<string, string> => ({
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  const fail = (res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...headers('text/plain; charset=utf-8'), ...extra });
    res.end(`${text}\n`);
  };
  const sendFile = async (req: IncomingMessage, res: ServerResponse, file: string) => {
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return fail(res, 404, 'Not found');
    res.writeHead(200, {
      ...headers(CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'),
      'Content-Length': String(info.size),
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
  /**
   * A listed roster file, checked again now: its real path must still be a regular file inside
   * the folder. It is opened without following a link, so a link put in its place between the
   * check and the opening is refused too.
   */
  const sendRosterFile = async (req: IncomingMessage, res: ServerResponse, name: string) => {
    const real = await realpath(join(rosterDir, name)).catch(() => undefined);
    if (!real?.startsWith(rosterDir + sep)) return fail(res, 404, 'Not found');
    let handle: FileHandle;
    try {
      handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch {
      return fail(res, 404, 'Not found');
    }
    const info = await handle.stat().catch(() => undefined);
    if (!info?.isFile()) {
      await handle.close();
      return fail(res, 404, 'Not found');
    }
    res.writeHead(200, {
      ...headers(CONTENT_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream'),
      'Content-Length': String(info.size),
    });
    if (req.method === 'HEAD') {
      await handle.close();
      return res.end();
    }
    handle
      .createReadStream()
      .on('error', () => res.destroy())
      .pipe(res);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return fail(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    // The Host header names the port unless it is HTTP's default, 80.
    const host = (req.headers.host ?? '').toLowerCase().replace(/:80$/, port === 80 ? '' : ':80');
    const suffix = port === 80 ? '' : `:${port}`;
    if (host !== `127.0.0.1${suffix}` && host !== `localhost${suffix}`) return fail(res, 403, 'Forbidden host');
    const raw = (req.url ?? '/').split('?')[0]!.split('#')[0]!;
    let path: string;
    try {
      path = decodeURIComponent(raw);
    } catch {
      return fail(res, 400, 'Bad request');
    }
    // Raw paths with dot segments or backslashes are refused outright; browsers never send them.
    if (!path.startsWith('/') || path.includes('\0') || path.includes('\\') || /(^|\/)\.\.?(\/|$)/.test(path))
      return fail(res, 404, 'Not found');

    if (path === '/roster/manifest.json') {
      res.writeHead(200, {
        ...headers(CONTENT_TYPES['.json']!),
        'Content-Length': String(Buffer.byteLength(manifestBody)),
      });
      return res.end(req.method === 'HEAD' ? undefined : manifestBody);
    }
    if (path.startsWith('/roster/')) {
      const name = path.slice('/roster/'.length);
      if (!rosterFiles.has(name)) return fail(res, 404, 'Not found');
      if (name === CONFIG_FILE_NAME && config !== undefined) {
        res.writeHead(200, {
          ...headers(CONTENT_TYPES['.json']!),
          'Content-Length': String(Buffer.byteLength(config)),
        });
        return res.end(req.method === 'HEAD' ? undefined : config);
      }
      return sendRosterFile(req, res, name);
    }
    const file = resolve(viewerDir, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(viewerDir + sep)) return fail(res, 404, 'Not found');
    const real = await realpath(file).catch(() => undefined);
    if (!real?.startsWith(viewerDir + sep)) return fail(res, 404, 'Not found');
    return sendFile(req, res, real);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) fail(res, 500, 'Internal error');
      else res.destroy();
    });
  });
  await new Promise<void>((ok, ko) => {
    server.once('error', ko);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', ko);
      ok();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/?src=local`,
    manifest,
    refused,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

/** Best effort: the system's browser; a failure only prints a note. */
function openBrowser(url: string, io: CliIo): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => io.stderr.write(`Could not open a browser; open ${url} yourself.\n`));
    child.unref();
  } catch {
    io.stderr.write(`Could not open a browser; open ${url} yourself.\n`);
  }
}

export async function viewCommand(folder: string | undefined, options: ViewCommandOptions, io: CliIo): Promise<number> {
  if (folder === undefined) {
    throw new UsageError(
      'view: give a roster folder or an analyze --out folder, e.g. "trackmap view data-samples/dialogue"',
    );
  }
  let view: ViewServer;
  try {
    view = await startViewServer({ rosterDir: folder, port: options.port ?? DEFAULT_VIEW_PORT, input: options });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EADDRINUSE') throw error;
    if (options.port !== undefined) {
      throw new UsageError(
        `view: port ${options.port} is in use; pick another with --port, or --port 0 for any free one`,
      );
    }
    view = await startViewServer({ rosterDir: folder, port: 0, input: options });
  }
  const { files, label } = view.manifest;
  for (const { name, reason } of view.refused) io.stderr.write(`view: not serving ${name}: ${reason}.\n`);
  io.stdout.write(
    [
      `Serving ${label} (${files.join(', ')}) on 127.0.0.1 only. Nothing is sent anywhere else.`,
      `Open ${view.url}`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  if (options.open) openBrowser(view.url, io);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await view.close();
  io.stdout.write('Stopped.\n');
  return 0;
}
