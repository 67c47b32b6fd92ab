/**
 * A roster written to leak: its people's names and ids also appear in event ids, event names,
 * round and initiative labels, an unknown track label, tie evidence and notes, the headers of
 * extra columns, the roster's folder name and a file name, and the decision-maker rule. Used by the
 * pseudonymisation byte scan (tests/cli/pseudonymize.test.ts, apps/viewer/test): every string in
 * `SECRETS` must be absent from every pseudonymised output.
 *
 * Every secret is a surname (or an id, a label made from one); none is a substring of a
 * pseudonym (`P-`, `E-`, `R-`, `I-`, `T-` and hex digits) or of a word trackmap itself writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** People: id, name, track, side, sector; the first two are the officials. */
export const HOSTILE_PEOPLE = [
  ['okafor.adaeze', 'Adaeze Okafor', '1', 'North', 'government'],
  ['vasquez.lucia', 'Lucia Vasquez', '1', 'South', 'government'],
  ['lindqvist.sven', 'Sven Lindqvist', '2', 'North', 'academia'],
  ['haddad.karim', 'Karim Haddad', '2', 'South', 'academia'],
  ['moreau.elodie', 'Elodie Moreau', '1.5', 'North', 'ngo'],
  ['tanaka.hiroshi', 'Hiroshi Tanaka', '2', 'South', 'media'],
  ['novakova.petra', 'Petra Novakova', '2', 'North', 'business'],
  ['mensah.kwame', 'Kwame Mensah', 'Okafor inner circle', 'South', 'religious'],
  ['ibrahimovic.yusuf', 'Yusuf Ibrahimovic', '2', 'North', 'military'],
  ['kowalczyk.jan', 'Jan Kowalczyk', '3', 'South', 'academia'],
] as const;

/** Events: id, name, initiative, round, date. */
export const HOSTILE_EVENTS = [
  [
    'dinner-with-adaeze-okafor',
    'Dinner with Adaeze Okafor',
    'Okafor-Vasquez Initiative',
    'Okafor round 1',
    '2021-03-01',
  ],
  ['lindqvist-workshop', 'Lindqvist workshop', 'Okafor-Vasquez Initiative', 'Okafor round 1', '2021-03-02'],
  ['haddad-retreat', 'Retreat at Karim Haddad home', 'Okafor-Vasquez Initiative', 'Lindqvist round 2', '2022-05-01'],
  ['moreau-seminar', 'Moreau seminar', 'Moreau Track', 'Lindqvist round 2', '2022-05-02'],
  ['tanaka-briefing', 'Tanaka briefing', 'Moreau Track', '3', '2023-01-10'],
] as const;

const ATTENDANCE: readonly (readonly [string, string])[] = [
  ['lindqvist.sven', 'dinner-with-adaeze-okafor'],
  ['haddad.karim', 'dinner-with-adaeze-okafor'],
  ['moreau.elodie', 'dinner-with-adaeze-okafor'],
  ['tanaka.hiroshi', 'lindqvist-workshop'],
  ['novakova.petra', 'lindqvist-workshop'],
  ['lindqvist.sven', 'lindqvist-workshop'],
  ['haddad.karim', 'haddad-retreat'],
  ['mensah.kwame', 'haddad-retreat'],
  ['ibrahimovic.yusuf', 'haddad-retreat'],
  ['kowalczyk.jan', 'moreau-seminar'],
  ['moreau.elodie', 'moreau-seminar'],
  ['novakova.petra', 'moreau-seminar'],
  ['tanaka.hiroshi', 'tanaka-briefing'],
  ['mensah.kwame', 'tanaka-briefing'],
  ['kowalczyk.jan', 'tanaka-briefing'],
];

