/**
 * Inverse of the ellipsoidal Lambert Azimuthal Equal-Area projection used by the INSEE/Eurostat grid
 * (EPSG:3035: GRS80, origin 52° N 10° E, false easting 4 321 000 m, false northing 3 210 000 m),
 * after EPSG Guidance Note 7-2 (method 9820). Used to draw the 1 km Filosofi cells as their true
 * squares on the map. Accuracy: well under a metre over France.
 */
const A = 6378137;
const F = 1 / 298.257222101;
const E2 = 2 * F - F * F;
const E = Math.sqrt(E2);
const LAT0 = (52 * Math.PI) / 180;
const LON0 = (10 * Math.PI) / 180;
const FE = 4321000;
const FN = 3210000;

const q = (phi: number) => {
  const s = Math.sin(phi);
  return (1 - E2) * (s / (1 - E2 * s * s) - (1 / (2 * E)) * Math.log((1 - E * s) / (1 + E * s)));
};
const QP = q(Math.PI / 2);
const BETA0 = Math.asin(q(LAT0) / QP);
const RQ = A * Math.sqrt(QP / 2);
const D = (A * Math.cos(LAT0)) / (Math.sqrt(1 - E2 * Math.sin(LAT0) ** 2) * RQ * Math.cos(BETA0));
const E4 = E2 * E2;
const E6 = E4 * E2;

/** EPSG:3035 easting/northing in metres → [longitude, latitude] in degrees. */
export function laeaToLonLat(x: number, y: number): [number, number] {
  const dx = x - FE;
  const dy = y - FN;
  const rho = Math.hypot(dx / D, D * dy);
  if (rho === 0) return [10, 52];
  const c = 2 * Math.asin(rho / (2 * RQ));
  const beta = Math.asin(Math.cos(c) * Math.sin(BETA0) + (D * dy * Math.sin(c) * Math.cos(BETA0)) / rho);
  const lon = LON0 + Math.atan2(dx * Math.sin(c), D * rho * Math.cos(BETA0) * Math.cos(c) - D * D * dy * Math.sin(BETA0) * Math.sin(c));
  const lat =
    beta +
    (E2 / 3 + (31 * E4) / 180 + (517 * E6) / 5040) * Math.sin(2 * beta) +
    ((23 * E4) / 360 + (251 * E6) / 3780) * Math.sin(4 * beta) +
    ((761 * E6) / 45360) * Math.sin(6 * beta);
  return [(lon * 180) / Math.PI, (lat * 180) / Math.PI];
}

/** The closed ring of a grid cell whose lower-left corner is (x, y) and side `size` metres. */
export function cellRing(x: number, y: number, size = 1000): [number, number][] {
  return [
    laeaToLonLat(x, y),
    laeaToLonLat(x + size, y),
    laeaToLonLat(x + size, y + size),
    laeaToLonLat(x, y + size),
    laeaToLonLat(x, y),
  ];
}
