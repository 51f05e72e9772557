import { untrack } from 'svelte';
import type { BreakMethod, BreaksErrorCode, BreaksIssue, BreaksResult, BreaksWarningCode, ClassBreaks } from '../domain/classify/class-breaks';
import { classColors } from '../domain/classify/class-colors';
import { classify } from '../domain/classify/classify';
import { computeBreaks } from '../domain/classify/compute-breaks';
import { paletteColors, type PaletteId, type PaletteInfo } from '../domain/classify/palette';
import { unitOfCommune } from '../domain/indicators/commune-groups';
import { computeIndicatorColumn, missingColumns, missingReason } from '../domain/indicators/compute';
import { defaultIndicatorId } from '../domain/indicators/default-indicator';
import { departementValue } from '../domain/indicators/departement-value';
import {
  gridCellValue,
  gridFeatureCollection,
  HEAVILY_IMPUTED,
  type GridCell,
  type GridLayerInput,
  type GridMeasure,
} from '../domain/indicators/grid-cells';
import { legendModel, type LegendModel } from '../domain/indicators/legend-model';
import { levelMissingReason, type LevelMissingReason, type LevelUnit } from '../domain/indicators/level-units';
import { offeredPalettes, resolvePalette } from '../domain/indicators/palette-choice';
import type { UnitRow } from '../domain/indicators/unit-rows';
import type { CodeInsee, Indicator, MissingReason } from '../domain/types';
import { i18n } from '../i18n/i18n.svelte';
import type { AppData } from './app-data.svelte';
import type { EngineStatus } from './engine-status.svelte';
import { ExplorerData } from './explorer-data.svelte';
import type { ViewState } from './view.svelte';

export type MapLevel = 'commune' | 'epci' | 'territoire';

/** Commune values inside a unit above the commune level (from the SQL aggregation). */
export interface UnitSpread {
  min: number | null;
  max: number | null;
  nValues: number;
  nCommunes: number;
  popWithValue: number;
  popTotal: number;
}

/** What the tooltip, the table and the live region say about one unit. */
export interface UnitValue {
  code: string;
  name: string;
  level: MapLevel;
  value: number | null;
  reason: MissingReason | LevelMissingReason | null;
  /** Above the commune level: the range of commune values and their population coverage. */
  spread: UnitSpread | null;
  /** Described from a commune at a higher level (selected commune): that commune's name. */
  via: string | null;
}

/** Classes of the 1 km grid for its legend. */
export interface GridLegend {
  measure: GridMeasure;
  legend: LegendModel;
  /** Cells with at least HEAVILY_IMPUTED of 25 imputed 200 m cells. */
  heavilyImputed: number;
}

/** The data behind the map at one moment: one indicator at one level. */
interface Shown {
  indicator: Indicator | null;
  level: MapLevel;
  codes: readonly string[];
  values: readonly (number | null)[];
  units: ReadonlyMap<string, LevelUnit> | null;
  loadError: string | null;
}

const EMPTY: Shown = { indicator: null, level: 'commune', codes: [], values: [], units: null, loadError: null };
const GRID_CLASSES = 5;

/**
 * The classified indicator for the current level, derived from the data and the view.
 * Commune values are computed in TS from the first-paint stats; EPCI and territory values
 * come from DuckDB (ratios of sums, `indicatorByLevel`), loaded by `ExplorerData`.
 */
export class Choropleth {
  readonly #data: AppData;
  readonly #view: ViewState;
  /** Results loaded after the first paint (levels, memberships, grid, source details). */
  readonly store: ExplorerData;
  #lastShown: Shown | null = null;