const TIES: readonly (readonly [string, string, string])[] = [
  ['okafor.adaeze', 'vasquez.lucia', 'Adaeze Okafor told us at the Vasquez dinner'],
  ['okafor.adaeze', 'lindqvist.sven', 'Lindqvist memoir, p. 12'],
  ['vasquez.lucia', 'haddad.karim', 'Haddad interview'],
  ['moreau.elodie', 'okafor.adaeze', 'Moreau diary'],
  ['ibrahimovic.yusuf', 'vasquez.lucia', 'Ibrahimovic cable'],
];

/** The folder the roster is written into: named after two of its people. */
export const HOSTILE_FOLDER = 'Okafor-Vasquez private roster';
/** The people file when given with --people: named after one of them. */
export const HOSTILE_PEOPLE_FILE = 'haddad-contacts.csv';

/** Every string that must never reach a pseudonymised output, longest first. */
export const SECRETS: readonly string[] = [
  ...new Set([
    ...HOSTILE_PEOPLE.flatMap(([id, name, track]) => [
      id,
      name,
      ...name.split(' ').filter((part) => part.length >= 5),
      ...(track.length > 3 ? [track] : []),
    ]),
    ...HOSTILE_EVENTS.flatMap(([id, name, initiative, round]) => [
      id,
      name,
      initiative,
      ...(round.length > 3 ? [round] : []),
    ]),
    ...TIES.map(([, , evidence]) => evidence),
    HOSTILE_FOLDER,
    'Okafor-Vasquez',
    HOSTILE_PEOPLE_FILE,
    'haddad-contacts',
    'Okafor private phone',
    'Vasquez seat',
    'Lindqvist note',
    'Moreau tie note',
    'Tanaka venue',
  ]),
].sort((a, b) => b.length - a.length);

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows: readonly (readonly string[])[]) => `${rows.map((r) => r.map(quote).join(',')).join('\n')}\n`;

/**
 * Writes the hostile roster into `parent/HOSTILE_FOLDER` (people.csv, ties.csv, events.csv,
 * attendance.csv) and a copy of its people file as `parent/HOSTILE_PEOPLE_FILE`; returns the folder.
 */
export function writeHostileRoster(parent: string): string {
  const dir = join(parent, HOSTILE_FOLDER);
  mkdirSync(dir, { recursive: true });
  const people = csv([
    ['id', 'name', 'track', 'side', 'sector', 'organisation', 'Okafor private phone', 'notes'],
    ...HOSTILE_PEOPLE.map(([id, name, track, side, sector], i) => [
      id,
      name,
      track,
      side,
      sector,
      `Office of ${name}`,
      `+1 555 01${i}`,
      `met ${name} at ${HOSTILE_EVENTS[i % HOSTILE_EVENTS.length]?.[0]}`,
    ]),
  ]);
  writeFileSync(join(dir, 'people.csv'), people);
  writeFileSync(join(parent, HOSTILE_PEOPLE_FILE), people);
  writeFileSync(
    join(dir, 'ties.csv'),
    csv([
      ['source', 'target', 'type', 'weight', 'directed', 'date', 'evidence', 'Moreau tie note'],
      ...TIES.map(([s, t, evidence], i) => [
        s,
        t,
        i % 2 ? 'advises' : 'colleague',
        '1',
        i % 2 ? 'true' : 'false',
        '2020-01-01',
        evidence,
        `about ${t}`,
      ]),
    ]),
  );
  writeFileSync(
    join(dir, 'events.csv'),
    csv([
      ['id', 'name', 'initiative', 'round', 'date', 'format', 'Tanaka venue'],
      ...HOSTILE_EVENTS.map(([id, name, initiative, round, date]) => [
        id,
        name,
        initiative,
        round,
        date,
        'workshop',
        `${name} venue`,
      ]),
    ]),
  );
  writeFileSync(
    join(dir, 'attendance.csv'),
    csv([
      ['person', 'event', 'role', 'Vasquez seat', 'Lindqvist note'],
      ...ATTENDANCE.map(([person, event], i) => [
        person,
        event,
        i % 3 ? 'participant' : 'speaker',
        `seat of ${person}`,
        event,
      ]),
    ]),
  );
  return dir;
}
