/** Composite fragility index: normalisation, weighting, ranking, rank stability, presets. */
export * from './types';
export { zScores } from './z-scores';
export { minMax } from './min-max';
export { averageRanks, percentileRanks } from './percentile-ranks';
export { normalise } from './normalise';
export { competitionRanks, rankScores } from './competition-ranks';
export { prepareComposite, type NormalisedMatrix } from './prepare-composite';
export { weightedScores } from './weighted-scores';
export { computeComposite, type CompositeResult, type ExcludedCommune } from './compute-composite';
export { nearestRank } from './nearest-rank';
export { rankStability, type CommuneStability, type StabilityOptions, type StabilityResult } from './rank-stability';
export { definitionIssue, definitionMessage, type DefinitionErrorCode, type DefinitionIssue, type MessageParams } from './messages';
export { isIsoDate, isValidIndexDefinition, validateIndexDefinition } from './validate-index-definition';
export { parseIndexDefinition, serialiseIndexDefinition, type ParseDefinitionResult } from './index-definition-json';
export { DEFAULT_NORMALISATION, INDEX_PRESETS, presetDefinition, validatePreset, type IndexPreset, type PresetId } from './presets';
