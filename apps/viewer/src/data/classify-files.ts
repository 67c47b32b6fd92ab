/**
 * Which opened file is which
 * ==========================
 *
 * The user opens (or drops, or the local server lists) the files of a roster folder. The CSV
 * (or TSV) files are matched to the roster's four files by name, case-insensitively and with
 * the same aliases as the CLI (`participants.csv` is the people file...), and
 * `trackmap.config.json`, if present, is the config; the files its `files` names (by their last
 * path segment) are taken first, whatever their names. Without roster CSV files, a `graph.json`
 * written by `trackmap analyze` (or a single other JSON file) is opened instead. Anything else
 * (summary.json, reports, other CSV outputs) is listed as ignored.
 */

import { CONFIG_FILE_NAME, ROSTER_FILE_NAMES, type RosterFileKind } from '@trackmap/core';

export { CONFIG_FILE_NAME };

/** JSON files `trackmap analyze` writes that are not the graph. */
const OTHER_OUTPUTS = new Set(['summary.json', 'paths.json', 'homophily.json', 'package.json', 'manifest.json']);

export interface Classified<F> {
  /** A graph.json to open, when there are no roster CSV files. */
  graphJson: F | null;
  csv: Partial<Record<RosterFileKind, F>>;
  config: F | null;
  ignored: F[];
}

/** The last path segment: a file picked from a folder may carry `folder/people.csv`. */
export function baseName(name: string): string {
  const parts = name.split(/[\\/]/);
  return parts[parts.length - 1] ?? name;
}

/**
 * @param byKind - the config's `files`: which file is which roster file, by name (its last path
 *   segment is compared, case-insensitively). A kind named here is never guessed from names.
 */
export function classifyFiles<F extends { name: string }>(
  files: readonly F[],
  byKind: Partial<Record<RosterFileKind, string>> = {},
): Classified<F> {
  const out: Classified<F> = { graphJson: null, csv: {}, config: null, ignored: [] };
  const json: F[] = [];
  const byName = new Map(
    Object.entries(byKind).map(([kind, file]) => [baseName(file).toLowerCase(), kind as RosterFileKind]),
  );
  for (const file of files) {
    const name = baseName(file.name).toLowerCase();
    if (name === CONFIG_FILE_NAME) {
      out.config = file;
      continue;
    }
    const namedKind = byName.get(name);
    if (namedKind !== undefined && out.csv[namedKind] === undefined) {
      out.csv[namedKind] = file;
      continue;
    }
    if (name.endsWith('.json')) {
      json.push(file);
      continue;
    }
    const match = /^(.*)\.(csv|tsv)$/.exec(name);
    const stem = match?.[1];
    const kind =
      stem === undefined
        ? undefined
        : (Object.keys(ROSTER_FILE_NAMES) as RosterFileKind[]).find((k) => ROSTER_FILE_NAMES[k].includes(stem));
    if (kind && out.csv[kind] === undefined && byKind[kind] === undefined) out.csv[kind] = file;
    else out.ignored.push(file);
  }
  if (Object.keys(out.csv).length > 0) {
    out.ignored.push(...json);
    return out;
  }
  const named = json.find((f) => baseName(f.name).toLowerCase() === 'graph.json');
  const candidates = json.filter((f) => !OTHER_OUTPUTS.has(baseName(f.name).toLowerCase()));
  out.graphJson = named ?? (candidates.length === 1 ? (candidates[0] as F) : null);
  out.ignored.push(...json.filter((f) => f !== out.graphJson));
  return out;
}
