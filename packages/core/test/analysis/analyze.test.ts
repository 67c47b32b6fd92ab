/**
 * `analyzeRoster` is pure: the caller's graph is the same before and after (attributes and
 * serialisation); `assignPersonMetrics` is the explicit step that writes each row's measures onto
 * its node, in column order. `finishAnalysis` refuses results that do not belong to its plan.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeRoster, assignPersonMetrics, finishAnalysis } from '../../src/analysis/analyze.js';
import { planAnalysis } from '../../src/analysis/plan.js';
import { runTasksInThread } from '../../src/analysis/run.js';
import { parseRoster } from '../../src/import/roster-csv.js';
import { PERSON_MEASURES } from '../../src/measure-registry.js';
import { BROKERAGE_COLUMNS, EI_COLUMNS } from '../../src/types.js';

const imported = () => {
  const file = (name: string) => ({
    name,
    text: readFileSync(new URL(`../../../../data-samples/quickstart/${name}`, import.meta.url), 'utf8'),
  });
  return parseRoster({
    people: file('people.csv'),
    ties: file('ties.csv'),
    events: file('events.csv'),
    attendance: file('attendance.csv'),
  });
};

describe('analyzeRoster', () => {
  it("leaves the caller's graph untouched", () => {
    const input = imported();
    const before = JSON.stringify(input.graph.export());
    analyzeRoster(input, { transferRuns: 100, permutations: 10 });
    expect(JSON.stringify(input.graph.export())).toBe(before);
  });

  it('assignPersonMetrics writes every measure onto its node, in column order', () => {
    const input = imported();
    const { people } = analyzeRoster(input, { transferRuns: 0, permutations: 0 });
    const before = Object.keys(input.graph.getNodeAttributes(people[0]!.id));
    assignPersonMetrics(input.graph, people);
    for (const row of people) {
      const attributes = input.graph.getNodeAttributes(row.id);
      const { id: _id, name: _name, track: _track, ...measures } = row;
      for (const [key, value] of Object.entries(measures)) expect(attributes[key], key).toEqual(value);
      expect(attributes.name).toBe(row.name);
    }
    const keys = Object.keys(input.graph.getNodeAttributes(people[0]!.id));
    expect(keys).toEqual([
      ...before,
      ...[...PERSON_MEASURES, ...BROKERAGE_COLUMNS, ...EI_COLUMNS].filter((k) => k in people[0]!),
    ]);
  });

  it('finishAnalysis refuses results of another plan', () => {
    const input = imported();
    const plan = planAnalysis(input, { transferRuns: 100, permutations: 0 });
    const other = runTasksInThread(planAnalysis(input, { transferRuns: 0, permutations: 0 }));
    expect(() => finishAnalysis(plan, other)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});
