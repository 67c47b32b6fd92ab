/**
 * trackmap viewer
 * ===============
 *
 * Wires the parts together: data (open a sample, the user's files or the local roster; import
 * and analysis in a worker), renderer (sigma, reducers, the layout worker) and UI (controls,
 * legend, panels, exports). Opens on the bundled dialogue sample (`?sample=quickstart` for the
 * small one, `?src=local` for the roster `trackmap view` serves).
 *
 * For end-to-end tests: `window.__ready` is false while a roster loads or is laid out and true
 * two animation frames after its final render (or once an error is shown); `window.__graph`,
 * `window.__sigma` and `window.__error` (the last error message) are exposed.
 */

import './styles.css';
import { PSEUDONYMOUS_PERSON_FIELDS, type RosterGraph, type Route, rosterAccess, sideAccess } from '@trackmap/core';
import { embeddedAnalysis } from './data/embedded.js';
import { fetchLocalRoster } from './data/local-source.js';
import { OpenError } from './data/open-error.js';
import { type LoadedRoster, openRoster } from './data/open-roster.js';
import type { InputFile } from './data/protocol.js';
import { HAS_SAMPLES, startSample } from './data/samples.js';
import { download } from './export/download.js';
import { type ExportKind, exportView } from './export/export-view.js';
import { generateKeyHex, KeyError, parseKeyHex } from './export/key.js';
import { type ColorBy, colorScheme, isColorBy } from './renderer/color-scheme.js';
import { createRenderer, type Renderer, type RosterSigma, type View } from './renderer/create-renderer.js';
import { type Filters, isFiltering, NO_FILTERS, personVisible } from './renderer/filters.js';
import { computeHighlight } from './renderer/highlight.js';
import { DEFAULT_LAYOUT_SEED } from './renderer/layout.js';
import { type LayoutRun, runLayout } from './renderer/run-layout.js';
import { sizeScheme } from './renderer/size-scheme.js';
import { fillFilterOptions, fillSizeOptions, setWeightRange } from './ui/controls.js';
import { el, required } from './ui/dom.js';
import { setupDrop } from './ui/drop.js';
import { renderIssues } from './ui/issues.js';
import { renderLegend } from './ui/legend.js';
import { renderPerson, routesFor } from './ui/person-panel.js';
import { fillRosterSelect, renderRosterFigures } from './ui/roster-panel.js';
import { setupSearch } from './ui/search.js';
import type { SearchEntry } from './ui/search-rank.js';

declare global {
  interface Window {
    __ready?: boolean;
    __graph?: RosterGraph;
    __sigma?: RosterSigma;
    __error?: string;
  }
}

const ui = {
  source: required('source'),
  status: required('status'),
  progress: required<HTMLProgressElement>('progress'),
  issues: required('import-issues'),
  openFiles: required<HTMLInputElement>('open-files'),
  openFolder: required<HTMLInputElement>('open-folder'),
  search: required<HTMLInputElement>('search'),
  searchResults: required('search-results'),
  colorBy: required<HTMLSelectElement>('color-by'),
  sizeBy: required<HTMLSelectElement>('size-by'),
  legend: required('legend'),
  filterTrack: required<HTMLSelectElement>('filter-track'),
  filterSide: required<HTMLSelectElement>('filter-side'),
  minWeight: required<HTMLInputElement>('min-weight'),
  minWeightValue: required<HTMLOutputElement>('min-weight-value'),
  filterRoster: required<HTMLInputElement>('filter-roster'),
  filterSummary: required('filter-summary'),
  rerun: required<HTMLButtonElement>('rerun-layout'),
  layoutStatus: required('layout-status'),
  pseudonymize: required<HTMLInputElement>('export-pseudonymize'),
  key: required<HTMLInputElement>('export-key'),
  generateKey: required<HTMLButtonElement>('generate-key'),
  exportPng: required<HTMLButtonElement>('export-png'),
  exportSvg: required<HTMLButtonElement>('export-svg'),
  exportGexf: required<HTMLButtonElement>('export-gexf'),
  exportStatus: required('export-status'),
  container: required('container'),
  personPanel: required('person-panel'),
  rosterSelect: required<HTMLSelectElement>('roster-select'),
  rosterFigures: required('roster-figures'),
  drop: required('drop'),
};

