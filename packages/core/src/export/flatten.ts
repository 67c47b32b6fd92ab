/** Scalar-only copies of attributes for formats that cannot hold lists (GEXF, GraphML). */
export function flattenAttributes(
  attributes: Record<string, unknown>,
  omit: readonly string[] = [],
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(attributes)) {
    if (omit.includes(k) || v === null || v === undefined) continue;
    if (typeof v === 'number') {
      if (Number.isFinite(v)) out[k] = v;
    } else if (typeof v === 'boolean' || typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(';');
    else out[k] = JSON.stringify(v);
  }
  return out;
}
