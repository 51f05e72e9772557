import type { Query } from './sql.ts';

/**
 * The IRIS of a commune with their digital fragility scores (edition 2020, data 2015-2016;
 * 100 = département average): `iris, commune, nom, type, pop16, score, acces, competences`,
 * by IRIS code. A commune not split into IRIS has one row.
 */
export function irisOfCommune(code: string): Query {
  return {
    sql: `SELECT iris, commune, nom, type, pop16, score, acces, competences
FROM iris
WHERE commune = ?
ORDER BY iris`,
    params: [code],
  };
}
