/**
 * `map.html`: the single-file viewer with one analysis in it
 * ==========================================================
 *
 * `trackmap analyze` writes the viewer's one-file build (`trackmap-viewer.html`, made by
 * `pnpm build`; the CLI ships it) with the analysis's `graph.json` placed in its empty data
 * element, `<script type="application/json" id="trackmap-analysis"></script>`. The viewer opens
 * that text at start-up as it opens a graph.json (apps/viewer/src/data/embedded.ts), so the map
 * holds exactly what graph.json holds (pseudonyms only, after `--pseudonymize`).
 *
 * Escaping: the JSON is written with every `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026`
 * (and U+2028, U+2029 escaped too), which JSON reads back unchanged. These characters occur only
 * inside JSON strings, so the escaped text is the same JSON, and no roster text can end the
 * element (`</script>`), open a comment or otherwise become markup. A data block never runs: the
 * page's Content-Security-Policy allows its scripts by hash only.
 *
 * Above {@link MAP_MAX_LINKS} links no map is written: a browser tab lays out and draws such a
 * graph too slowly to be of use, and the file would be of the size of graph.json.
 */

import type { RosterGraph } from '../types.js';
import { graphJsonChunks } from './graph-json.js';

/** The most links a graph may have for `analyze` to write its map.html. */
export const MAP_MAX_LINKS = 50_000;

/** The empty data element of the single-file viewer, replaced by the one holding graph.json. */
export const MAP_DATA_ELEMENT = '<script type="application/json" id="trackmap-analysis"></script>';

const UNSAFE = /[<>&\u2028\u2029]/g;

/** JSON text made safe inside an HTML `<script>` element: `<`, `>`, `&`, U+2028, U+2029 as `\uXXXX`. */
export function escapeJsonForHtml(json: string): string {
  return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Why no map can be written for this graph with this viewer file (one line), or `null` when it can.
 * `template` is the text of trackmap-viewer.html, `undefined` when it was not found.
 */
export function mapNotWrittenReason(graph: RosterGraph, template: string | undefined): string | null {
  if (graph.size > MAP_MAX_LINKS) {
    return `${graph.size.toLocaleString('en-US')} links, above the map's limit of ${MAP_MAX_LINKS.toLocaleString('en-US')}; open graph.json in the viewer (trackmap view) instead`;
  }
  if (template === undefined) return 'the single-file viewer (trackmap-viewer.html) is not built: run pnpm build';
  if (template.split(MAP_DATA_ELEMENT).length !== 2) {
    return 'trackmap-viewer.html has no single place for the analysis: rebuild the viewer';
  }
  return null;
}

/**
 * The text of map.html in pieces: the viewer up to its data element, graph.json escaped piece by
 * piece (graphJsonChunks, so a large graph is never one string), then the rest of the viewer.
 * Call only when {@link mapNotWrittenReason} is `null`.
 */
export function* mapHtmlChunks(template: string, graph: RosterGraph): Generator<string> {
  const at = template.indexOf(MAP_DATA_ELEMENT);
  if (at < 0) throw new Error('map.html: the viewer has no data element');
  const open = MAP_DATA_ELEMENT.slice(0, MAP_DATA_ELEMENT.indexOf('</script>'));
  yield template.slice(0, at);
  yield open;
  for (const chunk of graphJsonChunks(graph)) yield escapeJsonForHtml(chunk);
  yield '</script>';
  yield template.slice(at + MAP_DATA_ELEMENT.length);
}
