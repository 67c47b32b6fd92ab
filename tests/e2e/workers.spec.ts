/**
 * On a roster of 1,000 people or more, the viewer splits the all-pairs pass (betweenness,
 * transfer betweenness, closeness, harmonic) across several Web Workers. The values it draws
 * must be, bit for bit, what `analyzeRoster` computes in one thread in Node on the same files,
 * and the task workers must have been started (their script requested from the app's origin).
 * The roster is generated here from a seeded generator: 1,050 people, 3 ties each on average.
 */
import { expect, test } from '@playwright/test';
import { analyzeRoster, createRng, parseRoster } from '@trackmap/core';
import { type ViewerWindow, waitForOrder } from './helpers.js';

const PEOPLE = 1050;

function generatedRoster(): { people: string; ties: string } {
  const rng = createRng(20261122);
  const people = ['id,name,track,side'];
  for (let i = 0; i < PEOPLE; i++) {
    const track = i % 15 === 0 ? '1' : '2';
    people.push(`p${i},Person ${i},${track},${i % 2 === 0 ? 'North' : 'South'}`);
  }
  const ties = ['source,target,type,weight'];
  const seen = new Set<string>();
  for (let i = 1; i < PEOPLE; i++) {
    // a random tree keeps it connected, then extra random ties
    const j = Math.floor(rng() * i);
    seen.add(`${j}-${i}`);
    ties.push(`p${j},p${i},knows,1`);
  }
  while (ties.length < PEOPLE * 3) {
    const a = Math.floor(rng() * PEOPLE);
    const b = Math.floor(rng() * PEOPLE);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    ties.push(`p${a},p${b},knows,1`);
  }
  return { people: `${people.join('\n')}\n`, ties: `${ties.join('\n')}\n` };
}

test('a 1,050-person roster: the all-pairs pass runs on Web Workers and equals the one-thread values', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const workerScripts: string[] = [];
  page.on('request', (request) => {
    if (/task\.worker/.test(request.url())) workerScripts.push(request.url());
  });
  await page.goto('/?sample=quickstart', { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as ViewerWindow).__ready === true, null, { timeout: 90_000 });

  const roster = generatedRoster();
  await page.locator('#open-files').setInputFiles([
    { name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(roster.people) },
    { name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from(roster.ties) },
  ]);
  await waitForOrder(page, PEOPLE);

  const imported = parseRoster({
    people: { name: 'people.csv', text: roster.people },
    ties: { name: 'ties.csv', text: roster.ties },
  });
  const analysis = analyzeRoster(imported, { transferRuns: 0, permutations: 0 });
  const expected = Object.fromEntries(
    analysis.people.map((p) => [p.id, [p.betweenness, p.transfer_betweenness, p.closeness, p.harmonic]]),
  );
  const drawn = await page.evaluate(() => {
    const g = (window as unknown as ViewerWindow).__graph!;
    return Object.fromEntries(
      g.nodes().map((id) => {
        const a = g.getNodeAttributes(id);
        return [id, [a.betweenness, a.transfer_betweenness, a.closeness, a.harmonic]];
      }),
    );
  });
  expect(Object.keys(drawn)).toHaveLength(PEOPLE);
  expect(drawn).toEqual(expected);
  expect(workerScripts.length).toBeGreaterThan(0);
  expect(workerScripts.every((url) => url.startsWith('http://127.0.0.1:4173/'))).toBe(true);
});
