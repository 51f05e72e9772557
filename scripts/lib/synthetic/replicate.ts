import { syntheticCommuneCode, syntheticId, syntheticName, syntheticSiteId } from './codes';
import { clampPairs, decimalsOf, jitterValue, type BoundedPair } from './jitter';
import { SYNTHETIC_LABEL } from './label';
import { gridLayout, tileStep, type TileCopy } from './layout';
import { deriveSeed, mulberry32 } from './prng';
import type {
  AccessModelRecord,
  CommuneRecord,
  DepartementData,
  OriginRecord,
  ReplicaOptions,
  SiteRecord,
  SyntheticNational,
} from './types';

/** Stream labels for `deriveSeed(seed, copy, label)`. */
const STREAM = { stats: 1, grid: 2 } as const;

/** Origin weights and the stats column whose jitter they follow (a cell keeps its share of the commune). */
const WEIGHT_COLUMNS: Readonly<Record<'pop' | 'pop_75p' | 'fam_mono' | 'chom_1564', string>> = {
  pop: 'P22_POP',
  pop_75p: 'P22_POP75P',
  fam_mono: 'C22_FAMMONO',
  chom_1564: 'P22_CHOM1564',
};

const round3 = (x: number) => Math.round(x * 1000) / 1000;
/** Kilometres per degree of latitude (mean Earth radius). */
const KM_PER_DEG = (6371.0088 * Math.PI) / 180;

/**
 * Shares of the catalogue (ratio, offset 0, unit %: a part over its whole), whose numerator must
 * stay ≤ its denominator after the jitter. Evolutions (offset 1) and densities are not bounded.
 */
export function boundedPairs(catalogue: DepartementData['catalogue']): BoundedPair[] {
  return catalogue
    .filter((c) => c.kind === 'ratio' && c.denominator !== null && (c.offset ?? 0) === 0 && c.unit === '%')
    .map((c) => ({ numerator: c.numerator, denominator: c.denominator as string }));
}

/**
 * Stats of one copy: every value × (1 ± amplitude), drawn from the copy's own stream in row
 * order then column order; integer columns stay integers; shares stay ≤ 100 %; published rates
 * (`published-rate`) stay in [0, 100].
 *
 * @returns the jittered columns and how many numerators were lowered
 */
export function jitterStats(
  real: DepartementData['stats']['columns'],
  names: readonly string[],
  rand: () => number,
  amplitude: number,
  pairs: readonly BoundedPair[],
  rates: ReadonlySet<string>,
): { columns: Map<string, (number | null)[]>; clamped: number } {
  const decimals = new Map(names.map((n) => [n, decimalsOf(real.get(n) ?? [])]));
  const out = new Map(names.map((n) => [n, [] as (number | null)[]]));
  const rows = real.get(names[0] as string)?.length ?? 0;
  for (let i = 0; i < rows; i++) {
    for (const name of names) {
      const v = (real.get(name) as (number | null)[])[i] ?? null;
      let x = jitterValue(v, rand(), amplitude, decimals.get(name) as number);
      if (x !== null && rates.has(name)) x = Math.min(100, Math.max(0, x));
      (out.get(name) as (number | null)[]).push(x);
    }
  }
  const clamped = clampPairs(out, real, pairs);
  return { columns: out, clamped };
}

/**
 * Builds the synthetic national replica: `options.copies` copies of the département tiled side by
 * side (`gridLayout`), every identifier replaced by a fictitious one (`codes.ts`), every value
 * jittered by ± `amplitude` with a seeded stream per copy, withheld values kept missing. Pure:
 * reads `real`, returns new arrays; the same options always give the same replica.
 */
