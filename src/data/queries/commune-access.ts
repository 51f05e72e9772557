import type { Query } from './sql.ts';

/**
 * Estimated access of a commune's inhabitants (table `access`, see data/README.md): population-weighted
 * mean minutes to the nearest MDS (`t_mds`, open ones only `t_mds_ouverte`), France services, station
 * and La Poste point, and `gare_km`, crow km from the town centre to the nearest station.
 */
export function communeAccess(code: string): Query {
  return {
    sql: `SELECT code, t_mds, t_mds_ouverte, t_france_services, t_gare, t_poste, gare_km
FROM access
WHERE code = ?`,
    params: [code],
  };
}