  constructor(data: AppData, view: ViewState, engine: EngineStatus) {
    this.#data = data;
    this.#view = view;
    this.store = new ExplorerData(engine);

    // Aggregated values: the requested indicator first, then the rest of the catalogue.
    $effect(() => {
      const level = this.requestedLevel;
      const indicator = this.indicator;
      const catalog = this.#data.catalog;
      if (level === 'commune' || !indicator || !catalog) return;
      untrack(() => this.store.requestLevel(indicator, level, catalog.indicators));
    });
    // Memberships (table, tooltips above the commune level) once DuckDB has settled.
    $effect(() => {
      const ready = this.store.engineReady;
      const failed = this.store.engineFailed;
      if (ready || failed) untrack(() => this.store.requestGroups(ready));
    });
    $effect(() => {
      if (this.#view.grid === null) return;
      const ready = this.store.engineReady;
      untrack(() => this.store.requestGrid(ready));
    });
  }

  /** The chosen indicator, else the catalogue's default one. */
  indicator: Indicator | null = $derived.by(() => {
    const catalog = this.#data.catalog;
    if (!catalog) return null;
    const id = this.#view.indicatorId ?? defaultIndicatorId(catalog);
    return catalog.indicators.find((ind) => ind.id === id) ?? null;
  });

  /** The level asked for, or `commune` while DuckDB (needed above it) is not ready. */
  requestedLevel: MapLevel = $derived.by(() => {
    const level = this.#view.level;
    return (level === 'epci' || level === 'territoire') && this.store.engineReady ? level : 'commune';
  });

  /** What the requested indicator and level give, or null while their values load. */
  #target: Shown | null = $derived.by(() => {
    const indicator = this.indicator;
    const level = this.requestedLevel;
    const stats = this.#data.stats;
    if (level === 'commune') {
      const codes = stats?.codes ?? [];
      const values = indicator && stats ? computeIndicatorColumn(indicator, stats) : [];
      return { indicator, level, codes, values, units: null, loadError: null };
    }
    if (!indicator) return { ...EMPTY, level };
    const result = this.store.levelResult(indicator.id, level);
    if (!result) return null;
    if (!result.ok) return { indicator, level, codes: [], values: [], units: new Map(), loadError: result.error };
    return {
      indicator,
      level,
      codes: result.units.map((u) => u.code),
      values: result.units.map((u) => u.value),
      units: new Map(result.units.map((u) => [u.code, u])),
      loadError: null,
    };
  });

  /** The map keeps showing the previous state while new values load (no grey flash). */
  #shown: Shown = $derived.by(() => {
    const next = this.#target;
    if (next) this.#lastShown = next;
    return next ?? this.#lastShown ?? EMPTY;
  });

  /** Values of the requested indicator / level are still loading. */
  pending: boolean = $derived(this.#target === null);
  /** Indicator actually on the map and in the legend (the requested one once loaded). */
  shownIndicator: Indicator | null = $derived(this.#shown.indicator);
  level: MapLevel = $derived(this.#shown.level);
  /** Unit codes in row order (communes in code order, or EPCI / territories). */
  codes: readonly string[] = $derived(this.#shown.codes);
  values: readonly (number | null)[] = $derived(this.#shown.values);
  /** The level's values could not be loaded (DuckDB query failed). */
  loadError: string | null = $derived(this.#shown.loadError);

  missingColumns: readonly string[] = $derived.by(() =>
    this.indicator && this.#data.stats ? missingColumns(this.indicator, this.#data.stats) : [],
  );

  /** The département value (ratio of sums over the 267 communes), in the indicator's unit. */
  departementValue: number | null = $derived.by(() => {
    const indicator = this.#shown.indicator;
    const stats = this.#data.stats;
    return indicator && stats ? departementValue(indicator, stats) : null;
  });

  /**
   * Centre of the std-dev classes and of diverging palettes: the département value for
   * ratios; undefined (the mean of the units) when there is none (medians, published rates)
   * or when it is a total (counts).
   */
  centre: number | undefined = $derived(
    this.#shown.indicator?.kind === 'ratio' && this.departementValue !== null ? this.departementValue : undefined,
  );

  method: BreakMethod = $derived.by(() => this.#view.method);

  /** Manual thresholds that cannot be used (the map then falls back to quantiles). */
  manualError: BreaksIssue<BreaksErrorCode> | null = $derived.by(() => {
    if (this.#view.method !== 'manual') return null;
    const result = computeBreaks(this.values, { method: 'manual', thresholds: this.#view.manualThresholds });
    return result.ok || result.error.code === 'no-values' ? null : result.error;
  });

  breaksResult: BreaksResult = $derived.by(() => {
    const values = this.values;
    const k = this.#view.classCount;
    switch (this.#view.method) {
      case 'manual':
        return this.manualError
          ? computeBreaks(values, { method: 'quantile', k })
          : computeBreaks(values, { method: 'manual', thresholds: this.#view.manualThresholds });
      case 'std-dev':
        return computeBreaks(values, { method: 'std-dev', k, mean: this.centre });
      default:
        return computeBreaks(values, { method: this.#view.method, k });
    }
  });

  breaks: ClassBreaks | null = $derived(this.breaksResult.ok ? this.breaksResult.breaks : null);
  warnings: readonly BreaksIssue<BreaksWarningCode>[] = $derived(this.breaksResult.ok ? this.breaksResult.warnings : []);
  breaksError: BreaksIssue<BreaksErrorCode> | null = $derived(this.breaksResult.ok ? null : this.breaksResult.error);

  palettes: readonly PaletteInfo[] = $derived.by(() =>
    this.#shown.indicator ? offeredPalettes(this.#shown.indicator, this.#view.method) : [],
  );

  paletteId: PaletteId | null = $derived.by(() =>
    this.#shown.indicator ? resolvePalette(this.#view.palette, this.#shown.indicator, this.#view.method) : null,
  );

  colors: readonly string[] = $derived.by(() => {
    const indicator = this.#shown.indicator;
    const breaks = this.breaks;
    if (!indicator || !breaks || !this.paletteId) return [];
    const reference = breaks.stdDev ? breaks.stdDev.mean : this.centre;
    return classColors(breaks, { palette: this.paletteId, direction: indicator.direction, reference });
  });

  /** Class of each unit, in row order; null when the value is missing. */
  classes: readonly (number | null)[] = $derived.by(() =>
    this.breaks ? classify(this.values, this.breaks) : this.values.map(() => null),
  );

  /** Class per unit code, null when the value is missing. */
  classByCode: ReadonlyMap<string, number | null> = $derived(
    new Map(this.codes.map((code, i) => [code, this.classes[i] ?? null])),
  );

  legend: LegendModel = $derived(legendModel(this.values, this.breaks, this.colors));

  #rowByCode: ReadonlyMap<CodeInsee, number> = $derived.by(
    () => new Map((this.#data.stats?.codes ?? []).map((code, i) => [code, i])),
  );

  #overlayNames = $derived.by(() => {
    const names = new Map<string, string>();
    for (const id of ['epci', 'territoires'] as const) {
      for (const f of this.#data.overlays[id]?.features ?? []) {
        const nom = (f.properties as { nom?: unknown }).nom;
        if (typeof nom === 'string') names.set(`${id}|${f.properties.code}`, nom);
      }
    }
    return names;
  });

  /** Name of a territory in the current language (code when unknown). */
  territoryName(code: string): string {
    const label = this.store.territoryLabels.get(code);
    if (label) return label[i18n.lang] || label.fr;
    return this.#overlayNames.get(`territoires|${code}`) ?? code;
  }

  /** Name of a unit of `level`. */
  unitName(code: string, level: MapLevel = this.level): string {
    if (level === 'commune') {
      const row = this.#rowByCode.get(code);
      return (row === undefined ? undefined : this.#data.stats?.names[row]) ?? code;
    }
    if (level === 'epci') {
      return this.store.groups?.epciNames.get(code) ?? this.#overlayNames.get(`epci|${code}`) ?? code;
    }
    return this.territoryName(code);
  }

  /** Territory (or territories) a unit lies in, '' while the memberships are not loaded. */
  territoryOf(code: string, level: MapLevel = this.level): string {
    if (level === 'territoire') return this.territoryName(code);
    const groups = this.store.groups;
    if (!groups) return '';
    const codes =
      level === 'commune'
        ? [groups.byCommune.get(code)?.territory ?? '']
        : [...(groups.epciTerritories.get(code) ?? [])];
    return codes.filter((c) => c !== '').map((c) => this.territoryName(c)).join(' / ');
  }

  /** Rows of the data table, in map order: the same values and classes as the map. */
  rows: readonly UnitRow[] = $derived.by(() =>
    this.codes.map((code, i) => ({
      code,
      name: this.unitName(code),
      territory: this.territoryOf(code),
      value: this.values[i] ?? null,
      classIndex: this.classes[i] ?? null,
    })),
  );

  /**
   * Value, name and missing reason of one unit of the shown level. Above the commune level a
   * commune code (the selected commune) describes the unit that holds it.
   *
   * @returns null for an unknown code
   */
  describe(code: string): UnitValue | null {
    const shown = this.#shown;
    const indicator = shown.indicator;
    if (shown.level === 'commune') {
      const row = this.#rowByCode.get(code);
      const stats = this.#data.stats;
      if (row === undefined || !stats) return null;
      const value = shown.values[row] ?? null;
      let reason: MissingReason | null = null;
      if (value === null && indicator) {
        const num = stats.columns.get(indicator.numerator)?.[row];
        const den = indicator.denominator === null ? undefined : stats.columns.get(indicator.denominator)?.[row];
        reason = missingReason(indicator, num, den);
      }
      return { code, name: stats.names[row] ?? code, level: 'commune', value, reason, spread: null, via: null };
    }
    let unitCode: string | null = code;
    let via: string | null = null;
    if (!shown.units?.has(code)) {
      unitCode = unitOfCommune(this.store.groups, shown.level, code);
      if (unitCode === null) return null;
      via = this.unitName(code, 'commune');
    }
    const unit = shown.units?.get(unitCode);
    const base = { code: unitCode, name: this.unitName(unitCode, shown.level), level: shown.level, via };
    if (!unit || !indicator) return { ...base, value: null, reason: 'missing-input', spread: null };
    const { min, max, nValues, nCommunes, popWithValue, popTotal } = unit;
    return {
      ...base,
      value: unit.value,
      reason: levelMissingReason(indicator.kind, unit),
      spread: { min, max, nValues, nCommunes, popWithValue, popTotal },
    };
  }

  // --- 1 km grid --------------------------------------------------------------------------

  #gridCollection = $derived.by(() => (this.store.gridCells ? gridFeatureCollection(this.store.gridCells) : null));

  #cellById: ReadonlyMap<string, GridCell> = $derived.by(
    () => new Map((this.store.gridCells ?? []).map((c) => [c.id, c])),
  );

  #gridValues: readonly (number | null)[] = $derived.by(() => {
    const measure = this.#view.grid;
    const cells = this.store.gridCells;
    return measure && cells ? cells.map((c) => gridCellValue(c, measure)) : [];
  });

  #gridBreaks: ClassBreaks | null = $derived.by(() => {
    if (this.#gridValues.length === 0) return null;
    const result = computeBreaks(this.#gridValues, { method: 'quantile', k: GRID_CLASSES });
    return result.ok ? result.breaks : null;
  });

  #gridColors: readonly string[] = $derived.by(() => {
    const breaks = this.#gridBreaks;
    if (!breaks) return [];
    // Population: neutral, darker = more people. Standard of living: darker = poorer.
    return this.#view.grid === 'population'
      ? paletteColors('Purples', breaks.k, 'neutral')
      : paletteColors('YlGnBu', breaks.k, 'higher-less-fragile');
  });

  /** What MapView draws for the grid, or null when it is hidden or not loaded yet. */
  gridLayer: GridLayerInput | null = $derived.by(() => {
    const measure = this.#view.grid;
    const data = this.#gridCollection;
    if (!measure || !data || !this.#gridBreaks) return null;
    return {
      data,
      property: measure === 'population' ? 'ind' : 'snv',
      thresholds: this.#gridBreaks.thresholds,
      colors: this.#gridColors,
    };
  });

  gridLegend: GridLegend | null = $derived.by(() => {
    const measure = this.#view.grid;
    const cells = this.store.gridCells;
    if (!measure || !cells || !this.#gridBreaks) return null;
    return {
      measure,
      legend: legendModel(this.#gridValues, this.#gridBreaks, this.#gridColors),
      heavilyImputed: cells.filter((c) => c.imputed >= HEAVILY_IMPUTED).length,
    };
  });

  /** A grid cell and the name of its commune, for its tooltip. */
  describeCell(id: string): { cell: GridCell; commune: string } | null {
    const cell = this.#cellById.get(id);
    return cell ? { cell, commune: this.unitName(cell.commune, 'commune') } : null;
  }
}
