/**
 * A small tileable diagonal hatching (dark grey lines on transparent pixels), drawn on
 * top of the grey fill of units with no value, as in the legend.
 *
 * @param size tile side in pixels (the hatching period)
 * @returns raw RGBA pixels for `map.addImage`
 */
export function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((x + y) % size < 2) {
        const i = (y * size + x) * 4;
        data[i] = 85;
        data[i + 1] = 85;
        data[i + 2] = 85;
        data[i + 3] = 255;
      }
    }
  }
  return { width: size, height: size, data };
}
