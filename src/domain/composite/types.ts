import type { CodeInsee, IndicatorId } from '../types';

/**
 * How each indicator column is put on a common scale before weighting:
 * - `z-score`: (x − mean) / population standard deviation (see {@link zScores});
 * - `min-max`: (x − min) / (max − min), in [0, 1];
 * - `rank`: percentile rank (average rank for ties), in [0, 1].
 */
export type NormalisationMethod = 'z-score' | 'min-max' | 'rank';

export const NORMALISATION_METHODS: readonly NormalisationMethod[] = ['z-score', 'min-max', 'rank'];

/**
 * The direction of an indicator inside a fragility index, always resolved: a catalogue indicator
 * marked `neutral` must be given one of these two by the user (or by a preset).
 */
export type FragilityDirection = 'higher-more-fragile' | 'higher-less-fragile';

export const FRAGILITY_DIRECTIONS: readonly FragilityDirection[] = ['higher-more-fragile', 'higher-less-fragile'];

/** One indicator of a composite index. */
export interface IndexIndicator {
  /** Catalogue id (`data/indicators.json`), or an id the caller adds to the catalogue (uploaded column). */
  id: IndicatorId;
  /** Relative weight, finite and > 0 (only ratios between weights matter). */
  weight: number;
  direction: FragilityDirection;
}

/** Format version of {@link IndexDefinition}; bumped when the meaning of a field changes. */
export const INDEX_DEFINITION_VERSION = 1;

/**
 * Everything needed to reproduce a composite index on the same data.
 *
 * Missing values: a commune is scored only when the indicators it has carry at least
 * `minCoverage` of the total weight (1 = every selected indicator is required, the default).
 * Its score is then the weighted mean over the indicators it has; values are never imputed.
 */
export interface IndexDefinition {
  version: typeof INDEX_DEFINITION_VERSION;
  indicators: IndexIndicator[];
  normalisation: NormalisationMethod;
  /** Share of the total weight a commune must have, in (0, 1]; 1 = no missing indicator allowed. */
  minCoverage: number;
  /** ISO 8601 date or date-time, given by the caller (the domain has no clock). */
  createdAt: string;
  /** Free label chosen by the user. */
  label?: string;
  /** Data version (hash from `manifest.json`) the index was computed on, for reproducibility. */
  dataVersion?: string;
}

/** Indicator columns aligned on the communes: `columns.get(id)[i]` is the value of `codes[i]`. */
export interface CompositeInput {
  codes: readonly CodeInsee[];
  columns: ReadonlyMap<IndicatorId, readonly (number | null)[]>;
}

/** What a catalogue must say about an indicator to validate a definition against it. */
export interface CatalogueEntry {
  id: IndicatorId;
  direction: 'higher-more-fragile' | 'higher-less-fragile' | 'neutral';
}
