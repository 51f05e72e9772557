export interface CatalogueIndicator {
  id: string;
  axis: string;
  kind: 'ratio' | 'count' | 'median' | 'published-rate';
  label: { fr: string; en: string };
  short: { fr: string; en: string };
  definition: { fr: string; en: string };
  unit: string;
  numerator: string;
  denominator: string | null;
  offset: number;
  scale: number;
  decimals: number;
  direction: 'higher-more-fragile' | 'higher-less-fragile' | 'neutral';
  source: string;
  year: number;
  default?: boolean;
}
export interface Catalogue {
  axes: { id: string; label: { fr: string; en: string } }[];
  indicators: CatalogueIndicator[];
}

/**
 * Every catalogue entry must point at columns that exist in the built table, at a declared source and
 * axis, and give at least one value; ids are unique and exactly one is the default. Returns messages.
 */
export function validateCatalogue(
  cat: Catalogue,
  columns: string[],
  rows: Record<string, unknown>[],
  sourceIds: Set<string>,
): string[] {
  const problems: string[] = [];
  const cols = new Set(columns);
  const axes = new Set(cat.axes.map((a) => a.id));
  const ids = new Set<string>();
  for (const ind of cat.indicators) {
    const where = `indicator "${ind.id}"`;
    if (ids.has(ind.id)) problems.push(`${where}: duplicate id`);
    ids.add(ind.id);
    if (!/^[a-z0-9-]+$/.test(ind.id)) problems.push(`${where}: id must be lowercase kebab-case`);
    if (!axes.has(ind.axis)) problems.push(`${where}: unknown axis "${ind.axis}"`);
    if (!sourceIds.has(ind.source)) problems.push(`${where}: source "${ind.source}" is not in data/sources.json`);
    if (!cols.has(ind.numerator)) problems.push(`${where}: numerator column ${ind.numerator} is not in the built table`);
    if (ind.denominator !== null && !cols.has(ind.denominator)) problems.push(`${where}: denominator column ${ind.denominator} is not in the built table`);
    if ((ind.kind === 'ratio') !== (ind.denominator !== null)) problems.push(`${where}: a ratio needs a denominator, other kinds must not have one`);
    for (const lang of ['fr', 'en'] as const) {
      if (!ind.label?.[lang] || !ind.definition?.[lang] || !ind.short?.[lang]) problems.push(`${where}: missing ${lang} label, short label or definition`);
    }
    if (!rows.some((r) => r[ind.numerator] !== null && r[ind.numerator] !== undefined)) problems.push(`${where}: no commune has a value`);
  }
  const defaults = cat.indicators.filter((i) => i.default).length;
  if (defaults !== 1) problems.push(`indicators.json: ${defaults} indicators are marked default, expected exactly 1`);
  return problems;
}
