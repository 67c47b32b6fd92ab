/**
 * The view as sigma draws it, for the SVG export: viewport positions of the shown people and
 * links, their display colours and sizes (after the reducers: filters, colour and size schemes,
 * emphasis), and the labels sigma shows (or, when pseudonymising, the pseudonyms instead).
 */

import { FONT, type RosterSigma } from '../renderer/create-renderer.js';
import type { Scene, SceneEdge, SceneNode } from './svg.js';

export function sceneFromSigma(sigma: RosterSigma, labelOf: (id: string, shown: string) => string): Scene {
  const graph = sigma.getGraph();
  const { width, height } = sigma.getDimensions();
  const labelled = new Set([...sigma.getNodeDisplayedLabels()]);
  const pos = new Map<string, { x: number; y: number; r: number; z: number }>();
  const nodes: Array<SceneNode & { z: number }> = [];
  graph.forEachNode((id) => {
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    const r = sigma.scaleSize(d.size);
    pos.set(id, { x: p.x, y: p.y, r, z: d.zIndex });
    const shown = labelled.has(id) || d.forceLabel ? d.label : null;
    nodes.push({ x: p.x, y: p.y, r, color: d.color, label: shown ? labelOf(id, shown) : null, z: d.zIndex });
  });
  const edges: Array<SceneEdge & { z: number }> = [];
  graph.forEachEdge((edge, _a, source, target) => {
    const d = sigma.getEdgeDisplayData(edge);
    const s = pos.get(source);
    const t = pos.get(target);
    if (!d || d.hidden || !s || !t) return;
    edges.push({ x1: s.x, y1: s.y, x2: t.x, y2: t.y, color: d.color, width: d.size, z: d.zIndex });
  });
  edges.sort((a, b) => a.z - b.z);
  nodes.sort((a, b) => a.z - b.z);
  return { width, height, background: '#ffffff', edges, nodes, font: FONT, labelSize: 12 };
}
