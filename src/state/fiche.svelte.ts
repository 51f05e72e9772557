import { fetchJson } from '../data/fetch-data';
import type { SqlQuery } from '../data/run-query';
import { parseAccessModel, type AccessModelInfo } from '../domain/compare/parse-access-model';
import { parseIrisGeojson, type IrisFeature, type IrisRow } from '../domain/compare/parse-iris';
import { buildSearchIndex } from '../domain/search/search-communes';
import { parseCommunesSearch, type CommuneDirectoryEntry } from '../domain/search/parse-communes-search';
import type { CodeInsee } from '../domain/types';
import type { EngineStatus } from './engine-status.svelte';

/** The commune's identity (table `communes`). */
export interface CommuneProfile {
  code: CodeInsee;
  nom: string;
  epci_nom: string;
  arr_nom: string;
  territoire: string;
  codes_postaux: string;
  anciens_codes: string;
  /** Town centre. */
  lon: number;
  lat: number;
}

/** Estimated minutes (population-weighted mean over the commune's inhabited 1 km cells). */
export interface CommuneAccessRow {
  code: CodeInsee;
  t_mds: number | null;
  t_mds_ouverte: number | null;
  t_france_services: number | null;
  t_gare: number | null;
  t_poste: number | null;
  gare_km: number | null;
}

export interface ServiceRow {
  id: string;
  type: string;
  nom: string;
  commune: string;
  code_commune: string;
  statut: string;
  in_dept: boolean;
  lon: number;
  lat: number;
  km: number;
}

/** What DuckDB says about one commune; each part loads (or fails) on its own. */
export interface FicheDetails {
  profile: CommuneProfile | null;
  access: CommuneAccessRow | null;
  /** MDS and France services within {@link SERVICE_RADIUS_KM}, stations within {@link STATION_RADIUS_KM}. */
  services: ServiceRow[];
  iris: IrisRow[];
  /** Parts that failed: `profile`, `access`, `services`, `iris`. */
  failed: string[];
}

/** Nearest MDS / France services are looked for this far (km, straight line); the farthest commune is ~35 km from one. */
export const SERVICE_RADIUS_KM = 60;
/** "Stations nearby": within this straight-line distance of the town centre (km). */
export const STATION_RADIUS_KM = 10;

type Part<T> = { ok: true; value: T } | { ok: false };

/**
 * The commune fiche: which commune is open (permalink state), the commune directory used by the
 * search (names, postcodes, former communes), and the fiche's DuckDB details and side files.
 */
export class FicheState {
  readonly #engine: EngineStatus;

  /** The commune whose fiche is open; null when closed. */
  code = $state<CodeInsee | null>(null);

  directory = $state.raw<readonly CommuneDirectoryEntry[] | null>(null);
  searchIndex = $derived(this.directory ? buildSearchIndex(this.directory) : null);
  directoryError = $state<string | null>(null);

  accessModel = $state.raw<AccessModelInfo | null>(null);
  irisShapes = $state.raw<readonly IrisFeature[] | null>(null);
  /** Why access-model.json or iris.geojson failed (the fiche works without them and says so). */
  sideFileErrors = $state.raw<Readonly<Partial<Record<'access-model.json' | 'iris.geojson', string>>>>({});
  /** Details per commune code, filled by {@link request}. */
  details = $state.raw<ReadonlyMap<CodeInsee, FicheDetails>>(new Map());

  #requested = new Set<string>();

  constructor(engine: EngineStatus) {
    this.#engine = engine;
  }

  open(code: CodeInsee): void {
    this.code = code;
  }

  close(): void {
    this.code = null;
  }

  /** Entry of a commune in the directory (name, postcodes, former communes). */
  entry(code: CodeInsee): CommuneDirectoryEntry | null {
    return this.directory?.find((e) => e.code === code) ?? null;
  }

  /** Downloads the search directory (once). */
  loadDirectory(): void {
    this.#once('directory', () =>
      fetchJson('communes-search.json', parseCommunesSearch).then(
        (d) => (this.directory = d),
        (e: unknown) => (this.directoryError = e instanceof Error ? e.message : String(e)),
      ),
    );
  }

  /** Downloads access-model.json and iris.geojson (once each); failures leave them null, noted in `sideFileErrors`. */
  loadSideFiles(): void {
    const fail = (file: 'access-model.json' | 'iris.geojson') => (e: unknown) => {
      this.sideFileErrors = { ...this.sideFileErrors, [file]: e instanceof Error ? e.message : String(e) };
    };
    this.#once('access-model', () =>
      fetchJson('access-model.json', parseAccessModel).then((m) => (this.accessModel = m), fail('access-model.json')),
    );
    this.#once('iris-geojson', () =>
      fetchJson('iris.geojson', parseIrisGeojson).then((f) => (this.irisShapes = f), fail('iris.geojson')),
    );
  }

  /** Queries DuckDB for a commune once the engine is ready. Call it from an `$effect`. */
  request(code: CodeInsee): void {
    if (this.#engine.phase !== 'ready') return;
    this.#once(`details:${code}`, () => this.#load(code));
  }

  #once(key: string, start: () => Promise<unknown>): void {
    if (this.#requested.has(key)) return;
    this.#requested.add(key);
    void start();
  }

  async #load(code: CodeInsee): Promise<void> {
    const [{ runQuery }, q] = await Promise.all([
      import('../data/run-query'),
      Promise.all([
        import('../data/queries/commune-profile'),
        import('../data/queries/commune-access'),
        import('../data/queries/services-near-commune'),
        import('../data/queries/iris-of-commune'),
      ]),
    ]);
    const [{ communeProfile }, { communeAccess }, { servicesNearCommune }, { irisOfCommune }] = q;
    const part = async <T,>(query: SqlQuery): Promise<Part<T[]>> => {
      try {
        return { ok: true, value: (await runQuery(query)) as T[] };
      } catch {
        return { ok: false };
      }
    };
    const [profile, access, near, stations, iris] = await Promise.all([
      part<CommuneProfile>(communeProfile(code)),
      part<CommuneAccessRow>(communeAccess(code)),
      part<ServiceRow>(servicesNearCommune(code, ['mds', 'france_services'], SERVICE_RADIUS_KM)),
      part<ServiceRow>(servicesNearCommune(code, ['gare'], STATION_RADIUS_KM)),
      part<IrisRow>(irisOfCommune(code)),
    ]);
    const failed = Object.entries({ profile, access, services: near.ok && stations.ok ? near : { ok: false }, iris })
      .filter(([, p]) => !p.ok)
      .map(([k]) => k);
    const details: FicheDetails = {
      profile: profile.ok ? (profile.value[0] ?? null) : null,
      access: access.ok ? (access.value[0] ?? null) : null,
      services: [...(near.ok ? near.value : []), ...(stations.ok ? stations.value : [])],
      iris: iris.ok ? iris.value : [],
      failed,
    };
    this.details = new Map([...this.details, [code, details]]);
  }
}
