/**
 * Names are data: a roster whose names, sides, schools, tie type and event name are HTML and
 * script payloads (tests/e2e/fixtures/hostile) is shown as text and runs nothing. Every payload
 * sets `window.__pwned` or calls `alert`; neither may happen, and no element the payloads
 * describe may appear in the page.
 */
import { expect, test } from '@playwright/test';
import { mostIsolatedNode, openViewer, readCsv, uploadRoster, type ViewerWindow, waitForOrder } from './helpers.js';

const FIXTURE = 'tests/e2e/fixtures/hostile';

test('the hostile-name roster shows every name as literal text and runs no script', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  const people = readCsv(`${FIXTURE}/people.csv`);

  await openViewer(page);
  await uploadRoster(page, FIXTURE);
  await waitForOrder(page, people.length);

  // The graph holds the names verbatim.
  const labels = await page.evaluate(() => {
    const w = window as unknown as ViewerWindow;
    return Object.fromEntries(w.__graph!.nodes().map((n) => [n, w.__graph!.getNodeAttribute(n, 'label')]));
  });
  expect(labels).toEqual(Object.fromEntries(people.map((p) => [p.id, p.name])));

  // Select each person (search by id, then by clicking one): the panel shows the literal name.
  for (const person of people) {
    await page.locator('#search').fill(person.id);
    await page.locator('#search').press('Enter');
    await expect(page.getByTestId('selected-label')).toHaveText(person.name);
  }
  const node = await mostIsolatedNode(
    page,
    people.map((p) => p.id),
  );
  await page.mouse.click(node.x, node.y);
  await expect(page.getByTestId('selected-label')).toHaveText(node.label);

  // Hover over every node (the payloads' mouse handlers), and colour by the hostile side and school.
  for (const p of people) {
    const n = await mostIsolatedNode(page, [p.id]).catch(() => undefined);
    if (n) await page.mouse.move(n.x, n.y);
  }
  for (const by of ['side', 'school']) {
    await page.locator('#color-by').selectOption(by);
    await expect(page.getByTestId('legend')).toContainText(by === 'side' ? '<b onmouseover' : '<iframe src=javascript');
  }
  // The roster panel shows the hostile event name as text.
  const rosterSelect = page.locator('#roster-select');
  const option = rosterSelect.locator('option', { hasText: 'Workshop' });
  if ((await option.count()) > 0) {
    await rosterSelect.selectOption({ label: (await option.first().textContent())!.trim() });
    await expect(page.getByTestId('roster-panel')).toContainText('<img src=x onerror=');
  }

  // Nothing ran, nothing was parsed as markup.
  expect(await page.evaluate(() => (window as unknown as ViewerWindow).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  for (const selector of ['img[src="x"]', 'svg[onload]', 'iframe', 'a[href^="javascript"]', 'b[onmouseover]']) {
    await expect(page.locator(selector), selector).toHaveCount(0);
  }
  const scripts = await page.locator('script').evaluateAll((s) => s.map((e) => e.textContent ?? ''));
  expect(scripts.some((t) => t.includes('__pwned'))).toBe(false);
});
