/**
 * `trackmap init <dir> [--sample dialogue|quickstart]`: a way in for someone with no roster yet.
 *
 * Without `--sample`, writes an empty roster template into `<dir>`: the four roster files with
 * their header rows (the canonical columns of `ROSTER_COLUMNS`, so the template follows the
 * importer), a `trackmap.config.json` whose every setting is present, empty, and explained by a
 * `"// ..."` comment key (which the config parser skips), and a README on filling the files from a
 * spreadsheet. With `--sample NAME`, copies a bundled sample roster instead (the package's
 * `samples/NAME`, or `data-samples/NAME` in a checkout: assets.ts).
 *
 * `<dir>` is created if needed; an existing folder must be empty (a usage error otherwise, exit
 * 2), so that nothing of the user's is ever overwritten. Prints the files written and what to run
 * next.
 */

import { cp, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, ROSTER_COLUMNS, type RosterFileKind } from '@trackmap/core';
import { BUNDLED_SAMPLES, type BundledSample, findAsset, SAMPLE_PLACES } from '../assets.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../report-error.js';

export interface InitCommandOptions {
  sample?: BundledSample;
}

/** The roster files of the template, in the order a roster is filled. */
const TEMPLATE_FILES: readonly RosterFileKind[] = ['people', 'ties', 'events', 'attendance'];

/** `--sample NAME`: one of the bundled samples, else a usage error that lists them. */
export function sampleFlag(value: string): BundledSample {
  const name = value.trim().toLowerCase();
  if ((BUNDLED_SAMPLES as readonly string[]).includes(name)) return name as BundledSample;
  throw new UsageError(`--sample: expected ${BUNDLED_SAMPLES.join(' or ')}, got "${value}"`);
}

/** A roster file's header row: its canonical columns, in the order of docs/roster-format.md. */
export function templateHeader(kind: RosterFileKind): string {
  return `${ROSTER_COLUMNS[kind].map((c) => c.key).join(',')}\n`;
}

