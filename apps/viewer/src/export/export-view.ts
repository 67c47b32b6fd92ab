/**
 * The three exports
 * =================
 *
 * `exportView(kind, …)` returns the file to save: the view as PNG (`@sigma/export-image`, drawn
 * by a temporary sigma with the same reducers), the view as SVG (`svg.ts`), or the graph as GEXF
 * (the core's `graphGexf`). With a key, every export is pseudonymised first
 * (core's `pseudonymizeGraph`): labels drawn in the PNG and SVG are the pseudonyms, and the GEXF is
 * the pseudonymised graph, as `trackmap analyze --pseudonymize` would write it.
 */

import { toBlob } from '@sigma/export-image';
import { graphGexf, type PersonAttributes, pseudonymizeGraph, type RosterGraph } from '@trackmap/core';
import { nodeDisplay, type RosterSigma, type View } from '../renderer/create-renderer.js';
import { sceneFromSigma } from './scene.js';
import { svgDocument } from './svg.js';

export type ExportKind = 'png' | 'svg' | 'gexf';

export async function exportView(
  kind: ExportKind,
  options: { graph: RosterGraph; sigma: RosterSigma; view: View; key: Uint8Array | null },
): Promise<{ blob: Blob; fileName: string; pseudonymised: boolean }> {
  const { graph, sigma, view, key } = options;
  const pseudo = key ? pseudonymizeGraph(graph, key) : null;
  const suffix = pseudo ? '-pseudonymised' : '';
  const labelOf = (id: string, shown: string) => (pseudo ? (pseudo.pseudonyms.get(id) ?? '') : shown);
  if (kind === 'gexf') {
    const blob = new Blob([graphGexf(pseudo ? pseudo.graph : graph)], { type: 'application/gexf+xml' });
    return { blob, fileName: `trackmap-graph${suffix}.gexf`, pseudonymised: pseudo !== null };
  }
  if (kind === 'svg') {
    const blob = new Blob([svgDocument(sceneFromSigma(sigma, labelOf))], { type: 'image/svg+xml' });
    return { blob, fileName: `trackmap-view${suffix}.svg`, pseudonymised: pseudo !== null };
  }
  const sigmaSettings = pseudo
    ? {
        nodeReducer: (node: string, attrs: PersonAttributes) => {
          const d = nodeDisplay(node, attrs, view);
          return { ...d, label: d.label ? labelOf(node, d.label) : d.label };
        },
      }
    : {};
  // export-image types its options for a Sigma of any attributes.
  const blob = await toBlob(sigma as never, { backgroundColor: '#ffffff', sigmaSettings: sigmaSettings as never });
  return { blob, fileName: `trackmap-view${suffix}.png`, pseudonymised: pseudo !== null };
}