export function replicate(real: DepartementData, options: ReplicaOptions): SyntheticNational {
  const tiles = gridLayout(options.copies, options.cols, tileStep(real.bbox));
  const names = [...real.stats.columns.keys()];
  const pairs = boundedPairs(real.catalogue);
  const rates = new Set(real.catalogue.filter((c) => c.kind === 'published-rate').map((c) => c.numerator));
  const rowOfCode = new Map(real.stats.codes.map((c, i) => [c, i]));
  const communeOf = new Map(real.communes.map((c) => [c.code, c]));

  const communes: CommuneRecord[] = [];
  const codes: string[] = [];
  const columns = new Map(names.map((n) => [n, [] as (number | null)[]]));
  const origins: OriginRecord[] = [];
  const sites: SiteRecord[] = [];
  const bridges: AccessModelRecord['loire']['bridges'] = [];
  const communeCopy: number[] = [];
  let clamped = 0;

  const centreLat = (real.bbox[1] + real.bbox[3]) / 2;
  for (const tile of tiles) {
    const { tag, dLon, dLat } = tile;
    const code = (c: string) => syntheticCommuneCode(tag, c);
    const stats = jitterStats(real.stats.columns, names, mulberry32(deriveSeed(options.seed, tile.index, STREAM.stats)), options.amplitude, pairs, rates);
    clamped += stats.clamped;
    for (const n of names) (columns.get(n) as (number | null)[]).push(...(stats.columns.get(n) as (number | null)[]));
    codes.push(...real.stats.codes.map(code));
    for (const c of real.communes) {
      communes.push({
        code: code(c.code),
        nom: syntheticName(tag, c.nom),
        epci_code: syntheticId(tag, c.epci_code),
        epci_nom: syntheticName(tag, c.epci_nom),
        arr_code: syntheticId(tag, c.arr_code),
        arr_nom: syntheticName(tag, c.arr_nom),
        territoire: syntheticId(tag, c.territoire),
        codes_postaux: '',
        anciens_codes: '',
        lon: round6(c.lon + dLon),
        lat: round6(c.lat + dLat),
      });
      communeCopy.push(tile.index);
    }
    // A cell keeps its share of its commune: weights follow the commune's jitter factor.
    const factor = (commune: string, column: string): number => {
      const row = rowOfCode.get(commune);
      if (row === undefined) return 1;
      const before = real.stats.columns.get(column)?.[row];
      const after = stats.columns.get(column)?.[row];
      return before && after != null ? after / before : 1;
    };
    const grid = mulberry32(deriveSeed(options.seed, tile.index, STREAM.grid));
    // 1 km grid corners (EPSG:3035 metres) move by whole kilometres, about as far as the degrees.
    const dx = Math.round(dLon * KM_PER_DEG * Math.cos(((centreLat + dLat) * Math.PI) / 180)) * 1000;
    const dy = Math.round(dLat * KM_PER_DEG) * 1000;
    for (const o of real.origins) {
      const u = grid();
      const g = (v: number | null) => (v === null ? null : jitterValue(v, u, options.amplitude, Number.isInteger(v) ? 0 : 1));
      origins.push({
        ...o,
        id: syntheticId(tag, o.id),
        commune: code(o.commune),
        territoire: syntheticId(tag, o.territoire),
        lon: round6(o.lon + dLon),
        lat: round6(o.lat + dLat),
        pop: round3(o.pop * factor(o.commune, WEIGHT_COLUMNS.pop)),
        pop_75p: round3(o.pop_75p * factor(o.commune, WEIGHT_COLUMNS.pop_75p)),
        fam_mono: round3(o.fam_mono * factor(o.commune, WEIGHT_COLUMNS.fam_mono)),
        chom_1564: round3(o.chom_1564 * factor(o.commune, WEIGHT_COLUMNS.chom_1564)),
        ind: g(o.ind),
        ind_snv: g(o.ind_snv),
        x_laea: o.x_laea === null ? null : o.x_laea + dx,
        y_laea: o.y_laea === null ? null : o.y_laea + dy,
      });
    }
    for (const s of real.sites) {
      sites.push({
        ...s,
        id: syntheticSiteId(tag, s.id, s.commune),
        nom: syntheticName(tag, s.nom),
        commune: communeOf.has(s.commune) ? code(s.commune) : syntheticId(tag, s.commune),
        lon: round6(s.lon + dLon),
        lat: round6(s.lat + dLat),
      });
    }
    for (const b of real.accessModel.loire.bridges) {
      bridges.push({ ...b, id: syntheticId(tag, b.id), nom: syntheticName(tag, b.nom), lon: round6(b.lon + dLon), lat: round6(b.lat + dLat) });
    }
  }

  const accessModel: AccessModelRecord = {
    ...real.accessModel,
    loire: { ...real.accessModel.loire, bridges },
    origins: Object.fromEntries(Object.entries(real.accessModel.origins ?? {}).map(([k, v]) => [k, v * tiles.length])),
    synthetic: true,
    label: SYNTHETIC_LABEL,
  };
  return {
    synthetic: true,
    label: SYNTHETIC_LABEL,
    options,
    tiles,
    communes,
    stats: { codes, columns },
    origins,
    sites,
    accessModel,
    catalogue: real.catalogue,
    communeCopy: Int32Array.from(communeCopy),
    clamped,
  };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export type { TileCopy };