/** The commented config: every setting there, empty, with a `"// name"` comment before it. */
export function templateConfig(): string {
  const config = {
    '//': `trackmap reads this file from the roster folder. Every setting is optional and empty here; keys that start with // are comments. Full reference: docs/roster-format.md in trackmap's repository.`,
    '// files':
      'Which file is which, if yours have other names than people.csv, ties.csv, events.csv and attendance.csv. Example: { "events": "workshops.csv", "attendance": "who came.csv" }',
    files: {},
    '// columns':
      'Your own header names, per file, if they differ from trackmap\'s (headers already match in any order and case, and common aliases are known). Example: { "people": { "name": "Full name", "side": "Delegation" } }',
    columns: {},
    '// tracks':
      'Your track labels, each mapped to 1, 1.5, 2 or 3 (1, I, official, 2, II, unofficial, ... are known). Example: { "Officials": "1", "Experts": "2" }',
    tracks: {},
    '// attributes':
      'What coded values of people columns mean, per column: "recode" maps values as written to the value meant, "missing" lists codes that mean unknown. Example: { "gender": { "recode": { "1": "male", "2": "female" }, "missing": ["9999998", "NA"] } }',
    attributes: {},
    '// decisionMakers':
      'Who counts as a decision-maker. Without this setting: everyone whose track is 1. To use it, add a key "decisionMakers" with a rule such as "role=minister,negotiator", "attendance.role~minister", or a list of rules (any one matches)',
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** The template's README: what each file holds and how to fill it from a spreadsheet. */
export function templateReadme(folder: string): string {
  const name = basename(resolve(folder));
  const analyze = `trackmap analyze ${name} --out ${name}-analysis`;
  const view = `trackmap view ${name}-analysis`.padEnd(analyze.length);
  const columns = (kind: RosterFileKind) =>
    ROSTER_COLUMNS[kind].map((c) => (c.required ? `**${c.key}**` : c.key)).join(', ');
  return `# ${name}: a trackmap roster

This folder is an empty roster: four CSV files with their header rows, and a settings file.
Fill the files with your programme's people, ties, events and attendance, then analyse them.

| file | one row per | columns (required in bold) |
| --- | --- | --- |
| \`people.csv\` | person: participant, official, go-between | ${columns('people')} |
| \`ties.csv\` | known tie between two people | ${columns('ties')} |
| \`events.csv\` | event: workshop, seminar, round | ${columns('events')} |
| \`attendance.csv\` | one person at one event | ${columns('attendance')} |

Only \`people.csv\` is required; delete the files you do not keep. Ties and attendance name people
by their \`id\` in \`people.csv\`, and attendance names events by their \`id\` in \`events.csv\`.
\`track\` is \`1\` (officials, who decide), \`1.5\`, \`2\` (unofficial) or \`3\` (grassroots);
\`ideology\` is a number from -1 to 1; \`directed\` is true or false. Any other column you add is kept.

## From a spreadsheet

1. Open each CSV file in Excel, LibreOffice or Google Sheets (or make one sheet per file). Keep the
   header row as the first row: these names, or your own (then map them under \`"columns"\` in
   \`${CONFIG_FILE_NAME}\`).
2. Type or paste one row per person, tie, event or attendance under the header.
3. Save each sheet as CSV under its file name, into this folder: in Excel, File › Save As ›
   CSV UTF-8; in Google Sheets, File › Download › Comma-separated values. Semicolons, a BOM and
   Windows line ends are all read.
4. Analyse, then look:

\`\`\`sh
${analyze}   # report.md, people-metrics.csv, graph files
${view}   # the viewer, on 127.0.0.1 only
\`\`\`

Every problem is reported at \`file:line:column\`. Nothing leaves your machine.
`;
}

/** `<dir>` made ready: created if missing; an existing folder must be empty. */
async function emptyFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory())
    throw new UsageError(`init: "${dir}" is a file, not a folder; give the name of a new folder`);
  if (info) {
    const entries = await readdir(dir);
    if (entries.length > 0)
      throw new UsageError(
        `init: "${dir}" is not empty (${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}); nothing was written: init never overwrites. Give a new or empty folder, e.g. trackmap init ${dir.replace(/[/\\]+$/, '')}-2`,
      );
  }
  await mkdir(dir, { recursive: true });
}

export async function initCommand(dir: string | undefined, options: InitCommandOptions, io: CliIo): Promise<number> {
  if (dir === undefined || dir.trim() === '')
    throw new UsageError('init: give the folder to write, e.g. trackmap init my-roster (or --sample dialogue)');
  await emptyFolder(dir);
  const written: string[] = [];
  if (options.sample) {
    const samples = findAsset(SAMPLE_PLACES, join(options.sample, 'people.csv'));
    if (!samples) throw new Error(`the ${options.sample} sample is missing from this installation of trackmap`);
    await cp(join(samples, options.sample), dir, { recursive: true });
    written.push(...(await readdir(dir)).sort());
  } else {
    for (const kind of TEMPLATE_FILES) {
      await writeFile(join(dir, `${kind}.csv`), templateHeader(kind));
      written.push(`${kind}.csv`);
    }
    await writeFile(join(dir, CONFIG_FILE_NAME), templateConfig());
    await writeFile(join(dir, 'README.md'), templateReadme(dir));
    written.push(CONFIG_FILE_NAME, 'README.md');
  }
  const out = `${dir.replace(/[/\\]+$/, '')}-analysis`;
  io.stdout.write(
    `${options.sample ? `Wrote the ${options.sample} sample roster` : 'Wrote an empty roster template'} to ${dir}:\n`,
  );
  for (const file of written) io.stdout.write(`  ${join(dir, file)}\n`);
  io.stdout.write(
    options.sample
      ? `Next: trackmap analyze ${dir} --out ${out}, then trackmap view ${out}\n`
      : `Next: fill people.csv (and the others you keep) as ${join(dir, 'README.md')} says, then trackmap analyze ${dir} --out ${out}\n`,
  );
  return 0;
}
