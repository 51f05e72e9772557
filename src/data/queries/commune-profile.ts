import type { Query } from './sql.ts';

/**
 * The commune's identity for its fiche: `code, nom, epci_nom, arr_nom, territoire, codes_postaux,
 * anciens_codes, lon, lat` (town centre, La Poste / INSEE centre-bourg). No row for an unknown code.
 */
export function communeProfile(code: string): Query {
  return {
    sql: `SELECT code, nom, epci_nom, arr_nom, territoire, codes_postaux, anciens_codes, lon, lat
FROM communes
WHERE code = ?`,
    params: [code],
  };
}
