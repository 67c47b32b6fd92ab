/**
 * Filters and the roster panel: filtering by track or side hides exactly the people without
 * that value; picking an event lists it with its participants' count (from attendance.csv) and,
 * with "show only this roster", hides everyone else.
 */
import { expect, type Page, test } from '@playwright/test';
import { openViewer, readCsv, type ViewerWindow } from './helpers.js';

/** Ids of the people sigma draws (not hidden by the reducers). */
function shown(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as ViewerWindow;
    return w
      .__graph!.nodes()
      .filter((n) => w.__sigma!.getNodeDisplayData(n)?.hidden !== true)
      .sort();
  });
}

const people = readCsv('data-samples/quickstart/people.csv');

for (const [control, column] of [
  ['#filter-track', 'track'],
  ['#filter-side', 'side'],
] as const) {
  test(`${control}: each ${column} shows exactly the people with that ${column}`, async ({ page }) => {
    await openViewer(page);
    const values = [...new Set(people.map((p) => p[column]!))].filter((v) => v !== '');
    expect(values.length).toBeGreaterThan(1);
    for (const value of values) {
      await page.locator(control).selectOption(value);
      const want = people
        .filter((p) => p[column] === value)
        .map((p) => p.id)
        .sort();
      await expect.poll(() => shown(page), `${column} = ${value}`).toEqual(want);
    }
  });
}

test('the roster panel lists an event with its participants; "show only" hides everyone else', async ({ page }) => {
  await openViewer(page);
  const events = readCsv('data-samples/quickstart/events.csv');
  const attendance = readCsv('data-samples/quickstart/attendance.csv');
  const event = events[0]!;
  const members = [...new Set(attendance.filter((a) => a.event === event.id).map((a) => a.person!))].sort();
  expect(members.length).toBeGreaterThan(0);

  const option = page.locator('#roster-select option', { hasText: event.name! });
  await expect(option).toHaveCount(1);
  await expect(option).toContainText(`(${members.length})`);
  await page.locator('#roster-select').selectOption({ label: (await option.textContent())! });
  await expect(page.getByTestId('roster-panel')).toContainText(event.name!);

  await page.locator('#filter-roster').check();
  await expect.poll(() => shown(page)).toEqual(members);
  await page.locator('#filter-roster').uncheck();
  await expect.poll(() => shown(page)).toEqual(people.map((p) => p.id).sort());
});

test('#min-weight hides exactly the links lighter than the minimum', async ({ page }) => {
  await openViewer(page);
  const range = page.locator('#min-weight');
  const max = Number(await range.getAttribute('max'));
  const min = Number(await range.getAttribute('min'));
  expect(max).toBeGreaterThan(min);
  const links = () =>
    page.evaluate(() => {
      const w = window as unknown as {
        __graph: { edges(): string[]; getEdgeAttribute(e: string, a: string): number };
        __sigma: { getEdgeDisplayData(e: string): { hidden?: boolean } | undefined };
      };
      return w.__graph.edges().map((e) => ({
        weight: w.__graph.getEdgeAttribute(e, 'weight'),
        hidden: w.__sigma.getEdgeDisplayData(e)?.hidden === true,
      }));
    });
  expect((await links()).every((l) => !l.hidden)).toBe(true);
  // A threshold on the range's steps just above the lightest link: some links go, some stay.
  const weights = (await links()).map((l) => l.weight).sort((a, b) => a - b);
  const step = Number((await range.getAttribute('step')) ?? '1') || 1;
  const threshold = Number((Math.floor(weights[0]! / step + 1e-9) * step + step).toFixed(6));
  expect(threshold).toBeLessThanOrEqual(weights.at(-1)!);
  await range.fill(String(threshold));
  await expect
    .poll(async () => (await links()).filter((l) => l.hidden !== l.weight < threshold).length, {
      message: `links hidden exactly when lighter than ${threshold}`,
    })
    .toBe(0);
  expect((await links()).some((l) => l.hidden)).toBe(true);
  expect((await links()).some((l) => !l.hidden)).toBe(true);
});
