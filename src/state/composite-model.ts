import type { ClassBreaks } from '../domain/classify/class-breaks';
import type { PaletteId } from '../domain/classify/palette';
import { competitionRanks } from '../domain/composite/competition-ranks';
import type { ExcludedCommune } from '../domain/composite/compute-composite';
import type { NormalisedMatrix } from '../domain/composite/prepare-composite';
import type { CommuneStability, StabilityResult } from '../domain/composite/rank-stability';
import type { IndexIndicator } from '../domain/composite/types';
import { weightedScores } from '../domain/composite/weighted-scores';
import type { CodeInsee, IndicatorId } from '../domain/types';

// Settings, shapes and pure computations of the composite-index page (its state is in
// composite.svelte.ts): what the page adds around the domain's normalise / weightedScores / ranks.

/** Emitted once the map shows the latest index (after each change of the definition). */
export const INDEX_UPDATED_MARK = 'obs:index-updated';
/** performance.measure from a change of the definition to INDEX_UPDATED_MARK. */
export const INDEX_UPDATE_MEASURE = 'obs:index-update';

/** Weight range offered by the sliders (only ratios matter). */
export const WEIGHT_RANGE = { min: 0.1, max: 5, step: 0.1 } as const;
/** Minimum coverage choices: share of the total weight a commune must have to be ranked. */
export const MIN_COVERAGE_CHOICES: readonly number[] = [1, 0.75, 0.5];
/** Classes on the map: quintiles. */
export const INDEX_CLASSES = 5;
/** Darker = more fragile (index); darker = higher value (an uploaded column, direction unknown). */
export const INDEX_PALETTE: PaletteId = 'OrRd';
export const UPLOAD_PALETTE: PaletteId = 'PuBu';
/** "Most fragile" communes of the territory comparison: the best-ranked 20 %. */
export const TOP_SHARE = 0.2;
/** Rank stability: random weight sets drawn, and the default perturbation (± 25 %). */
export const STABILITY_DRAWS = 500;
export const DEFAULT_PERTURBATION = 0.25;
export const DEFAULT_SEED = 41;
/** Population column of commune-stats.json used to weight the territory means (RP 2022). */
export const POPULATION_COLUMN = 'P22_POP';

/**
 * Indicators normalised for a set of (indicator, direction) and a method: what the weights do not
 * change. `values[j * n + i]`: indicator j, commune i, oriented higher = more fragile; NaN = missing.
 */
export interface NormalisedBlock {
  codes: readonly CodeInsee[];
  ids: readonly IndicatorId[];
  n: number;
  k: number;
  values: Float64Array;
}

/** The index on the current definition, in the order of the communes of commune-stats.json. */
export interface IndexResult {
  scores: (number | null)[];
  ranks: (number | null)[];
  ranked: number;
  excluded: ExcludedCommune[];
  partial: ExcludedCommune[];
}

export interface RankingRow {
  code: CodeInsee;
  name: string;
  territory: string | null;
  score: number;
  rank: number;
  stability: CommuneStability | null;
}

export interface TerritoryRow {
  /** Territory code, or '41' for the département. */
  code: string;
  communes: number;
  scored: number;
  /** Population of the scored communes (RP 2022). */
  population: number;
  /** Σ population × score / Σ population over the scored communes; null when none. */
  meanScore: number | null;
  /** Scored communes among the TOP_SHARE most fragile of the département. */
  top: number;
}

export interface MapLayerView {
  kind: 'index' | 'upload';
  /** Upload column id when kind = 'upload'. */
  id: string | null;
  /** One value per commune of commune-stats.json (scores, or the uploaded values). */
  values: readonly (number | null)[];
  breaks: ClassBreaks | null;
  colors: readonly string[];
  /** Class per commune code; null = no value (excluded from the index, or absent from the file). */
  classByCode: ReadonlyMap<CodeInsee, number | null>;
  counts: readonly number[];
  missing: number;
}

export interface StabilityRun {
  /** Definition it was computed for. */
  key: string;
  result: StabilityResult;
  /** Duration of the computation, ms. */
  ms: number;
}

/**
 * Builds the matrix {@link weightedScores} and {@link rankStability} read from already-normalised
 * indicators and the current weights: coverage and eligibility exactly as `prepareComposite`
 * computes them, without normalising again.
 */
