import { describe, expect, it } from 'vitest';
import { analyzeRoster } from '../../src/analysis/analyze.js';
import { parseRoster } from '../../src/import/roster-csv.js';
import { barChart, escapeMarkdown } from '../../src/report/format.js';
import { markdownReport } from '../../src/report/markdown.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('escapeMarkdown', () => {
  it.each([
    // HTML: < > become entities; ( ) are escaped so no link destination forms
    [HOSTILE, '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['a|b', 'a\\|b'], // would split a table cell
    ['`rm -rf`', '\\`rm -rf\\`'], // would open a code span
    ['[link](http://x)', '\\[link\\]\\(http:/\u2060/x\\)'], // would be a link (and its URL an autolink)
    ['![i](http://x/i.png)', '\\!\\[i\\]\\(http:/\u2060/x/i.\u2060png\\)'], // would be an image
    ['one\ntwo\r\nthree', 'one two  three'], // each control character becomes a space
    ['a\u2028b', 'a b'], // line separator
    ['abc\u202edef', 'abcdef'], // RTL override removed
    ['x\u2066y\u2069z', 'xyz'], // isolates removed
    ['**b** _i_ # h ~s~ {y} +', '\\*\\*b\\*\\* \\_i\\_ \\# h \\~s\\~ \\{y\\} \\+'],
    ['back\\slash', 'back\\\\slash'],
    ['&amp;', '&amp;amp;'], // an entity in the data stays literal text
    ['plain name', 'plain name'],
    // Autolinks (issue 16, item 12): a word joiner U+2060 breaks each pattern GFM and linkify-it look for
    ['https://evil.example/phish', 'https:/\u2060/evil.\u2060example/phish'],
    ['www.evil.example', 'www\u2060.\u2060evil.\u2060example'],
    ['john@evil.example', 'john\u2060@evil.\u2060example'],
    ['evil.com', 'evil.\u2060com'],
    ['Dr. J. Smith, 1.5', 'Dr. J. Smith, 1.5'], // a dot before a space or a digit stays as it is
    // List markers at the start (issue 16, item 12)
    ['1. evil', '1\\. evil'],
    ['  12. evil', '  12\\. evil'],
    ['- evil', '\\- evil'],
    ['2) evil', '2\\) evil'],
    ['1.5 track', '1.5 track'],
    ['a - b', 'a - b'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('writes null and undefined as empty text and numbers as text', () => {
    expect(escapeMarkdown(null)).toBe('');
    expect(escapeMarkdown(undefined)).toBe('');
    expect(escapeMarkdown(42)).toBe('42');
  });
});

describe('barChart', () => {
  it('draws bars proportional to the values, the largest at full width', () => {
    // width 8, max 4: 4 → 8 blocks, 2 → 4, 1 → 2
    expect(
      barChart(
        [
          ['a', 4],
          ['b', 2],
          ['c', 1],
        ],
        8,
      ),
    ).toBe(['```text', 'a │ ████████ 4', 'b │ ████ 2', 'c │ ██ 1', '```'].join('\n'));
  });

  it('draws fractions in eighths', () => {
    // width 4, max 3: 1 → 4/3 = 1.333 blocks = 1 full + round(0.333 · 8) = 3 eighths ('▍')
    expect(
      barChart(
        [
          ['x', 3],
          ['y', 1],
        ],
        4,
      ),
    ).toBe(['```text', 'x │ ████ 3', 'y │ █▍ 1', '```'].join('\n'));
  });

  it('pads labels to the longest and draws nothing for zero', () => {
    expect(
      barChart(
        [
          ['long', 2],
          ['s', 0],
        ],
        2,
      ),
    ).toBe(['```text', 'long │ ██ 2', 's    │  0', '```'].join('\n'));
  });

  it('uses 40 blocks by default for the largest value', () => {
    expect(barChart([['a', 7]])).toBe(['```text', `a │ ${'█'.repeat(40)} 7`, '```'].join('\n'));
  });
});

describe('markdownReport', () => {
  /** dm (track 1) – p1 (hostile name) – p2; iso alone; one self-tie warning. */
  function report(title = 'Dialogue') {
    const imported = parseRoster({
      people: {
        name: 'people.csv',
        text: `id,name,track,side\ndm,Minister One,1,North\np1,"${HOSTILE}",2,South\np2,"Bob | \`x\`",2,North\niso,Iso,3,South\n`,
      },
      ties: { name: 'ties.csv', text: 'source,target\ndm,p1\np1,p2\np2,p2\n' },
    });
    return markdownReport(imported.graph, analyzeRoster(imported), imported.issues, { title });
  }
  const text = report();
  const lines = text.split('\n');

  it('has the caution sentence', () => {
    expect(text).toContain(
      '> **Read with care.** Network position is evidence of *opportunity* to pass ideas to decision-makers, ' +
        'not proof that any idea passed.',
    );
  });

  it('has the section headings', () => {
    for (const heading of [
      '# trackmap report: Dialogue',
      '## The roster',
      '## Import findings',
      '## Access to decision-makers',
      '## Who stands out, measure by measure',
      '## Network structure',
    ]) {
      expect(lines).toContain(heading);
    }
  });

  it('shows a hostile name only escaped', () => {
    expect(text).not.toContain('<img');
    expect(text).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(text).not.toContain('Bob | `x`');
    expect(text).toContain('Bob \\| \\`x\\`');
  });

  it('escapes the title', () => {
    const t = report(`${HOSTILE}\n# injected`);
    expect(t).not.toContain('<img');
    expect(t.split('\n')).not.toContain('# injected');
    expect(t.split('\n')[0]).toBe('# trackmap report: &lt;img src=x onerror=alert\\(1\\)&gt; \\# injected');
  });

  it('lists the import warning and the person with no path', () => {
    expect(text).toContain('| `ties.csv:4:target` | `CSV_SELF_TIE` |');
    expect(text).toContain('Participants with **no path** to any decision-maker (1): Iso.');
  });

  it('is pure: the same roster gives the same text', () => {
    expect(report()).toBe(text);
  });

  // BUG (reported): ids, file names and positions go into code spans through escapeMarkdown,
  // whose backslash escapes are not processed inside code spans (CommonMark 0.31, §6.1: "Backslash
  // escapes do not work in code spans"), so `dm\_1` shows its backslash. Remove `.fails` once fixed.
  it('shows an id with an underscore in a code span without a backslash', () => {
    // linked, and a third person alone, so the measures differ and the people are ranked in tables
    const imported = parseRoster({
      people: { name: 'people.csv', text: 'id,track\ndm_1,1\np_2,2\np_3,2\n' },
      ties: { name: 'ties.csv', text: 'source,target\ndm_1,p_2\n' },
    });
    const md = markdownReport(imported.graph, analyzeRoster(imported), imported.issues);
    expect(md).toContain('(`dm_1`, decision-maker)');
  });
});
