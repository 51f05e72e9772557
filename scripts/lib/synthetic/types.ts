import type { SyntheticLabel } from './label';
import type { TileCopy } from './layout';

/** A row of `communes.arrow` (see data/README.md). */
export interface CommuneRecord {
  code: string;
  nom: string;
  epci_code: string;
  epci_nom: string;
  arr_code: string;
  arr_nom: string;
  territoire: string;
  codes_postaux: string;
  anciens_codes: string;
  lon: number;
  lat: number;
}

/** A row of `origins.arrow`: a populated 1 km cell. */
export interface OriginRecord {
  id: string;
  kind: string;
  commune: string;
  territoire: string;
  lon: number;
  lat: number;
  side: number;
  pop: number;
  pop_75p: number;
  fam_mono: number;
  chom_1564: number;
  ind: number | null;
  ind_snv: number | null;
  imputed: number | null;
  x_laea: number | null;
  y_laea: number | null;
}

/** A row of `sites.arrow`: an MDS or a town-centre candidate. */
export interface SiteRecord {
  id: string;
  type: string;
  nom: string;
  commune: string;
  statut: string;
  precision: string;
  lon: number;
  lat: number;
  side: number;
}

export interface BridgeRecord {
  id: string;
  nom: string;
  in_dept: boolean;
  lon: number;
  lat: number;
}

/** `access-model.json`, the fields the replica touches; the rest is copied as is. */
export interface AccessModelRecord {
  method: string;
  matrixFile?: string | null;
  model: { interceptMin: number; minPerKm: number };
  loire: { river: [number, number][]; bridges: BridgeRecord[]; [k: string]: unknown };
  origins?: Record<string, number>;
  [k: string]: unknown;
}

/** A catalogue entry, the fields the replica reads. */
export interface CatalogueRecord {
  id: string;
  kind: string;
  numerator: string;
  denominator: string | null;
  offset?: number;
  unit?: string;
}

/** The département's derived data, as read from public/data (never modified). */
export interface DepartementData {
  communes: CommuneRecord[];
  /** `stats.arrow`: codes in row order and every numeric column. */
  stats: { codes: string[]; columns: Map<string, (number | null)[]> };
  origins: OriginRecord[];
  sites: SiteRecord[];
  accessModel: AccessModelRecord;
  catalogue: CatalogueRecord[];
  /** [minLon, minLat, maxLon, maxLat] of everything placed on the map. */
  bbox: [number, number, number, number];
}

export interface ReplicaOptions {
  /** Number of copies (130 ≈ the 35,000 communes of France). */
  copies: number;
  /** Columns of the mosaic. */
  cols: number;
  seed: number;
  /** Relative noise on values: 0.03 = ± 3 %. */
  amplitude: number;
}

/** The replica: the same tables as DepartementData, `copies` times larger, labelled synthetic. */
export interface SyntheticNational extends Omit<DepartementData, 'bbox'> {
  synthetic: true;
  label: SyntheticLabel;
  options: ReplicaOptions;
  tiles: TileCopy[];
  /** Copy index of each commune / origin / site (row order). */
  communeCopy: Int32Array;
  /** Numerators lowered to their denominator by `clampPairs`. */
  clamped: number;
}
