import { DataFormatError } from '../data-format-error';
import type { Localized } from '../types';

/**
 * Labels of the territories in `territoires.json` (`territories: [{ code, label: { fr, en } }]`).
 *
 * @returns code → label; entries without a code or a French label are skipped
 * @throws DataFormatError when the value is not an object
 */
export function parseTerritoryLabels(raw: unknown): ReadonlyMap<string, Localized> {
  if (typeof raw !== 'object' || raw === null) throw new DataFormatError('objet attendu');
  const list = (raw as { territories?: unknown }).territories;
  const out = new Map<string, Localized>();
  if (!Array.isArray(list)) return out;
  for (const t of list) {
    if (typeof t !== 'object' || t === null) continue;
    const { code, label } = t as { code?: unknown; label?: unknown };
    if (typeof code !== 'string' || typeof label !== 'object' || label === null) continue;
    const { fr, en } = label as Partial<Record<string, unknown>>;
    if (typeof fr !== 'string') continue;
    out.set(code, { fr, en: typeof en === 'string' ? en : fr });
  }
  return out;
}
