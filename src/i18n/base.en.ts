import type { frBase } from './base.fr';

/** English UI texts of the base shell: same keys as `base.fr.ts`. */
export const enBase: Record<keyof typeof frBase, string> = {
  'app.title': 'Loir-et-Cher solidarity observatory',
  'app.subtitle': 'Fragility indicators for the 267 communes of the département',
  'app.skipLink': 'Skip to main content',
  'app.panelLabel': 'Indicator, legend and sources',

  'lang.label': 'Language',
  'lang.fr': 'Français',
  'lang.en': 'English',

  'picker.label': 'Indicator',
  'picker.loading': 'Loading indicators…',
  'picker.unavailable': 'No indicator available.',

  'commune.label': 'Commune (keyboard selection)',
  'commune.none': '— No commune selected —',

  'legend.title': 'Legend',
  'legend.method': 'Quantile classes ({n} classes), darker = more fragile.',
  'legend.methodNeutral': 'Quantile classes ({n} classes), darker = higher value.',
  'legend.range': '{lower} to {upper}',
  'legend.communes.one': '{n} commune',
  'legend.communes.other': '{n} communes',
  'legend.missing': 'Data not available / statistical confidentiality',
  'legend.empty': 'No value available for this indicator.',
  'legend.unit': 'Unit: {unit}',
  'legend.layers': 'Other features',
  'legend.mdsOpen': 'Open solidarity centre (MDS)',
  'legend.mdsPlanned': 'Planned MDS',
  'legend.territoryOutline': 'Territory boundary (north / centre / south)',
  'legend.epciOutline': 'EPCI boundary',

  'source.line': 'Source: {source}; data {year}.',
  'assumption.note':
    'Assumption: split by arrondissement, not published by the département (north / centre / south territories).',
  'assumption.more': 'More about this split',

  'duckdb.idle': 'Query engine: starts with your first action on the page (≈ 8 MB to download)',
  'duckdb.loading': 'Query engine: loading…',
  'duckdb.ready': 'Query engine: ready',
  'duckdb.error':
    'The query engine (DuckDB) could not start: {reason}. The map and the indicator picker remain available.',
  'duckdb.partial': 'Query engine: ready, but some tables could not be loaded ({tables}).',
  'duckdb.retry': 'Retry',
  'duckdb.timeout': 'timed out after {seconds} seconds',
  'duckdb.unknown': 'unknown error',

  'tooltip.missing': 'Data not available (statistical confidentiality or not published)',
  'tooltip.zeroDenominator': 'Cannot be computed (zero denominator)',
  'tooltip.valueLabel': '{label}:',
  'tooltip.source': 'Source: {source}; data {year}',

  'map.label': 'Map of the communes of Loir-et-Cher',
  'map.canvasTitle': 'Interactive map: arrow keys to pan, + and − to zoom',
  'map.loading': 'Loading the map…',
  'map.interactiveLoading': 'Loading the interactive map (zoom, pan)…',
  'map.description':
    'Map: {indicator} ({year}), {classes} classes; {present} communes with data, {missing} without.',
  'map.descriptionEmpty': 'Map: {indicator} ({year}), no value available.',
  'map.descriptionPending': 'The map is loading.',
  'map.descriptionSelected': 'Selected commune: {name}, {value}.',
  'map.unavailable':
    'The interactive map cannot be displayed ({reason}). A static map replaces it: the indicator picker, the legend and the other pages remain available; zoom and tooltips do not.',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.resetBearing': 'Reset bearing',

  'errors.title': 'Data problem',
  'errors.chunk': 'Part of the application could not be loaded ({reason}). Reload the page; offline, it becomes available after one complete online visit.',
  'errors.missing': 'The data file “{file}” was not found ({status}).',
  'errors.corrupt': 'The data file “{file}” is unreadable or malformed: {detail}.',
  'errors.network': 'The data file “{file}” could not be downloaded: {detail}.',
  'errors.html': 'the server returned a web page instead of data',
  'errors.missingColumns':
    'The data lacks the columns needed for the indicator “{indicator}” ({columns}): every commune is shown without data.',
  'impact.indicators': 'No indicator can be chosen or displayed.',
  'impact.communes': 'The map cannot display the communes.',
  'impact.stats': 'Indicator values cannot be displayed.',
  'impact.overlay': 'This layer is not shown; the rest of the map works.',
  'impact.sources': 'Sources are shown by their identifier.',
  'impact.territoryNote': 'The detailed note on the territory split is not shown.',
  'impact.table': 'This table is not available for queries.',

  'punct.colon': ':',
  'punct.semicolon': ';',
  'punct.labelValue': '{label}: {value}',
};
