/**
 * Clicking a node opens that person's panel with their name and their routes to
 * decision-makers. The expected routes are computed here by the core (`routesFrom`, the k
 * shortest routes to the nearest decision-makers, as `trackmap paths` and paths.csv give them)
 * from the same sample files the viewer bundles.
 */

import { expect, test } from '@playwright/test';
import { type Route, routesFrom } from '@trackmap/core';
import { readRoster } from '@trackmap/core/node';
import { mostIsolatedNode, openViewer, repo } from './helpers.js';

test('clicking a participant opens their panel with their name and their routes to the nearest decision-makers', async ({
  page,
}) => {
  const { graph } = await readRoster({ dir: repo('data-samples/quickstart') });
  const name = (id: string) => graph.getNodeAttribute(id, 'name') as string;
  const decisionMakers = new Set(graph.filterNodes((_n, a) => a.isDecisionMaker === true));
  // Participants with at least one route (not decision-makers themselves).
  const participants = graph.filterNodes(
    (n, a) => a.isDecisionMaker !== true && routesFrom(graph, n, { k: 1 }).length > 0,
  );
  expect(participants.length).toBeGreaterThan(0);

  await openViewer(page, '?sample=quickstart');
  const node = await mostIsolatedNode(page, participants);
  await page.mouse.click(node.x, node.y);

  await expect(page.getByTestId('person-panel')).toBeVisible();
  await expect(page.getByTestId('selected-label')).toHaveText(name(node.id));

  const expected: Route[] = routesFrom(graph, node.id, { k: 3 });
  const routeText = (r: Route) => r.nodes.map(name).join(' → ');
  const items = page.getByTestId('routes').locator('li');
  await expect(items.first()).toBeVisible();
  const shown = (await items.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

  // The shortest route the core finds is listed, with the decision-maker it reaches.
  const shortest = expected[0]!;
  expect(shown.some((t) => t.includes(routeText(shortest)))).toBe(true);
  expect(decisionMakers.has(shortest.target)).toBe(true);
  // Every listed route starts with the person and ends with a decision-maker's name.
  const dmNames = [...decisionMakers].map(name);
  for (const text of shown) {
    expect(text).toContain(name(node.id));
    expect(
      dmNames.some((dm) => text.includes(dm)),
      `route "${text}" reaches a decision-maker`,
    ).toBe(true);
  }
});

test('clicking a decision-maker opens their panel with their name', async ({ page }) => {
  const { graph } = await readRoster({ dir: repo('data-samples/quickstart') });
  const decisionMakers = graph.filterNodes((_n, a) => a.isDecisionMaker === true);
  await openViewer(page, '?sample=quickstart');
  const node = await mostIsolatedNode(page, decisionMakers);
  await page.mouse.click(node.x, node.y);
  await expect(page.getByTestId('selected-label')).toHaveText(graph.getNodeAttribute(node.id, 'name') as string);
});