const state = {
  data: null as LoadedRoster | null,
  renderer: null as Renderer | null,
  layout: null as LayoutRun | null,
  open: null as { cancel: () => void } | null,
  seed: DEFAULT_LAYOUT_SEED,
  hovered: null as string | null,
  selected: null as string | null,
  routes: [] as Route[],
  filters: NO_FILTERS as Filters,
  frame: 0,
  loadId: 0,
};

// ---------------------------------------------------------------- readiness

function setReady(ready: boolean): void {
  cancelAnimationFrame(state.frame);
  if (!ready) {
    window.__ready = false;
    return;
  }
  state.frame = requestAnimationFrame(() => {
    state.frame = requestAnimationFrame(() => {
      window.__ready = true;
    });
  });
}

function setStatus(text: string, kind: 'info' | 'error' = 'info'): void {
  ui.status.textContent = text;
  ui.status.classList.toggle('status--error', kind === 'error');
}

// ---------------------------------------------------------------- view

function rosterMembers(): Set<string> | null {
  const data = state.data;
  if (!data) return null;
  const roster = data.rosters.find((r) => r.key === ui.rosterSelect.value);
  return roster && roster.kind !== 'all' ? new Set(roster.members) : null;
}

/** Colour and size schemes, recomputed only when the roster or the choice changes (not on hover). */
const schemes = {
  key: '',
  data: null as LoadedRoster | null,
  color: null as View['color'] | null,
  size: null as View['size'] | null,
};

function currentView(data: LoadedRoster): View {
  const colorBy: ColorBy = isColorBy(ui.colorBy.value) ? ui.colorBy.value : 'track';
  const sizeBy = ui.sizeBy.value || 'degree';
  const key = `${colorBy}\u0000${sizeBy}`;
  if (schemes.data !== data || schemes.key !== key || !schemes.color || !schemes.size) {
    schemes.data = data;
    schemes.key = key;
    schemes.color = colorScheme(data.graph, colorBy);
    schemes.size = sizeScheme(data.graph, sizeBy);
  }
  return {
    color: schemes.color,
    size: schemes.size,
    filters: state.filters,
    highlight: computeHighlight(data.graph, {
      hovered: state.hovered,
      selected: state.selected,
      routes: state.routes,
      members: rosterMembers(),
    }),
  };
}

let legendShown: { color: View['color'] | null; size: View['size'] | null; filters: Filters | null } = {
  color: null,
  size: null,
  filters: null,
};

function restyle(): void {
  const data = state.data;
  if (!data || !state.renderer) return;
  const view = currentView(data);
  state.renderer.update(view);
  // The legend depends on the schemes and the filters only: hovering does not rebuild it.
  if (legendShown.color !== view.color || legendShown.size !== view.size || legendShown.filters !== view.filters) {
    renderLegend(ui.legend, view.color, view.size, shownCounts(data, view));
    legendShown = { color: view.color, size: view.size, filters: view.filters };
  }
}

/** People shown per legend entry when filters are on (`null` when everyone is shown). */
function shownCounts(data: LoadedRoster, view: View): number[] | null {
  if (!isFiltering(view.filters)) return null;
  const counts = view.color.entries.map(() => 0);
  data.graph.forEachNode((n, a) => {
    if (!personVisible(n, a, view.filters)) return;
    const i = view.color.entryOf(a);
    if (i >= 0) counts[i] = (counts[i] ?? 0) + 1;
  });
  return counts;
}

function updateFilters(): void {
  const data = state.data;
  if (!data) return;
  state.filters = {
    track: ui.filterTrack.value,
    side: ui.filterSide.value,
    minWeight: Number(ui.minWeight.value),
    members: ui.filterRoster.checked ? rosterMembers() : null,
  };
  ui.minWeightValue.textContent = ui.minWeight.value;
  restyle();
  fitCamera(data);
  if (isFiltering(state.filters)) {
    const shown = data.graph.filterNodes((n, a) => personVisible(n, a, state.filters)).length;
    ui.filterSummary.textContent = `Filters on: ${shown} of ${data.graph.order} people shown.`;
  } else {
    ui.filterSummary.textContent = '';
  }
}

