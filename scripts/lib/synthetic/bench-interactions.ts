/**
 * The computational core of each benchmarked interaction, written with the app's own pure
 * functions in the order its state classes run them (src/state/choropleth.svelte.ts,
 * composite.svelte.ts, access.svelte.ts and the components that read them). Svelte's runes are not
 * available in a plain Node script, so each `$derived` chain is spelt out here as straight calls;
 * what is left out is named in each function's comment. MapLibre is replaced by a stub that counts
 * `setFeatureState` calls: the app's loop that decides what to send is measured, MapLibre's own
 * work (and the GPU frame) is not.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  activeSites,
  nearestSites,
  withSiteAdded,
  withSiteRemoved,
  type Nearest,
  type Scenario,
} from '../../../src/domain/access';
import { accessReport, planScenario, servedBy, type AccessModel, type AccessReport, type FragilityKey } from '../../../src/data/access-evaluate';
import { timeClass } from '../../../src/data/access-communes';
import { reportDeltas } from '../../../src/data/access-report-delta';
import type { BreakMethod } from '../../../src/domain/classify/class-breaks';
import { classColors } from '../../../src/domain/classify/class-colors';
import { classCounts } from '../../../src/domain/classify/class-counts';
import { classify } from '../../../src/domain/classify/classify';
import { computeBreaks } from '../../../src/domain/classify/compute-breaks';
import { paletteColors } from '../../../src/domain/classify/palette';
import { quantileBreaks } from '../../../src/domain/classify/quantile-breaks';
import { computeIndicatorColumn } from '../../../src/domain/indicators/compute';
import { departementValue } from '../../../src/domain/indicators/departement-value';
import { histogramBars } from '../../../src/domain/indicators/histogram-bars';
import { legendModel } from '../../../src/domain/indicators/legend-model';
import type { LevelUnit } from '../../../src/domain/indicators/level-units';
import { offeredPalettes, resolvePalette } from '../../../src/domain/indicators/palette-choice';
import type { CommuneStats, Indicator } from '../../../src/domain/types';
import { siteColors, TIME_CLASS_COLORS } from '../../../src/map/access/access-palette';
import { sitesGeoJson } from '../../../src/map/access/sites-geojson';
import { hideClassStates, syncClassStates } from '../../../src/map/sync-class-states';
import { INDEX_CLASSES, INDEX_PALETTE, indexResult, reweight, territoryRows, TOP_SHARE, type NormalisedBlock } from '../../../src/state/composite-model';

/** A MapLibre stand-in: counts feature-state updates, does nothing else. */
export interface StubMap {
  map: MapLibreMap;
  calls: () => number;
}

export function stubMap(): StubMap {
  let calls = 0;
  const map = {
    setFeatureState: () => {
      calls++;
    },
  } as unknown as MapLibreMap;
  return { map, calls: () => calls };
}

// ---------------------------------------------------------------------------------------------
// Fragility map (Choropleth)

/** What one map state costs: breaks, colours, classes, legend, histogram, feature-states. */
export interface ChoroplethFrame {
  k: number;
  /** Feature-states the map would receive (only changes are sent). */
  updated: number;
}

/** Histogram bars of the legend (LegendHistogram.svelte: BINS = 20). */
const LEGEND_BINS = 20;

/**
 * Choropleth's derived chain from `values` on: breaksResult → colors → classes → classByCode →
 * legend, then LegendHistogram's bars, the palette choices, and MapView's syncClassStates.
 * Left out: the data table (`rows`, only built when the table is open) and Svelte's DOM updates.
 */
export function choroplethFrame(
  codes: readonly string[],
  values: readonly (number | null)[],
  indicator: Indicator,
  view: { method: BreakMethod; k: number },
  centre: number | undefined,
  map: MapLibreMap,
  source: string,
  previous: Map<string, string>,
): ChoroplethFrame {
  const result =
    view.method === 'std-dev'
      ? computeBreaks(values, { method: 'std-dev', k: view.k, mean: centre })
      : view.method === 'manual'
        ? computeBreaks(values, { method: 'quantile', k: view.k })
        : computeBreaks(values, { method: view.method, k: view.k });
  const breaks = result.ok ? result.breaks : null;
  offeredPalettes(indicator, view.method);
  const paletteId = resolvePalette(null, indicator, view.method);
  const colors =
    breaks && paletteId
      ? classColors(breaks, { palette: paletteId, direction: indicator.direction, reference: breaks.stdDev ? breaks.stdDev.mean : centre })
      : [];
  const classes = breaks ? classify(values, breaks) : values.map(() => null);
  const classByCode = new Map(codes.map((code, i) => [code, classes[i] ?? null]));
  legendModel(values, breaks, colors);
  if (breaks) histogramBars(values, breaks, colors, Math.min(LEGEND_BINS, Math.max(1, breaks.n)));
  const updated = syncClassStates(map, source, classByCode, colors, previous);
  return { k: breaks?.k ?? 0, updated };
}

