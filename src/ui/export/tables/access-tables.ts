import type { AccessReport } from '../../../data/access-evaluate';
import { DELTA_METRICS, reportDeltas, type DeltaMetric } from '../../../data/access-report-delta';
import type { ExportColumn, ExportTable } from '../../../domain/export/export-table';
import { t } from '../../../i18n/i18n.svelte';
import type { MessageKey } from '../../../i18n/fr';
import { scenarioName, territoryLabel } from '../../access/format';

const METRIC_LABEL: Record<DeltaMetric, MessageKey> = {
  beyond: 'export.col.beyond',
  shareBeyond: 'export.col.shareBeyond',
  meanMinutes: 'export.col.meanMinutes',
  p90Minutes: 'export.col.p90Minutes',
  gini: 'export.col.gini',
  theil: 'export.col.theil',
};

const ACCESS_YEAR = '2021, 2022';
const code = (g: string | null) => g ?? '41';

/** Coverage figures by territory (and the département first), as in the access page's table. */
export function accessFiguresExport(report: AccessReport, caption: string, populationLabel: string): ExportTable {
  const groups = [report.departement, ...report.territoires];
  const columns: ExportColumn[] = [
    { key: 'code', label: t('export.col.code'), type: 'string' },
    { key: 'territoire', label: t('access.figures.territory'), type: 'string' },
    { key: 'population', label: populationLabel, type: 'number' },
    ...DELTA_METRICS.map((m): ExportColumn => ({ key: m, label: t(METRIC_LABEL[m]), type: 'number' })),
  ];
  return {
    name: ['couverture-mds', report.scenario.name],
    title: caption,
    columns,
    rows: groups.map((g) => ({
      code: code(g.territoire),
      territoire: territoryLabel(g.territoire),
      population: g.population,
      beyond: g.beyond,
      shareBeyond: g.shareBeyond,
      meanMinutes: g.meanMinutes,
      p90Minutes: g.p90Minutes,
      gini: g.gini,
      theil: g.theil,
    })),
    sources: [t('export.source.access')],
    year: ACCESS_YEAR,
    notes: [t('export.note.access', { min: report.thresholdMin, method: report.method })],
  };
}

/** Two scenarios side by side: before, after and change of every figure, per territory. */
export function accessDeltaExport(
  before: AccessReport,
  after: AccessReport,
  caption: string,
  beforeLabel: string,
  afterLabel: string,
): ExportTable {
  const deltas = reportDeltas(before, after);
  const columns: ExportColumn[] = [
    { key: 'code', label: t('export.col.code'), type: 'string' },
    { key: 'territoire', label: t('access.figures.territory'), type: 'string' },
    ...DELTA_METRICS.flatMap((m): ExportColumn[] => {
      const metric = t(METRIC_LABEL[m]);
      return [
        { key: `${m}_avant`, label: t('export.col.before', { metric }), type: 'number' },
        { key: `${m}_apres`, label: t('export.col.after', { metric }), type: 'number' },
        { key: `${m}_ecart`, label: t('export.col.delta', { metric }), type: 'number' },
      ];
    }),
  ];
  const rows = deltas.rows.map((r) => {
    const row: Record<string, unknown> = { code: code(r.territoire), territoire: territoryLabel(r.territoire) };
    for (const m of DELTA_METRICS) {
      row[`${m}_avant`] = r[m].before;
      row[`${m}_apres`] = r[m].after;
      row[`${m}_ecart`] = r[m].delta;
    }
    return row;
  });
  return {
    name: ['comparaison-scenarios', before.scenario.name, after.scenario.name],
    title: caption,
    columns,
    rows,
    sources: [t('export.source.access')],
    year: ACCESS_YEAR,
    notes: [
      t('export.note.scenarios', {
        before: `${beforeLabel} (${scenarioName(before.scenario.name)})`,
        after: `${afterLabel} (${scenarioName(after.scenario.name)})`,
      }),
      t('export.note.access', { min: after.thresholdMin, method: after.method }),
    ],
  };
}
