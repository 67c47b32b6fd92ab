/**
 * trackmap viewer (stub)
 * ======================
 *
 * Loads the bundled quickstart roster, runs the core's import and analysis in the browser,
 * lays the person graph out with ForceAtlas2 and draws it with sigma, with a legend and a
 * side panel. `window.__ready` turns true two animation frames after sigma is created;
 * `window.__graph` and `window.__sigma` are exposed for end-to-end tests.
 */

import './styles.css';
import { type RosterGraph, RosterImportError } from '@trackmap/core';
import { loadSample } from './data/load-sample.js';
import { createRenderer, type RosterSigma } from './renderer/create-renderer.js';
import { layoutGraph } from './renderer/layout.js';
import { el } from './ui/dom.js';
import { renderLegend } from './ui/legend.js';
import { createSidePanel } from './ui/side-panel.js';

declare global {
  interface Window {
    __ready?: boolean;
    __graph?: RosterGraph;
    __sigma?: RosterSigma;
    __error?: string;
  }
}

function required(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from index.html`);
  return node;
}

function showError(panel: HTMLElement, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  window.__error = message;
  const children: Node[] = [
    el('h2', { className: 'panel__title', text: 'Could not open the roster' }),
    el('p', { className: 'panel__error', text: message }),
  ];
  if (error instanceof RosterImportError) {
    const list = el('ul', { className: 'panel__issues' });
    for (const issue of error.issues.slice(0, 50)) list.append(el('li', { text: issue.message }));
    children.push(list);
  }
  panel.replaceChildren(...children);
}

function start(): () => void {
  const container = required('container');
  const legend = required('legend');
  const panelRoot = required('panel');
  window.__ready = false;

  let data: ReturnType<typeof loadSample>;
  try {
    data = loadSample();
  } catch (error) {
    showError(panelRoot, error);
    console.error(error);
    window.__ready = true;
    return () => {};
  }

  required('source').textContent = `${data.label} · ${data.graph.order} people · ${data.graph.size} links`;
  layoutGraph(data.graph);

  const panel = createSidePanel(panelRoot, data);
  const removeLegend = renderLegend(legend, data.graph);
  const renderer = createRenderer(data.graph, container, { onSelect: (node) => panel.show(node) });

  window.__graph = data.graph;
  window.__sigma = renderer.sigma;
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      window.__ready = true;
    });
  });

  return () => {
    cancelAnimationFrame(frame);
    renderer.kill();
    removeLegend();
    panel.destroy();
    window.__ready = false;
    delete window.__graph;
    delete window.__sigma;
  };
}

const stop = start();
if (import.meta.hot) import.meta.hot.dispose(stop);
