/** Header text reduced for comparison: lower case, no accents, letters and digits only. */
export function headerKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Header names (as {@link headerKey}) of a commune code column: code, codgeo, code_insee, « Code commune »… */
export const CODE_COLUMN_KEYS: ReadonlySet<string> = new Set([
  'code', 'codgeo', 'codegeo', 'codeinsee', 'insee', 'com', 'depcom', 'codecommune', 'codecom', 'codcom',
  'codcommune', 'codeinseecommune', 'codeinseedelacommune', 'codecommuneinsee', 'inseecom', 'cog', 'codecog',
]);

/** Header names of a commune label column, ignored on import: nom, libellé, libgeo, commune… */
export const LABEL_COLUMN_KEYS: ReadonlySet<string> = new Set([
  'nom', 'name', 'libelle', 'libgeo', 'lib', 'libcom', 'commune', 'communes', 'nomcommune', 'nomcom',
  'nomdelacommune', 'libellecommune', 'ville', 'territoire', 'epci', 'nomepci', 'libepci',
]);
