/**
 * Files the CLI ships beside its code: the built viewer and the bundled sample rosters.
 *
 * An installed `@trackmap/cli` holds them in its own folder (`viewer/`, `samples/`), copied in
 * when the package is packed (`pnpm pack:all`, scripts/pack/pack-all.mjs). In a checkout of the
 * repository they are not copied: the CLI uses the repository's `apps/viewer/dist` and
 * `data-samples` instead, so a rebuilt viewer is served at once. Found from this module's own
 * location (`dist/assets.js`, or `src/assets.ts` under tests), never from the working directory.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folders looked in, in order: the package's own copy, then the repository's. */
export interface AssetPlaces {
  /** Inside the installed package, e.g. `<package>/viewer`. */
  packaged: string;
  /** In a checkout, e.g. `<repository>/apps/viewer/dist`. */
  checkout: string;
}

const fromPackage = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const fromRepository = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** Where the built viewer may be. */
export const VIEWER_PLACES: AssetPlaces = {
  packaged: fromPackage('viewer/'),
  checkout: fromRepository('apps/viewer/dist/'),
};

/** The viewer as one self-contained file (in the viewer's folder), that map.html is made from. */
export const SINGLE_FILE_VIEWER = 'trackmap-viewer.html';

/** Where the sample rosters may be. */
export const SAMPLE_PLACES: AssetPlaces = {
  packaged: fromPackage('samples/'),
  checkout: fromRepository('data-samples/'),
};

/** The samples `trackmap init --sample` writes (each a folder of the places above). */
export const BUNDLED_SAMPLES = ['dialogue', 'quickstart'] as const;
export type BundledSample = (typeof BUNDLED_SAMPLES)[number];

/**
 * The first of the places that holds `probe` (a file name inside the folder), or `undefined`.
 * The package's copy comes first: an installed package has no repository around it.
 */
export function findAsset(places: AssetPlaces, probe: string): string | undefined {
  for (const dir of [places.packaged, places.checkout]) {
    if (existsSync(join(dir, probe))) return dir;
  }
  return undefined;
}
