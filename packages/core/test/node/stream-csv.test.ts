/**
 * The streaming reader of the Node layer (`streamCsvFile`, used by `readRoster`) must give exactly
 * the table `readCsvSource` gives from the whole file: same header, rows, lines, counts and issues,
 * whatever the chunk boundaries cut (a line end CR|LF, a UTF-8 sequence, a quoted field, the header).
 * Files it does not stream (not UTF-8, malformed) must come back as `null`, and `readRoster` must then
 * give exactly `parseRoster`'s result or error (issue #6).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAME, rosterConfigOptions } from '../../src/import/roster-config.js';
import { parseRoster, readCsvSource } from '../../src/import/roster-csv.js';
import {
  findRosterFiles,
  loadRosterConfig,
  readRoster,
  rosterFilePaths,
  streamCsvFile,
} from '../../src/node/read-roster.js';

const samples = join(import.meta.dirname, '../../../../data-samples');
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'trackmap-stream-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every roster folder under data-samples (the malformed ones included). */
function rosterFolders(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) continue;
    if (readdirSync(path).some((f) => f.endsWith('.csv'))) out.push(path);
    out.push(...rosterFolders(path));
  }
  return out;
}

async function outcome(run: () => Promise<unknown> | unknown) {
  try {
    const r = (await run()) as { roster: unknown; issues: unknown; graph: { export(): unknown } };
    return { roster: r.roster, issues: r.issues, graph: r.graph.export() };
  } catch (error) {
    return { error: (error as { issues?: unknown }).issues ?? String(error) };
  }
}

describe('streamed import equals the whole-file import', () => {
  const folders = rosterFolders(samples);
  it('finds the samples', () => {
    expect(folders.length).toBeGreaterThanOrEqual(15);
  });

  it.each(folders.map((f) => [f.slice(samples.length + 1), f]))('%s', async (_name, dir) => {
    // A folder with a config (board-memberships) names its files and options there.
    const configPath = join(dir, CONFIG_FILE_NAME);
    const config = existsSync(configPath) ? await loadRosterConfig(configPath) : null;
    const named = rosterFilePaths({ dir }, config, config ? configPath : undefined);
    const paths = { ...(await findRosterFiles(dir, { given: Object.keys(named) as never })), ...named };
    const sources: Record<string, { name: string; bytes: Uint8Array }> = {};
    for (const [kind, path] of Object.entries(paths)) sources[kind] = { name: path, bytes: await readFile(path) };
    const options = config ? rosterConfigOptions(config) : {};
    const expected = await outcome(() => parseRoster(sources as never, options));
    expect(await outcome(() => readRoster({ dir }))).toEqual(expected);
    for (const [kind, path] of Object.entries(paths)) {
      const whole = readCsvSource(sources[kind] as { name: string; bytes: Uint8Array });
      const size = sources[kind]?.bytes.length ?? 0;
      for (const chunkSize of size < 8_000 ? [1, 2, 3, 5, 64] : [7, 4_096]) {
        const streamed = await streamCsvFile(path, { chunkSize });
        // null: not streamed (not UTF-8, or a syntax error): readRoster reads it whole.
        if (streamed !== null) expect(streamed, `${path} in chunks of ${chunkSize}`).toEqual(whole);
        else expect(whole.encoding !== 'utf-8' || whole.table.issues.some((i) => i.code === 'CSV_SYNTAX')).toBe(true);
      }
    }
  });

  const tricky: Record<string, string | Uint8Array> = {
    'crlf, quoted newlines and a BOM':
      '\uFEFFid,name,notes\r\np1,"Ana\r\nMaria","a, b"\r\n\r\np2,Bo,"x ""y"""\r\np3,Ci\r\n',
    'cr line ends, semicolons, accents': 'id;name;ideology\rp1;Zoë;0,5\rp2;Émile;-0,25\r',
    'a long header and blank lines first': `\n\n  \nid,${Array.from({ length: 300 }, (_, i) => `col${i}`).join(',')}\np1\np2,${'v,'.repeat(299)}v\n`,
    'ragged rows, all-empty rows, no final newline': 'id,name\np1,A,extra\n,,\np2\np3,C,,,\np4,D',
    'a quoted header cell with a delimiter and a newline': '"id","full\nname","a,b"\np1,"X",1\n',
    'multibyte characters everywhere': 'id,name\n😀,日本語\nü,"ﬁ\n€"\n',
    'a BOM and nothing else': '\uFEFF',
    'header only': 'id,name',
  };
  it.each(Object.entries(tricky))('%s', async (name, content) => {
    const path = join(root, `${name.replace(/\W+/g, '-')}.csv`);
    await writeFile(path, content);
    const whole = readCsvSource({ name: path, bytes: await readFile(path) });
    for (const chunkSize of [1, 2, 3, 4, 7, 1 << 20]) {
      expect(await streamCsvFile(path, { chunkSize }), `chunks of ${chunkSize}`).toEqual(whole);
    }
  });

  it('not streamed: Windows-1252, UTF-16, an unclosed quote, files under three bytes', async () => {
    const cases: Record<string, Uint8Array> = {
      cp1252: Uint8Array.from([0x69, 0x64, 0x0a, 0x5a, 0x6f, 0xeb, 0x0a]), // id\nZoë in Windows-1252
      utf16: Uint8Array.from([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00, 0x0a, 0x00]),
      quote: new TextEncoder().encode('id,name\np1,"open\np2,B\n'),
      tiny: new TextEncoder().encode('id'),
    };
    for (const [name, bytes] of Object.entries(cases)) {
      const path = join(root, `${name}.csv`);
      await writeFile(path, bytes);
      for (const chunkSize of [1, 3, 1 << 20]) expect(await streamCsvFile(path, { chunkSize }), name).toBeNull();
    }
  });
});
