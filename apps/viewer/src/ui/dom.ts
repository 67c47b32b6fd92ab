/**
 * Tiny DOM helpers. Text always goes through `textContent`: roster values (names, notes,
 * organisations) are data, never markup, so nothing in the viewer uses `innerHTML`.
 */

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; title?: string; testId?: string } = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.title !== undefined) node.title = props.title;
  if (props.testId !== undefined) node.dataset.testid = props.testId;
  for (const child of children) node.append(child);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  children: Node[] = [],
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const child of children) node.append(child);
  return node;
}

export function required<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from index.html`);
  return node as T;
}

/** Numbers as the panels show them: integers as is, others with three decimals, missing as a dash. */
export function formatNumber(value: unknown): string {
  if (typeof value !== 'number' || Number.isNaN(value)) return '—';
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(3);
}

export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** A two-column table of label/value rows. */
export function table(rows: Array<[string, string | Node]>, className = 'kv'): HTMLTableElement {
  const body = el(
    'tbody',
    {},
    rows.map(([k, v]) =>
      el('tr', {}, [
        el('th', { text: k }),
        el('td', {}, [typeof v === 'string' ? el('div', { className: 'kv__value', text: v }) : v]),
      ]),
    ),
  );
  return el('table', { className }, [body]);
}
