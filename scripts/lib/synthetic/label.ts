/**
 * What marks every synthetic output. The replica is made for the scale benchmark only
 * (scripts/bench-scale.ts): none of its values is a real statistic.
 */
export const SYNTHETIC_LABEL = {
  fr: 'DONNÉES SYNTHÉTIQUES — réplique du Loir-et-Cher répétée en mosaïque, codes fictifs et valeurs bruitées, pour le banc d’essai de passage à l’échelle uniquement. Aucune valeur n’est une statistique réelle.',
  en: 'SYNTHETIC DATA — the Loir-et-Cher replicated as a mosaic, with fictitious codes and jittered values, for the scale benchmark only. No value is a real statistic.',
} as const;

export type SyntheticLabel = typeof SYNTHETIC_LABEL;