/** The commune-level values of an indicator and its centre (Choropleth's #target, departementValue, centre). */
export function communeValues(indicator: Indicator, stats: CommuneStats): { values: (number | null)[]; centre: number | undefined } {
  const values = computeIndicatorColumn(indicator, stats);
  const dv = departementValue(indicator, stats);
  return { values, centre: indicator.kind === 'ratio' && dv !== null ? dv : undefined };
}

/**
 * Level change from the commune level to `units` (EPCI or territoire), their values already
 * loaded (DuckDB result, cached by ExplorerData): MapView hides the commune level
 * (hideClassStates) then syncs the new level's classes.
 */
export function levelFrame(
  units: readonly LevelUnit[],
  indicator: Indicator,
  view: { method: BreakMethod; k: number },
  map: MapLibreMap,
  communeSource: { name: string; previous: Map<string, string> },
  levelSource: { name: string; previous: Map<string, string> },
): ChoroplethFrame {
  const hidden = hideClassStates(map, communeSource.name, communeSource.previous);
  const frame = choroplethFrame(
    units.map((u) => u.code),
    units.map((u) => u.value),
    indicator,
    view,
    undefined,
    map,
    levelSource.name,
    levelSource.previous,
  );
  return { k: frame.k, updated: frame.updated + hidden };
}

// ---------------------------------------------------------------------------------------------
// Composite index

export interface CompositeInput {
  block: NormalisedBlock;
  names: readonly string[];
  population: readonly (number | null)[];
  territoryOf: ReadonlyMap<string, string>;
  territories: readonly string[];
}

/**
 * A weight change on the composite page: CompositeState's matrix (reweight) → result
 * (indexResult) → breaks (quintiles) → mapLayer → ranking (sorted rows) → topCut → territories,
 * then CompositeMap's feature-states. The normalisation (#normalised) does not re-run on a weight
 * change and is not timed. Left out: RankingTable's DOM.
 */
export function compositeFrame(input: CompositeInput, weights: Float64Array, map: MapLibreMap, previous: Map<string, string>): number {
  const matrix = reweight(input.block, weights, 1);
  const result = indexResult(matrix);
  const b = result.ranked === 0 ? null : quantileBreaks(result.scores, INDEX_CLASSES);
  const breaks = b && b.ok ? b.breaks : null;
  const codes = input.block.codes;
  const classes = breaks ? classify(result.scores, breaks) : result.scores.map(() => null);
  if (breaks) classCounts(result.scores, breaks);
  const colors = breaks ? paletteColors(INDEX_PALETTE, breaks.k, 'higher-more-fragile') : [];
  const classByCode = new Map(codes.map((code, i) => [code, classes[i] ?? null]));
  const rows: { code: string; name: string; territory: string | null; score: number; rank: number }[] = [];
  codes.forEach((code, i) => {
    const rank = result.ranks[i];
    const score = result.scores[i];
    if (rank == null || score == null) return;
    rows.push({ code, name: input.names[i] ?? code, territory: input.territoryOf.get(code) ?? null, score, rank });
  });
  rows.sort((a, c) => a.rank - c.rank || a.name.localeCompare(c.name, 'fr'));
  const topCut = Math.max(1, Math.round(TOP_SHARE * result.ranked));
  territoryRows(result, { codes, population: input.population, territoryOf: input.territoryOf, territories: input.territories, topCut });
  return syncClassStates(map, 'composite', classByCode, colors, previous);
}

// ---------------------------------------------------------------------------------------------
// Access to the MDS (AccessState and the components of the page in its default view, 'time')

/** AccessState's "more than this many changes → recompute from scratch" rule. */
const INCREMENTAL_LIMIT = 4;

/**
 * AccessState without Svelte: the same scenario bookkeeping (#apply: incremental
 * withSiteAdded / withSiteRemoved), and `frame()` recomputes what the page reads after a change
 * in its default view: report and fragile report (AccessFigures), fragile served (AccessLoad),
 * the plan's reports when the threshold changed (AccessBeforeAfter's "before"), both delta tables,
 * AccessScenario's served map, the sites layer (siteColors, sitesGeoJson) and AccessLayers' loop
 * over the cells (time class per origin, feature-state only where the colour changed).
 * Left out: the DOM (tables of ~400 territories, the list of 36,000 sites) and MapLibre's setData.
 */
