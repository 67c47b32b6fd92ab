/**
 * Hostile input through every command that writes files: OWASP CSV-injection payloads, markup,
 * control characters, right-to-left overrides and a 10,000-character name, in names, categories,
 * tie types, roles and event names.
 * Source of the payloads: OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const PAYLOADS = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example","click")',
  '+1+1',
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '<img src=x onerror=alert(1)>',
  '\u202Eevil\u202C',
  `long ${'x'.repeat(10_000)}`,
];

function csvQuote(v: string): string {
  return `"${v.replace(/"/g, '""')}"`;
}

function hostileRoster(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trackmap-hostile-'));
  const people = ['id,name,track,side,school,sector'];
  PAYLOADS.forEach((p, i) => {
    people.push([`p${i}`, csvQuote(p), i < 2 ? '1' : '2', csvQuote(p), csvQuote(p), csvQuote(p)].join(','));
  });
  writeFileSync(join(dir, 'people.csv'), `${people.join('\n')}\n`);
  const ties = ['source,target,type,date'];
  for (let i = 1; i < PAYLOADS.length; i++) ties.push(`p${i - 1},p${i},${csvQuote(PAYLOADS[i] as string)},2022-01-01`);
  writeFileSync(join(dir, 'ties.csv'), `${ties.join('\n')}\n`);
  writeFileSync(
    join(dir, 'events.csv'),
    `id,name,round,date\ne1,${csvQuote(PAYLOADS[0] as string)},1,2021-01-01\ne2,${csvQuote(PAYLOADS[1] as string)},2,2023-01-01\n`,
  );
  writeFileSync(
    join(dir, 'attendance.csv'),
    `person,event,role\np2,e1,${csvQuote(PAYLOADS[2] as string)}\np3,e1,x\np4,e2,y\np5,e2,z\n`,
  );
  return dir;
}

describe('hostile input', () => {
  const dir = hostileRoster();
  const out = join(dir, 'out');
  const runs = [
    ['analyze', dir, '--out', out, '--transfer-runs', '200', '--permutations', '50'],
    ['transfer', dir, '--from-event', 'e1', '--runs', '200', '--out', out],
    ['compare', dir, '--rounds', '1,2', '--out', out],
  ];

  it('every command succeeds', () => {
    for (const args of runs) {
      const run = runCli(args);
      expect(run.code, `${args[0]}: ${run.stderr}`).toBe(0);
    }
  });

  it('no CSV cell of any output can start a spreadsheet formula; numbers stay numbers', () => {
    const files = readdirSync(out).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBe(7);
    for (const file of files) {
      const rows = parseCsv(readFileSync(join(out, file), 'utf8'), { relax_column_count: true }) as string[][];
      for (const row of rows) {
        for (const cell of row) {
          if (/^[=+\-@\t\r]/.test(cell))
            expect(Number.isFinite(Number(cell)), `${file}: ${JSON.stringify(cell.slice(0, 40))}`).toBe(true);
        }
      }
    }
  });

  it('reports show markup as text and carry no control characters or direction overrides', () => {
    for (const file of readdirSync(out).filter((f) => f.endsWith('.md'))) {
      const lines = readFileSync(join(out, file), 'utf8').split('\n');
      // the 10,000-character name never makes a chart line longer than label + bar, nor any
      // report line huge
      for (const line of lines) expect(line.length, file).toBeLessThan(4000);
      for (const line of lines.filter((l) => l.includes('│'))) expect(line.length, file).toBeLessThan(200);
      const all = readFileSync(join(out, file), 'utf8');
      // fenced code blocks (the charts) show their content as text: markup there is harmless
      const text = all.replace(/```text[\s\S]*?```/g, '');
      expect(text, file).not.toContain('<img');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the point of the test
      expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069]/.test(text), file).toBe(false);
    }
  });

  it('XML outputs hold no character XML 1.0 forbids', () => {
    for (const file of ['graph.gexf', 'graph.graphml']) {
      const text = readFileSync(join(out, file), 'utf8');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the point of the test
      expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(text), file).toBe(false);
      expect(text, file).not.toContain('<img');
    }
  });
});
