/**
 * The measure registry describes what the analysis writes: on the bundled dialogue sample (with
 * isolates, unreachable people and decision-makers), every row holds every registry measure in
 * registry order, each of the declared kind (`count` and `label` whole numbers, `list` a list of
 * ids, `number` finite), and `null` only where the registry says a measure can be undefined.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeRoster } from '../src/analysis/analyze.js';
import { parseRoster } from '../src/import/roster-csv.js';
import { MEASURE_REGISTRY, PERSON_MEASURES } from '../src/measure-registry.js';
import { RESERVED_PERSON_ATTRIBUTES } from '../src/types.js';

const file = (name: string) => ({
  name,
  text: readFileSync(new URL(`../../../data-samples/dialogue/${name}`, import.meta.url), 'utf8'),
});

describe('MEASURE_REGISTRY', () => {
  it('has unique snake_case keys, reserved against input columns', () => {
    expect(new Set(PERSON_MEASURES).size).toBe(MEASURE_REGISTRY.length);
    for (const key of PERSON_MEASURES) {
      expect(key).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(RESERVED_PERSON_ATTRIBUTES).toContain(key);
    }
  });

  it('every row of an analysis holds each measure, of its declared kind', () => {
    const imported = parseRoster({
      people: file('people.csv'),
      ties: file('ties.csv'),
      events: file('events.csv'),
      attendance: file('attendance.csv'),
    });
    const { people } = analyzeRoster(imported, { transferRuns: 0, permutations: 0 });
    const nulls = new Set<string>();
    for (const row of people) {
      const keys = Object.keys(row).filter((k) => (PERSON_MEASURES as readonly string[]).includes(k));
      expect(keys).toEqual([...PERSON_MEASURES]);
      for (const m of MEASURE_REGISTRY) {
        const v: unknown = row[m.key];
        if (v === null) {
          expect(m.nullable, `${m.key} of ${row.id} is null`).toBe(true);
          nulls.add(m.key);
        } else if (m.kind === 'list') expect(Array.isArray(v), m.key).toBe(true);
        else {
          expect(Number.isFinite(v), `${m.key} of ${row.id}`).toBe(true);
          if (m.kind === 'count' || m.kind === 'label') expect(Number.isInteger(v), m.key).toBe(true);
        }
      }
    }
    // The sample exercises the undefined values: isolates and people with no path to Track I.
    expect([...nulls].sort()).toEqual(['constraint', 'distance_to_track1', 'effective_size']);
  });
});