/** Frames the people shown: all of them when nobody is hidden, else the box around those shown. */
function fitCamera(data: LoadedRoster): void {
  const sigma = state.renderer?.sigma;
  if (!sigma) return;
  const camera = sigma.getCamera();
  const filters = state.filters;
  if (!isFiltering(filters)) {
    camera.animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 300 });
    return;
  }
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  data.graph.forEachNode((n, a) => {
    if (!personVisible(n, a, filters)) return;
    const d = sigma.getNodeDisplayData(n);
    if (!d) return;
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  });
  if (!Number.isFinite(minX)) return;
  const ratio = Math.min(1, Math.max(0.15, 1.3 * Math.max(maxX - minX, maxY - minY)));
  camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio, angle: 0 }, { duration: 300 });
}

// ---------------------------------------------------------------- selection

function select(id: string | null, focusCamera = false): void {
  const data = state.data;
  if (!data) return;
  if (id === null || !data.graph.hasNode(id)) {
    state.selected = null;
    state.routes = [];
    ui.personPanel.hidden = true;
    ui.personPanel.replaceChildren();
    delete ui.personPanel.dataset.person;
    restyle();
    return;
  }
  state.selected = id;
  state.routes = routesFor(data, id);
  renderPerson(ui.personPanel, data, id, state.routes, () => {
    select(null);
    ui.search.focus();
  });
  restyle();
  const sigma = state.renderer?.sigma;
  if (focusCamera && sigma) {
    const d = sigma.getNodeDisplayData(id);
    if (d && !d.hidden) {
      // Centre on the person; on a large graph, zoom in as far as their routes still fit
      // (a small graph stays whole).
      const camera = sigma.getCamera();
      let reach = 0;
      for (const n of state.routes.flatMap((r) => r.nodes)) {
        const o = sigma.getNodeDisplayData(n);
        if (o) reach = Math.max(reach, Math.abs(o.x - d.x), Math.abs(o.y - d.y));
      }
      const ratio = data.graph.order > 60 ? Math.min(1, Math.max(0.25, 2.4 * reach)) : camera.ratio;
      camera.animate({ x: d.x, y: d.y, ratio }, { duration: 400 });
    } else ui.filterSummary.textContent = 'The person found is hidden by the filters.';
  }
}

function searchEntries(): SearchEntry[] {
  const data = state.data;
  if (!data) return [];
  return data.graph.mapNodes((id, a) => ({ id, label: String(a.label ?? id) }));
}

// ---------------------------------------------------------------- controls

function fillControls(data: LoadedRoster): void {
  fillSizeOptions(ui.sizeBy, data.graph);
  fillFilterOptions(ui.filterTrack, ui.filterSide, data.graph);
  setWeightRange(ui.minWeight, data.graph);
  ui.filterRoster.checked = false;
  state.filters = NO_FILTERS;
  ui.minWeightValue.textContent = '0';
  ui.filterSummary.textContent = '';

  fillRosterSelect(ui.rosterSelect, data.rosters);
  ui.rosterSelect.value = 'all';
  showRoster();
}

function showRoster(): void {
  const data = state.data;
  if (!data) return;
  const roster = data.rosters.find((r) => r.key === ui.rosterSelect.value) ?? data.rosters[0];
  if (!roster) {
    ui.rosterFigures.replaceChildren(el('p', { className: 'muted', text: 'No roster.' }));
    return;
  }
  const members = new Set(roster.members);
  const sides = sideAccess(data.graph, members, { accessScores: false });
  renderRosterFigures(ui.rosterFigures, roster, rosterAccess(data.graph, roster.members), sides);
}

// ---------------------------------------------------------------- loading

function describe(data: LoadedRoster): string {
  const h = data.headline;
  return `${data.label} · ${h.people} people · ${h.links} links · ${h.events} events${
    h.communities !== null ? ` · ${h.communities} communities` : ''
  } · ${h.decisionMakers} decision-makers`;
}

function startLayout(data: LoadedRoster, loadId: number, rerun = false): void {
  state.layout?.cancel();
  setReady(false);
  ui.layoutStatus.textContent = 'Laying out…';
  const run = runLayout(data.graph, state.seed, (done, total) => {
    ui.layoutStatus.textContent = `Laying out… ${done} of ${total} iterations`;
  });
  state.layout = run;
  run.promise.then(
    ({ iterations, converged }) => {
      if (loadId !== state.loadId) return;
      state.layout = null;
      state.renderer?.sigma.refresh();
      ui.layoutStatus.textContent = `ForceAtlas2, ${iterations} iterations${converged ? ' (converged)' : ''}, seed ${state.seed}.`;
      if (rerun) state.renderer?.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      setReady(true);
    },
    (error: Error) => {
      if (error.message === 'cancelled' || loadId !== state.loadId) return;
      window.__error = error.message;
      ui.layoutStatus.textContent = error.message;
      setReady(true);
    },
  );
}

