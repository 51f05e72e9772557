import type { ClassBreaks } from '../domain/classify/class-breaks';
import { classCounts } from '../domain/classify/class-counts';
import { classify } from '../domain/classify/classify';
import { paletteColors, type PaletteId } from '../domain/classify/palette';
import { quantileBreaks } from '../domain/classify/quantile-breaks';
import { normalise } from '../domain/composite/normalise';
import type { NormalisedMatrix } from '../domain/composite/prepare-composite';
import { DEFAULT_NORMALISATION, INDEX_PRESETS, type IndexPreset, type PresetId } from '../domain/composite/presets';
import { rankStability, type CommuneStability, type StabilityResult } from '../domain/composite/rank-stability';
import {
  INDEX_DEFINITION_VERSION,
  type CatalogueEntry,
  type FragilityDirection,
  type IndexDefinition,
  type IndexIndicator,
  type NormalisationMethod,
} from '../domain/composite/types';
import type { CompositeLink } from '../domain/permalink/composite-section';
import { computeIndicatorColumn } from '../domain/indicators/compute';
import type { CodeInsee, CommuneStats, Indicator, IndicatorId, Lang } from '../domain/types';
import type { AppData } from './app-data.svelte';
import type { CompareState } from './compare.svelte';
import {
  clampWeight,
  DEFAULT_PERTURBATION,
  DEFAULT_SEED,
  INDEX_CLASSES,
  INDEX_PALETTE,
  INDEX_UPDATE_MEASURE,
  INDEX_UPDATED_MARK,
  indexResult,
  POPULATION_COLUMN,
  reweight,
  sameIndicators,
  STABILITY_DRAWS,
  territoryRows,
  TOP_SHARE,
  UPLOAD_PALETTE,
  type IndexResult,
  type MapLayerView,
  type NormalisedBlock,
  type RankingRow,
  type StabilityRun,
  type TerritoryRow,
} from './composite-model';
import { UPLOAD_ID_PREFIX, type UploadsState } from './uploads.svelte';

export * from './composite-model';

/**
 * State of the "Indice composite" page: the index definition the user builds (indicators,
 * weights, directions, normalisation, minimum coverage) and everything computed from it.
 *
 * Cost model: the indicators are normalised once per change of the indicator set, of a direction
 * or of the normalisation (`#normalised`); a weight change only re-weights ({@link reweight}),
 * re-ranks 267 communes and re-classes them.
 */
export class CompositeState {
  readonly #data: AppData;
  readonly #compare: CompareState;
  readonly #uploads: UploadsState;

  presetId = $state<PresetId | null>(INDEX_PRESETS[0]?.id ?? null);
  indicators = $state.raw<readonly IndexIndicator[]>(INDEX_PRESETS[0]?.indicators.map((d) => ({ ...d })) ?? []);
  normalisation = $state<NormalisationMethod>(DEFAULT_NORMALISATION);
  minCoverage = $state(1);
  /** Free label typed by the user; empty = the preset's name. */
  label = $state('');
  seed = $state(DEFAULT_SEED);
  perturbation = $state(DEFAULT_PERTURBATION);
  stabilityRun = $state.raw<StabilityRun | null>(null);
  /** Commune picked on the map or in the ranking (outlined, with its card over the map). */
  selected = $state<CodeInsee | null>(null);
  /** What the map shows: 'index' or the id of an uploaded column. */
  layer = $state<string>('index');
  /** Data version (manifest.json), written into exported definitions. */
  dataVersion = $state<string | null>(null);
  /** Durations (ms) from a change of the definition to the map showing it. */
  updateTimes = $state.raw<readonly number[]>([]);
  /** Set by the map layer: it emits the update mark after drawing; otherwise the panel does. */
  mapAttached = false;
  /** How many times indicators were normalised (a plain counter, for tests and the perf budget). */
  normaliseRuns = 0;

  #pendingSince: number | null = null;
  #columnCache = new WeakMap<CommuneStats, Map<IndicatorId, (number | null)[]>>();

