import { loadIrisBus, loadMobilityCore, loadMobilityNotes, loadStops, MOBILITY_FILES, type MobilityCore } from '../data/mobility-files';
import { DEFAULT_GAP_RULE, gapVerdict, ruleIsActive, type GapRule, type GapService, type GapVerdict } from '../domain/mobility/gap-rule';
import { DEFAULT_GAP_SORT, gapRows, sortGapRows, type GapRow, type GapSort, type GapSortKey } from '../domain/mobility/gap-ranking';
import { gapTotals, type GapTotal } from '../domain/mobility/gap-totals';
import type { MobilityNotes } from '../domain/mobility/parse-notes';
import type { MobilityLink } from '../domain/permalink/mobility-section';
import type { CommuneMobility, IrisBus, MobilityStop } from '../domain/mobility/types';
import { toDataIssue, type DataIssue } from './data-issue';

export type MobilityPhase = 'idle' | 'loading' | 'ready' | 'error';

/** Display order of the territories (an assumption of the project, see territoires.json). */
export const TERRITORY_ORDER = ['nord', 'centre', 'sud'] as const;

/** Bounds of the user's thresholds. */
export const THRESHOLD_BOUNDS = {
  minutes: { min: 1, max: 60 },
  km: { min: 1, max: 40 },
} as const;

/** Remembered thresholds of services switched off, so that switching back restores them. */
const DEFAULT_SERVICE_MIN: Record<GapService, number> = { mds: 20, franceServices: 15, poste: 10 };
const DEFAULT_STATION_KM = 10;

const clamp = (v: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, v));
const sameRule = (a: GapRule, b: GapRule) => JSON.stringify(a) === JSON.stringify(b);

/** The page's starting settings (what a link without mobility parameters means). */
export const DEFAULT_MOBILITY_LINK: MobilityLink = {
  rule: DEFAULT_GAP_RULE,
  sort: DEFAULT_GAP_SORT,
  showStations: true,
  showBus: false,
  selected: null,
};

/**
 * State of the "Mobilité" page: the loaded files, the gap rule the user sets, the list order,
 * the selected commune and the optional map layers.
 */
export class MobilityState {
  phase = $state<MobilityPhase>('idle');
  error = $state.raw<unknown>(null);
  core = $state.raw<MobilityCore | null>(null);
  notes = $state.raw<MobilityNotes | null>(null);
  stops = $state.raw<readonly MobilityStop[] | null>(null);
  iris = $state.raw<readonly IrisBus[] | null>(null);
  /** Problems with the optional files (notes, stops, IRIS): shown, never blocking. */
  issues = $state.raw<readonly DataIssue[]>([]);

  rule = $state.raw<GapRule>(DEFAULT_GAP_RULE);
  /** Last threshold of each service and of the station distance, kept while switched off. */
  serviceMin = $state<Record<GapService, number>>({ ...DEFAULT_SERVICE_MIN });
  stationKm = $state(DEFAULT_STATION_KM);
  sort = $state.raw<GapSort>(DEFAULT_MOBILITY_LINK.sort);
  selected = $state<string | null>(null);
  /** Station clicked on the map (its card shows over the map). */
  station = $state<string | null>(null);
  showStations = $state(DEFAULT_MOBILITY_LINK.showStations);
  showBus = $state(DEFAULT_MOBILITY_LINK.showBus);

  communes: readonly CommuneMobility[] = $derived(this.core?.communes ?? []);
  byCode: ReadonlyMap<string, CommuneMobility> = $derived(new Map(this.communes.map((c) => [c.code, c])));
  verdicts: ReadonlyMap<string, GapVerdict> = $derived(new Map(this.communes.map((c) => [c.code, gapVerdict(c, this.rule)])));
  active: boolean = $derived(ruleIsActive(this.rule));
  rows: readonly GapRow[] = $derived(sortGapRows(gapRows(this.communes, this.rule), this.sort));
  inGap: ReadonlySet<string> = $derived(new Set(this.rows.map((r) => r.code)));
  /** Communes whose verdict is unknown (a value the rule needs is missing). */
  unknown: number = $derived([...this.verdicts.values()].filter((v) => v.inGap === null).length);
  totals: readonly GapTotal[] = $derived(gapTotals(this.communes, this.inGap, TERRITORY_ORDER));

