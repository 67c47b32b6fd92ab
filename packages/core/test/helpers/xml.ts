/**
 * XML helpers for the serialiser tests.
 *
 * `parseXml` reads a document with @xmldom/xmldom (resolved through graphology-gexf, which
 * depends on it) and fails on any warning or error it reports. xmldom 0.8 is lenient (it
 * accepts a raw `&`, a `<` inside an attribute value and control characters), so
 * `wellFormednessProblems` adds the XML 1.0 checks the escaping depends on: the Char
 * production (§2.2), references (§4.1), quoted attribute values without `<` (§3.1), no `]]>` in
 * text (§2.4), unique attributes, balanced tags and one root element.
 * Reference: Extensible Markup Language (XML) 1.0 (Fifth Edition), https://www.w3.org/TR/xml/
 */

import { createRequire } from 'node:module';

export interface XmlElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}
interface XmlDocument {
  documentElement: XmlElement;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}
interface DomParserConstructor {
  new (options: {
    errorHandler: { warning(m: string): void; error(m: string): void; fatalError(m: string): void };
  }): { parseFromString(text: string, mimeType: string): XmlDocument };
}

const require = createRequire(import.meta.url);
const fromGexf = createRequire(require.resolve('graphology-gexf'));
const { DOMParser } = fromGexf('@xmldom/xmldom') as { DOMParser: DomParserConstructor };

/** Parses XML, throwing on anything xmldom complains about. */
export function parseXml(text: string): XmlDocument {
  const complaints: string[] = [];
  const report = (m: string) => {
    complaints.push(m);
  };
  const doc = new DOMParser({ errorHandler: { warning: report, error: report, fatalError: report } }).parseFromString(
    text,
    'application/xml',
  );
  if (complaints.length > 0) throw new Error(`xmldom: ${complaints.join('; ')}`);
  return doc;
}

export const elements = (parent: XmlDocument | XmlElement, tag: string): XmlElement[] =>
  Array.from(parent.getElementsByTagName(tag));

const NAME = '[A-Za-z_:][\\w.:-]*';
const CLOSE = new RegExp(`</(${NAME})\\s*>`, 'y');
const OPEN = new RegExp(`<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^<"]*"|'[^<']*'))*)\\s*(/?)>`, 'y');
const ATTRIBUTE_NAME = new RegExp(`(${NAME})\\s*=`, 'g');
const BAD_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const BAD_REFERENCE = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
const CHARACTER_REFERENCE = /&#(x[0-9a-fA-F]+|\d+);/g;

/** The well-formedness problems found (empty when the document is well-formed for these checks). */
export function wellFormednessProblems(xml: string): string[] {
  const problems: string[] = [];
  const badChar = BAD_CHAR.exec(xml);
  if (badChar) problems.push(`character U+${(badChar[0].codePointAt(0) as number).toString(16)} at ${badChar.index}`);
  const badRef = BAD_REFERENCE.exec(xml);
  if (badRef) problems.push(`bare & at ${badRef.index}`);
  // A character reference must name a Char too: `&#x1;` is as ill-formed as a raw U+0001 (§4.1 WFC: Legal Character).
  for (const m of xml.matchAll(CHARACTER_REFERENCE)) {
    const ref = m[1] as string;
    const cp = ref.startsWith('x') ? Number.parseInt(ref.slice(1), 16) : Number.parseInt(ref, 10);
    if (cp > 0x10ffff || BAD_CHAR.test(String.fromCodePoint(cp))) problems.push(`reference ${m[0]} at ${m.index}`);
  }

  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (text.includes(']]>')) problems.push(`"]]>" in text at ${i}`);
    if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root element at ${i}`);
    if (lt === -1) break;
    CLOSE.lastIndex = lt;
    OPEN.lastIndex = lt;
    const close = CLOSE.exec(xml);
    if (close) {
      const open = stack.pop();
      if (open !== close[1]) problems.push(`</${close[1]}> closes <${open}> at ${lt}`);
      i = CLOSE.lastIndex;
      continue;
    }
    const open = OPEN.exec(xml);
    if (!open) {
      problems.push(`malformed tag at ${lt}: ${xml.slice(lt, lt + 40)}`);
      break;
    }
    const names = [...(open[2] as string).matchAll(ATTRIBUTE_NAME)].map((m) => m[1]);
    if (new Set(names).size !== names.length) problems.push(`repeated attribute at ${lt}`);
    if (stack.length === 0) roots++;
    if (open[3] !== '/') stack.push(open[1] as string);
    i = OPEN.lastIndex;
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