  constructor(data: AppData, compare: CompareState, uploads: UploadsState) {
    this.#data = data;
    this.#compare = compare;
    this.#uploads = uploads;
  }

  /** The preset in use, if any. */
  preset: IndexPreset | null = $derived(INDEX_PRESETS.find((p) => p.id === this.presetId) ?? null);

  /** True when the indicators differ from the preset's (the user edited them). */
  presetEdited: boolean = $derived(this.preset !== null && !sameIndicators(this.preset.indicators, this.indicators));

  catalogById: ReadonlyMap<IndicatorId, Indicator> = $derived.by(
    () => new Map((this.#data.catalog?.indicators ?? []).map((i) => [i.id, i])),
  );

  /** What a definition is checked against: the catalogue, plus every uploaded column as `neutral`. */
  catalogueEntries: readonly CatalogueEntry[] = $derived.by(() => [
    ...(this.#data.catalog?.indicators ?? []).map((i) => ({ id: i.id, direction: i.direction })),
    ...this.#uploads.columns.map((c) => ({ id: c.id, direction: 'neutral' as const })),
  ]);

  /** Indicators of the definition with no data here (an upload removed): left out of the computation. */
  unavailable: readonly IndicatorId[] = $derived(
    this.indicators.map((d) => d.id).filter((id) => !this.catalogById.has(id) && !this.#uploads.byId.has(id)),
  );

  /** True for indicators whose direction the user chooses (catalogue `neutral`, uploaded columns). */
  isNeutral(id: IndicatorId): boolean {
    const ind = this.catalogById.get(id);
    return ind ? ind.direction === 'neutral' : this.#uploads.byId.has(id);
  }

  /** Changes only when the normalisation, the indicators or their directions change (not the weights). */
  #structureKey: string = $derived(JSON.stringify([this.normalisation, this.indicators.map((d) => [d.id, d.direction])]));

  #normalised: NormalisedBlock | null = $derived.by(() => {
    const [method, items] = JSON.parse(this.#structureKey) as [NormalisationMethod, [IndicatorId, FragilityDirection][]];
    const stats = this.#data.stats;
    const catalog = this.catalogById;
    const uploads = this.#uploads.byId;
    if (!stats || catalog.size === 0) return null;
    const n = stats.codes.length;
    const kept = items.filter(([id]) => catalog.has(id) || uploads.has(id));
    const values = new Float64Array(kept.length * n);
    kept.forEach(([id, direction], j) => {
      const normalised = normalise(this.rawColumn(id) ?? [], method, direction);
      for (let i = 0; i < n; i++) values[j * n + i] = normalised[i] ?? NaN;
    });
    this.normaliseRuns++;
    return { codes: stats.codes, ids: kept.map(([id]) => id), n, k: kept.length, values };
  });

  /** Normalised indicators with the current weights, ready for rankStability. */
  matrix: NormalisedMatrix | null = $derived.by(() => {
    const block = this.#normalised;
    if (!block || block.k === 0) return null;
    const weightOf = new Map(this.indicators.map((d) => [d.id, d.weight]));
    const weights = Float64Array.from(block.ids, (id) => weightOf.get(id) ?? 1);
    return reweight(block, weights, this.minCoverage);
  });

  result: IndexResult | null = $derived(this.matrix ? indexResult(this.matrix) : null);

  /** Quintiles of the scores. */
  breaks: ClassBreaks | null = $derived.by(() => {
    if (!this.result || this.result.ranked === 0) return null;
    const b = quantileBreaks(this.result.scores, INDEX_CLASSES);
    return b.ok ? b.breaks : null;
  });

  /** What the map shows: the index, or an uploaded column (falls back to the index once removed). */
  mapLayer: MapLayerView = $derived.by(() => {
    const codes = this.#data.stats?.codes ?? [];
    const column = this.layer === 'index' ? null : (this.#uploads.byId.get(this.layer) ?? null);
    let values: readonly (number | null)[];
    let breaks: ClassBreaks | null;
    let palette: PaletteId;
    if (column) {
      values = codes.map((code) => column.values.get(code) ?? null);
      const b = quantileBreaks(values, INDEX_CLASSES);
      breaks = b.ok ? b.breaks : null;
      palette = UPLOAD_PALETTE;
    } else {
      values = this.result?.scores ?? codes.map(() => null);
      breaks = this.breaks;
      palette = INDEX_PALETTE;
    }
    const classes = breaks ? classify(values, breaks) : values.map(() => null);
    const counts = breaks ? classCounts(values, breaks) : { counts: [], missing: values.length };
    return {
      kind: column ? 'upload' : 'index',
      id: column?.id ?? null,
      values,
      breaks,
      colors: breaks ? paletteColors(palette, breaks.k, 'higher-more-fragile') : [],
      classByCode: new Map(codes.map((code, i) => [code, classes[i] ?? null])),
      counts: counts.counts,
      missing: counts.missing,
    };
  });

  #definitionKey: string = $derived.by(() =>
    JSON.stringify([this.normalisation, this.minCoverage, this.indicators, this.#uploads.columns.map((c) => c.id)]),
  );

  /** The last stability run, when it was made on the current definition. */
  stability: StabilityResult | null = $derived(
    this.stabilityRun && this.stabilityRun.key === this.#definitionKey ? this.stabilityRun.result : null,
  );
  /** A run exists but the definition changed since. */
  stabilityStale: boolean = $derived(this.stabilityRun !== null && this.stabilityRun.key !== this.#definitionKey);

  #stabilityByCode: ReadonlyMap<CodeInsee, CommuneStability> = $derived.by(() => {
    const m = new Map<CodeInsee, CommuneStability>();
    for (const c of this.stability?.communes ?? []) if (c) m.set(c.code, c);
    return m;
  });

  /** Ranked communes, most fragile first (ties by name). */
  ranking: readonly RankingRow[] = $derived.by(() => {
    const r = this.result;
    const stats = this.#data.stats;
    if (!r || !stats) return [];
    const territoryOf = this.#compare.territoryOf;
    const rows: RankingRow[] = [];
    stats.codes.forEach((code, i) => {
      const rank = r.ranks[i];
      const score = r.scores[i];
      if (rank == null || score == null) return;
      rows.push({
        code,
        name: stats.names[i] ?? code,
        territory: territoryOf?.get(code) ?? null,
        score,
        rank,
        stability: this.#stabilityByCode.get(code) ?? null,
      });
    });
    return rows.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'fr'));
  });

  /** Rank at or above which a commune is among the TOP_SHARE most fragile. */
  topCut: number = $derived(this.result ? Math.max(1, Math.round(TOP_SHARE * this.result.ranked)) : 0);

  /** Nord, centre, sud (territoires.json order), then the département. */
  territories: readonly TerritoryRow[] = $derived.by(() => {
    const r = this.result;
    const stats = this.#data.stats;
    const territoryOf = this.#compare.territoryOf;
    const list = this.#compare.territories?.territories;
    if (!r || !stats || !territoryOf || !list) return [];
    return territoryRows(r, {
      codes: stats.codes,
      population: stats.columns.get(POPULATION_COLUMN) ?? [],
      territoryOf,
      territories: list.map((t) => t.code),
      topCut: this.topCut,
    });
  });

  /** Territory code of a commune (nord, centre, sud), null until territoires are loaded. */
  territoryOf(code: CodeInsee): string | null {
    return this.#compare.territoryOf?.get(code) ?? null;
  }

  /** Values of an indicator or uploaded column, in the order of commune-stats.json; null if unknown. */
  rawColumn(id: IndicatorId): readonly (number | null)[] | null {
    const stats = this.#data.stats;
    if (!stats) return null;
    const upload = this.#uploads.byId.get(id);
    if (upload) return stats.codes.map((code) => upload.values.get(code) ?? null);
    const ind = this.catalogById.get(id);
    if (!ind) return null;
    let cache = this.#columnCache.get(stats);
    if (!cache) this.#columnCache.set(stats, (cache = new Map()));
    let column = cache.get(id);
    if (!column) cache.set(id, (column = computeIndicatorColumn(ind, stats)));
    return column;
  }

  /** Communes with a value for an indicator (to warn about sparse ones, e.g. 25 for the poverty rate). */
  valueCount(id: IndicatorId): number {
    return (this.rawColumn(id) ?? []).filter((v) => v !== null && Number.isFinite(v)).length;
  }

  // --- editing ----------------------------------------------------------------------------

  selectPreset(id: PresetId): void {
    const preset = INDEX_PRESETS.find((p) => p.id === id);
    if (!preset) return;
    this.#touch();
    this.presetId = id;
    this.label = '';
    this.indicators = preset.indicators.map((d) => ({ ...d }));
  }

  /** Adds (weight 1, the catalogue's direction or « higher = more fragile ») or removes an indicator. */
  toggleIndicator(id: IndicatorId, on: boolean): void {
    const has = this.indicators.some((d) => d.id === id);
    if (on === has) return;
    this.#touch();
    if (!on) {
      this.indicators = this.indicators.filter((d) => d.id !== id);
      return;
    }
    const direction = this.catalogById.get(id)?.direction;
    const resolved: FragilityDirection = direction === 'higher-less-fragile' ? 'higher-less-fragile' : 'higher-more-fragile';
    this.indicators = [...this.indicators, { id, weight: 1, direction: resolved }];
  }

  /** Sets a weight, clamped to {@link WEIGHT_RANGE} and rounded to 0.01. */
  setWeight(id: IndicatorId, weight: number): void {
    if (!Number.isFinite(weight)) return;
    const w = clampWeight(weight);
    const current = this.indicators.find((d) => d.id === id);
    if (!current || current.weight === w) return;
    this.#touch();
    this.indicators = this.indicators.map((d) => (d.id === id ? { ...d, weight: w } : d));
  }

  /** Direction of a neutral indicator or an uploaded column (catalogue directions are fixed). */
  setDirection(id: IndicatorId, direction: FragilityDirection): void {
    if (!this.isNeutral(id)) return;
    const current = this.indicators.find((d) => d.id === id);
    if (!current || current.direction === direction) return;
    this.#touch();
    this.indicators = this.indicators.map((d) => (d.id === id ? { ...d, direction } : d));
  }

  setNormalisation(method: NormalisationMethod): void {
    if (method === this.normalisation) return;
    this.#touch();
    this.normalisation = method;
  }

  setMinCoverage(share: number): void {
    if (!(share > 0 && share <= 1) || share === this.minCoverage) return;
    this.#touch();
    this.minCoverage = share;
  }

  /** Drops indicators (uploaded columns removed by the user). */
  dropIndicators(ids: readonly IndicatorId[]): void {
    if (!this.indicators.some((d) => ids.includes(d.id))) return;
    this.#touch();
    this.indicators = this.indicators.filter((d) => !ids.includes(d.id));
  }

  /** Replaces the definition by an imported one (already validated by parseIndexDefinition). */
  applyDefinition(def: IndexDefinition): void {
    this.#touch();
    // weights as the sliders allow them: a hand-edited 1e308 would overflow the weighted mean
    this.indicators = def.indicators.map((d) => ({ ...d, weight: clampWeight(d.weight) }));
    this.normalisation = def.normalisation;
    this.minCoverage = def.minCoverage;
    const preset = INDEX_PRESETS.find((p) => p.label.fr === def.label || p.label.en === def.label);
    this.presetId = preset?.id ?? null;
    this.label = preset ? '' : (def.label ?? '');
  }

  /**
   * The current definition, ready to export.
   *
   * @param createdAt ISO date given by the UI (the state has no clock)
   * @param lang language of the preset's name used as label when the user typed none
   */
  definition(createdAt: string, lang: Lang = 'fr'): IndexDefinition {
    const label = this.label.trim() || this.preset?.label[lang] || '';
    return {
      version: INDEX_DEFINITION_VERSION,
      ...(label ? { label } : {}),
      createdAt,
      ...(this.dataVersion ? { dataVersion: this.dataVersion } : {}),
      normalisation: this.normalisation,
      minCoverage: this.minCoverage,
      indicators: this.indicators.map((d) => ({ ...d })),
    };
  }

  // --- permalink ------------------------------------------------------------------------

  /**
   * What a link carries (see `compositeSection`): null while the page shows its default (first
   * preset, unedited, default scaling and coverage). Uploaded columns never travel in a link.
   */
  linkValue: CompositeLink | null = $derived.by(() => {
    const first = INDEX_PRESETS[0];
    const isDefault =
      first !== undefined &&
      sameIndicators(first.indicators, this.indicators) &&
      this.normalisation === DEFAULT_NORMALISATION &&
      this.minCoverage === 1;
    if (isDefault) return null;
    return {
      indicators: this.indicators.filter((d) => !d.id.startsWith(UPLOAD_ID_PREFIX)).map((d) => ({ ...d })),
      normalisation: this.normalisation,
      minCoverage: this.minCoverage,
    };
  });

  /** Puts a decoded link into the page (null = the default); catalogue directions always win. */
  applyLink(link: CompositeLink | null): void {
    const first = INDEX_PRESETS[0];
    const next = link ?? (first ? { indicators: first.indicators.map((d) => ({ ...d })), normalisation: DEFAULT_NORMALISATION, minCoverage: 1 } : null);
    if (!next) return;
    const indicators = next.indicators.map((d) => {
      const fixed = this.catalogById.get(d.id)?.direction;
      return fixed === 'higher-more-fragile' || fixed === 'higher-less-fragile' ? { ...d, direction: fixed } : { ...d };
    });
    if (sameIndicators(indicators, this.indicators) && next.normalisation === this.normalisation && next.minCoverage === this.minCoverage) {
      return;
    }
    this.#touch();
    this.indicators = indicators;
    this.normalisation = next.normalisation;
    this.minCoverage = next.minCoverage;
    const preset = INDEX_PRESETS.find((p) => sameIndicators(p.indicators, indicators));
    this.presetId = preset?.id ?? null;
    this.label = '';
  }

  // --- rank stability ---------------------------------------------------------------------

  setSeed(seed: number): void {
    if (Number.isInteger(seed) && seed >= 0 && seed <= 2 ** 31 - 1) this.seed = seed;
  }

  /** @param share relative perturbation of each weight, in [0.01, 0.9] */
  setPerturbation(share: number): void {
    if (Number.isFinite(share)) this.perturbation = Math.min(0.9, Math.max(0.01, Math.round(share * 100) / 100));
  }

  /** Runs {@link rankStability} on the current index ({@link STABILITY_DRAWS} draws, seeded). */
  runStability(): void {
    const matrix = this.matrix;
    if (!matrix || !this.result || this.result.ranked === 0) return;
    const t0 = performance.now();
    const result = rankStability(matrix, { seed: this.seed, draws: STABILITY_DRAWS, p: this.perturbation });
    this.stabilityRun = { key: this.#definitionKey, result, ms: performance.now() - t0 };
  }

  // --- timing -----------------------------------------------------------------------------

  #touch(): void {
    this.#pendingSince ??= performance.now();
  }

  /** Called once the map (or, without a map, the panel) shows the latest index. */
  markUpdated(): void {
    performance.mark(INDEX_UPDATED_MARK);
    if (this.#pendingSince === null) return;
    const start = this.#pendingSince;
    this.#pendingSince = null;
    const ms = performance.now() - start;
    try {
      performance.measure(INDEX_UPDATE_MEASURE, { start, end: performance.now() });
    } catch {
      // measure() with options is missing in very old browsers: the duration is kept below anyway
    }
    this.updateTimes = [...this.updateTimes.slice(-49), ms];
  }
}
