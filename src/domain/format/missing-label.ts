import type { Lang } from '../types';

/** Shown in place of a missing value (em dash, U+2014). */
export const MISSING_VALUE = '—';

/** Legend entry and tooltip text for communes without a value. */
export function missingLabel(lang: Lang): string {
  return lang === 'fr'
    ? 'Non disponible (secret statistique ou donnée absente)'
    : 'Not available (statistical confidentiality or missing data)';
}
