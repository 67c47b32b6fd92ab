/**
 * Rankings and long lists for the reports
 * =======================================
 *
 * How `report.md` shows a ranking or a long list so that it cannot mislead:
 *
 * - **Ties stay together** (`rankTop`). People whose values *read the same* in the report (the
 *   key is the text shown, so 0.99612 and 0.99648 both shown as 99.6 % are tied) share a rank
 *   (competition ranking: 1, 2, 2, 4). When the cut after the top N would split a group of tied
 *   people, the group is not cut at an arbitrary member: it is left out of the table and reported
 *   in one line ("27 decision-makers tied at 99.6 %").
 * - **Constant measures are not ranked** (`isConstant`): when every value reads the same, a top
 *   10 would list ten arbitrary people; the report says so in one line instead.
 * - **Long lists are capped** (`capRows`): the first rows, and a count of the rest.
 *
 * Pure: items in, items out. The text of the lines is written by the sections with format.ts.
 */

/** One row of a ranking: the item and its rank (1-based, shared by ties). */
export interface RankedRow<T> {
  item: T;
  rank: number;
}

/** The top of a ranking, ties kept whole. */
export interface TopRanking<T> {
  /** The rows shown, in order, with competition ranks. */
  rows: RankedRow<T>[];
  /**
   * People tied at the cut: the group the top N would have split, all of them, with their shared
   * rank and the value as shown. `null` when the cut falls between two different values.
   */
  tiedAtCut: { rank: number; key: string; items: T[] } | null;
  /** Items after the rows and the tied group. */
  omitted: number;
}

/**
 * The top `top` of `sorted` (already in ranking order), ties by `key` (the value as the report
 * shows it) kept whole: see the file banner.
 */
export function rankTop<T>(sorted: readonly T[], key: (item: T) => string, top: number): TopRanking<T> {
  const keys = sorted.map(key);
  const rankOf = (i: number) => {
    let first = i;
    while (first > 0 && keys[first - 1] === keys[i]) first--;
    return first + 1;
  };
  if (sorted.length <= top || keys[top] !== keys[top - 1]) {
    const shown = sorted.slice(0, top);
    return {
      rows: shown.map((item, i) => ({ item, rank: rankOf(i) })),
      tiedAtCut: null,
      omitted: sorted.length - shown.length,
    };
  }
  const start = rankOf(top - 1) - 1;
  let end = top;
  while (end < sorted.length && keys[end] === keys[top - 1]) end++;
  return {
    rows: sorted.slice(0, start).map((item, i) => ({ item, rank: rankOf(i) })),
    tiedAtCut: { rank: start + 1, key: keys[top - 1] as string, items: sorted.slice(start, end) },
    omitted: sorted.length - end,
  };
}

/** Whether every value reads the same (and there are at least two): nothing to rank. */
export function isConstant<T>(items: readonly T[], key: (item: T) => string): boolean {
  if (items.length < 2) return false;
  const first = key(items[0] as T);
  return items.every((x) => key(x) === first);
}

/** The first `max` rows and how many were left out. */
export function capRows<T>(rows: readonly T[], max: number): { shown: T[]; omitted: number } {
  return { shown: rows.slice(0, max), omitted: Math.max(0, rows.length - max) };
}
