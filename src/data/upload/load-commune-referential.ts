import { buildCommuneReferential, type CommuneRow } from '../../domain/upload/commune-referential';
import type { CommuneReferential } from '../../domain/upload/types';
import type { UploadEngine } from './upload-engine';

/** SQL of the communes and their former codes (table `communes`, from `communes.arrow`). */
export const COMMUNE_REFERENTIAL_SQL = 'SELECT code, nom, anciens_codes FROM communes ORDER BY code';

/**
 * The communes of the département and their former codes, from the loaded `communes` table.
 *
 * @param formerNames optional `former` list of `communes-search.json`, to name former communes
 */
export async function loadCommuneReferential(
  engine: UploadEngine,
  formerNames: readonly (readonly [string, string, string])[] = [],
): Promise<CommuneReferential> {
  const rows = (await engine.query(COMMUNE_REFERENTIAL_SQL)).map(
    (r): CommuneRow => ({
      code: String(r.code),
      nom: String(r.nom),
      anciens_codes: r.anciens_codes == null ? null : String(r.anciens_codes),
    }),
  );
  return buildCommuneReferential(rows, formerNames);
}