function show(data: LoadedRoster, loadId: number): void {
  state.layout?.cancel();
  state.renderer?.kill();
  state.renderer = null;
  state.data = data;
  state.hovered = null;
  state.selected = null;
  state.routes = [];
  state.seed = DEFAULT_LAYOUT_SEED;
  ui.personPanel.hidden = true;
  ui.personPanel.replaceChildren();
  ui.search.value = '';
  ui.searchResults.replaceChildren();
  ui.searchResults.hidden = true;
  fillControls(data);
  ui.source.textContent = describe(data);
  ui.source.title = describe(data);
  renderIssues(ui.issues, data.issues);
  const warnings = data.issues.length;
  const ignored = data.ignored.length ? ` Not used: ${data.ignored.join(', ')}.` : '';
  setStatus(
    `Opened ${data.kind === 'graph-json' ? 'graph.json' : 'the roster'}: ${data.headline.people} people.${
      warnings ? ` ${warnings} import warning${warnings === 1 ? '' : 's'} (below).` : ''
    }${ignored}`,
  );

  const view = (): View => currentView(data);
  // The layout writes the seeded start positions synchronously, so sigma finds x and y.
  startLayout(data, loadId);
  state.renderer = createRenderer(data.graph, ui.container, view(), {
    onClickNode: (node) => select(node),
    onClickStage: () => select(null),
    onEnterNode: (node) => {
      state.hovered = node;
      restyle();
    },
    onLeaveNode: () => {
      state.hovered = null;
      restyle();
    },
  });
  const initial = view();
  renderLegend(ui.legend, initial.color, initial.size);
  legendShown = { color: initial.color, size: initial.size, filters: initial.filters };
  window.__graph = data.graph;
  window.__sigma = state.renderer.sigma;
}

function showFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  window.__error = message;
  const issues = error instanceof OpenError ? error.issues : [];
  renderIssues(ui.issues, issues);
  const kept = state.data ? ' The roster shown before is still shown.' : '';
  setStatus(
    issues.some((i) => i.level === 'error')
      ? `Could not open the roster: ${issues.filter((i) => i.level === 'error').length} error(s), listed below.${kept}`
      : `Could not open the roster: ${message}${kept}`,
    'error',
  );
  setReady(true);
}

async function load(source: Promise<{ label: string; files: InputFile[] }>): Promise<void> {
  const loadId = ++state.loadId;
  state.open?.cancel();
  state.layout?.cancel();
  setReady(false);
  window.__error = undefined;
  setStatus('Reading the files…');
  ui.progress.hidden = false;
  ui.progress.removeAttribute('value');
  try {
    const { label, files } = await source;
    if (loadId !== state.loadId) return;
    const run = openRoster(label, files, (p) => {
      if (loadId !== state.loadId) return;
      const tasks = p.tasks ? `, task ${p.tasks.done} of ${p.tasks.total}` : '';
      setStatus(`Analysing: ${p.step} (${p.done + 1} of ${p.total}${tasks})`);
      ui.progress.max = p.total;
      ui.progress.value = p.done;
    });
    state.open = run;
    const data = await run.promise;
    if (loadId !== state.loadId) return;
    ui.progress.hidden = true;
    show(data, loadId);
  } catch (error) {
    if (loadId !== state.loadId) return;
    ui.progress.hidden = true;
    if (error instanceof OpenError && error.message === 'cancelled') return;
    console.error(error);
    showFailure(error);
  }
}

async function filesFrom(list: FileList | File[]): Promise<{ label: string; files: InputFile[] }> {
  const files = await Promise.all(
    [...list].map(async (f) => ({
      name: f.webkitRelativePath ? f.webkitRelativePath.split('/').slice(-1)[0] || f.name : f.name,
      bytes: new Uint8Array(await f.arrayBuffer()),
    })),
  );
  const folder = [...list][0]?.webkitRelativePath?.split('/')[0];
  return {
    label: folder ? `${folder} (opened)` : `${files.length} file${files.length === 1 ? '' : 's'} opened`,
    files,
  };
}

// ---------------------------------------------------------------- export

