import {
  activeSites,
  nearestSites,
  parseScenario,
  THRESHOLD_RANGE,
  withSiteAdded,
  withSiteRemoved,
  type Nearest,
  type Scenario,
} from '../domain/access';
import {
  accessReport,
  DEFAULT_THRESHOLD_MIN,
  planScenario,
  servedBy,
  type AccessModel,
  type AccessReport,
  type FragilityKey,
} from '../data/access-evaluate';
import { communeCatchment, communeFca, communeMeanMinutes, quantileThresholds } from '../data/access-communes';
import { loadSavedScenarios, storeScenarios } from '../data/access-storage';

/** What the access map shows. */
export type AccessMapView = 'time' | 'catchment-cells' | 'catchment-communes' | 'fca';
export type AccessPhase = 'idle' | 'loading' | 'ready' | 'error';

/** Emitted once every figure and the map reflect a scenario change. */
export const ACCESS_UPDATED_MARK = 'obs:access-updated';
/** performance.measure from the change (click, key) to ACCESS_UPDATED_MARK. */
export const ACCESS_UPDATE_MEASURE = 'obs:access-update';
export const DEFAULT_SCENARIO_NAME = 'Mon scénario';
/** Above this many opened/closed sites at once, nearest sites are recomputed from scratch. */
const INCREMENTAL_LIMIT = 4;

/**
 * State of the "Accès aux MDS" page. The scenario (which carries the threshold) is the part a
 * permalink serialises; `nearest` follows it incrementally (withSiteAdded / withSiteRemoved).
 */
export class AccessState {
  phase = $state<AccessPhase>('idle');
  error = $state.raw<unknown>(null);
  model = $state.raw<AccessModel | null>(null);
  /** The current scenario: sites added/removed, planned MDS toggle, threshold. JSON-serialisable. */
  scenario = $state.raw<Scenario>(planScenario(DEFAULT_THRESHOLD_MIN, DEFAULT_SCENARIO_NAME));
  /** Site indices open in `scenario`, ascending. */
  active = $state.raw<readonly number[]>([]);
  nearest = $state.raw<Nearest | null>(null);
  /** Fragile population used for the second set of figures. */
  fragility = $state<FragilityKey>('pop_75p');
  mapView = $state<AccessMapView>('time');
  /** 2SFCA catchment radius, minutes. */
  d0 = $state(30);
  /** Id of the site being moved: the next commune chosen receives it. */
  moving = $state<string | null>(null);
  /** Optimiser suggestions shown on the map (candidate site ids, best first). */
  suggestions = $state.raw<readonly string[]>([]);
  saved = $state.raw<readonly Scenario[]>([]);
  /** False once saving to localStorage failed (private mode, quota). */
  storageOk = $state(true);
  /** Durations (ms) of the last scenario updates, from the change to the map update. */
  updateTimes = $state.raw<readonly number[]>([]);
  /** Last action, for the polite live region (already translated). */
  notice = $state('');
  /** Set by the map layers: they emit the update mark after drawing; otherwise the panel does. */
  mapAttached = false;
  #pendingSince: number | null = null;

  threshold: number = $derived(this.scenario.thresholdMin);

  report: AccessReport | null = $derived.by(() => {
    const { model, nearest } = this;
    return model && nearest ? accessReport(model, this.scenario, { nearest, active: this.active }) : null;
  });

  fragileReport: AccessReport | null = $derived.by(() => {
    const { model, nearest } = this;
    return model && nearest ? accessReport(model, this.scenario, { nearest, active: this.active, weight: this.fragility }) : null;
  });

  /** Fragile population served per site index. */
  fragileServed: Float64Array | null = $derived(this.model && this.nearest ? servedBy(this.model, this.nearest, this.fragility) : null);

