import { buildCommuneReferential, type CommuneRow } from '../../domain/upload/commune-referential';
import type { CommuneReferential } from '../../domain/upload/types';
import type { UploadEngine } from './upload-engine';

/** SQL of the communes and their former codes (table `communes`, from `communes.arrow`). */
export const COMMUNE_REFERENTIAL_SQL = 'SELECT code, nom, anciens_codes FROM communes ORDER BY code';

/**
 * The communes of the département and their former codes, from the loaded `communes` table.
 *
 * @param formerNames optional `former` list of `communes-search.json`, to name former communes
 * @throws Error with a French message when the `communes` table is not there
 */
export async function loadCommuneReferential(
  engine: UploadEngine,
  formerNames: readonly (readonly [string, string, string])[] = [],
): Promise<CommuneReferential> {
  let raw: Record<string, unknown>[];
  try {
    raw = await engine.query(COMMUNE_REFERENTIAL_SQL);
  } catch (error) {
    // a reset worker (EngineLostError, see src/data/db.ts) is retried by the caller: keep it as is
    if (error instanceof Error && error.name === 'EngineLostError') throw error;
    // the `communes` table failed to load (communes.arrow missing or corrupt): say so in French
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new Error(`la liste des communes (communes.arrow) n’a pas pu être chargée, les codes commune ne peuvent pas être vérifiés : ${detail}`);
  }
  const rows = raw.map(
    (r): CommuneRow => ({
      code: String(r.code),
      nom: String(r.nom),
      anciens_codes: r.anciens_codes == null ? null : String(r.anciens_codes),
    }),
  );
  return buildCommuneReferential(rows, formerNames);
}
