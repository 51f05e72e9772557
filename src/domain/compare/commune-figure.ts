import type { CodeInsee } from '../types';
import { competitionRank } from './competition-rank';
import type { IndicatorLevels, LevelRow } from './level-row';

/** One key figure of a commune fiche, with what it is compared to. */
export interface CommuneFigure {
  /** The commune's own value; null when withheld (secret statistique) or not computable. */
  value: number | null;
  /** The commune's row (numerator and denominator, to say why a value is missing). */
  row: LevelRow | null;
  territory: LevelRow | null;
  departement: LevelRow | null;
  /** Competition rank among the communes with a value (1 = highest value). */
  rank: number | null;
  /** How many communes have a value (267 when none is missing). */
  ranked: number;
}

/**
 * Gathers a commune's value, its territory's and the département's rows, and its rank.
 *
 * @param territoryCode the commune's territory (nord, centre, sud); null when unknown
 */
export function communeFigure(levels: IndicatorLevels, code: CodeInsee, territoryCode: string | null): CommuneFigure {
  const ranks = competitionRank(levels.commune.map((r) => r.value));
  const i = levels.commune.findIndex((r) => r.code === code);
  const row = i >= 0 ? (levels.commune[i] as LevelRow) : null;
  return {
    value: row?.value ?? null,
    row,
    territory: territoryCode === null ? null : (levels.territoire.find((r) => r.code === territoryCode) ?? null),
    departement: levels.departement[0] ?? null,
    rank: i >= 0 ? (ranks[i] ?? null) : null,
    ranked: ranks.filter((r) => r !== null).length,
  };
}
