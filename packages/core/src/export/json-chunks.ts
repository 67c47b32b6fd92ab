/**
 * JSON in pieces
 * ==============
 *
 * `jsonChunks(value)` yields exactly the text of `JSON.stringify(value, null, 1)`, in pieces: the
 * outer objects and arrays (to `depth` levels) are written here, one piece per member, and each
 * member deeper than that is stringified by `JSON.stringify` on its own and indented to its place.
 * So an output of any size (`graph.json` of 2.5 million links is over 600 MB, more than V8's
 * longest string, 2²⁹ − 24 characters) is written without ever being one string, and a test can
 * check it byte for byte against `JSON.stringify` on any smaller value.
 *
 * The rules of JSON.stringify (ECMA-262 §25.5.2) are kept: `toJSON(key)` is called; object members
 * whose value is `undefined`, a function or a symbol are left out, array items of these kinds are
 * `null`; empty objects and arrays are `{}` and `[]`; boxed primitives are written as primitives
 * (by JSON.stringify itself).
 */

/** One space per level: the indentation of every JSON output of trackmap (`JSON.stringify(x, null, 1)`). */
const INDENT = ' ';

/** Whether JSON.stringify leaves a member with this value out (or writes `null` for an array item). */
const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function toJson(value: unknown, key: string): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON(key: string): unknown }).toJSON(key);
  }
  return value;
}

/** A plain container this writer opens itself (boxed primitives and the like go to JSON.stringify). */
function container(value: unknown): value is Record<string, unknown> | unknown[] {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  return !(value instanceof Number || value instanceof String || value instanceof Boolean);
}

/**
 * The text of `JSON.stringify(value, null, 1)`, in pieces.
 *
 * @param value - any value JSON.stringify accepts at the top (not `undefined`).
 * @param depth - levels of objects and arrays written member by member. @defaultValue 2
 */
export function* jsonChunks(value: unknown, depth = 2): Generator<string> {
  yield* member(toJson(value, ''), '', depth);
}

function* member(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth <= 0 || !container(value)) {
    const text = JSON.stringify(value, null, INDENT) as string;
    yield indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '\n' : ',\n'}${inner}`;
      const item = toJson(value[i], String(i));
      if (skipped(item)) yield 'null';
      else yield* member(item, inner, depth - 1);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const item = toJson(value[key], key);
    if (skipped(item)) continue;
    yield `${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* member(item, inner, depth - 1);
  }
  yield first ? '{}' : `\n${indent}}`;
}
