import type { Indicator, IndicatorCatalog, IndicatorId } from '../types';

/** The panel of the comparison page: one indicator per axis of the schéma des solidarités, at least. */
export const COMPARE_PANEL: readonly IndicatorId[] = [
  'population',
  'evolution-population',
  'part-75-plus',
  'familles-monoparentales',
  'menages-une-personne',
  'chomage-15-64',
  'chomage-15-24',
  'revenu-median',
  'taux-pauvrete',
  'logements-vacants',
  'fragilite-numerique',
  'pharmacies-pour-10000',
];

/** The key figures of a commune fiche. */
export const FICHE_FIGURES: readonly IndicatorId[] = [
  'population',
  'evolution-population',
  'part-75-plus',
  'familles-monoparentales',
  'menages-une-personne',
  'chomage-15-64',
  'revenu-median',
  'taux-pauvrete',
  'fragilite-numerique',
];

/**
 * The catalogue entries of `ids`, in that order; ids missing from the catalogue are skipped
 * (the catalogue is data: an indicator may be renamed or dropped).
 */
export function pickIndicators(catalog: IndicatorCatalog | null, ids: readonly IndicatorId[]): Indicator[] {
  if (!catalog) return [];
  const byId = new Map(catalog.indicators.map((ind) => [ind.id, ind]));
  return ids.map((id) => byId.get(id)).filter((ind): ind is Indicator => ind !== undefined);
}

/**
 * Whether an indicator has a value above the commune level: ratios and counts add up (ratio of
 * sums), medians and published rates do not (INSEE publishes them per commune only here).
 */
export function isAggregable(ind: Pick<Indicator, 'kind'>): boolean {
  return ind.kind === 'ratio' || ind.kind === 'count';
}

/** max / min is meaningless for a change rate (offset ≠ 0: values around 0, possibly negative). */
export function ratioMeaningful(ind: Pick<Indicator, 'offset'>): boolean {
  return ind.offset === 0;
}
