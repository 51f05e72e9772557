import type { GapRow } from '../../../domain/mobility/gap-ranking';
import type { ExportTable } from '../../../domain/export/export-table';
import { t } from '../../../i18n/i18n.svelte';
import type { MessageKey } from '../../../i18n/fr';

/**
 * The mobility gap list, with the same columns and labels as its CSV (ui/mobility/GapTable.svelte):
 * shares in %, times in minutes, distance in km; `far` lists the services above their threshold.
 *
 * @param notes the rule in words and the estimate caveat, as in the CSV
 */
export function gapTableExport(rows: readonly GapRow[], notes: readonly string[]): ExportTable {
  const minutes = (service: string) => t('mobility.csv.minutes', { service: t(`mobility.service.${service}` as MessageKey) });
  return {
    name: ['ecarts-mobilite'],
    title: t('mobility.list.title'),
    columns: [
      { key: 'code', label: t('mobility.csv.code'), type: 'string' },
      { key: 'nom', label: t('mobility.col.commune'), type: 'string' },
      { key: 'territoire', label: t('mobility.totals.territory'), type: 'string' },
      { key: 'population', label: t('mobility.col.populationLong'), type: 'number' },
      { key: 'age75Pct', label: `${t('mobility.col.age75Long')} (%)`, type: 'number' },
      { key: 'singleParentPct', label: `${t('mobility.col.singleParentLong')} (%)`, type: 'number' },
      { key: 'unemploymentPct', label: `${t('mobility.col.unemploymentLong')} (%)`, type: 'number' },
      { key: 'mdsMin', label: minutes('mds'), type: 'number' },
      { key: 'franceServicesMin', label: minutes('franceServices'), type: 'number' },
      { key: 'posteMin', label: minutes('poste'), type: 'number' },
      { key: 'stationKm', label: t('mobility.col.stationLong'), type: 'number' },
      { key: 'far', label: t('mobility.csv.far'), type: 'string' },
    ],
    rows: rows.map((r) => ({ ...r, far: r.far.map((s) => t(`mobility.service.${s}` as MessageKey)).join(' + ') })),
    sources: [t('mobility.csv.sourceTimes'), t('mobility.csv.sourceCensus'), t('mobility.csv.sourceRail')],
    year: '2022, 2024',
    notes,
  };
}
