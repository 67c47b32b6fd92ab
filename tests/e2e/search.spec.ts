/**
 * Search: typing a name (or an id) and pressing Enter selects that person: the panel shows
 * their name and the camera moves to them.
 */
import { expect, type Page, test } from '@playwright/test';
import { openViewer, readCsv, type ViewerWindow } from './helpers.js';

const camera = (page: Page) => page.evaluate(() => (window as unknown as ViewerWindow).__sigma!.getCamera().getState());

// The person drawn farthest from the centre of the view, so that focusing them must move the camera.
async function farthestFromCentre(page: Page): Promise<string> {
  return page.evaluate(() => {
    const w = window as unknown as ViewerWindow;
    const container = document.querySelector('#container')!.getBoundingClientRect();
    let best = '';
    let far = -1;
    for (const n of w.__graph!.nodes()) {
      const p = w.__sigma!.graphToViewport(w.__graph!.getNodeAttributes(n) as { x: number; y: number });
      const d = Math.hypot(p.x - container.width / 2, p.y - container.height / 2);
      if (d > far) {
        far = d;
        best = n;
      }
    }
    return best;
  });
}

test('searching a full name selects that person and moves the camera to them', async ({ page }) => {
  await openViewer(page);
  const people = readCsv('data-samples/quickstart/people.csv');
  const id = await farthestFromCentre(page);
  const person = people.find((p) => p.id === id)!;
  const before = await camera(page);

  await page.locator('#search').fill(person.name);
  await page.locator('#search').press('Enter');

  await expect(page.getByTestId('person-panel')).toBeVisible();
  await expect(page.getByTestId('selected-label')).toHaveText(person.name);
  // The camera moved (it animates; wait for it to leave its starting state).
  await expect.poll(async () => JSON.stringify(await camera(page))).not.toBe(JSON.stringify(before));
  // ...towards the person: once it settles, they are nearer the centre of the view than before.
  const distanceToCentre = () =>
    page.evaluate((node) => {
      const w = window as unknown as ViewerWindow;
      const box = document.querySelector('#container')!.getBoundingClientRect();
      const p = w.__sigma!.graphToViewport(w.__graph!.getNodeAttributes(node) as { x: number; y: number });
      return Math.hypot(p.x - box.width / 2, p.y - box.height / 2);
    }, id);
  await expect.poll(distanceToCentre).toBeLessThan(50);
});

test('searching part of a name, or an id, selects the matching person', async ({ page }) => {
  await openViewer(page);
  const people = readCsv('data-samples/quickstart/people.csv');
  // A surname that belongs to one person only: the last word of the last person's name.
  const target = people.at(-1)!;
  const word = target.name.split(/[\s,]+/).at(-1)!;
  expect(people.filter((p) => p.name.includes(word))).toHaveLength(1);

  await page.locator('#search').fill(word);
  await page.locator('#search').press('Enter');
  await expect(page.getByTestId('selected-label')).toHaveText(target.name);

  const other = people[0]!;
  await page.locator('#search').fill(other.id);
  await page.locator('#search').press('Enter');
  await expect(page.getByTestId('selected-label')).toHaveText(other.name);
});
