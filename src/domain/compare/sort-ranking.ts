import type { CodeInsee } from '../types';

export interface RankingRow {
  code: CodeInsee;
  name: string;
  /** Territory label, already in the UI language. */
  territory: string;
  value: number | null;
  /** Competition rank (see competitionRank); null when the value is missing. */
  rank: number | null;
}

export type RankingKey = 'rank' | 'name' | 'territory' | 'value';
export type SortDirection = 'asc' | 'desc';

/**
 * Sorts the ranking table. Missing values (no rank) always come last, whatever the direction,
 * when sorting by rank or value; text columns use French collation. Ties keep rank order, then name.
 *
 * @returns a new array
 */
export function sortRanking(
  rows: readonly RankingRow[],
  key: RankingKey,
  direction: SortDirection,
  collator: Intl.Collator = new Intl.Collator('fr'),
): RankingRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const byRank = (a: RankingRow, b: RankingRow) => {
    if (a.rank === null || b.rank === null) return a.rank === b.rank ? 0 : a.rank === null ? 1 : -1;
    return a.rank - b.rank;
  };
  const byName = (a: RankingRow, b: RankingRow) => collator.compare(a.name, b.name);
  return [...rows].sort((a, b) => {
    if (key === 'rank' || key === 'value') {
      const missing = (a.rank === null ? 1 : 0) - (b.rank === null ? 1 : 0);
      if (missing !== 0) return missing;
      // rank 1 = highest value: sorting values ascending is sorting ranks descending
      const primary = key === 'rank' ? sign * byRank(a, b) : -sign * byRank(a, b);
      return primary || byName(a, b);
    }
    const primary = key === 'name' ? byName(a, b) : collator.compare(a.territory, b.territory);
    return sign * primary || byRank(a, b) || byName(a, b);
  });
}
