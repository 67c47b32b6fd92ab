/**
 * `?src=local`: the roster served beside the viewer
 * =================================================
 *
 * `trackmap view <folder>` serves the viewer at `/` and the roster folder under `/roster/`, on
 * 127.0.0.1 only. `./roster/manifest.json` is `{ "label": string, "files": string[] }` (names
 * relative to `./roster/`); each file is fetched as bytes, from this same origin, and opened
 * exactly as if the user had picked it.
 */

import type { InputFile } from './protocol.js';

export interface Manifest {
  label: string;
  files: string[];
}

export function parseManifest(data: unknown): Manifest {
  const m = data as { label?: unknown; files?: unknown };
  if (
    typeof data !== 'object' ||
    data === null ||
    typeof m.label !== 'string' ||
    !Array.isArray(m.files) ||
    !m.files.every((f) => typeof f === 'string')
  ) {
    throw new Error('roster/manifest.json: expected { "label": string, "files": string[] }');
  }
  for (const f of m.files as string[]) {
    // Names relative to ./roster/ only: nothing may point elsewhere.
    if (
      f === '' ||
      f.startsWith('/') ||
      f.includes('\\') ||
      f.split('/').some((s) => s === '..' || s === '.') ||
      /^[a-z][a-z0-9+.-]*:/i.test(f)
    ) {
      throw new Error(`roster/manifest.json: file name not allowed: ${JSON.stringify(f)}`);
    }
  }
  return { label: m.label, files: m.files as string[] };
}

export async function fetchLocalRoster(base = './roster/'): Promise<{ label: string; files: InputFile[] }> {
  const response = await fetch(`${base}manifest.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`roster/manifest.json: the local server answered ${response.status}`);
  const manifest = parseManifest(await response.json());
  const files = await Promise.all(
    manifest.files.map(async (name) => {
      const r = await fetch(base + name.split('/').map(encodeURIComponent).join('/'), { cache: 'no-store' });
      if (!r.ok) throw new Error(`roster/${name}: the local server answered ${r.status}`);
      return { name, bytes: new Uint8Array(await r.arrayBuffer()) };
    }),
  );
  return { label: manifest.label, files };
}
