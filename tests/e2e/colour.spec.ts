/**
 * Colour by track, side, community, school or ideology: the legend follows the choice, lists
 * the categories of the chosen attribute in the graph, and its colours are the colours drawn.
 */
import { expect, type Page, test } from '@playwright/test';
import { openViewer, type ViewerWindow } from './helpers.js';

/** Legend items: their text and their swatch colour, normalised to #rrggbb by a 2D context. */
function legend(page: Page) {
  return page.getByTestId('legend-item').evaluateAll((items) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const norm = (c: string) => {
      ctx.fillStyle = '#000000';
      ctx.fillStyle = c;
      return String(ctx.fillStyle).toLowerCase();
    };
    const transparent = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
    return items.map((item) => {
      const el = item as HTMLElement;
      // The item may be the label only, its swatch a sibling: look in the whole list entry.
      const entry = el.closest<HTMLElement>('li') ?? el;
      let colour = entry.dataset.color ?? entry.querySelector<HTMLElement>('[data-color]')?.dataset.color;
      if (!colour) {
        for (const e of [entry, ...Array.from(entry.querySelectorAll<HTMLElement>('*'))]) {
          const bg = getComputedStyle(e).backgroundColor;
          if (!transparent(bg)) {
            colour = bg;
            break;
          }
        }
      }
      return { text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), colour: colour ? norm(colour) : null };
    });
  });
}

/** Every node's drawn colour (#rrggbb) and its value of `attribute` in the graph. */
function drawn(page: Page, attribute: string) {
  return page.evaluate((attribute) => {
    const w = window as unknown as ViewerWindow;
    const ctx = document.createElement('canvas').getContext('2d')!;
    const norm = (c: string) => {
      ctx.fillStyle = '#000000';
      ctx.fillStyle = c;
      return String(ctx.fillStyle).toLowerCase();
    };
    return w.__graph!.nodes().map((n) => {
      const value = w.__graph!.getNodeAttribute(n, attribute);
      return {
        id: n,
        value: value === undefined || value === null || value === '' ? null : String(value),
        colour: norm(w.__sigma!.getNodeDisplayData(n)!.color),
      };
    });
  }, attribute);
}

async function colourBy(page: Page, attribute: string) {
  await page.locator('#color-by').selectOption(attribute);
  // The legend is rebuilt from the new attribute; wait until it has items again.
  await expect(page.getByTestId('legend-item').first()).toBeVisible();
}

for (const attribute of ['track', 'side', 'school', 'community']) {
  test(`colour by ${attribute}: one legend item per ${attribute} in the graph, in the colours drawn`, async ({
    page,
  }) => {
    await openViewer(page);
    await colourBy(page, attribute);
    const nodes = drawn(page, attribute);
    const values = [...new Set((await nodes).map((n) => n.value))];
    const named = values.filter((v) => v !== null);
    // At most 8 categories get a colour of their own, the rest one "Other" entry; no value: one entry.
    const entries = Math.min(named.length, 8) + (named.length > 8 ? 1 : 0) + (values.includes(null) ? 1 : 0);
    await expect.poll(async () => (await legend(page)).length, { message: 'legend items' }).toBe(entries);
    const items = await legend(page);
    // Named categories appear in the legend's text (communities are numbered, maybe from 1).
    if (attribute !== 'community') {
      for (const v of values)
        if (v !== null)
          expect(
            items.some((i) => i.text.includes(v)),
            `legend shows ${v}`,
          ).toBe(true);
    }
    // What is drawn matches the legend: nodes of one value share one colour, and it is a legend colour.
    const legendColours = new Set(items.map((i) => i.colour));
    const byValue = new Map<string | null, Set<string>>();
    for (const n of await nodes) {
      expect(legendColours.has(n.colour), `${n.id} (${n.value}) drawn in ${n.colour}`).toBe(true);
      byValue.set(n.value, (byValue.get(n.value) ?? new Set()).add(n.colour));
    }
    for (const [value, colours] of byValue) expect(colours.size, `colours of ${value}`).toBe(1);
    if (named.length <= 8) expect(new Set([...byValue.values()].map((c) => [...c][0])).size).toBe(values.length);
  });
}

test('switching from side to ideology changes the legend and colours people along the ideology axis', async ({
  page,
}) => {
  await openViewer(page);
  await colourBy(page, 'side');
  const sideLegend = await legend(page);
  await colourBy(page, 'ideology');
  await expect.poll(async () => JSON.stringify(await legend(page))).not.toBe(JSON.stringify(sideLegend));

  const nodes = (await drawn(page, 'ideology')).filter((n) => n.value !== null);
  nodes.sort((a, b) => Number(a.value) - Number(b.value));
  const low = nodes[0]!;
  const high = nodes.at(-1)!;
  expect(Number(low.value)).toBeLessThan(Number(high.value));
  // The two ends of a diverging scale are drawn in different colours.
  expect(low.colour).not.toBe(high.colour);
  // People with the same ideology are drawn alike.
  const same = nodes.filter((n) => n.value === low.value);
  for (const n of same) expect(n.colour).toBe(low.colour);
});

test('size by a measure: a larger value is never drawn smaller; "same size" draws everyone alike', async ({ page }) => {
  await openViewer(page);
  const measures = await page
    .locator('#size-by option')
    .evaluateAll((o) => o.map((e) => (e as HTMLOptionElement).value));
  expect(measures).toContain('uniform');
  for (const measure of ['degree', 'betweenness', 'access_score'].filter((m) => measures.includes(m))) {
    await page.locator('#size-by').selectOption(measure);
    await expect(page.getByTestId('legend-size')).toBeVisible();
    const sized = () =>
      page.evaluate((measure) => {
        const w = window as unknown as ViewerWindow;
        return w.__graph!.nodes().map((n) => ({
          value: w.__graph!.getNodeAttribute(n, measure) as number | null,
          size: w.__sigma!.getNodeDisplayData(n)!.size,
        }));
      }, measure);
    // Wait for the redraw: the people with the smallest and largest value get different sizes.
    await expect
      .poll(async () => new Set((await sized()).map((s) => s.size)).size, { message: measure })
      .toBeGreaterThan(1);
    const nodes = (await sized()).filter((s) => typeof s.value === 'number');
    for (const a of nodes)
      for (const b of nodes) if (a.value! > b.value!) expect(a.size, measure).toBeGreaterThanOrEqual(b.size);
  }
  await page.locator('#size-by').selectOption('uniform');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const w = window as unknown as ViewerWindow;
        return new Set(w.__graph!.nodes().map((n) => w.__sigma!.getNodeDisplayData(n)!.size)).size;
      }),
    )
    .toBe(1);
});