  #loading: Promise<void> | null = null;

  /** Loads the files once (again after an error). Never rejects. */
  load(): Promise<void> {
    if (this.phase === 'ready' || this.#loading) return this.#loading ?? Promise.resolve();
    this.phase = 'loading';
    this.error = null;
    const optional = <T>(file: string, p: Promise<T>, apply: (v: T) => void) =>
      p.then(apply, (e: unknown) => (this.issues = [...this.issues, toDataIssue(file, e, 'mobility.issue.optional')]));
    this.issues = [];
    void optional(MOBILITY_FILES.notes, loadMobilityNotes(), (n) => (this.notes = n));
    void optional(MOBILITY_FILES.stops, loadStops(), (s) => (this.stops = s));
    void optional(MOBILITY_FILES.iris, loadIrisBus(), (i) => (this.iris = i));
    this.#loading = loadMobilityCore().then(
      (core) => {
        this.core = core;
        this.phase = 'ready';
      },
      (e: unknown) => {
        this.error = e;
        this.phase = 'error';
      },
    ).finally(() => (this.#loading = null));
    return this.#loading;
  }

  /** Switches a service on (with its last threshold) or off. */
  toggleService(service: GapService, on: boolean): void {
    const services = { ...this.rule.services };
    if (on) services[service] = this.serviceMin[service];
    else delete services[service];
    this.rule = { ...this.rule, services };
  }

  setServiceThreshold(service: GapService, minutes: number): void {
    if (!Number.isFinite(minutes)) return;
    const v = clamp(minutes, THRESHOLD_BOUNDS.minutes);
    this.serviceMin[service] = v;
    if (this.rule.services[service] !== undefined) this.rule = { ...this.rule, services: { ...this.rule.services, [service]: v } };
  }

  toggleStation(on: boolean): void {
    this.rule = { ...this.rule, noStationWithinKm: on ? this.stationKm : null };
  }

  setStationKm(km: number): void {
    if (!Number.isFinite(km)) return;
    this.stationKm = clamp(km, THRESHOLD_BOUNDS.km);
    if (this.rule.noStationWithinKm !== null) this.rule = { ...this.rule, noStationWithinKm: this.stationKm };
  }

  setMatch(match: GapRule['match']): void {
    this.rule = { ...this.rule, match };
  }

  setMdsScope(mdsScope: GapRule['mdsScope']): void {
    this.rule = { ...this.rule, mdsScope };
  }

  reset(): void {
    this.rule = DEFAULT_GAP_RULE;
    this.serviceMin = { ...DEFAULT_SERVICE_MIN };
    this.stationKm = DEFAULT_STATION_KM;
  }

  /** The page's settings as a link carries them (a reactive read). */
  get linkValue(): MobilityLink {
    return { rule: this.rule, sort: this.sort, showStations: this.showStations, showBus: this.showBus, selected: this.selected };
  }

  /**
   * Settings read from a link (already checked by `mobilitySection`). The thresholds of the rule
   * become the remembered ones, so that the number fields show them.
   */
  applyLink(v: MobilityLink): void {
    const services = { ...v.rule.services };
    for (const s of Object.keys(services) as GapService[]) {
      const min = services[s];
      if (min !== undefined) this.serviceMin[s] = min;
    }
    if (v.rule.noStationWithinKm !== null) this.stationKm = v.rule.noStationWithinKm;
    if (!sameRule(this.rule, v.rule)) this.rule = { ...v.rule, services };
    if (this.sort.key !== v.sort.key || this.sort.dir !== v.sort.dir) this.sort = v.sort;
    this.showStations = v.showStations;
    this.showBus = v.showBus;
    if (this.selected !== v.selected) this.selected = v.selected;
  }

  /** Clicking a column header: first click sorts the natural way (names A→Z, numbers largest first), the next flips. */
  sortBy(key: GapSortKey): void {
    if (this.sort.key === key) this.sort = { key, dir: this.sort.dir === 'asc' ? 'desc' : 'asc' };
    else this.sort = { key, dir: key === 'nom' ? 'asc' : 'desc' };
  }
}
