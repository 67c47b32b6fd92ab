/**
 * Search ranking
 * ==============
 *
 * `rankPeople(query, people)` finds people by name or id, case- and accent-insensitively, best
 * first: exact id, exact name, name starting with the query, a word of the name starting with
 * it, id starting with it, then name or id containing it; ties keep the roster order.
 */

export interface SearchEntry {
  id: string;
  label: string;
}

/** Lower case without diacritics, for matching only. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

function score(q: string, id: string, label: string): number {
  if (id === q) return 0;
  if (label === q) return 1;
  if (label.startsWith(q)) return 2;
  if (label.split(/[\s\-'’.,()]+/u).some((w) => w.startsWith(q))) return 3;
  if (id.startsWith(q)) return 4;
  if (label.includes(q) || id.includes(q)) return 5;
  return -1;
}

export function rankPeople(query: string, people: readonly SearchEntry[], limit = 10): SearchEntry[] {
  const q = foldText(query);
  if (q === '') return [];
  const scored: Array<{ entry: SearchEntry; s: number; i: number }> = [];
  people.forEach((entry, i) => {
    const s = score(q, foldText(entry.id), foldText(entry.label));
    if (s >= 0) scored.push({ entry, s, i });
  });
  scored.sort((a, b) => a.s - b.s || a.i - b.i);
  return scored.slice(0, limit).map((x) => x.entry);
}
