/**
 * The viewer opens a bundled sample and draws it: the graph holds the sample's people, sigma
 * draws with WebGL, and the canvas is not blank (counted on a screenshot's pixels).
 */
import { expect, test } from '@playwright/test';
import { drawnShare, openViewer, readCsv, type ViewerWindow, waitReady } from './helpers.js';

test('opens on the dialogue sample: every person of people.csv is a node, WebGL draws it, the canvas is not blank', async ({
  page,
}) => {
  await openViewer(page, '');
  const people = readCsv('data-samples/dialogue/people.csv');
  const graph = await page.evaluate(() => {
    const w = window as unknown as ViewerWindow;
    return w.__graph!.nodes().map((n) => [n, String(w.__graph!.getNodeAttribute(n, 'label'))]);
  });
  expect(graph.length).toBe(people.length);
  expect(Object.fromEntries(graph)).toEqual(Object.fromEntries(people.map((p) => [p.id, p.name])));

  // sigma renders with WebGL: its node program has a WebGL context, software-rendered here.
  const renderer = await page.evaluate(() => {
    const sigma = (window as unknown as ViewerWindow).__sigma!;
    const gl = (sigma.webGLContexts?.nodes ?? sigma.getCanvases?.().nodes?.getContext('webgl2')) as
      | WebGL2RenderingContext
      | null
      | undefined;
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  });
  expect(renderer).toMatch(/SwiftShader|llvmpipe|ANGLE/);

  // At least 1 % of the graph area differs from the background: 163 nodes and their links are drawn.
  expect(await drawnShare(page, page.locator('#container'))).toBeGreaterThan(0.01);
});

test('?sample=quickstart opens the 12-person quick-start roster with its names as labels', async ({ page }) => {
  await openViewer(page, '?sample=quickstart');
  const people = readCsv('data-samples/quickstart/people.csv');
  const labels = await page.evaluate(() => {
    const w = window as unknown as ViewerWindow;
    return Object.fromEntries(w.__graph!.nodes().map((n) => [n, String(w.__graph!.getNodeAttribute(n, 'label'))]));
  });
  expect(labels).toEqual(Object.fromEntries(people.map((p) => [p.id, p.name])));
  expect(await drawnShare(page, page.locator('#container'))).toBeGreaterThan(0.005);
});

test('says on screen that nothing leaves the machine', async ({ page }) => {
  await openViewer(page);
  const notice = page.getByTestId('privacy-notice');
  await expect(notice).toBeVisible();
  await expect(notice).not.toBeEmpty();
});

test('the layout is seeded: reloading gives every node the same position', async ({ page }) => {
  const positions = async () =>
    page.evaluate(() => {
      const w = window as unknown as ViewerWindow;
      return w.__graph!.nodes().map((n) => {
        const a = w.__graph!.getNodeAttributes(n) as { x: number; y: number };
        return [n, Math.round(a.x * 1e6), Math.round(a.y * 1e6)];
      });
    });
  await openViewer(page);
  const first = await positions();
  await openViewer(page);
  expect(await positions()).toEqual(first);
});

test('"Rerun layout" lays the graph out again from another seed, and the viewer becomes ready again', async ({
  page,
}) => {
  const positions = () =>
    page.evaluate(() => {
      const w = window as unknown as ViewerWindow;
      return JSON.stringify(
        w.__graph!.nodes().map((n) => {
          const a = w.__graph!.getNodeAttributes(n) as { x: number; y: number };
          return [Math.round(a.x * 1e6), Math.round(a.y * 1e6)];
        }),
      );
    });
  await openViewer(page);
  const before = await positions();
  await page.locator('#rerun-layout').click();
  await expect.poll(positions).not.toBe(before);
  await waitReady(page);
  expect(await positions()).not.toBe(before);
});
