import { formatNumber } from '../../domain/format/format-number';
import { estimateErrorMin, type TimeModel } from '../../domain/mobility/parse-time-model';
import { i18n, t } from '../../i18n/i18n.svelte';
import type { MessageKey } from '../../i18n/fr';

/** Display helpers of the mobility page (reactive to the UI language). Missing values show "—". */
export const fmt = (x: number | null | undefined, decimals = 0) => formatNumber(x, { lang: i18n.lang, decimals });

/** A value already in % (12.3 → "12,3 %"). */
export const fmtPct = (x: number | null | undefined, decimals = 1) => formatNumber(x, { lang: i18n.lang, decimals, unit: '%' });

export const fmtKm = (x: number | null | undefined, decimals = 1) => formatNumber(x, { lang: i18n.lang, decimals, unit: 'km' });

/**
 * An estimated time as two parts: "≈ 18 min" and "± 2 min" (the model's median relative error;
 * no ± part for routed times). Missing → "—".
 */
export function minutesParts(minutes: number | null, model: TimeModel | null): { main: string; err: string | null } {
  if (minutes === null || !Number.isFinite(minutes)) return { main: fmt(null), err: null };
  const err = model ? estimateErrorMin(minutes, model) : null;
  if (err === null) return { main: t('mobility.fmt.min', { value: fmt(minutes) }), err: null };
  return { main: t('mobility.fmt.approx', { value: fmt(minutes) }), err: t('mobility.fmt.err', { err: fmt(err) }) };
}

export const territoryLabel = (id: string | null) =>
  id === null ? t('mobility.territory.departement') : t(`mobility.territory.${id}` as MessageKey);
