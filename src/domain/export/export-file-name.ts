/** Prefix of every exported file: the observatory of département 41. */
export const EXPORT_PREFIX = 'observatoire-41';

/**
 * A file-name part: accents dropped, lower case, runs of other characters as one hyphen.
 * "Taux de pauvreté (%)" → "taux-de-pauvrete"; empty when nothing is left.
 */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The calendar day of `date` in the user's time zone, as YYYY-MM-DD. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Name of an exported file: `observatoire-41_<part>_<part>_<YYYY-MM-DD>.<ext>`, e.g.
 * `observatoire-41_taux-pauvrete_commune_2026-11-23.png`. Parts are slugged ({@link fileSlug});
 * empty parts are skipped.
 *
 * @param parts what the file holds, most general first (table or indicator, then level…)
 * @param date export date (local calendar day)
 * @param ext extension without the dot: png, svg, csv, parquet
 */
export function exportFileName(parts: readonly string[], date: Date, ext: string): string {
  const slugs = parts.map(fileSlug).filter((s) => s !== '');
  return `${[EXPORT_PREFIX, ...slugs, localIsoDate(date)].join('_')}.${ext}`;
}
