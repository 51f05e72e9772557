import type { ExportColumn, ExportTable } from '../../../domain/export/export-table';
import { unitLabel } from '../../../domain/format/unit';
import type { SourceInfo } from '../../../domain/sources/parse-sources';
import { sourceLabel } from '../../../domain/sources/source-label';
import { sourceWithYear } from '../../../domain/compare/source-with-year';
import { i18n, localize, t } from '../../../i18n/i18n.svelte';
import type { Choropleth } from '../../../state/choropleth.svelte';

/**
 * The explorer's data table (the map's indicator at the map's level): code, name, territory,
 * value, class and its bounds; above the commune level also the range of the member communes'
 * values and how many have one. Rows in map order; missing values stay null.
 */
export function unitTableExport(choropleth: Choropleth, sources: ReadonlyMap<string, SourceInfo>): ExportTable | null {
  const indicator = choropleth.shownIndicator;
  if (!indicator) return null;
  const level = choropleth.level;
  const unit = unitLabel(indicator.unit, i18n.lang);
  const ranges = choropleth.legend.classes;
  const above = level !== 'commune';
  const columns: ExportColumn[] = [
    { key: 'code', label: t('export.col.code'), type: 'string' },
    { key: 'nom', label: t('export.col.name'), type: 'string' },
    { key: 'territoire', label: t('export.col.territory'), type: 'string' },
    { key: 'valeur', label: unit ? t('export.col.valueUnit', { unit }) : t('export.col.value'), type: 'number' },
    { key: 'classe', label: t('export.col.class'), type: 'number' },
    { key: 'classe_min', label: t('export.col.classLow'), type: 'number' },
    { key: 'classe_max', label: t('export.col.classHigh'), type: 'number' },
    ...(above
      ? ([
          { key: 'communes_min', label: t('export.col.min'), type: 'number' },
          { key: 'communes_max', label: t('export.col.max'), type: 'number' },
          { key: 'communes_avec_valeur', label: t('export.col.nValues'), type: 'number' },
          { key: 'communes', label: t('export.col.nCommunes'), type: 'number' },
          { key: 'population_avec_valeur', label: t('export.col.popWithValue'), type: 'number' },
          { key: 'population', label: t('export.col.popTotal'), type: 'number' },
        ] as const)
      : []),
  ];
  const rows = choropleth.rows.map((r) => {
    const range = r.classIndex === null ? null : ranges[r.classIndex];
    const spread = above ? choropleth.describe(r.code)?.spread : null;
    return {
      code: r.code,
      nom: r.name,
      territoire: r.territory,
      valeur: r.value,
      classe: r.classIndex === null ? null : r.classIndex + 1,
      classe_min: range?.lo ?? null,
      classe_max: range?.hi ?? null,
      communes_min: spread?.min ?? null,
      communes_max: spread?.max ?? null,
      communes_avec_valeur: spread?.nValues ?? null,
      communes: spread?.nCommunes ?? null,
      population_avec_valeur: spread?.popWithValue ?? null,
      population: spread?.popTotal ?? null,
    };
  });
  const breaks = choropleth.breaks;
  return {
    name: ['donnees', indicator.id, level],
    title: t('explorer.table.caption', {
      indicator: localize(indicator.label),
      year: indicator.year,
      level: t(`explorer.level.${level}`),
    }),
    columns,
    rows,
    sources: [sourceWithYear(sourceLabel(indicator.source, sources, i18n.lang), indicator.year)],
    year: String(indicator.year),
    notes: [
      ...(breaks ? [t('export.note.method', { method: `${t(`explorer.method.${breaks.method}`)}, ${breaks.k}` })] : []),
      ...(above
        ? [indicator.kind === 'ratio' || indicator.kind === 'count' ? t('export.note.aggregation') : t('explorer.legend.notAggregable')]
        : []),
    ],
  };
}
