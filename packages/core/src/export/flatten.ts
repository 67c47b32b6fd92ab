// biome-ignore lint/suspicious/noControlCharactersInRegex: characters XML 1.0 forbids are removed on purpose
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Removes the characters XML 1.0 does not allow (control characters other than tab, LF, CR). */
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '');
}

/** Scalar-only copies of attributes for XML formats that cannot hold lists (GEXF, GraphML); strings are made XML-safe. */
export function flattenAttributes(
  attributes: Record<string, unknown>,
  omit: readonly string[] = [],
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, v] of Object.entries(attributes)) {
    if (omit.includes(key) || v === null || v === undefined) continue;
    const k = xmlSafe(key);
    if (typeof v === 'number') {
      if (Number.isFinite(v)) out[k] = v;
    } else if (typeof v === 'boolean') out[k] = v;
    else if (typeof v === 'string') out[k] = xmlSafe(v);
    else if (Array.isArray(v))
      out[k] = xmlSafe(v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(';'));
    else out[k] = xmlSafe(JSON.stringify(v));
  }
  return out;
}
