import { SvelteMap } from 'svelte/reactivity';
import type { CommuneGroups } from '../domain/indicators/commune-groups';
import type { GridCell } from '../domain/indicators/grid-cells';
import type { LevelUnit } from '../domain/indicators/level-units';
import type { SourceDetails } from '../domain/indicators/source-details';
import type { Indicator, IndicatorId, Localized } from '../domain/types';
import type { EngineStatus } from './engine-status.svelte';

export type UpperLevel = 'epci' | 'territoire';
export type AsyncPhase = 'idle' | 'loading' | 'ready' | 'error';

/** Units of one indicator at one level, or the reason they could not be loaded. */
export type LevelResult = { ok: true; units: readonly LevelUnit[] } | { ok: false; error: string };

// Loaded lazily: nothing here is needed for the first paint.
const files = () => import('../data/explorer-files');

const key = (id: IndicatorId, level: UpperLevel) => `${level}|${id}`;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * What the explorer loads after the first paint: aggregated values per EPCI / territory
 * (DuckDB), commune memberships, the 1 km grid, source details and territory names.
 * Each result is cached; reads are reactive per key (SvelteMap), so a result arriving for
 * one indicator does not recompute the others.
 */
export class ExplorerData {
  readonly #engine: EngineStatus;
  readonly #levels = new SvelteMap<string, LevelResult>();
  readonly #requested = new Set<string>();

  groups = $state.raw<CommuneGroups | null>(null);
  gridCells = $state.raw<readonly GridCell[] | null>(null);
  gridPhase = $state<AsyncPhase>('idle');
  gridError = $state<string | null>(null);
  sourceDetails = $state.raw<ReadonlyMap<string, SourceDetails> | null>(null);
  territoryLabels = $state.raw<ReadonlyMap<string, Localized>>(new Map());

  constructor(engine: EngineStatus) {
    this.#engine = engine;
  }

  /** DuckDB is up and its `stats` and `communes` tables loaded. */
  engineReady: boolean = $derived.by(() => {
    const engine = this.#engine;
    return engine.phase === 'ready' && !engine.failedTables.some((t) => t === 'stats' || t === 'communes');
  });

  /** DuckDB failed, or started without the tables the levels need. */
  engineFailed: boolean = $derived.by(() => {
    const engine = this.#engine;
    return (
      engine.phase === 'error' ||
      (engine.phase === 'ready' && engine.failedTables.some((t) => t === 'stats' || t === 'communes'))
    );
  });

  /** Cached units of an indicator at a level; undefined while not (yet) loaded. Reactive. */
  levelResult(id: IndicatorId, level: UpperLevel): LevelResult | undefined {
    return this.#levels.get(key(id, level));
  }

  /** Indicator × level still to query, in order; the one on screen goes first. */
  #queue: { indicator: Indicator; level: UpperLevel }[] = [];
  #running = false;

  /**
   * Loads `first` at `level` before anything else, then every other indicator of the
   * catalogue in the background (one query each), so that later switches are instant.
   * Call once DuckDB is ready.
   */
  requestLevel(first: Indicator, level: UpperLevel, all: readonly Indicator[]): void {
    const firstKey = key(first.id, level);
    if (!this.#levels.has(firstKey)) {
      this.#queue = this.#queue.filter((item) => key(item.indicator.id, item.level) !== firstKey);
      this.#queue.unshift({ indicator: first, level });
      this.#requested.add(firstKey);
    }
    for (const indicator of all) {
      const k = key(indicator.id, level);
      if (this.#requested.has(k)) continue;
      this.#requested.add(k);
      this.#queue.push({ indicator, level });
    }
    void this.#drain();
  }

  /** One query at a time: DuckDB's worker serialises them anyway, and the order matters. */
  async #drain(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      for (let item = this.#queue.shift(); item; item = this.#queue.shift()) {
        const k = key(item.indicator.id, item.level);
        if (this.#levels.has(k)) continue;
        try {
          const { loadIndicatorByLevel } = await files();
          this.#levels.set(k, { ok: true, units: await loadIndicatorByLevel(item.indicator, item.level) });
        } catch (error) {
          this.#levels.set(k, { ok: false, error: message(error) });
          this.#requested.delete(k);
        }
      }
    } finally {
      this.#running = false;
    }
  }

  #groupsRequested = false;
  /** Commune → EPCI / territory lookups and territory names (DuckDB, else Arrow files). */
  requestGroups(useEngine: boolean): void {
    if (this.#groupsRequested) return;
    this.#groupsRequested = true;
    void files().then(({ loadCommuneGroups, loadTerritoryLabels }) => {
      loadTerritoryLabels().then(
        (labels) => (this.territoryLabels = labels),
        (error: unknown) => console.warn('[explorer] territoires.json', message(error)),
      );
      loadCommuneGroups(useEngine).then(
        (groups) => (this.groups = groups),
        (error: unknown) => {
          console.warn('[explorer] communes', message(error));
          this.#groupsRequested = false;
        },
      );
    });
  }

  /** The 1 km cells: DuckDB's `origins` table when ready, else `origins.arrow` directly. */
  requestGrid(useEngine: boolean): void {
    if (this.gridPhase === 'loading' || this.gridPhase === 'ready') return;
    this.gridPhase = 'loading';
    this.gridError = null;
    void files()
      .then(({ loadGridCells }) => loadGridCells(useEngine))
      .then(
        (cells) => {
          this.gridCells = cells;
          this.gridPhase = 'ready';
        },
        (error: unknown) => {
          this.gridError = message(error);
          this.gridPhase = 'error';
        },
      );
  }

  #sourcesRequested = false;
  /** Licence and official address of the sources, for the indicator information panel. */
  requestSourceDetails(): void {
    if (this.#sourcesRequested) return;
    this.#sourcesRequested = true;
    void files()
      .then(({ loadSourceDetails }) => loadSourceDetails())
      .then(
        (details) => (this.sourceDetails = details),
        (error: unknown) => {
          console.warn('[explorer] sources.json', message(error));
          this.sourceDetails = new Map();
        },
      );
  }
}
