// Seeded synthetic instances shared by the access tests (no unseeded randomness).
import { randomLcg } from 'd3';
import { denseTimeMatrix, type TimeMatrix } from '../../../../src/domain/access/time-matrix.ts';

export interface Instance {
  matrix: TimeMatrix;
  /** ≥ 0, about 1 in 10 exactly 0 */
  weights: Float64Array;
  groups: string[];
}

/**
 * Origins and sites drawn uniformly in a `sizeKm` square; minutes = 3 + 1 × straight km, rounded to
 * 0.1 min (so ties happen). Weights are integers 0..100 (0 with probability ≈ 0.1), groups by latitude band.
 */
export function randomInstance(seed: number, nOrigins: number, nSites: number, sizeKm = 60): Instance {
  const rand = randomLcg(seed);
  const pt = () => [rand() * sizeKm, rand() * sizeKm] as const;
  const origins = Array.from({ length: nOrigins }, pt);
  const sites = Array.from({ length: nSites }, pt);
  const data = new Float32Array(nOrigins * nSites);
  sites.forEach(([sx, sy], s) =>
    origins.forEach(([ox, oy], o) => {
      data[s * nOrigins + o] = Math.round(10 * (3 + Math.hypot(sx - ox, sy - oy))) / 10;
    }),
  );
  const weights = Float64Array.from(origins, () => (rand() < 0.1 ? 0 : Math.floor(rand() * 100) + 1));
  const groups = origins.map(([, y]) => (y < sizeKm / 3 ? 'sud' : y < (2 * sizeKm) / 3 ? 'centre' : 'nord'));
  return { matrix: denseTimeMatrix(nOrigins, nSites, data), weights, groups };
}
