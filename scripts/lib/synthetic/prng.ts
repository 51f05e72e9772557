/**
 * Seeded pseudo-random numbers for the synthetic national replica (scripts/bench-scale.ts).
 * Deterministic: the same seed always gives the same sequence, on every machine (32-bit integer
 * arithmetic only). Not for cryptography.
 */

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state, period 2^32, uniform in [0, 1).
 *
 * @param seed any number; only its low 32 bits are used
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seed for an independent stream, from a base seed and integer labels (copy number, purpose),
 * so that copy k's values do not depend on how many numbers the other copies drew.
 * Each label is folded in with the finaliser of MurmurHash3 (fmix32).
 */
export function deriveSeed(seed: number, ...labels: readonly number[]): number {
  let h = seed >>> 0;
  for (const label of labels) {
    h = (h ^ (label >>> 0)) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
  }
  return h;
}
