// The XML checker used by the serialiser tests must itself reject what it is meant to catch.
import { describe, expect, it } from 'vitest';
import { parseXml, wellFormednessProblems } from './xml.js';

describe('wellFormednessProblems', () => {
  it('accepts a well-formed document', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<a x="1" y=\'&quot;\'><b>t &amp; &#38; &#x26; &lt; ></b><c/></a>\n';
    expect(wellFormednessProblems(xml)).toEqual([]);
    expect(() => parseXml(xml)).not.toThrow();
  });

  it.each([
    ['a bare ampersand', '<a>x & y</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['< in an attribute value', '<a b="<"/>'],
    ['an unquoted attribute', '<a b=1/>'],
    ['a control character', '<a>\u0001</a>'],
    ['U+FFFF', '<a>\uffff</a>'],
    ['crossed tags', '<a><b></a></b>'],
    ['an unclosed tag', '<a><b></a>'],
    ['a repeated attribute', '<a b="1" b="2"/>'],
    ['two roots', '<a/><b/>'],
    ['text outside the root', '<a/>x'],
    [']]> in text', '<a>]]></a>'],
    ['a raw < in text', '<a>1 < 2</a>'],
  ])('rejects %s', (_name, xml) => {
    expect(wellFormednessProblems(xml)).not.toEqual([]);
  });

  it('parseXml throws on what xmldom reports', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a b="1" b="2"/>')).toThrow();
  });
});
