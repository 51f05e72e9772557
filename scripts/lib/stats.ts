import { CheckList, PipelineError } from './errors.ts';
import { normaliseCommuneCode, parseInseeCell, round } from './insee.ts';

/** Raw columns kept from base_cc_comparateur_41.csv (INSEE comparateur de territoires). */
export const BASE_CC_COLUMNS = [
  'P22_POP', 'P16_POP', 'SUPERF', 'P22_MEN', 'P22_LOG', 'P22_RP', 'P22_RSECOCC', 'P22_LOGVAC', 'P22_RP_PROP',
  'NBMENFISC21', 'PIMP21', 'MED21', 'TP6021', 'P22_EMPLT', 'P22_POP1564', 'P22_CHOM1564', 'P22_ACT1564',
] as const;

/** Raw columns kept from dossier_complet_light_41.csv (INSEE dossier complet). */
export const DCL_COLUMNS = [
  'P22_POP0014', 'P22_POP1529', 'P22_POP3044', 'P22_POP4559', 'P22_POP6074', 'P22_POP7589', 'P22_POP90P',
  'P11_POP', 'C22_MENPSEUL', 'C22_MENFAM', 'C22_COUPAENF', 'C22_FAMMONO', 'C22_COUPSENF',
  'P22_ACT1524', 'P22_CHOM1524', 'BPE_2024_C201', 'BPE_2024_C301', 'BPE_2024_D307',
] as const;

/** Columns computed here as sums of raw columns, so every indicator is one numerator over one denominator. */
export const DERIVED_COLUMNS: Record<string, string[]> = {
  P22_POP60P: ['P22_POP6074', 'P22_POP7589', 'P22_POP90P'],
  P22_POP75P: ['P22_POP7589', 'P22_POP90P'],
  C22_FAM: ['C22_COUPAENF', 'C22_FAMMONO', 'C22_COUPSENF'],
};

export type StatRow = { code: string } & Record<string, number | null>;

export interface StatsResult {
  columns: string[];
  rows: StatRow[];
  /** how many values were withheld (`s`) per column */
  withheld: Record<string, number>;
}

/** Sum of parts; null as soon as one part is null (a partial sum would understate the total). */
export function sumOrNull(parts: (number | null)[]): number | null {
  let s = 0;
  for (const p of parts) {
    if (p === null) return null;
    s += p;
  }
  return s;
}

function indexByCode(rows: Record<string, string>[], source: string): Map<string, Record<string, string>> {
  const m = new Map<string, Record<string, string>>();
  for (const r of rows) {
    const code = normaliseCommuneCode(r.CODGEO);
    if (m.has(code)) throw new PipelineError(`${source}: duplicate CODGEO ${code}`);
    m.set(code, r);
  }
  return m;
}

/**
 * Joins the two INSEE commune tables on CODGEO for the given commune codes, parses INSEE cells
 * (`s` → null, decimal comma) and adds the derived sums. Counts are rounded to 0.001.
 */
export function buildStats(
  communeCodes: string[],
  baseCc: Record<string, string>[],
  dcl: Record<string, string>[],
): StatsResult {
  const a = indexByCode(baseCc, 'base_cc_comparateur_41.csv');
  const b = indexByCode(dcl, 'dossier_complet_light_41.csv');
  const checks = new CheckList();
  const expected = new Set(communeCodes);
  for (const code of a.keys()) checks.check(expected.has(code), `base_cc has ${code}, which is not a COG 2026 commune (orphan code)`);
  for (const code of b.keys()) checks.check(expected.has(code), `dossier complet has ${code}, which is not a COG 2026 commune (orphan code)`);
  const withheld: Record<string, number> = {};
  const rows: StatRow[] = [];
  for (const code of communeCodes) {
    const ra = a.get(code);
    const rb = b.get(code);
    checks.check(ra !== undefined, `commune ${code} missing from base_cc_comparateur_41.csv`);
    checks.check(rb !== undefined, `commune ${code} missing from dossier_complet_light_41.csv`);
    if (!ra || !rb) continue;
    const row: StatRow = { code } as StatRow;
    const take = (rec: Record<string, string>, col: string, file: string) => {
      if (!(col in rec)) throw new PipelineError(`${file}: column ${col} not found`);
      try {
        const cell = parseInseeCell(rec[col]);
        if (cell.status === 'withheld') withheld[col] = (withheld[col] ?? 0) + 1;
        row[col] = round(cell.value);
      } catch (e) {
        throw new PipelineError(`${file}, commune ${code}, column ${col}: ${(e as Error).message}`);
      }
    };
    for (const col of BASE_CC_COLUMNS) take(ra, col, 'base_cc_comparateur_41.csv');
    for (const col of DCL_COLUMNS) take(rb, col, 'dossier_complet_light_41.csv');
    const p16b = parseInseeCell(rb.P16_POP).value;
    checks.check(p16b !== null && row.P16_POP !== null && Math.abs(p16b - row.P16_POP) < 0.01, `commune ${code}: P16_POP differs between the two INSEE files`);
    for (const [col, parts] of Object.entries(DERIVED_COLUMNS)) row[col] = round(sumOrNull(parts.map((p) => row[p])));
    const ages = sumOrNull(['P22_POP0014', 'P22_POP1529', 'P22_POP3044', 'P22_POP4559', 'P22_POP6074', 'P22_POP7589', 'P22_POP90P'].map((c) => row[c]));
    checks.check(ages !== null && row.P22_POP !== null && Math.abs(ages - row.P22_POP) < 0.05, `commune ${code}: age bands sum to ${ages}, P22_POP is ${row.P22_POP}`);
    rows.push(row);
  }
  checks.throwIfFailed('INSEE statistics');
  const columns = [...BASE_CC_COLUMNS, ...DCL_COLUMNS, ...Object.keys(DERIVED_COLUMNS)];
  return { columns, rows, withheld };
}
