/** Abbreviations people type for the words of French commune names. */
const ABBREVIATIONS: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };

/**
 * Search key of a name or a query: accents and case removed, ligatures expanded (œ → oe), every
 * run of other characters (hyphen, apostrophe ’ or ', space, dot, slash) turned into one space,
 * and "st"/"ste" written out ("St-Aignan" → "saint aignan").
 *
 * @returns space-separated lowercase ASCII words; "" for a blank text
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}

/** The key without spaces, so that "saintaignan" or "lile" still match ("Saint-Aignan", "L'Île"). */
export function compactKey(key: string): string {
  return key.replace(/ /g, '');
}