function exportKey(): Uint8Array | null {
  if (!ui.pseudonymize.checked) return null;
  try {
    return parseKeyHex(ui.key.value);
  } catch (error) {
    ui.key.setAttribute('aria-invalid', 'true');
    ui.key.focus();
    throw error;
  }
}

async function runExport(kind: ExportKind): Promise<void> {
  const data = state.data;
  const sigma = state.renderer?.sigma;
  if (!data || !sigma) return;
  ui.exportStatus.textContent = '';
  ui.exportStatus.classList.remove('status--error');
  try {
    const key = exportKey();
    ui.key.removeAttribute('aria-invalid');
    const file = await exportView(kind, { graph: data.graph, sigma, view: currentView(data), key });
    download(file.blob, file.fileName);
    ui.exportStatus.textContent = `Saved ${file.fileName}${file.pseudonymised ? ' (pseudonyms only)' : ''}.`;
  } catch (error) {
    const message =
      error instanceof KeyError ? `Key: ${error.message}` : error instanceof Error ? error.message : String(error);
    ui.exportStatus.textContent = message;
    ui.exportStatus.classList.add('status--error');
    window.__error = message;
  }
}

// ---------------------------------------------------------------- wiring

function wire(): void {
  ui.colorBy.addEventListener('change', restyle);
  ui.sizeBy.addEventListener('change', restyle);
  for (const c of [ui.filterTrack, ui.filterSide, ui.filterRoster]) c.addEventListener('change', updateFilters);
  ui.minWeight.addEventListener('input', updateFilters);
  ui.rosterSelect.addEventListener('change', () => {
    showRoster();
    updateFilters();
  });
  ui.rerun.addEventListener('click', () => {
    if (!state.data) return;
    state.seed += 1;
    startLayout(state.data, state.loadId, true);
  });
  ui.openFiles.addEventListener('change', () => {
    if (ui.openFiles.files && ui.openFiles.files.length > 0) void load(filesFrom(ui.openFiles.files));
    ui.openFiles.value = '';
  });
  ui.openFolder.addEventListener('change', () => {
    if (ui.openFolder.files && ui.openFolder.files.length > 0) void load(filesFrom(ui.openFolder.files));
    ui.openFolder.value = '';
  });
  setupDrop(ui.drop, (files) => void load(filesFrom(files)));
  setupSearch(ui.search, ui.searchResults, searchEntries, (id) => select(id, true));
  const syncKey = () => {
    ui.key.disabled = !ui.pseudonymize.checked;
    ui.generateKey.disabled = !ui.pseudonymize.checked;
  };
  required('pseudonymize-help').textContent =
    `As trackmap analyze --pseudonymize: ids, names and labels become keyed pseudonyms (P-…); kept: ${PSEUDONYMOUS_PERSON_FIELDS.join(', ')}, decision-maker, events attended, measures; dropped: organisation, notes and every other column, tie evidence.`;
  ui.pseudonymize.addEventListener('change', syncKey);
  syncKey();
  ui.generateKey.addEventListener('click', () => {
    ui.key.value = generateKeyHex();
    ui.key.removeAttribute('aria-invalid');
    ui.exportStatus.textContent = 'New key generated: copy it and keep it safe to get the same pseudonyms next time.';
    ui.key.select();
  });
  ui.exportPng.addEventListener('click', () => void runExport('png'));
  ui.exportSvg.addEventListener('click', () => void runExport('svg'));
  ui.exportGexf.addEventListener('click', () => void runExport('gexf'));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.selected !== null && document.activeElement === document.body) select(null);
  });
}

/** What opens at start-up: the analysis embedded in a map.html, the local roster, or a sample. */
function initialSource(): Promise<{ label: string; files: InputFile[] }> | null {
  const embedded = embeddedAnalysis();
  if (embedded) return Promise.resolve(embedded);
  const params = new URLSearchParams(window.location.search);
  if (params.get('src') === 'local') return fetchLocalRoster();
  const sample = startSample(params.get('sample'));
  return sample ? Promise.resolve(sample) : null;
}

window.__ready = false;
wire();
const initial = initialSource();
if (initial) void load(initial);
else {
  // The single-file viewer with no analysis in it: it waits for the user's files.
  ui.source.textContent = 'No roster open';
  setStatus('Open the CSV files of a roster (or a graph.json) to map it. Nothing is uploaded.');
  setReady(true);
}
if (!HAS_SAMPLES) required('sample-links').hidden = true;
