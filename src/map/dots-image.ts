/**
 * A small tileable dot pattern (dark dots on transparent pixels), drawn over grid cells whose
 * values are mostly imputed by INSEE. Distinct from the diagonal hatching of missing values.
 *
 * @param size tile side in pixels (the dot period)
 * @returns raw RGBA pixels for `map.addImage`
 */
export function dotsImage(size = 6): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (const [x, y] of [
    [1, 1],
    [2, 1],
    [1, 2],
    [2, 2],
  ] as const) {
    const i = (y * size + x) * 4;
    data[i] = 30;
    data[i + 1] = 30;
    data[i + 2] = 30;
    data[i + 3] = 255;
  }
  return { width: size, height: size, data };
}
