/**
 * Nothing leaves the machine: over a whole session (the default sample, a search, a click,
 * colour and size changes, opening a roster folder, every export, pseudonymised too) every
 * request the page makes, workers included, goes to the viewer's own origin or is a data: or
 * blob: URL.
 */
import { expect, test } from '@playwright/test';
import { mostIsolatedNode, openViewer, readCsv, uploadRoster, type ViewerWindow, waitForOrder } from './helpers.js';

test('a full session requests nothing from any other origin', async ({ page, context, baseURL }) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));

  await openViewer(page, '');
  await page.locator('#search').fill('a');
  await page.locator('#search').press('Enter');
  const ids = await page.evaluate(() => (window as unknown as ViewerWindow).__graph!.nodes());
  const node = await mostIsolatedNode(page, ids);
  await page.mouse.click(node.x, node.y);
  await page.locator('#color-by').selectOption('ideology');
  const sizes = await page.locator('#size-by option').evaluateAll((o) => o.map((e) => (e as HTMLOptionElement).value));
  if (sizes.length > 1) await page.locator('#size-by').selectOption(sizes.at(-1)!);

  await uploadRoster(page, 'data-samples/quickstart');
  await waitForOrder(page, readCsv('data-samples/quickstart/people.csv').length);
  for (const button of ['#export-png', '#export-svg', '#export-gexf']) {
    await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  }
  await page.locator('#export-pseudonymize').check();
  await page.locator('#generate-key').click();
  await Promise.all([page.waitForEvent('download'), page.locator('#export-gexf').click()]);

  const origin = new URL(baseURL!).origin;
  expect(requests.length).toBeGreaterThan(0);
  const foreign = [...requests, ...workers].filter(
    (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
  );
  expect(foreign).toEqual([]);
});

test("the page's Content-Security-Policy blocks a request to another origin before it is sent", async ({
  page,
  context,
}) => {
  await openViewer(page);
  const other = 'http://127.0.0.1:9/probe';
  const sent: string[] = [];
  context.on('request', (request) => {
    if (request.url().startsWith('http://127.0.0.1:9/')) sent.push(request.url());
  });
  const violation = await page.evaluate(async (url) => {
    const seen = new Promise<string>((ok) =>
      document.addEventListener('securitypolicyviolation', (e) => ok(e.violatedDirective), { once: true }),
    );
    await fetch(url).catch(() => undefined);
    // Without a policy, no event comes: answer "none" rather than wait for the test's timeout.
    return Promise.race([seen, new Promise<string>((ok) => setTimeout(() => ok('none'), 1000))]);
  }, other);
  expect(violation).toBe('connect-src');
  expect(sent).toEqual([]);
});
