import type { CodeInsee } from '../types';

/**
 * One commune of the mobility page: access times, rail, urban bus and the census counts used for
 * the fragile shares. Joined from `access.arrow`, `mobility.arrow` and `commune-stats.json`.
 * Every number may be null (missing or withheld): never read as 0.
 */
export interface CommuneMobility {
  code: CodeInsee;
  nom: string;
  /** `nord`, `centre` or `sud` (an assumption, see territoires.json); null if unknown. */
  territoire: string | null;
  /** RP 2022 population (P22_POP). */
  population: number | null;
  /** People aged 75 or more (P22_POP75P). */
  pop75: number | null;
  /** Families (C22_FAM) and single-parent families (C22_FAMMONO). */
  families: number | null;
  singleParent: number | null;
  /** Working-age labour force 15–64 (P22_ACT1564) and unemployed 15–64 (P22_CHOM1564). */
  active1564: number | null;
  unemployed1564: number | null;
  /**
   * Estimated car minutes to the nearest service, population-weighted mean over the commune's
   * 1 km cells (calibrated model, see access-model.json). `mds`: the 12 MDS of the plan;
   * `mdsOpen`: the MDS open today.
   */
  minutes: ServiceMinutes;
  /** Crow-fly km from the town centre to the nearest passenger station (access.arrow `gare_km`). */
  nearestStationKm: number | null;
  /** Station reached fastest by car from the town centre (mobility.arrow). */
  station: StationAccess | null;
  /** A passenger station within 5 km crow-fly of the town centre. */
  station5km: boolean | null;
  /** Urban bus; null where the commune has no urban bus stop (no data, not 0). */
  bus: UrbanBus | null;
}

export interface ServiceMinutes {
  mds: number | null;
  mdsOpen: number | null;
  franceServices: number | null;
  gare: number | null;
  poste: number | null;
}

export interface StationAccess {
  id: string;
  nom: string;
  /** crow-fly km from the town centre */
  km: number | null;
  /** estimated car minutes from the town centre */
  minutes: number | null;
  /** TER trains per weekday (Tuesday) on the station's line(s), both directions: an upper bound; null = not known. */
  trainsLigne: number | null;
  /** TGV stopping on the Tuesday (Vendôme–Villiers only); null elsewhere. */
  tgv: number | null;
}

export interface UrbanBus {
  /** Network name(s), e.g. "Azalys", "MOVE". */
  network: string;
  stops: number | null;
  /** Estimated walking metres from the town centre to the nearest frequent stop. */
  frequentWalkM: number | null;
  /** Share of the population within 500 m walk of a frequent stop, %. */
  pop500Pct: number | null;
}

/** Urban bus access of one IRIS of Blois, Vendôme or Vineuil (mobility-iris.arrow). */
export interface IrisBus {
  iris: string;
  commune: CodeInsee;
  nom: string;
  frequentWalkM: number | null;
  pop500Pct: number | null;
  /** The IRIS's share of the commune population, %. */
  popShareOfCommunePct: number | null;
}

/** How a station's rail service is classed on the map. */
export type StationService = 'tgv' | 'high' | 'mid' | 'low' | 'unknown';

/** A passenger station or a frequent urban bus stop of stops.arrow. */
export interface MobilityStop {
  id: string;
  kind: 'gare' | 'bus';
  name: string;
  network: string;
  inDept: boolean;
  lon: number;
  lat: number;
  /** TER routes on the station's lines, e.g. "P17;P2" (stations only). */
  lines: string | null;
  trainsLigne: number | null;
  tgv: number | null;
  /** Combined headway of a bus stop, minutes. */
  headwayMin: number | null;
  frequent: boolean | null;
}
