/**
 * The analysis embedded in a map.html
 * ===================================
 *
 * `trackmap analyze` writes `map.html`: the single-file viewer with the analysis's graph.json
 * inside the page, as the text of `<script type="application/json" id="trackmap-analysis">`
 * (every `<` written `\u003c`, so that no roster text can end the element; core's
 * `export/map-html.ts`). The viewer opens it at start-up as the file `graph.json`, through the same
 * worker and code path as a graph.json the user opens. The element is empty in the viewer itself.
 */

import type { InputFile } from './protocol.js';

/** The id of the element that holds the embedded graph.json. */
export const EMBEDDED_ANALYSIS_ID = 'trackmap-analysis';

/** The embedded analysis as an opened file, or `null` when the page holds none. */
export function embeddedAnalysis(doc: Document = document): { label: string; files: InputFile[] } | null {
  const element = doc.getElementById(EMBEDDED_ANALYSIS_ID);
  if (!(element instanceof HTMLScriptElement) || element.type !== 'application/json') return null;
  const text = element.textContent ?? '';
  if (text.trim() === '') return null;
  return {
    label: 'the analysis in this map (graph.json from trackmap analyze)',
    files: [{ name: 'graph.json', bytes: new TextEncoder().encode(text) }],
  };
}
