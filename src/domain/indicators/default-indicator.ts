import type { IndicatorCatalog, IndicatorId } from '../types';

/**
 * The indicator shown first: the one flagged `default: true`, else the first one.
 *
 * @returns null for an empty catalogue
 */
export function defaultIndicatorId(catalog: IndicatorCatalog): IndicatorId | null {
  const flagged = catalog.indicators.find((ind) => ind.default === true);
  return (flagged ?? catalog.indicators[0])?.id ?? null;
}
