import type { fr } from './compare';

/** English texts of `compare.ts`, same keys: loaded only when English is chosen. */
export const en: Record<keyof typeof fr, string> = {
  'compare.assumptionTitle': 'Assumed split.',
  'compare.assumption':
    'The département has not published which communes make up each territory (north, centre, south): here each commune follows its arrondissement. Territory figures depend on this assumption.',
  'compare.assumptionMore': 'More about this split',
  'compare.intro':
    'The three territories of the solidarity plan and Loir-et-Cher, side by side. A territory or département value is a ratio of sums (total of the communes’ numerators over the total of their denominators), never a mean of commune rates.',
  'compare.fileError': 'The territory split could not be read ({reason}): territory values are not available.',
  'compare.queryError': 'A query failed ({reason}): the values shown are computed in the browser, with the same method.',
  'compare.loading': 'Computing values…',
  'compare.sourceSql': 'Values computed by the query engine (DuckDB).',
  'compare.sourceTs': 'Values computed in the browser while the query engine loads (same method: ratio of sums).',
  'compare.sourceTsEngineError': 'The query engine did not start: values computed in the browser (same method: ratio of sums).',
  'compare.chosenTitle': 'One indicator, territory by territory',
  'compare.indicatorLabel': 'Indicator compared',
  'compare.notAggregable':
    'INSEE does not publish this indicator for the territories: a median or a rate published per commune does not add up. The chart shows the range of the published commune values ({n} communes out of {total}; the others are withheld for statistical confidentiality).',
  'compare.chartSummary': '{indicator} ({year}) by territory: {values}.',
  'compare.chartRange': '{indicator} ({year}), range of published commune values: {values}.',
  'compare.axisUnit': 'in {unit}',
  'compare.valuesCaption': '{indicator} ({year})',
  'compare.unit': 'Territory',
  'compare.value': 'Value',
  'compare.communeRange': 'Communes: from … to …',
  'compare.population': 'Population 2022',
  'compare.departement': 'Loir-et-Cher',
  'compare.notPublished': 'not published at this level',
  'compare.missing': 'not available',
  'compare.sourceLine': 'Source: {source}; data {year}. Territories: assumed split (arrondissements).',
  'compare.panelTitle': 'Key indicators',
  'compare.panelCaption':
    'Key indicators by territory and for the département, with the gap and the ratio between the highest and the lowest territory',
  'compare.indicator': 'Indicator',
  'compare.gap': 'Gap (highest − lowest)',
  'compare.ratio': 'Ratio (highest / lowest)',
  'compare.points': '{value} pp',
  'compare.ratioValue': '× {value}',
  'compare.notApplicable': 'not applicable',
  'compare.notApplicableRange': 'not computed (no territory value)',
  'compare.panelHighLow': '▲ highest territory, ▼ lowest. Gaps in percentage points for rates.',
  'compare.footnoteRange':
    '* Range of published commune values: INSEE publishes no median income or poverty rate for these territories, and such values do not add up.',
  'compare.ratioNote': 'No ratio for a change rate (values near zero or negative).',
  'compare.rankingTitle': 'Ranking of the communes',
  'compare.rankingHelp':
    'Rank 1 = highest value. Equal values share a rank and the next one is skipped (1, 2, 2, 4). Communes without a value (withheld, not published) always come last. Click a header to sort, a commune to open its profile.',
  'compare.rankingCaption': '{indicator} ({year}): the 267 communes',
  'compare.rankingMissing': '{n} communes without a value, listed last as “not available”.',
  'compare.rank': 'Rank',
  'compare.commune': 'Commune',
  'compare.territory': 'Territory',
  'compare.tied': 'tied',
  'compare.openFiche': 'Open the profile of {name}',
};