  #planNearest: Nearest | null = $derived.by(() => {
    const m = this.model;
    return m ? nearestSites(m.matrix, activeSites(planScenario(), m.sites)) : null;
  });

  /** The département's plan (12 MDS) at the current threshold: the "before" of every comparison. */
  planReport: AccessReport | null = $derived.by(() => {
    const m = this.model;
    const nearest = this.#planNearest;
    return m && nearest ? accessReport(m, planScenario(this.threshold), { nearest }) : null;
  });

  planFragileReport: AccessReport | null = $derived.by(() => {
    const m = this.model;
    const nearest = this.#planNearest;
    return m && nearest ? accessReport(m, planScenario(this.threshold), { nearest, weight: this.fragility }) : null;
  });

  /** Median relative error shown with estimated times; null for routed (OSM) times. */
  relError: number | null = $derived(
    this.model?.data.model.method === 'crow-calibrated' ? this.model.data.model.calibration.medianRelError : null,
  );

  /** Population-weighted mean minutes per commune. Lazy: computed only when read. */
  communeMean: Map<string, number | null> | null = $derived(
    this.model && this.nearest ? communeMeanMinutes(this.model, this.nearest) : null,
  );

  /** Site index serving most of each commune's population. */
  communeCatchment: Map<string, number> | null = $derived(
    this.model && this.nearest ? communeCatchment(this.model, this.nearest) : null,
  );

  /** 2SFCA score per commune (MDS per 100,000 inhabitants within d0). */
  fcaByCommune: Map<string, number | null> | null = $derived(
    this.model && this.active.length > 0 ? communeFca(this.model, this.active, this.d0) : null,
  );

  fcaThresholds: number[] = $derived(this.fcaByCommune ? quantileThresholds(this.fcaByCommune.values(), 5) : []);

  /** Downloads the inputs once (no DuckDB involved). Never rejects: failures go to `error`. */
  async load(): Promise<void> {
    if (this.phase === 'loading' || this.phase === 'ready') return;
    this.phase = 'loading';
    this.error = null;
    try {
      const { loadAccessModel } = await import('../data/access-load');
      const model = await loadAccessModel();
      this.model = model;
      this.saved = loadSavedScenarios(model.sites);
      // a scenario set before the data arrived (e.g. from a permalink) is checked against the sites
      const pending = parseScenario(this.scenario, model.sites);
      this.#apply(pending.ok ? pending.scenario : planScenario(this.scenario.thresholdMin, DEFAULT_SCENARIO_NAME), true);
      this.phase = 'ready';
    } catch (error) {
      this.error = error;
      this.phase = 'error';
    }
  }

  siteIndex(id: string): number | undefined {
    return this.model?.siteIndex.get(id);
  }

  isActive(id: string): boolean {
    const i = this.siteIndex(id);
    return i !== undefined && this.active.includes(i);
  }

  /** Opens a site (a town centre, or an MDS that is closed in this scenario). */
  addSite(id: string): boolean {
    if (!this.model || this.siteIndex(id) === undefined || this.isActive(id)) return false;
    this.#apply(withAdded(this.scenario, id));
    return true;
  }

  /** Closes an open site (an added one is simply dropped from the scenario). */
  removeSite(id: string): boolean {
    if (!this.isActive(id)) return false;
    this.#apply(withRemoved(this.scenario, id));
    return true;
  }

  /** Moves an open site to another location (a town centre): one close and one open. */
  moveSite(fromId: string, toId: string): boolean {
    if (!this.isActive(fromId) || this.siteIndex(toId) === undefined || this.isActive(toId)) return false;
    this.moving = null;
    this.#apply(withAdded(withRemoved(this.scenario, fromId), toId));
    return true;
  }

  setIncludePlanned(include: boolean): void {
    const sites = this.model?.sites ?? [];
    const planned = new Set(sites.filter((s) => s.kind === 'mds' && s.status === 'prevue').map((s) => s.id));
    const s = this.scenario;
    this.#apply({
      ...s,
      includePlanned: include,
      // a planned MDS is open by default once included: it no longer needs `added`, and cannot stay
      // in `removed` once excluded
      added: include ? s.added.filter((id) => !planned.has(id)) : s.added,
      removed: include ? s.removed : s.removed.filter((id) => !planned.has(id)),
    });
  }

  setThreshold(minutes: number): void {
    const [lo, hi] = THRESHOLD_RANGE;
    const t = Math.min(hi, Math.max(lo, Math.round(minutes)));
    if (t === this.scenario.thresholdMin) return;
    this.#pendingSince = performance.now();
    this.scenario = { ...this.scenario, thresholdMin: t };
  }

  rename(name: string): void {
    this.scenario = { ...this.scenario, name };
  }

  /** Back to the département's plan, keeping the name and threshold. */
  reset(): void {
    this.moving = null;
    this.#apply(planScenario(this.threshold, this.scenario.name));
  }

  /** Replaces the scenario by a parsed one (saved, imported, or from a permalink). */
  loadScenario(scenario: Scenario): void {
    this.moving = null;
    this.#apply(scenario);
  }

  /** Saves the current scenario under its name (replacing one of the same name). */
  saveCurrent(): void {
    const s = this.scenario;
    this.saved = [...this.saved.filter((x) => x.name !== s.name), s];
    this.storageOk = storeScenarios(this.saved);
  }

  deleteSaved(name: string): void {
    this.saved = this.saved.filter((x) => x.name !== name);
    this.storageOk = storeScenarios(this.saved);
  }

  /** Called once the map (or, without a map, the panel) shows the latest figures. */
  markUpdated(): void {
    if (this.#pendingSince === null) return;
    const start = this.#pendingSince;
    this.#pendingSince = null;
    performance.mark(ACCESS_UPDATED_MARK);
    const ms = performance.now() - start;
    try {
      performance.measure(ACCESS_UPDATE_MEASURE, { start, end: performance.now() });
    } catch {
      // measure() with options is missing in very old browsers: the duration is kept below anyway
    }
    this.updateTimes = [...this.updateTimes.slice(-49), ms];
  }

  /** Sets the scenario and updates `nearest` by opening/closing only the sites that changed. */
  #apply(next: Scenario, full = false): void {
    const model = this.model;
    if (!model) {
      this.scenario = next;
      return;
    }
    this.#pendingSince = performance.now();
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
  }
}

function withAdded(s: Scenario, id: string): Scenario {
  return s.removed.includes(id) ? { ...s, removed: s.removed.filter((x) => x !== id) } : { ...s, added: [...s.added, id] };
}

function withRemoved(s: Scenario, id: string): Scenario {
  return s.added.includes(id) ? { ...s, added: s.added.filter((x) => x !== id) } : { ...s, removed: [...s.removed, id] };
}
