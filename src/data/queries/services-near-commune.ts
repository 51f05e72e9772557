import type { Query } from './sql.ts';

/** Mean Earth radius (km), as `crowKm` in src/domain/access/travel-time.ts. */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * Service points of the given types (`mds`, `france_services`, `gare`, `poste`) within `maxKm`
 * straight-line km (haversine) of a commune's town centre, nearest first:
 * `id, type, nom, commune, code_commune, statut, in_dept, lon, lat, km`. Points outside the
 * département count (people cross its borders). No row for an unknown commune.
 *
 * @param types at least one type
 */
export function servicesNearCommune(code: string, types: readonly string[], maxKm: number): Query {
  if (types.length === 0) throw new Error('servicesNearCommune: at least one service type');
  const km = `2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
    pow(sin(radians(s.lat - c.lat) / 2), 2)
    + cos(radians(c.lat)) * cos(radians(s.lat)) * pow(sin(radians(s.lon - c.lon) / 2), 2))))`;
  return {
    sql: `SELECT * FROM (
  SELECT s.id, s.type, s.nom, s.commune, s.code_commune, s.statut, s.in_dept, s.lon, s.lat, ${km} AS km
  FROM services s, communes c
  WHERE c.code = ? AND s.type IN (${types.map(() => '?').join(', ')})
)
WHERE km <= ?
ORDER BY km, id`,
    params: [code, ...types, maxKm],
  };
}
