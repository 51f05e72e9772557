import { serialiseIndexDefinition } from '../../domain/composite/index-definition-json';
import type { ExportColumn, ExportTable } from '../../domain/export/export-table';
import { sourceWithYear } from '../../domain/compare/source-with-year';
import type { SourceInfo } from '../../domain/sources/parse-sources';
import { sourceLabel } from '../../domain/sources/source-label';
import { i18n, t } from '../../i18n/i18n.svelte';
import type { MessageKey } from '../../i18n/fr';
import type { CompositeState } from '../../state/composite.svelte';
import type { UploadsState } from '../../state/uploads.svelte';
import { fmtShare, slug } from './format';

export interface IndexTableInput {
  composite: CompositeState;
  uploads: UploadsState;
  sources: ReadonlyMap<string, SourceInfo>;
  /** Codes and names of every commune (commune-stats.json order). */
  codes: readonly string[];
  names: readonly string[];
  territoryName: (code: string | null) => string;
  indicatorName: (id: string) => string;
  /** ISO date written into the definition. */
  createdAt: string;
}

const NORMALISATION_KEY = { 'z-score': 'zscore', 'min-max': 'minmax', rank: 'rank' } as const;

/**
 * The index as a table to download: every commune (ranked ones first, then those not ranked with
 * what they lack), its score, rank, map class and, after a stability test, its rank interval.
 * The definition travels with the data: its JSON (the same text as the exported definition file)
 * and a readable summary go into the `#` lines at the top of the CSV (or the Parquet metadata).
 */
export function indexTableExport(input: IndexTableInput): ExportTable | null {
  const { composite, uploads, sources, codes, names, territoryName, indicatorName, createdAt } = input;
  const result = composite.result;
  if (!result) return null;
  const definition = composite.definition(createdAt, i18n.lang);
  const stability = composite.stability;
  const byCode = new Map((stability?.communes ?? []).flatMap((c) => (c ? [[c.code, c] as const] : [])));
  const classes = composite.mapLayer.kind === 'index' ? composite.mapLayer.classByCode : null;
  const excluded = new Map(result.excluded.map((e) => [e.code, e]));
  const columns: ExportColumn[] = [
    { key: 'rang', label: t('composite.csv.rank'), type: 'number' },
    { key: 'code', label: t('composite.csv.code'), type: 'string' },
    { key: 'nom', label: t('composite.col.commune'), type: 'string' },
    { key: 'territoire', label: t('composite.col.territory'), type: 'string' },
    { key: 'score', label: t('composite.col.score'), type: 'number' },
    { key: 'classe', label: t('composite.csv.class'), type: 'number' },
    ...(stability
      ? ([
          { key: 'rang_p05', label: t('composite.csv.p05'), type: 'number' },
          { key: 'rang_median', label: t('composite.csv.median'), type: 'number' },
          { key: 'rang_p95', label: t('composite.csv.p95'), type: 'number' },
          { key: 'instable', label: t('composite.csv.unstable'), type: 'string' },
        ] as const)
      : []),
    { key: 'non_classee', label: t('composite.csv.excluded'), type: 'string' },
  ];
  const rows = codes.map((code, i) => {
    const s = byCode.get(code);
    const cls = classes?.get(code);
    const ex = excluded.get(code);
    return {
      rang: result.ranks[i] ?? null,
      code,
      nom: names[i] ?? code,
      territoire: territoryName(composite.territoryOf(code)),
      score: result.scores[i] ?? null,
      classe: cls == null ? null : cls + 1,
      rang_p05: s?.p05 ?? null,
      rang_median: s?.median ?? null,
      rang_p95: s?.p95 ?? null,
      instable: s ? (s.unstable ? t('composite.csv.yes') : t('composite.csv.no')) : null,
      non_classee: ex ? t('composite.csv.missing', { missing: ex.missing.map(indicatorName).join(', ') }) : null,
    };
  });
  rows.sort((a, b) => (a.rang ?? Infinity) - (b.rang ?? Infinity) || a.nom.localeCompare(b.nom, 'fr'));

  const catalogSources = new Map<string, string>();
  for (const d of definition.indicators) {
    const ind = composite.catalogById.get(d.id);
    if (ind) {
      const label = sourceWithYear(sourceLabel(ind.source, sources, i18n.lang), ind.year);
      catalogSources.set(label, label);
    }
  }
  const uploadSources = [
    ...new Set(definition.indicators.flatMap((d) => (uploads.byId.has(d.id) ? [uploads.byId.get(d.id)?.source ?? ''] : []))),
  ].map((file) => t('composite.csv.uploadSource', { file }));
  const years = [
    ...new Set(definition.indicators.flatMap((d) => (composite.catalogById.has(d.id) ? [composite.catalogById.get(d.id)?.year ?? 0] : []))),
  ].sort();

  const weights = definition.indicators
    .map((d) =>
      t('composite.csv.indicatorLine', {
        name: indicatorName(d.id),
        weight: String(d.weight),
        direction: d.direction === 'higher-more-fragile' ? t('composite.direction.more') : t('composite.direction.less'),
      }),
    )
    .join(i18n.lang === 'fr' ? ' ; ' : '; ');
  const label = definition.label ?? t('composite.label.placeholder');
  return {
    name: ['indice', slug(label)],
    title: t('composite.csv.title', { label }),
    columns,
    rows,
    sources: [...catalogSources.values(), ...uploadSources],
    year: years.join(', ') || '—',
    notes: [
      t('composite.csv.indicators', { list: weights }),
      t('composite.csv.method', {
        normalisation: t(`composite.normalisation.${NORMALISATION_KEY[definition.normalisation]}` as MessageKey),
        coverage: fmtShare(definition.minCoverage),
      }),
      t('composite.csv.scoreNote'),
      ...(stability
        ? [t('composite.csv.stability', { draws: String(stability.draws), p: fmtShare(stability.p), seed: String(stability.seed) })]
        : []),
      ...(composite.dataVersion ? [t('composite.csv.dataVersion', { version: composite.dataVersion })] : []),
      t('composite.csv.definition', { json: JSON.stringify(JSON.parse(serialiseIndexDefinition(definition))) }),
    ],
  };
}
