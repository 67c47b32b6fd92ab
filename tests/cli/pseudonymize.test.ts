/**
 * Pseudonymised outputs, tested as an attacker would: run every output-writing command with
 * --pseudonymize on the dialogue sample, then scan every byte of every file written for every
 * original id, name, note, organisation and evidence of the sample, and find none. Then the same
 * on a hostile roster (tests/helpers/hostile-roster.ts) whose names and ids are also in its event
 * ids, round and initiative labels, track labels, tie notes, column headers, folder and file
 * names and decision-maker rules, through every command and every output; and the key's strength
 * and file permissions.
 */
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, runCli } from '../helpers/cli.js';
import { HOSTILE_EVENTS, HOSTILE_PEOPLE_FILE, SECRETS, writeHostileRoster } from '../helpers/hostile-roster.js';
import { repo } from '../helpers/paths.js';

/** Fixed test keys (random bytes; never real ones). */
const KEYS = [
  '5de546d1c8d2dcb936c325b72d3958d7fedd73abff651fd15421cb4a8073af4c',
  'cb7b71f38890f31d545e6cf16bae3ac68c0333dc4616278bc77c009a85f49008',
  'a19785effea6484b602f6917f9995c9b46a50d9315e9484847bcd4b9dc05cf8a',
  '16329aa8db4aa425c5e0f6f5257081f1cc8260d510cd6bb5939018cb77c0cdc8',
] as const;

const read = (file: string) =>
  parseCsv(readFileSync(repo(`data-samples/dialogue/${file}`), 'utf8'), { columns: true }) as Record<string, string>[];

/** Every identifying string of the sample, longest first (ids such as "ald-001" included). */
function secrets(): string[] {
  const people = read('people.csv');
  const ties = read('ties.csv');
  const values = new Set<string>();
  for (const p of people)
    for (const v of [p.id, p.name, p.notes, p.organisation]) if (v && v.length >= 4) values.add(v);
  for (const t of ties) if (t.evidence && t.evidence.length >= 12) values.add(t.evidence);
  // surnames alone, too (a name split across cells would still leak)
  for (const p of people) for (const part of (p.name ?? '').split(/\s+/)) if (part.length >= 6) values.add(part);
  return [...values].sort((a, b) => b.length - a.length);
}

/**
 * A file's text as scanned: map.html writes `<`, `>`, `&`, U+2028 and U+2029 in its embedded
 * graph.json as `\uXXXX`, so its text is scanned with those escapes undone too (a secret holding
 * one of them would otherwise hide from a byte scan).
 */
function scannedText(file: string, bytes: Buffer): string {
  const text = bytes.toString('utf8');
  if (!file.endsWith('map.html')) return text;
  return `${text}\n${text.replace(/\\u(003c|003e|0026|2028|2029)/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))}`;
}

function scan(dir: string, needles: string[]): string[] {
  const leaks: string[] = [];
  for (const file of readdirSync(dir)) {
    const text = scannedText(file, readFileSync(join(dir, file)));
    for (const n of needles) if (text.includes(n)) leaks.push(`${file}: ${n}`);
  }
  return leaks;
}

