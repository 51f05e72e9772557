import type { Lang } from '../../domain/types';

/** "23 novembre 2026" / "23 November 2026": the date written on exported maps and prints. */
export function longDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' }).format(date);
}
