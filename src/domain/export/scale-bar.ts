export interface ScaleBar {
  /** Length shown, in km (1, 2 or 5 × a power of ten). */
  km: number;
  /** Its length in pixels. */
  px: number;
}

/**
 * The longest "round" scale bar (1, 2 or 5 × 10ⁿ km) that fits in `maxPx` pixels.
 *
 * @param pxPerKm pixels per kilometre at the map's centre (> 0)
 * @param maxPx room for the bar, in pixels
 * @returns null when the scale is unknown (0, NaN, infinite) or nothing fits
 */
export function niceScaleBar(pxPerKm: number, maxPx: number): ScaleBar | null {
  if (!(pxPerKm > 0) || !Number.isFinite(pxPerKm) || !(maxPx > 0)) return null;
  const maxKm = maxPx / pxPerKm;
  const power = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((m) => m * power).find((k) => k <= maxKm * (1 + 1e-9)) ?? power;
  return { km, px: km * pxPerKm };
}
