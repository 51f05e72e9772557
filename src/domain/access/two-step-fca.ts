import { timeColumn, type TimeMatrix } from './time-matrix';

/** Weight in [0, 1] given to a site `minutes` away; only called for minutes ≤ d0. */
export type Decay = (minutes: number) => number;

/**
 * Step decay by thirds of the catchment radius d0: weight 1 up to d0/3, 0.66 up to 2·d0/3, 0.33 up
 * to d0 (bounds included in the nearer band). Modelled on the DREES APL bands (1 / 0.66 / 0.33 for
 * 0–10, 10–15, 15–20 min to a GP), here scaled to thirds of any d0 since MDS have no published bands.
 */
export function stepDecayThirds(d0: number): Decay {
  return (t) => (t <= d0 / 3 ? 1 : t <= (2 * d0) / 3 ? 0.66 : t <= d0 ? 0.33 : 0);
}

export interface TwoStepFcaOptions {
  /** Catchment radius, minutes: pairs with t > d0 are ignored. */
  d0: number;
  /** Distance decay f(t), applied in both steps; default f = 1 (plain 2SFCA). */
  decay?: Decay;
  /** Capacity per site index (staff, opening hours…); default 1 for every site. */
  capacity?: ArrayLike<number>;
}

export interface TwoStepFcaResult {
  /** R_j per site index: capacity / weighted population within d0; 0 for inactive sites and empty catchments. */
  ratio: Float64Array;
  /** A_i per origin: Σ_j f(t_ij) R_j over active sites within d0, in sites (capacity units) per inhabitant. */
  access: Float64Array;
}

/**
 * Two-step floating catchment area accessibility (Luo & Wang 2003; DREES "APL" style):
 *
 *   R_j = C_j / Σ_{i: t_ij ≤ d0} f(t_ij) P_i        A_i = Σ_{j: t_ij ≤ d0} f(t_ij) R_j
 *
 * Multiply A_i by 100,000 for "sites per 100,000 inhabitants". A site whose catchment holds no
 * population gets R_j = 0. Conservation: Σ_i P_i A_i = Σ_j C_j over sites with a non-empty catchment.
 *
 * @param m travel times
 * @param active active site indices (duplicates are ignored)
 * @param population P_i per origin, ≥ 0
 */
export function twoStepFca(
  m: TimeMatrix,
  active: readonly number[],
  population: ArrayLike<number>,
  options: TwoStepFcaOptions,
): TwoStepFcaResult {
  const { d0, decay, capacity } = options;
  const f = (t: number) => (t <= d0 ? (decay ? decay(t) : 1) : 0);
  const ratio = new Float64Array(m.nSites);
  const access = new Float64Array(m.nOrigins);
  for (const j of new Set(active)) {
    const col = timeColumn(m, j);
    let demand = 0;
    for (let i = 0; i < m.nOrigins; i++) demand += f(col[i] as number) * (population[i] as number);
    const r = demand > 0 ? (capacity ? (capacity[j] as number) : 1) / demand : 0;
    ratio[j] = r;
    if (r === 0) continue;
    for (let i = 0; i < m.nOrigins; i++) access[i] = (access[i] as number) + f(col[i] as number) * r;
  }
  return { ratio, access };
}
