import type { Localized } from '../types';
import { definitionIssue, type DefinitionIssue } from './messages';
import {
  INDEX_DEFINITION_VERSION,
  type CatalogueEntry,
  type IndexDefinition,
  type IndexIndicator,
  type NormalisationMethod,
} from './types';
import { validateIndexDefinition } from './validate-index-definition';

/** Axes of the schéma des solidarités that have a preset (ids of `axes` in indicators.json). */
export type PresetId =
  | 'enfance-famille'
  | 'autonomie'
  | 'insertion-emploi'
  | 'habitat-logement'
  | 'sante'
  | 'inclusion-numerique';

export interface IndexPreset {
  id: PresetId;
  label: Localized;
  /** Default indicators, weights and directions; the user edits a copy. */
  indicators: readonly IndexIndicator[];
}

/**
 * Starting points, one per axis of the schéma. Choices, to be discussed with the planners:
 * - only indicators published for (almost) every commune: `taux-pauvrete` (25 communes) and
 *   `foyers-imposes` (33) would exclude most communes; `revenu-median` (258) excludes 9, listed;
 * - rates per inhabitant rather than raw counts of facilities;
 * - catalogue `neutral` indicators get a default direction here, which the user may flip:
 *   `part-0-14` higher = more fragile (more children, more demand on child and family services),
 *   `proprietaires` higher = less fragile (owner-occupiers are less exposed to housing insecurity);
 * - the main indicator of the axis weighs 2, the others 1.
 */
export const INDEX_PRESETS: readonly IndexPreset[] = [
  {
    id: 'enfance-famille',
    label: { fr: 'Enfance et famille', en: 'Children and family' },
    indicators: [
      { id: 'familles-monoparentales', weight: 2, direction: 'higher-more-fragile' },
      { id: 'part-0-14', weight: 1, direction: 'higher-more-fragile' },
      { id: 'peu-diplomes', weight: 1, direction: 'higher-more-fragile' },
      { id: 'chomage-15-64', weight: 1, direction: 'higher-more-fragile' },
    ],
  },
  {
    id: 'autonomie',
    label: { fr: 'Autonomie (âge, handicap)', en: 'Autonomy (old age, disability)' },
    indicators: [
      { id: 'part-75-plus', weight: 2, direction: 'higher-more-fragile' },
      { id: 'part-60-plus', weight: 1, direction: 'higher-more-fragile' },
      { id: 'menages-une-personne', weight: 1, direction: 'higher-more-fragile' },
      { id: 'pharmacies-pour-10000', weight: 1, direction: 'higher-less-fragile' },
    ],
  },
  {
    id: 'insertion-emploi',
    label: { fr: 'Insertion et emploi', en: 'Integration and jobs' },
    indicators: [
      { id: 'chomage-15-64', weight: 2, direction: 'higher-more-fragile' },
      { id: 'chomage-15-24', weight: 1, direction: 'higher-more-fragile' },
      { id: 'peu-diplomes', weight: 1, direction: 'higher-more-fragile' },
      { id: 'revenu-median', weight: 1, direction: 'higher-less-fragile' },
    ],
  },
  {
    id: 'habitat-logement',
    label: { fr: 'Habitat et logement', en: 'Housing' },
    indicators: [
      { id: 'logements-vacants', weight: 2, direction: 'higher-more-fragile' },
      { id: 'proprietaires', weight: 1, direction: 'higher-less-fragile' },
      { id: 'menages-une-personne', weight: 1, direction: 'higher-more-fragile' },
    ],
  },
  {
    id: 'sante',
    label: { fr: 'Santé', en: 'Health' },
    indicators: [
      { id: 'pharmacies-pour-10000', weight: 2, direction: 'higher-less-fragile' },
      { id: 'part-75-plus', weight: 1, direction: 'higher-more-fragile' },
      { id: 'menages-une-personne', weight: 1, direction: 'higher-more-fragile' },
    ],
  },
  {
    id: 'inclusion-numerique',
    label: { fr: 'Inclusion numérique', en: 'Digital inclusion' },
    indicators: [
      { id: 'fragilite-numerique-acces', weight: 1, direction: 'higher-more-fragile' },
      { id: 'fragilite-numerique-competences', weight: 1, direction: 'higher-more-fragile' },
      { id: 'france-services-pour-10000', weight: 1, direction: 'higher-less-fragile' },
    ],
  },
];

/** Normalisation of a new index: percentile ranks, robust to the skewed rates of small communes. */
export const DEFAULT_NORMALISATION: NormalisationMethod = 'rank';

/**
 * A new, editable index definition from a preset (a deep copy: editing it leaves the preset intact).
 *
 * @param preset one of {@link INDEX_PRESETS}
 * @param createdAt ISO date given by the caller (no clock in the domain)
 * @param normalisation defaults to {@link DEFAULT_NORMALISATION}
 */
export function presetDefinition(
  preset: IndexPreset,
  createdAt: string,
  normalisation: NormalisationMethod = DEFAULT_NORMALISATION,
): IndexDefinition {
  return {
    version: INDEX_DEFINITION_VERSION,
    label: preset.label.fr,
    indicators: preset.indicators.map((d) => ({ ...d })),
    normalisation,
    minCoverage: 1,
    createdAt,
  };
}

/**
 * Checks a preset (or an edited copy of its indicators) against the catalogue.
 *
 * @returns the problems found, e.g. « Indicateur inconnu : « x » … » (empty when valid)
 */
export function validatePreset(preset: IndexPreset, catalogue: readonly CatalogueEntry[]): DefinitionIssue[] {
  if (preset.indicators.length === 0) return [definitionIssue('no-indicators')];
  return validateIndexDefinition(presetDefinition(preset, '2000-01-01'), catalogue);
}
