import type { Lang } from '../types';

/** A row of the data table that mirrors the map: one unit of the current level. */
export interface UnitRow {
  code: string;
  name: string;
  /** Territory (nord / centre / sud) label; '' when unknown. */
  territory: string;
  value: number | null;
  /** Class on the map, null when the value is missing. */
  classIndex: number | null;
}

export type UnitSortKey = 'name' | 'code' | 'territory' | 'value' | 'class';
export type SortDirection = 'ascending' | 'descending';

const collators = new Map<Lang, Intl.Collator>();
function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang === 'fr' ? 'fr-FR' : 'en-GB', { sensitivity: 'base', numeric: true });
    collators.set(lang, c);
  }
  return c;
}

/**
 * Sorts table rows by a column. Texts use the language's collation ("Écoman" sorts with E);
 * missing values and classes always come last, whatever the direction. Ties keep a stable,
 * deterministic order (by name, then code).
 *
 * @returns a new array
 */
export function sortUnitRows(
  rows: readonly UnitRow[],
  key: UnitSortKey,
  direction: SortDirection,
  lang: Lang,
): UnitRow[] {
  const c = collator(lang);
  const sign = direction === 'ascending' ? 1 : -1;
  const tieBreak = (a: UnitRow, b: UnitRow) => c.compare(a.name, b.name) || c.compare(a.code, b.code);
  const numeric = (pick: (r: UnitRow) => number | null) => (a: UnitRow, b: UnitRow) => {
    const va = pick(a);
    const vb = pick(b);
    if (va === null || vb === null) return va === vb ? tieBreak(a, b) : va === null ? 1 : -1;
    return sign * (va - vb) || tieBreak(a, b);
  };
  const text = (pick: (r: UnitRow) => string) => (a: UnitRow, b: UnitRow) =>
    sign * c.compare(pick(a), pick(b)) || tieBreak(a, b);
  const compare =
    key === 'value'
      ? numeric((r) => (r.value !== null && Number.isFinite(r.value) ? r.value : null))
      : key === 'class'
        ? numeric((r) => r.classIndex)
        : key === 'name'
          ? text((r) => r.name)
          : key === 'code'
            ? text((r) => r.code)
            : text((r) => r.territory);
  return [...rows].sort(compare);
}
