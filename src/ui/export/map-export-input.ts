import { distinctDecimals } from '../../domain/format/distinct-decimals';
import { formatNumber } from '../../domain/format/format-number';
import { unitLabel } from '../../domain/format/unit';
import type { LegendRow } from '../../domain/export/legend-rows';
import type { MapExportContent } from '../../domain/export/map-export';
import type { CodedFeature, VectorMap } from '../../domain/export/map-scene';
import { sourceLabel } from '../../domain/sources/source-label';
import { i18n, localize, t } from '../../i18n/i18n.svelte';
import type { AppData } from '../../state/app-data.svelte';
import type { Choropleth } from '../../state/choropleth.svelte';
import { countLabel } from '../explorer/count-label';
import { longDate } from './export-date';

/** What the map exports need, read from the app state at the moment of the export. */
export interface MapExportInput {
  content: MapExportContent;
  vector: Omit<VectorMap, 'kind'> | null;
  /** File-name parts: indicator id and level. */
  nameParts: string[];
}

/** Legend wording of the hatched entry, as in the on-screen legend (ui/Legend.svelte). */
function missingLabel(choropleth: Choropleth): string {
  const level = choropleth.level;
  if (level === 'commune') return t('legend.missing');
  const kind = choropleth.shownIndicator?.kind;
  return kind === 'median' || kind === 'published-rate'
    ? t('explorer.legend.missingNotAggregable')
    : t('explorer.legend.missingIncomplete');
}

function levelText(choropleth: Choropleth): string {
  const level = choropleth.level;
  const base = t(`explorer.legend.level.${level}`);
  const kind = choropleth.shownIndicator?.kind;
  if (level === 'commune') return base;
  if (kind === 'ratio') return `${base} (${t('explorer.legend.aggregation.ratio')})`;
  if (kind === 'count') return `${base} (${t('explorer.legend.aggregation.sum')})`;
  return base;
}

function notes(choropleth: Choropleth): string[] {
  const indicator = choropleth.shownIndicator;
  const breaks = choropleth.breaks;
  if (!indicator || !breaks) return [];
  const direction =
    indicator.direction === 'neutral' ? t('explorer.legend.darkerHigher') : t('explorer.legend.darkerFragile');
  const lines = [t('explorer.legend.method', { method: t(`explorer.method.${breaks.method}`), n: breaks.k, direction })];
  const value = choropleth.departementValue;
  const decimals = distinctDecimals([breaks.min, ...breaks.thresholds, breaks.max], {
    lang: i18n.lang,
    min: indicator.decimals,
    max: indicator.decimals + 3,
  });
  const fmt = (v: number) => formatNumber(v, { lang: i18n.lang, decimals, unit: indicator.unit });
  if (value !== null && indicator.kind === 'ratio') lines.push(t('explorer.reference.ratio', { value: fmt(value) }));
  if (value !== null && indicator.kind === 'count') lines.push(t('explorer.reference.total', { value: fmt(value) }));
  return lines;
}

function layerRows(data: AppData): LegendRow[] {
  const rows: LegendRow[] = [];
  if (data.overlays.services) {
    rows.push(
      { symbol: { kind: 'point', fill: '#111111', stroke: '#ffffff' }, label: t('legend.mdsOpen'), count: '' },
      { symbol: { kind: 'point', fill: '#ffffff', stroke: '#111111' }, label: t('legend.mdsPlanned'), count: '' },
    );
  }
  rows.push(
    { symbol: { kind: 'line', color: '#000000', width: 1.5 }, label: t('export.map.departementOutline'), count: '' },
    { symbol: { kind: 'line', color: '#1a1a1a', width: 2 }, label: t('legend.territoryOutline'), count: '' },
    { symbol: { kind: 'line', color: '#4d4d4d', width: 0.8 }, label: t('legend.epciOutline'), count: '' },
  );
  return rows;
}

function features(fc: { features: CodedFeature[] } | null | undefined): CodedFeature[] | undefined {
  return fc?.features;
}

/** Units of the shown level, their class colours (null = missing) and the outlines, or null when not loaded. */
function vectorMap(choropleth: Choropleth, data: AppData): Omit<VectorMap, 'kind'> | null {
  const level = choropleth.level;
  const units =
    level === 'commune'
      ? features(data.communes)
      : level === 'epci'
        ? features(data.overlays.epci)
        : features(data.overlays.territoires);
  if (!units || units.length === 0) return null;
  const colors = choropleth.colors;
  const fills = new Map<string, string | null>();
  for (const [code, cls] of choropleth.classByCode) fills.set(code, cls === null ? null : (colors[cls] ?? null));
  const points = (data.overlays.services?.features ?? [])
    .filter((f) => f.properties.type === 'mds' && f.geometry.type === 'Point')
    .map((f) => {
      const [lon = 0, lat = 0] = f.geometry.type === 'Point' ? f.geometry.coordinates : [];
      return { lon, lat, open: f.properties.statut === 'ouverte' };
    });
  return {
    level,
    units,
    fills,
    outlines: {
      communes: features(data.communes),
      epci: features(data.overlays.epci),
      territoires: features(data.overlays.territoires),
      departement: features(data.overlays.departement),
    },
    points,
  };
}

/**
 * Texts, legend and geometry of the map as it is now (indicator, level, classes, colours), in the
 * UI language; null while the indicator or its classes are not there.
 */
export function mapExportInput(choropleth: Choropleth, data: AppData, date: Date): MapExportInput | null {
  const indicator = choropleth.shownIndicator;
  if (!indicator || !choropleth.breaks) return null;
  const level = choropleth.level;
  const unit = unitLabel(indicator.unit, i18n.lang);
  const label = localize(indicator.label);
  const subtitle = [levelText(choropleth), ...(unit ? [t('legend.unit', { unit })] : []), t('export.map.area')].join(' · ');
  const source = t('source.line', { source: sourceLabel(indicator.source, data.sources, i18n.lang), year: indicator.year });
  return {
    content: {
      lang: i18n.lang,
      texts: {
        title: label,
        subtitle,
        legendTitle: t('legend.title'),
        layersTitle: t('legend.layers'),
        notes: notes(choropleth),
        footer: [source, t('export.map.footer', { date: longDate(date, i18n.lang), app: t('app.title') })],
        north: t('export.map.north'),
      },
      legend: choropleth.legend,
      legendFormat: {
        decimals: indicator.decimals,
        unit: indicator.unit,
        missingLabel: missingLabel(choropleth),
        countLabel: (n) => countLabel(level, n),
      },
      layerRows: layerRows(data),
      description: t('export.map.description', {
        indicator: label,
        level: t(`explorer.legend.level.${level}`).toLowerCase(),
        year: indicator.year,
      }),
    },
    vector: vectorMap(choropleth, data),
    nameParts: [indicator.id, level],
  };
}
