import { competitionRank } from '../../../domain/compare/competition-rank';
import { isAggregable, ratioMeaningful } from '../../../domain/compare/key-indicators';
import type { IndicatorLevels, LevelRow } from '../../../domain/compare/level-row';
import type { Territory } from '../../../domain/compare/parse-territories';
import { sourceWithYear } from '../../../domain/compare/source-with-year';
import { territorySpread } from '../../../domain/compare/territory-spread';
import type { ExportColumn, ExportTable } from '../../../domain/export/export-table';
import { unitLabel } from '../../../domain/format/unit';
import type { SourceInfo } from '../../../domain/sources/parse-sources';
import { sourceLabel } from '../../../domain/sources/source-label';
import type { CodeInsee, Indicator } from '../../../domain/types';
import { i18n, localize, t } from '../../../i18n/i18n.svelte';

type Sources = ReadonlyMap<string, SourceInfo>;

const sourceOf = (ind: Indicator, sources: Sources) => sourceWithYear(sourceLabel(ind.source, sources, i18n.lang), ind.year);
const valueLabel = (ind: Indicator) => (ind.unit ? t('export.col.valueUnit', { unit: unitLabel(ind.unit, i18n.lang) }) : t('export.col.value'));

/** The commune ranking of the comparison page: rank (1 = highest, ties share it), commune, territory, value. */
export function rankingExport(
  indicator: Indicator,
  rows: readonly LevelRow[],
  nameOf: (code: CodeInsee) => string,
  territoryOf: (code: CodeInsee) => string,
  sources: Sources,
): ExportTable {
  const ranks = competitionRank(rows.map((r) => r.value));
  const ranked = rows
    .map((r, i) => ({ rang: ranks[i] ?? null, code: r.code, commune: nameOf(r.code), territoire: territoryOf(r.code), valeur: r.value }))
    .sort((a, b) => (a.rang ?? Infinity) - (b.rang ?? Infinity) || a.code.localeCompare(b.code));
  return {
    name: ['classement', indicator.id],
    title: t('compare.rankingCaption', { indicator: localize(indicator.label), year: indicator.year }),
    columns: [
      { key: 'rang', label: t('export.col.rank'), type: 'number' },
      { key: 'code', label: t('export.col.code'), type: 'string' },
      { key: 'commune', label: t('compare.commune'), type: 'string' },
      { key: 'territoire', label: t('compare.territory'), type: 'string' },
      { key: 'valeur', label: valueLabel(indicator), type: 'number' },
    ],
    rows: ranked,
    sources: [sourceOf(indicator, sources)],
    year: String(indicator.year),
  };
}

/** One row per territory and the département: value, range of the member communes, population. */
export function compareValuesExport(
  indicator: Indicator,
  units: readonly { code: string; label: string; row: LevelRow | null }[],
  sources: Sources,
): ExportTable {
  const aggregable = isAggregable(indicator);
  return {
    name: ['territoires', indicator.id],
    title: t('compare.valuesCaption', { indicator: localize(indicator.short), year: indicator.year }),
    columns: [
      { key: 'code', label: t('export.col.code'), type: 'string' },
      { key: 'territoire', label: t('compare.unit'), type: 'string' },
      { key: 'valeur', label: valueLabel(indicator), type: 'number' },
      { key: 'communes_min', label: t('export.col.min'), type: 'number' },
      { key: 'communes_max', label: t('export.col.max'), type: 'number' },
      { key: 'population', label: t('compare.population'), type: 'number' },
    ],
    rows: units.map(({ code, label, row }) => ({
      code,
      territoire: label,
      valeur: aggregable ? (row?.value ?? null) : null,
      communes_min: row?.min ?? null,
      communes_max: row?.max ?? null,
      population: row?.pop_total ?? null,
    })),
    sources: [sourceOf(indicator, sources)],
    year: String(indicator.year),
    notes: aggregable ? [] : [t('compare.notApplicableRange')],
  };
}

/**
 * The key-indicator panel: one row per indicator, value and commune range per territory and for
 * the département, gap and ratio between territories (empty when not applicable).
 */
export function keyPanelExport(
  indicators: readonly Indicator[],
  levelsOf: (ind: Indicator) => IndicatorLevels | null,
  territories: readonly Territory[],
  sources: Sources,
): ExportTable {
  const units = [...territories.map((tr) => ({ code: tr.code, label: localize(tr.label) })), { code: '41', label: t('compare.departement') }];
  const columns: ExportColumn[] = [
    { key: 'indicateur', label: t('export.col.indicatorId'), type: 'string' },
    { key: 'libelle', label: t('export.col.indicator'), type: 'string' },
    { key: 'unite', label: t('export.col.unit'), type: 'string' },
    { key: 'annee', label: t('export.col.year'), type: 'number' },
    { key: 'source', label: t('export.col.source'), type: 'string' },
    ...units.flatMap((u): ExportColumn[] => [
      { key: `${u.code}_valeur`, label: t('export.col.unitValue', { unit: u.label }), type: 'number' },
      { key: `${u.code}_min`, label: t('export.col.unitMin', { unit: u.label }), type: 'number' },
      { key: `${u.code}_max`, label: t('export.col.unitMax', { unit: u.label }), type: 'number' },
    ]),
    { key: 'ecart', label: t('export.col.gap'), type: 'number' },
    { key: 'rapport', label: t('export.col.ratio'), type: 'number' },
  ];
  const rows = indicators.map((ind) => {
    const levels = levelsOf(ind);
    const aggregable = isAggregable(ind);
    const rowOf = (code: string) =>
      (code === '41' ? levels?.departement[0] : levels?.territoire.find((r) => r.code === code)) ?? null;
    const row: Record<string, unknown> = {
      indicateur: ind.id,
      libelle: localize(ind.label),
      unite: unitLabel(ind.unit, i18n.lang),
      annee: ind.year,
      source: sourceLabel(ind.source, sources, i18n.lang),
    };
    for (const u of units) {
      const r = rowOf(u.code);
      row[`${u.code}_valeur`] = aggregable ? (r?.value ?? null) : null;
      row[`${u.code}_min`] = r?.min ?? null;
      row[`${u.code}_max`] = r?.max ?? null;
    }
    const spread = aggregable
      ? territorySpread(territories.map((tr) => rowOf(tr.code)?.value ?? null), ratioMeaningful(ind))
      : null;
    row.ecart = spread?.gap ?? null;
    row.rapport = spread?.ratio ?? null;
    return row;
  });
  const sourceLines = [...new Set(indicators.map((ind) => sourceOf(ind, sources)))];
  const years = [...new Set(indicators.map((ind) => ind.year))].sort((a, b) => a - b);
  return {
    name: ['indicateurs-cles-territoires'],
    title: t('compare.panelCaption'),
    columns,
    rows,
    sources: sourceLines,
    year: years.join(', '),
    notes: [t('compare.footnoteRange'), t('compare.ratioNote')],
  };
}