describe('--pseudonymize', () => {
  const work = mkdtempSync(join(tmpdir(), 'trackmap-pseudo-'));
  const key = join(work, 'key.txt');
  const otherKey = join(work, 'other.txt');
  const out = join(work, 'out');
  beforeAll(() => {
    writeFileSync(key, `${KEYS[0]}\n`, { mode: 0o600 });
    writeFileSync(otherKey, `${KEYS[1]}\n`, { mode: 0o600 });
    const dialogue = repo('data-samples/dialogue');
    const common = ['--pseudonymize', '--key-file', key, '--out', out];
    for (const args of [
      ['analyze', dialogue, ...common],
      ['transfer', dialogue, '--from-event', 'rsd-03', '--runs', '500', ...common],
      ['compare', dialogue, '--rounds', '4,8', ...common],
    ]) {
      const run = runCli(args);
      expect(run.code, `${args[0]}: ${run.stderr}`).toBe(0);
      // nothing identifying on the terminal either
      expect(scan2(run.stdout + run.stderr, ['ald-001', 'Renena Mendeira'])).toEqual([]);
    }
  });
  const scan2 = (text: string, needles: string[]) => needles.filter((n) => text.includes(n));

  it('writes no original id, name, note, organisation or evidence into any output file', () => {
    const needles = secrets();
    expect(needles.length).toBeGreaterThan(300);
    expect(readdirSync(out).length).toBeGreaterThanOrEqual(16);
    expect(scan(out, needles)).toEqual([]);
  });

  it('map.html, the viewer with the analysis inside, holds none of them either (issue 13)', () => {
    const needles = secrets();
    const map = readFileSync(join(out, 'map.html'));
    // The scan would find them: the sample's ids and names are in the unpseudonymised graph.json.
    expect(needles.some((n) => readFileSync(repo('data-samples/dialogue/people.csv'), 'utf8').includes(n))).toBe(true);
    expect(map.length).toBeGreaterThan(100_000);
    const text = scannedText('map.html', map);
    expect(needles.filter((n) => text.includes(n))).toEqual([]);
    expect(text).toContain('P-');
  });

  it('the same key gives the same pseudonyms; another key gives others', () => {
    const a = parseCsv(readFileSync(join(out, 'people-metrics.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    const again = join(work, 'again');
    const other = join(work, 'other');
    expect(
      runCli([
        'analyze',
        repo('data-samples/dialogue'),
        '--pseudonymize',
        '--key-file',
        key,
        '--out',
        again,
        '--transfer-runs',
        '0',
      ]).code,
    ).toBe(0);
    expect(
      runCli([
        'analyze',
        repo('data-samples/dialogue'),
        '--pseudonymize',
        '--key-file',
        otherKey,
        '--out',
        other,
        '--transfer-runs',
        '0',
      ]).code,
    ).toBe(0);
    const b = parseCsv(readFileSync(join(again, 'people-metrics.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    const c = parseCsv(readFileSync(join(other, 'people-metrics.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(b.map((r) => r.id)).toEqual(a.map((r) => r.id));
    expect(a.every((r) => /^P-[0-9a-f]{10}$/.test(r.id as string))).toBe(true);
    const overlap = c.filter((r, i) => r.id === a[i]?.id);
    expect(overlap).toEqual([]);
    // measures do not depend on the names
    expect(b.map((r) => r.betweenness)).toEqual(a.map((r) => r.betweenness));
  });

  it('reveal maps pseudonyms back for the key holder only', () => {
    const first = (
      parseCsv(readFileSync(join(out, 'people-metrics.csv'), 'utf8'), { columns: true }) as Record<string, string>[]
    )[0]!;
    const run = runCli(['reveal', repo('data-samples/dialogue'), '--key-file', key, first.id as string]);
    expect(run.code).toBe(0);
    const [row] = parseCsv(run.stdout, { columns: true }) as Record<string, string>[];
    const person = read('people.csv').find((p) => p.id === row?.id);
    expect(row).toEqual({ pseudonym: first.id, id: person?.id, name: person?.name, kind: 'person' });
    const wrong = runCli(['reveal', repo('data-samples/dialogue'), '--key-file', otherKey, first.id as string]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).not.toContain(row?.id as string);
  });

  it('ids given on the command line still work (they are pseudonymised too)', () => {
    const run = runCli([
      'paths',
      repo('data-samples/dialogue'),
      '--person',
      'ves-073',
      '--nearest',
      '--pseudonymize',
      '--key-file',
      key,
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('ves-073');
    expect(JSON.parse(run.stdout).routes.length).toBeGreaterThan(0);
  });
});

// Issue 16, item 1: a decision-maker rule on an identifying column named the officials in
// summary.json (roster.decisionMakerRule.values), graph.json and the report's sentence.
describe('--pseudonymize with a decision-maker rule that names people', () => {
  const work = mkdtempSync(join(tmpdir(), 'trackmap-pseudo-rule-'));
  const key = join(work, 'key.txt');
  writeFileSync(key, `${KEYS[2]}\n`, { mode: 0o600 });
  const officials = [
    ['ald-001', 'Renena Mendeira'],
    ['ald-002', 'Galius Mendino'],
  ] as const;
  const analyze = (rule: string, name: string, extra: string[] = []) => {
    const out = join(work, name);
    const run = runCli([
      'analyze',
      repo('data-samples/dialogue'),
      '--pseudonymize',
      '--key-file',
      key,
      '--decision-makers',
      rule,
      '--transfer-runs',
      '0',
      '--permutations',
      '0',
      '--out',
      out,
      ...extra,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(scan2(run.stdout + run.stderr)).toEqual([]);
    return out;
  };
  const needles = officials.flat();
  const scan2 = (text: string) => needles.filter((n) => text.includes(n));

  it('a rule on id: the values become the pseudonyms of the people matched, nowhere the ids', () => {
    const out = analyze(`id=${officials.map(([id]) => id).join(',')}`, 'by-id');
    expect(scan(out, needles)).toEqual([]);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const [rule] = summary.roster.decisionMakerRules;
    expect(rule.column).toBe('id');
    expect(rule.values).toHaveLength(2);
    for (const v of rule.values) expect(v).toMatch(/^P-[0-9a-f]{10}$/);
    // the pseudonyms are those of the two people marked as decision-makers
    const rows = parseCsv(readFileSync(join(out, 'people-metrics.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    const marked = rows.filter((r) => r.is_decision_maker === 'true').map((r) => r.id);
    expect([...marked].sort()).toEqual(rule.values);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
    expect(graph.attributes.decisionMakers).toEqual(summary.roster.decisionMakerRules);
  });

  it('a rule on name: the values are withheld and counted, in the summary, the graph and the report', () => {
    const out = analyze(`name=${officials.map(([, name]) => name).join(',')}`, 'by-name');
    expect(scan(out, needles)).toEqual([]);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.roster.decisionMakerRules).toMatchObject([{ column: 'name', values: [], withheld: 2 }]);
    // what the rule matched: counts only, no value of the names column
    expect(summary.roster.decisionMakerRules[0].matched).toEqual({
      people: 2,
      values: [],
      unmatched: [],
      unmatchedCount: 161,
    });
    expect(summary.access.decisionMakers).toBe(2);
    const report = readFileSync(join(out, 'report.md'), 'utf8');
    expect(report).toContain(
      '| `name=…` and 2 values withheld (the roster is pseudonymised) | 2 | – | 161 values (withheld) |',
    );
  });

  it('a rule on a dropped column withholds its values; on a kept column it keeps them', () => {
    const dropped = analyze('organisation=Office of the Prime Minister', 'by-org');
    expect(scan(dropped, ['Office of the Prime Minister'])).toEqual([]);
    const kept = analyze('track=1', 'by-track');
    const summary = JSON.parse(readFileSync(join(kept, 'summary.json'), 'utf8'));
    expect(summary.roster.decisionMakerRules).toMatchObject([{ column: 'track', values: ['1'] }]);
  });

  it('a contains rule on name and a rule on event names: values withheld, people counted', () => {
    const out = analyze('name~Mendeira|Mendino', 'by-name-contains', [
      '--decision-makers',
      'events.name~Riverside',
      '--decision-makers',
      'name~Nobody Mendeira',
    ]);
    expect(scan(out, [...needles, 'Riverside', 'Mendeira', 'Mendino'])).toEqual([]);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.roster.decisionMakerRules).toMatchObject([
      { column: 'name', match: 'contains', values: [], withheld: 2, matched: { people: 4, unmatched: [] } },
      { file: 'events', column: 'name', match: 'contains', values: [], withheld: 1, matched: { unmatched: [] } },
      { column: 'name', match: 'contains', values: [], withheld: 1, matched: { people: 0 } },
    ]);
  });
});

// Issue 16, items 2 and 4: event ids, round, initiative and track labels, the folder and file
// names and the headers of dropped columns reached the outputs; rows kept the roster's order and
// graph.json/paths.json its line numbers.
describe('--pseudonymize on a hostile roster, through every command', () => {
  const work = mkdtempSync(join(tmpdir(), 'trackmap-pseudo-hostile-'));
  const dir = writeHostileRoster(work);
  const copy = join(work, 'Lindqvist archive');
  cpSync(dir, copy, { recursive: true });
  const key = join(work, 'key.txt');
  writeFileSync(key, `${KEYS[3]}\n`, { mode: 0o600 });
  const out = (name: string) => join(work, 'out', name);
  const pseudo = ['--pseudonymize', '--key-file', key];
  const quick = ['--transfer-runs', '100', '--permutations', '10'];
  const files = ['--people', join(work, HOSTILE_PEOPLE_FILE), '--ties', join(dir, 'ties.csv')];
  const RUNS: Record<string, string[]> = {
    'analyze-id-rule': [
      'analyze',
      dir,
      ...pseudo,
      ...quick,
      '--decision-makers',
      'id=okafor.adaeze,vasquez.lucia',
      '--out',
      out('analyze-id'),
    ],
    'analyze-files-name-rule': [
      'analyze',
      ...files,
      ...pseudo,
      ...quick,
      '--decision-makers',
      'name=Adaeze Okafor,Lucia Vasquez,Nobody Lindqvist',
      '--out',
      out('analyze-files'),
    ],
    'analyze-dropped-column-rule': [
      'analyze',
      dir,
      ...pseudo,
      ...quick,
      '--decision-makers',
      'Okafor private phone=+1 555 010',
      '--out',
      out('analyze-dropped'),
    ],
    'analyze-track-rule': [
      'analyze',
      dir,
      ...pseudo,
      ...quick,
      '--decision-makers',
      'track=Okafor inner circle,1,Haddad',
      '--json',
      '--out',
      out('analyze-track'),
    ],
    // Issue 12: every form of rule, on identifying columns of every file, and one matching nobody.
    'analyze-contains-rules': [
      'analyze',
      dir,
      ...pseudo,
      ...quick,
      '--decision-makers',
      'name~Okafor|Vasquez',
      '--decision-makers',
      'events.name~Adaeze',
      '--decision-makers',
      'events.initiative~Okafor',
      '--decision-makers',
      'attendance.Vasquez seat=*',
      '--decision-makers',
      'name~Nobody Lindqvist',
      '--out',
      out('analyze-contains'),
    ],
    'analyze-membership-rules': [
      'analyze',
      dir,
      ...pseudo,
      ...quick,
      '--decision-makers',
      'events.id=dinner-with-adaeze-okafor,Lindqvist gala',
      '--decision-makers',
      'attendance.Lindqvist note~haddad',
      '--decision-makers',
      'events.round~Okafor',
      '--decision-makers',
      'events.Tanaka venue~Okafor',
      '--decision-makers',
      'attendance.role~speak',
      '--out',
      out('analyze-membership'),
    ],
    'paths-text': ['paths', dir, ...pseudo, '--person', 'lindqvist.sven'],
    'paths-json': ['paths', dir, ...pseudo, '--person', 'kowalczyk.jan', '--to', 'okafor.adaeze', '--json'],
    'suggest-text': ['suggest', dir, ...pseudo, '--event', 'dinner-with-adaeze-okafor', '--add', '2', '--drop', '1'],
    'suggest-json': ['suggest', dir, ...pseudo, '--event', 'haddad-retreat', '--with', 'mensah.kwame', '--json'],
    'transfer-event': [
      'transfer',
      dir,
      ...pseudo,
      '--from-event',
      'dinner-with-adaeze-okafor',
      '--runs',
      '200',
      '--out',
      out('transfer-event'),
    ],
    'transfer-people': [
      'transfer',
      dir,
      ...pseudo,
      '--from',
      'haddad.karim,tanaka.hiroshi',
      '--runs',
      '200',
      '--json',
      '--out',
      out('transfer-people'),
    ],
    'compare-rounds': [
      'compare',
      dir,
      ...pseudo,
      '--rounds',
      'Okafor round 1,Lindqvist round 2',
      '--out',
      out('compare-rounds'),
    ],
    'compare-folders': ['compare', dir, copy, ...pseudo, '--out', out('compare-folders')],
    'compare-at': ['compare', dir, ...pseudo, '--at', '2022-01-01', '--json', '--out', out('compare-at')],
  };
  const runs: Record<string, CliRun> = {};
  beforeAll(() => {
    for (const [name, args] of Object.entries(RUNS)) runs[name] = runCli(args);
  }, 300_000);
  /** Secrets found in a text, case-insensitively (a surname in an id is lower case). */
  const leaks = (text: string) => SECRETS.filter((s) => text.toLowerCase().includes(s.toLowerCase()));

  it('every command succeeds, with event ids, rounds and person ids given as in the roster', () => {
    for (const [name, run] of Object.entries(runs)) expect(run.code, `${name}: ${run.stderr}`).toBe(0);
    expect(SECRETS.length).toBeGreaterThan(60);
  });

  it('no secret in any output file, in any file name, on stdout or on stderr', () => {
    const found: string[] = [];
    let count = 0;
    for (const folder of readdirSync(join(work, 'out'))) {
      for (const file of readdirSync(join(work, 'out', folder))) {
        count++;
        for (const s of leaks(file)) found.push(`${folder}/${file} (name): ${s}`);
        for (const s of leaks(scannedText(file, readFileSync(join(work, 'out', folder, file)))))
          found.push(`${folder}/${file}: ${s}`);
      }
    }
    for (const [name, run] of Object.entries(runs)) {
      for (const s of leaks(run.stdout)) found.push(`${name} stdout: ${s}`);
      for (const s of leaks(run.stderr)) found.push(`${name} stderr: ${s}`);
    }
    expect(count).toBeGreaterThanOrEqual(4 * 11 + 2 * 4 + 3 * 3);
    // map.html is among the files scanned (with its escapes undone).
    const maps = readdirSync(join(work, 'out')).filter((f) => readdirSync(join(work, 'out', f)).includes('map.html'));
    expect(maps.length).toBeGreaterThanOrEqual(1);
    expect(found).toEqual([]);
  });

  it('events, rounds, initiatives and unknown tracks are keyed pseudonyms; numbered rounds stay', () => {
    const metrics = parseCsv(readFileSync(join(out('analyze-id'), 'people-metrics.csv'), 'utf8'), {
      columns: true,
    }) as Record<string, string>[];
    const events = new Set(metrics.flatMap((r) => (r.events ? r.events.split(/[;|,] ?/) : [])));
    expect(events.size).toBe(HOSTILE_EVENTS.length);
    for (const e of events) expect(e).toMatch(/^E-[0-9a-f]{10}$/);
    expect(metrics.filter((r) => r.track?.startsWith('T-'))).toHaveLength(1);
    const rosters = readFileSync(join(out('analyze-id'), 'rosters.csv'), 'utf8');
    expect(rosters).toMatch(/round R-[0-9a-f]{6}/);
    expect(rosters).toContain('round 3');
    expect(rosters).toMatch(/I-[0-9a-f]{6}/);
    const transfer = JSON.parse(readFileSync(join(out('transfer-event'), 'transfer.json'), 'utf8'));
    expect(transfer.origin).toMatch(/\(E-[0-9a-f]{10}\)$/);
    expect(JSON.parse(runs['suggest-json']?.stdout ?? '{}').event).toMatch(/^E-[0-9a-f]{10}$/);
  });

  it('titles, sources and labels name no file or folder', () => {
    const report = readFileSync(join(out('analyze-files'), 'report.md'), 'utf8');
    expect(report).toMatch(/^# trackmap report: pseudonymised roster$/m);
    const summary = JSON.parse(readFileSync(join(out('analyze-id'), 'summary.json'), 'utf8'));
    expect(summary.roster.files.map((f: { source: string }) => f.source)).toEqual([
      'people.csv',
      'ties.csv',
      'events.csv',
      'attendance.csv',
    ]);
    expect(summary.roster.files.map((f: { withheldColumns?: number }) => f.withheldColumns)).toEqual([2, 1, 1, 2]);
    const compare = JSON.parse(readFileSync(join(out('compare-folders'), 'compare.json'), 'utf8'));
    expect([compare.before, compare.after]).toEqual(['first roster', 'second roster']);
  });

  it('the decision-maker rules show only pseudonyms and kept values that match someone', () => {
    const rule = (name: string) =>
      JSON.parse(readFileSync(join(out(name), 'summary.json'), 'utf8')).roster.decisionMakerRules[0];
    expect(rule('analyze-files')).toMatchObject({ column: 'name', values: [], withheld: 3 });
    expect(rule('analyze-dropped')).toMatchObject({ column: '(dropped column)', values: [], withheld: 1 });
    const track = rule('analyze-track');
    expect(track.column).toBe('track');
    expect(track.values).toHaveLength(2);
    expect(track.values[0]).toBe('1');
    expect(track.values[1]).toMatch(/^T-[0-9a-f]{6}$/);
    expect(track.withheld).toBe(1);
  });

  it('rules on membership files: kept columns shown with their counts, the rest withheld', () => {
    const rules = JSON.parse(readFileSync(join(out('analyze-membership'), 'summary.json'), 'utf8')).roster
      .decisionMakerRules;
    expect(rules).toMatchObject([
      { file: 'events', column: 'id', values: [], withheld: 2, matched: { unmatched: [] } },
      { file: 'attendance', column: '(dropped column)', match: 'contains', values: [], withheld: 1 },
      { file: 'events', column: 'round', match: 'contains', values: [], withheld: 1 },
      { file: 'events', column: '(dropped column)', match: 'contains', values: [], withheld: 1 },
      {
        file: 'attendance',
        column: 'role',
        match: 'contains',
        values: ['speak'],
        matched: {
          people: 4,
          values: [{ value: 'speak', people: 4 }],
          unmatched: [{ value: 'participant', people: 7 }],
        },
      },
    ]);
    const contains = JSON.parse(readFileSync(join(out('analyze-contains'), 'summary.json'), 'utf8')).roster
      .decisionMakerRules;
    expect(contains.map((r: { column: string }) => r.column)).toEqual([
      'name',
      'name',
      'initiative',
      '(dropped column)',
      'name',
    ]);
    expect(contains[4].matched.people).toBe(0);
    // the rule that matched nobody is a warning, its details withheld
    const issues = readFileSync(join(out('analyze-contains'), 'import-issues.csv'), 'utf8');
    expect(issues).toContain('CSV_RULE_NO_MATCH');
  });

  it('the report lists every kept categorical column with its distinct values', () => {
    const report = readFileSync(join(out('analyze-id'), 'report.md'), 'utf8');
    expect(report).toContain('| people: side | North (5), South (5) |');
    expect(report).toContain('| people: track | 1 (2), 1.5 (1), 2 (5), 3 (1), and 1 pseudonymised |');
    expect(report).toContain('| events: round | 3 (1), and 2 pseudonymised |');
    expect(report).toContain('| attendance: role | participant (10), speaker (5) |');
    expect(report).toMatch(/\| ties: type \| advises \(2\), colleague \(3\) \|/);
  });

  it('rows are in pseudonym order; no output carries a source line number', () => {
    for (const name of ['analyze-id', 'analyze-files']) {
      const ids = (
        parseCsv(readFileSync(join(out(name), 'people-metrics.csv'), 'utf8'), { columns: true }) as Record<
          string,
          string
        >[]
      ).map((r) => r.id as string);
      expect(ids).toEqual([...ids].sort());
      const graph = JSON.parse(readFileSync(join(out(name), 'graph.json'), 'utf8'));
      const nodes = graph.nodes.map((n: { key: string }) => n.key);
      expect(nodes).toEqual(ids);
      const routes = JSON.parse(readFileSync(join(out(name), 'paths.json'), 'utf8')).routes;
      expect(routes.length).toBeGreaterThan(0);
      for (const file of ['graph.json', 'paths.json', 'graph.gexf', 'graph.graphml', 'summary.json'])
        expect(readFileSync(join(out(name), file), 'utf8'), file).not.toMatch(/"line"|\bline\b/);
      const issues = parseCsv(readFileSync(join(out(name), 'import-issues.csv'), 'utf8'), { columns: true }) as Record<
        string,
        string
      >[];
      expect(issues.length).toBeGreaterThan(0);
      for (const i of issues) expect(i.line).toBe('');
    }
    const paths = JSON.parse(runs['paths-json']?.stdout ?? '{}');
    expect(JSON.stringify(paths)).not.toContain('"line"');
  });

  it('reveal turns every kind of pseudonym back for the key holder', () => {
    const summary = JSON.parse(readFileSync(join(out('analyze-id'), 'summary.json'), 'utf8'));
    const metrics = parseCsv(readFileSync(join(out('analyze-id'), 'people-metrics.csv'), 'utf8'), {
      columns: true,
    }) as Record<string, string>[];
    const track = metrics.find((r) => r.track?.startsWith('T-'))?.track as string;
    const event = (metrics.find((r) => r.events)?.events ?? '').split(/[;|,] ?/)[0] as string;
    const rounds = readFileSync(join(out('analyze-id'), 'rosters.csv'), 'utf8').match(/R-[0-9a-f]{6}/g) ?? [];
    const wanted = [summary.roster.decisionMakerRules[0].values[0], event, track, ...new Set(rounds)];
    const run = runCli(['reveal', dir, '--key-file', key, ...wanted]);
    expect(run.code, run.stderr).toBe(0);
    const rows = parseCsv(run.stdout, { columns: true }) as Record<string, string>[];
    const revealed = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.id);
    expect(rows.map((r) => r.pseudonym).sort()).toEqual([...wanted].sort());
    expect(['okafor.adaeze', 'vasquez.lucia']).toContain(revealed('person')[0]);
    expect(revealed('track')).toEqual(['Okafor inner circle']);
    expect(revealed('round').sort()).toEqual(['Lindqvist round 2', 'Okafor round 1']);
    expect(HOSTILE_EVENTS.map(([id]) => id)).toContain(rows.find((r) => r.kind === 'event')?.id);
  });
});

// Issue 16, item 4: a key of all zeros or of low entropy was accepted, and a key file readable by
// other users went unremarked.
describe('the pseudonymisation key', () => {
  const work = mkdtempSync(join(tmpdir(), 'trackmap-pseudo-key-'));
  const quickstart = repo('data-samples/quickstart');
  const analyze = (key: string, out: string) =>
    runCli([
      'analyze',
      quickstart,
      '--pseudonymize',
      '--key-file',
      key,
      '--out',
      join(work, out),
      '--transfer-runs',
      '0',
    ]);

  it.each([
    ['all zeros', '00'.repeat(32)],
    ['counting', Array.from({ length: 32 }, (_, i) => i.toString(16).padStart(2, '0')).join('')],
    ['a repeated pattern', 'deadbeef'.repeat(8)],
    ['a password in hex', Buffer.from('correct horse battery staple 42!').toString('hex')],
  ])('refuses a key that is %s: exit 2, the file named, nothing written', (what, hex) => {
    const key = join(work, `${what.replace(/ /g, '-')}.key`);
    writeFileSync(key, `${hex}\n`, { mode: 0o600 });
    const run = analyze(key, what);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('INVALID_OPTION');
    expect(run.stderr).toContain(key);
    expect(() => readdirSync(join(work, what))).toThrow();
    const reveal = runCli(['reveal', quickstart, '--key-file', key]);
    expect(reveal.code).toBe(2);
  });

  it('warns when other users can read the key file, not when only its owner can', () => {
    const key = join(work, 'shared.key');
    writeFileSync(key, `${KEYS[0]}\n`);
    chmodSync(key, 0o644);
    expect(statSync(key).mode & 0o077).not.toBe(0);
    const shared = analyze(key, 'shared');
    expect(shared.code).toBe(0);
    expect(shared.stderr).toMatch(/warning: the key file .*shared\.key can be read by other users .*chmod 600/);
    chmodSync(key, 0o600);
    const private_ = analyze(key, 'private');
    expect(private_.code).toBe(0);
    expect(private_.stderr).not.toContain('chmod');
  });
});