export function reweight(block: NormalisedBlock, weights: Float64Array, minCoverage: number): NormalisedMatrix {
  const { n, k, values } = block;
  const total = weights.reduce((a, b) => a + b, 0);
  const available = new Float64Array(n);
  const missing: IndicatorId[][] = Array.from({ length: n }, () => []);
  for (let j = 0; j < k; j++) {
    const w = weights[j] as number;
    for (let i = 0; i < n; i++) {
      if (Number.isNaN(values[j * n + i] as number)) (missing[i] as IndicatorId[]).push(block.ids[j] as IndicatorId);
      else available[i] = (available[i] as number) + w;
    }
  }
  const coverage = available.map((w) => (total > 0 ? w / total : 0));
  // same tolerance as prepareComposite (0.1 + 0.2 of the weight still counts as 0.3)
  const eligible = Uint8Array.from(coverage, (c) => (c > 0 && c >= minCoverage - 1e-12 ? 1 : 0));
  return { codes: block.codes, ids: block.ids, n, k, values, weights, coverage, eligible, missing };
}

/** Scores, ranks and excluded communes of a matrix (as `computeComposite` reports them). */
export function indexResult(matrix: NormalisedMatrix): IndexResult {
  const typed = weightedScores(matrix);
  const typedRanks = competitionRanks(typed);
  const scores: (number | null)[] = [];
  const ranks: (number | null)[] = [];
  const excluded: ExcludedCommune[] = [];
  const partial: ExcludedCommune[] = [];
  let ranked = 0;
  for (let i = 0; i < matrix.n; i++) {
    const scored = matrix.eligible[i] === 1;
    scores.push(scored ? (typed[i] as number) : null);
    ranks.push(scored ? (typedRanks[i] as number) : null);
    if (scored) ranked++;
    const missing = matrix.missing[i] as IndicatorId[];
    if (missing.length > 0) {
      const entry = { code: matrix.codes[i] as CodeInsee, missing: [...missing], coverage: matrix.coverage[i] as number };
      (scored ? partial : excluded).push(entry);
    }
  }
  return { scores, ranks, ranked, excluded, partial };
}

/** Same indicators, weights and directions, in the same order. */
export const sameIndicators = (a: readonly IndexIndicator[], b: readonly IndexIndicator[]) =>
  a.length === b.length && a.every((d, i) => d.id === b[i]?.id && d.weight === b[i]?.weight && d.direction === b[i]?.direction);

/** A weight within WEIGHT_RANGE, rounded to 0.01. */
export const clampWeight = (w: number) => Math.min(WEIGHT_RANGE.max, Math.max(WEIGHT_RANGE.min, Math.round(w * 100) / 100));

/**
 * Territory comparison of an index: per territory (in the given order) then for the département
 * ('41'), the communes, those scored, their population, the population-weighted mean score
 * Σ pop × score / Σ pop over the scored communes (null when none has a population), and how many
 * scored communes are ranked at or above `topCut` (the TOP_SHARE most fragile of the département).
 *
 * @param input.population one value per commune (RP 2022); a missing population counts as 0
 * @param input.territoryOf territory code per commune; a commune outside every territory counts
 *   for the département only
 */
export function territoryRows(
  result: Pick<IndexResult, 'scores' | 'ranks'>,
  input: {
    codes: readonly CodeInsee[];
    population: readonly (number | null)[];
    territoryOf: ReadonlyMap<CodeInsee, string>;
    territories: readonly string[];
    topCut: number;
  },
): TerritoryRow[] {
  const row = (code: string): TerritoryRow => ({ code, communes: 0, scored: 0, population: 0, meanScore: null, top: 0 });
  const rows = new Map<string, TerritoryRow>(input.territories.map((t) => [t, row(t)]));
  const dept = row('41');
  const sums = new Map<TerritoryRow, number>();
  input.codes.forEach((code, i) => {
    const group = rows.get(input.territoryOf.get(code) ?? '');
    for (const target of group ? [group, dept] : [dept]) {
      target.communes++;
      const score = result.scores[i];
      if (score == null) continue;
      target.scored++;
      const p = input.population[i] ?? 0;
      target.population += p;
      sums.set(target, (sums.get(target) ?? 0) + p * score);
      if ((result.ranks[i] ?? Infinity) <= input.topCut) target.top++;
    }
  });
  const all = [...rows.values(), dept];
  for (const t of all) t.meanScore = t.population > 0 ? (sums.get(t) ?? 0) / t.population : null;
  return all;
}