export class AccessMirror {
  readonly model: AccessModel;
  scenario: Scenario;
  active: number[] = [];
  nearest: Nearest | null = null;
  fragility: FragilityKey = 'pop_75p';
  planNearest: Nearest;
  #planReports: { threshold: number; pop: AccessReport; fragile: AccessReport } | null = null;
  #cellColors: (string | undefined)[] = [];
  readonly #map: MapLibreMap;
  /** Milliseconds of each step of the last apply + frame, for the report. */
  breakdown: Record<string, number> = {};
  #t = 0;
  #lap(step: string): void {
    const now = performance.now();
    this.breakdown[step] = (this.breakdown[step] ?? 0) + (now - this.#t);
    this.#t = now;
  }

  constructor(model: AccessModel, map: MapLibreMap, thresholdMin = 20) {
    this.model = model;
    this.#map = map;
    this.planNearest = nearestSites(model.matrix, activeSites(planScenario(), model.sites));
    this.scenario = planScenario(thresholdMin, 'Mon scénario');
    this.apply(this.scenario, true);
    this.frame();
  }

  /** AccessState.#apply. */
  apply(next: Scenario, full = false): void {
    this.breakdown = {};
    this.#t = performance.now();
    const model = this.model;
    const nextActive = activeSites(next, model.sites);
    const prev = this.active;
    const nextSet = new Set(nextActive);
    const prevSet = new Set(prev);
    const opened = nextActive.filter((s) => !prevSet.has(s));
    const closed = prev.filter((s) => !nextSet.has(s));
    let nearest = this.nearest;
    if (!nearest || full || opened.length + closed.length > INCREMENTAL_LIMIT) {
      nearest = nearestSites(model.matrix, nextActive);
    } else {
      const open = new Set(prev);
      for (const s of closed) {
        open.delete(s);
        nearest = withSiteRemoved(model.matrix, nearest, [...open], s);
      }
      for (const s of opened) nearest = withSiteAdded(model.matrix, nearest, s);
    }
    this.nearest = nearest;
    this.active = nextActive;
    this.scenario = next;
    this.#lap('nearest');
  }

  addSite(id: string): void {
    const s = this.scenario;
    this.apply(s.removed.includes(id) ? { ...s, removed: s.removed.filter((x) => x !== id) } : { ...s, added: [...s.added, id] });
  }

  removeSite(id: string): void {
    const s = this.scenario;
    this.apply(s.added.includes(id) ? { ...s, added: s.added.filter((x) => x !== id) } : { ...s, removed: [...s.removed, id] });
  }

  /** AccessState.setThreshold: the scenario changes, `nearest` does not. */
  setThreshold(minutes: number): void {
    this.breakdown = {};
    this.#t = performance.now();
    this.scenario = { ...this.scenario, thresholdMin: minutes };
  }

  /** What the page recomputes after a change; returns the cells whose colour changed. */
  frame(): number {
    const model = this.model;
    const nearest = this.nearest as Nearest;
    this.#t = performance.now();
    const report = accessReport(model, this.scenario, { nearest, active: this.active });
    this.#lap('report');
    const fragileReport = accessReport(model, this.scenario, { nearest, active: this.active, weight: this.fragility });
    this.#lap('fragileReport');
    const fragileServed = servedBy(model, nearest, this.fragility);
    const threshold = this.scenario.thresholdMin;
    if (this.#planReports?.threshold !== threshold) {
      this.#planReports = {
        threshold,
        pop: accessReport(model, planScenario(threshold), { nearest: this.planNearest }),
        fragile: accessReport(model, planScenario(threshold), { nearest: this.planNearest, weight: this.fragility }),
      };
    }
    this.#lap('planReports');
    reportDeltas(this.#planReports.pop, report);
    reportDeltas(this.#planReports.fragile, fragileReport);
    // AccessLoad rows, AccessScenario's served map
    report.sites.map((s) => ({ ...s, fragile: fragileServed[model.siteIndex.get(s.id) ?? -1] ?? 0 })).sort((a, b) => b.served - a.served);
    new Map(report.sites.map((s) => [s.id, s.served]));
    this.#lap('deltasAndLoads');
    // sites layer
    const colors = siteColors(this.active, model.sites, this.scenario.added);
    sitesGeoJson(model.data.sites, new Set(this.active), this.scenario, [], colors);
    this.#lap('sitesLayer');
    // AccessLayers: time class per cell, feature-state where it changed
    let changed = 0;
    const n = nearest.minutes.length;
    for (let o = 0; o < n; o++) {
      const c = TIME_CLASS_COLORS[timeClass(nearest.minutes[o] as number)] as string;
      if (this.#cellColors[o] === c) continue;
      this.#cellColors[o] = c;
      this.#map.setFeatureState({ source: 'access-cells', id: o }, { c });
      changed++;
    }
    this.#lap('cells');
    return changed;
  }
}
