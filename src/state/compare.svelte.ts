import { untrack } from 'svelte';
import { fetchJson } from '../data/fetch-data';
import type { Level } from '../data/queries/indicator-by-level';
import { aggregateByLevel } from '../domain/compare/aggregate-by-level';
import type { IndicatorLevels, LevelRow } from '../domain/compare/level-row';
import { parseTerritories, parseTerritoryColumn, type Territories } from '../domain/compare/parse-territories';
import type { RankingKey, SortDirection } from '../domain/compare/sort-ranking';
import type { CodeInsee, CommuneStats, Indicator, IndicatorId } from '../domain/types';
import type { AppData } from './app-data.svelte';
import type { EngineStatus } from './engine-status.svelte';

/** Tables the level queries read: without them the browser computation stays in use. */
const NEEDED_TABLES = ['stats', 'communes'];
const LEVELS: readonly Level[] = ['commune', 'territoire', 'departement'];

/**
 * Indicator values by commune, territory and département for the comparison page and the fiche.
 * Values come from DuckDB (`indicatorByLevel`, a ratio of sums); until it is ready, or if it
 * cannot start, the same computation runs in the browser on commune-stats.json
 * (`aggregateByLevel`, tested equal to the SQL). The ranking sort is kept here for permalinks.
 */
export class CompareState {
  readonly #data: AppData;
  readonly #engine: EngineStatus;

  /** The nord / centre / sud split and its labels (an assumption: see territoires.json). */
  territories = $state.raw<Territories | null>(null);
  /** Territory code of every commune. */
  territoryOf = $state.raw<ReadonlyMap<CodeInsee, string> | null>(null);
  /** Why territoires.json or the territory column could not be read. */
  fileError = $state<string | null>(null);
  /** Why a DuckDB query failed (the browser computation is then shown). */
  queryError = $state<string | null>(null);

  /** Ranking table order (permalink state). */
  sortKey = $state<RankingKey>('rank');
  sortDirection = $state<SortDirection>('asc');

  #sql = $state.raw<ReadonlyMap<IndicatorId, IndicatorLevels>>(new Map());
  #pending = new Set<IndicatorId>();
  /** Browser results, valid for one pair of input tables (plain field: a cache, not state). */
  #fallback: {
    stats: CommuneStats;
    territoryOf: ReadonlyMap<CodeInsee, string>;
    byId: Map<IndicatorId, IndicatorLevels>;
  } | null = null;
  #filesRequested = false;

  constructor(data: AppData, engine: EngineStatus) {
    this.#data = data;
    this.#engine = engine;
  }

  /** True once DuckDB and the tables the queries need are loaded. */
  get sqlReady(): boolean {
    return this.#engine.phase === 'ready' && !this.#engine.failedTables.some((t) => NEEDED_TABLES.includes(t));
  }

  /** Downloads territoires.json and the territory column (once; cached by the browser). */
  loadFiles(): void {
    if (this.#filesRequested) return;
    this.#filesRequested = true;
    const fail = (error: unknown) => (this.fileError = error instanceof Error ? error.message : String(error));
    fetchJson('territoires.json', parseTerritories).then((t) => (this.territories = t), fail);
    fetchJson('commune-stats.json', parseTerritoryColumn).then((m) => (this.territoryOf = m), fail);
  }

  /** Values of an indicator at every level: DuckDB's when loaded, else the browser's; null while neither is possible. */
  levels(ind: Indicator): IndicatorLevels | null {
    return this.#sql.get(ind.id) ?? this.#computeInBrowser(ind);
  }

  #computeInBrowser(ind: Indicator): IndicatorLevels | null {
    const stats = this.#data.stats;
    const territoryOf = this.territoryOf;
    if (!stats || !territoryOf) return null;
    if (this.#fallback?.stats !== stats || this.#fallback.territoryOf !== territoryOf) {
      this.#fallback = { stats, territoryOf, byId: new Map() };
    }
    let levels = this.#fallback.byId.get(ind.id);
    if (!levels) {
      levels = {
        commune: aggregateByLevel(ind, stats, (code) => code),
        territoire: aggregateByLevel(ind, stats, (code) => territoryOf.get(code)),
        departement: aggregateByLevel(ind, stats, () => '41'),
        source: 'ts',
      };
      this.#fallback.byId.set(ind.id, levels);
    }
    return levels;
  }

  /**
   * Runs the DuckDB queries of indicators not loaded yet. Call it from an `$effect`: it reads
   * the engine state (so it runs again once DuckDB is ready) but not the results.
   */
  request(indicators: readonly Indicator[]): void {
    if (!this.sqlReady) return;
    const loaded = untrack(() => this.#sql);
    for (const ind of indicators) {
      if (loaded.has(ind.id) || this.#pending.has(ind.id)) continue;
      this.#pending.add(ind.id);
      void this.#query(ind).finally(() => this.#pending.delete(ind.id));
    }
  }

  async #query(ind: Indicator): Promise<void> {
    try {
      // Lazy: keeps duckdb-wasm and apache-arrow out of the first-paint bundle.
      const [{ runQuery }, { indicatorByLevel }] = await Promise.all([
        import('../data/run-query'),
        import('../data/queries/indicator-by-level'),
      ]);
      const [commune, territoire, departement] = await Promise.all(
        LEVELS.map((level) => runQuery<LevelRow & Record<string, unknown>>(indicatorByLevel(ind, level))),
      );
      const levels: IndicatorLevels = {
        commune: commune ?? [],
        territoire: territoire ?? [],
        departement: departement ?? [],
        source: 'sql',
      };
      this.#sql = new Map([...this.#sql, [ind.id, levels]]);
    } catch (error) {
      this.queryError = error instanceof Error ? error.message : String(error);
    }
  }
}
