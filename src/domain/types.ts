/** Shared domain types. Nothing here imports from the rest of the app. */

/** INSEE commune code, always a 5-character string ("41018"), never a number. */
export type CodeInsee = string;

/** Indicator id from `indicators.json`, e.g. "part-75-plus". */
export type IndicatorId = string;

export type Lang = 'fr' | 'en';

/** A text in every UI language. */
export type Localized = Record<Lang, string>;

/**
 * - `ratio`: (numerator / denominator − offset) × scale, aggregable as a ratio of sums.
 * - `count`: numerator (× scale), aggregable by sum.
 * - `median`, `published-rate`: the published value as-is, not aggregable.
 */
export type IndicatorKind = 'ratio' | 'count' | 'median' | 'published-rate';

/** Which end of the scale signals fragility; drives the palette direction. */
export type Direction = 'higher-more-fragile' | 'higher-less-fragile' | 'neutral';

export interface Indicator {
  id: IndicatorId;
  axis: string;
  label: Localized;
  short: Localized;
  /** Display unit, may be empty ("%", "hab./km²", "€", ""). */
  unit: string;
  definition: Localized;
  kind: IndicatorKind;
  /** Raw column in the stats table. */
  numerator: string;
  /** Raw column in the stats table, or null for counts and published values. */
  denominator: string | null;
  offset: number;
  scale: number;
  /** Decimals shown to users. */
  decimals: number;
  direction: Direction;
  /** Source id (see sources in manifest.json), e.g. "insee-rp-2022". */
  source: string;
  year: number;
  default?: boolean;
}

export interface Axis {
  id: string;
  label: Localized;
}

export interface IndicatorCatalog {
  indicators: Indicator[];
  axes: Axis[];
}

/** A raw stats column: numbers, with null for withheld (INSEE `s`) or missing values. */
export type NumericColumn = readonly (number | null)[];

/** The first-paint stats table, one row per commune in code order. */
export interface CommuneStats {
  codes: readonly CodeInsee[];
  names: readonly string[];
  columns: ReadonlyMap<string, NumericColumn>;
}

/** Geographic level of the choropleth. Only `commune` is drawn for now. */
export type Level = 'commune' | 'epci' | 'territoire' | 'departement';

/**
 * Inner class thresholds, ascending and distinct: k thresholds make k + 1 classes.
 * A value v is in class i where i = number of thresholds ≤ v (MapLibre `step` semantics).
 */
export type Breaks = readonly number[];

/** Why an indicator value is missing. */
export type MissingReason = 'missing-input' | 'zero-denominator' | 'unknown-commune';

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];
