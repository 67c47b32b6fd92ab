/**
 * Accessible basics: every control can be reached with the Tab key, and every input and select
 * has an accessible name (a label).
 */
import { expect, test } from '@playwright/test';
import { openViewer } from './helpers.js';

const CONTROLS = ['#search', '#color-by', '#size-by', '#filter-track', '#filter-side', '#min-weight', '#roster-select'];

test('Tab reaches the search box and every select', async ({ page }) => {
  await openViewer(page);
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const reached = new Set<string>();
  // Enough presses to go round the page once; stops early when all are reached.
  for (let i = 0; i < 80 && CONTROLS.some((c) => !reached.has(c)); i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.id ?? '');
    if (id) reached.add(`#${id}`);
  }
  for (const control of CONTROLS) expect(reached.has(control), `${control} reached by Tab`).toBe(true);
});

test('every control has an accessible name', async ({ page }) => {
  await openViewer(page);
  for (const control of [
    ...CONTROLS,
    '#open-files',
    '#open-folder',
    '#export-pseudonymize',
    '#export-key',
    '#export-png',
    '#export-svg',
    '#export-gexf',
    '#rerun-layout',
  ]) {
    await expect(page.locator(control), control).toHaveAccessibleName(/\S/);
  }
});
