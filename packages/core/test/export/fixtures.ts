/** A tiny roster with hostile ids and names, shared by the GraphML and GEXF tests. */

import { parseRoster } from '../../src/import/roster-csv.js';

/** Person id with every XML-special character. */
export const HOSTILE_ID = 'p<&"1\'>';
/** Name with markup, entities, quotes and a CDATA end; no control characters. */
export const HOSTILE_NAME = 'Ann <b>&amp;"x" \'y\' ]]> z';
/** Control characters that XML 1.0 does not allow (U+0001, U+0008, U+001F, U+FFFF). */
export const CONTROL = '\u0001\u0008\u001f\uffff';

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * people: HOSTILE_ID (track 1, ideology -0.5, seniority 3), b (track 2, ideology 0.25), iso.
 * ties: HOSTILE_ID–b weight 2; both attend e1 → link weight 2 + 1 = 3.
 * `name` defaults to HOSTILE_NAME; pass another to add control characters.
 */
export function hostileRoster(name = HOSTILE_NAME) {
  return parseRoster({
    people: {
      name: 'people.csv',
      text: `id,name,track,ideology,seniority,score\n${quoted(HOSTILE_ID)},${quoted(name)},1,-0.5,3,7\nb,Bob,2,0.25,,high\niso,Iso,,,,\n`,
    },
    ties: { name: 'ties.csv', text: `source,target,weight\n${quoted(HOSTILE_ID)},b,2\n` },
    attendance: { name: 'attendance.csv', text: `person,event\n${quoted(HOSTILE_ID)},e1\nb,e1\n` },
  });
}
