import {
  accessFigures,
  activeSites,
  denseTimeMatrix,
  modelTimeMatrix,
  nearestSites,
  siteLoad,
  type AccessContext,
  type AccessSite,
  type GroupFigures,
  type Nearest,
  type Scenario,
  type TimeMatrix,
} from '../domain/access';
import type { AccessData } from './access-files';
import type { SiteRow } from './access-inputs';

/**
 * One evaluation path for the browser page and the CLI (`npm run coverage`): the same matrix,
 * weights and report, so that the numbers shown on screen are the numbers the CLI prints.
 */

export const TERRITORY_ORDER = ['nord', 'centre', 'sud'] as const;
export const WEIGHT_KEYS = ['pop', 'pop_75p', 'fam_mono', 'chom_1564'] as const;
/** `pop`: census population; the others are fragile populations (origins.arrow columns). */
export type WeightKey = (typeof WEIGHT_KEYS)[number];
export type FragilityKey = Exclude<WeightKey, 'pop'>;
export const FRAGILITY_KEYS: readonly FragilityKey[] = ['pop_75p', 'fam_mono', 'chom_1564'];
export const DEFAULT_THRESHOLD_MIN = 20;

export interface AccessModel {
  data: AccessData;
  matrix: TimeMatrix;
  /** Domain view of `data.sites`, index = site index. */
  sites: AccessSite[];
  siteIndex: ReadonlyMap<string, number>;
  weights: Readonly<Record<WeightKey, Float64Array>>;
  /** Territory per origin. */
  groups: readonly string[];
  /** Commune code per origin. */
  communes: readonly string[];
}

export function toAccessSite(row: SiteRow): AccessSite {
  if (row.type === 'mds') return { id: row.id, kind: 'mds', status: row.statut === 'ouverte' ? 'ouverte' : 'prevue' };
  return { id: row.id, kind: 'candidate', status: null };
}

/**
 * Matrix and per-origin arrays from the loaded files: the shipped dense matrix when the method is
 * `osm`, else the calibrated crow-fly model, computed one site column at a time on first use.
 */
export function buildAccessModel(data: AccessData): AccessModel {
  const { origins, sites, model } = data;
  const matrix = data.dense
    ? denseTimeMatrix(origins.length, sites.length, data.dense)
    : modelTimeMatrix(origins, sites, model.model, model.loire.bridges);
  const weights = Object.fromEntries(
    WEIGHT_KEYS.map((k) => [k, Float64Array.from(origins, (o) => (Number.isFinite(o[k]) ? o[k] : 0))]),
  ) as Record<WeightKey, Float64Array>;
  const accessSites = sites.map(toAccessSite);
  return {
    data,
    matrix,
    sites: accessSites,
    siteIndex: new Map(accessSites.map((s, i) => [s.id, i])),
    weights,
    groups: origins.map((o) => o.territoire),
    communes: origins.map((o) => o.commune),
  };
}

export function accessContext(model: AccessModel, weight: WeightKey): AccessContext {
  return { matrix: model.matrix, sites: model.sites, weights: model.weights[weight], groups: model.groups, order: TERRITORY_ORDER };
}

/** The département's plan: the 12 MDS, open and planned, nothing added or removed. */
export function planScenario(thresholdMin: number = DEFAULT_THRESHOLD_MIN, name = 'Plan du département (12 MDS)'): Scenario {
  return { name, added: [], removed: [], includePlanned: true, thresholdMin };
}

/** Figures of one territory (`territoire`) or of the département (null). */
export interface ReportGroup {
  territoire: string | null;
  /** Σ weight: population (or the fragile population of `weight`). */
  population: number;
  /** Σ weight whose nearest site is strictly more than the threshold away. */
  beyond: number;
  shareBeyond: number | null;
  meanMinutes: number | null;
  p90Minutes: number | null;
  gini: number | null;
  theil: number | null;
}

export interface ReportSite {
  id: string;
  nom: string;
  commune: string;
  /** `ouverte` | `prevue` for MDS, `candidat` for an added town centre. */
  statut: string;
  /** Weight (of the report) whose nearest active site this is. */
  served: number;
}

export interface AccessReport {
  scenario: Scenario;
  method: 'crow-calibrated' | 'osm';
  weight: WeightKey;
  thresholdMin: number;
  departement: ReportGroup;
  territoires: ReportGroup[];
  /** Overall Theil T of minutes, split between and within territories. */
  theil: { total: number; between: number; within: number } | null;
  /** Active sites, in site-index order. */
  sites: ReportSite[];
}

function group(g: GroupFigures): ReportGroup {
  return {
    territoire: g.group,
    population: g.weight,
    beyond: g.beyondWeight,
    shareBeyond: g.shareBeyond,
    meanMinutes: g.meanMinutes,
    p90Minutes: g.p90Minutes,
    gini: g.gini,
    theil: g.theil,
  };
}

/**
 * Figures of a (parsed) scenario weighted by `weight`. Pass `nearest` when it is already known
 * (the page keeps it up to date incrementally with withSiteAdded / withSiteRemoved): it must be the
 * nearest sites of the scenario's active sites, which `nearestSites` would give identically.
 */
export function accessReport(
  model: AccessModel,
  scenario: Scenario,
  options: { weight?: WeightKey; nearest?: Nearest; active?: readonly number[] } = {},
): AccessReport {
  const weight = options.weight ?? 'pop';
  const active = options.active ?? activeSites(scenario, model.sites);
  const nearest = options.nearest ?? nearestSites(model.matrix, active);
  const fig = accessFigures(nearest, accessContext(model, weight), scenario.thresholdMin);
  const load = fig.load;
  return {
    scenario,
    method: model.data.model.method,
    weight,
    thresholdMin: scenario.thresholdMin,
    departement: group(fig.overall),
    territoires: fig.groups.map(group),
    theil: fig.theil ? { total: fig.theil.total, between: fig.theil.between, within: fig.theil.within } : null,
    sites: [...active]
      .sort((a, b) => a - b)
      .map((s) => {
        const row = model.data.sites[s] as SiteRow;
        return { id: row.id, nom: row.nom, commune: row.commune, statut: row.statut, served: load[s] as number };
      }),
  };
}

/** Weight served per site index under `nearest` (for a second weight without a full report). */
export function servedBy(model: AccessModel, nearest: Nearest, weight: WeightKey): Float64Array {
  return siteLoad(nearest.site, model.weights[weight], model.matrix.nSites);
}
