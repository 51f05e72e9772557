/**
 * Where each copy of the département goes: a grid of tiles side by side, translated in longitude
 * and latitude. One tile (the grid's middle cell) sits exactly on the real département.
 */

/** One copy of the département in the mosaic. */
export interface TileCopy {
  /** 0 … copies − 1, row by row. */
  index: number;
  col: number;
  row: number;
  /** Translation in degrees added to every longitude / latitude of the copy. */
  dLon: number;
  dLat: number;
  /** Short label of the copy, used in every synthetic code: `copyTag(index)`. */
  tag: string;
}

const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Two base-36 characters naming copy `index` ('00', '01', …, '0Z', '10', …; up to 1,295).
 *
 * @throws RangeError outside 0 … 1295
 */
export function copyTag(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= 36 * 36) throw new RangeError(`copyTag: ${index}`);
  return `${BASE36[Math.floor(index / 36)]}${BASE36[index % 36]}`;
}

/**
 * `copies` tiles in a grid of `cols` columns (rows = ⌈copies / cols⌉), each translated by whole
 * steps from the middle cell (column ⌊(cols − 1)/2⌋, row ⌊(rows − 1)/2⌋), which gets (0, 0).
 * Steps larger than the département's bounding box keep the copies from overlapping.
 *
 * @param step tile size in degrees (bounding box of the département plus a margin)
 * @throws RangeError when copies or cols is not a positive integer
 */
export function gridLayout(copies: number, cols: number, step: { lon: number; lat: number }): TileCopy[] {
  if (!Number.isInteger(copies) || copies < 1) throw new RangeError(`gridLayout: copies = ${copies}`);
  if (!Number.isInteger(cols) || cols < 1) throw new RangeError(`gridLayout: cols = ${cols}`);
  const rows = Math.ceil(copies / cols);
  const midCol = Math.floor((Math.min(cols, copies) - 1) / 2);
  const midRow = Math.floor((rows - 1) / 2);
  return Array.from({ length: copies }, (_, index) => {
    const col = index % cols;
    const row = Math.floor(index / cols);
    return { index, col, row, dLon: (col - midCol) * step.lon, dLat: (row - midRow) * step.lat, tag: copyTag(index) };
  });
}

/**
 * Tile step from a bounding box [minLon, minLat, maxLon, maxLat]: its size plus `margin` degrees,
 * rounded up to 0.01°.
 */
export function tileStep(bbox: readonly [number, number, number, number], margin = 0.02): { lon: number; lat: number } {
  const up = (x: number) => Math.ceil(Math.round(x * 1e6) / 1e4) / 100;
  return { lon: up(bbox[2] - bbox[0] + margin), lat: up(bbox[3] - bbox[1] + margin) };
}
