import { formatNumber } from '../../domain/format/format-number';
import { i18n, t } from '../../i18n/i18n.svelte';
import type { MessageKey } from '../../i18n/fr';
import { planScenario, type FragilityKey, type WeightKey } from '../../data/access-evaluate';
import { DEFAULT_SCENARIO_NAME } from '../../state/access.svelte';

/** Display helpers of the access page (reactive to the UI language). */
export const fmt = (x: number | null | undefined, decimals = 0) => formatNumber(x, { lang: i18n.lang, decimals });

export const fmtPct = (share: number | null | undefined, decimals = 1) =>
  formatNumber(share === null || share === undefined ? null : share * 100, { lang: i18n.lang, decimals, unit: '%' });

/**
 * Minutes as an estimate with the model's median relative error: "≈ 24 min (± 2 min)". Routed
 * times (`relError` null) are shown without the ± part.
 */
export function fmtMinutes(minutes: number | null | undefined, relError: number | null): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return fmt(null);
  if (relError === null) return t('access.fmt.min', { value: fmt(minutes) });
  return t('access.fmt.approx', { value: fmt(minutes), err: fmt(Math.max(1, Math.round(minutes * relError))) });
}

/** The same estimate in two parts, for table cells: "≈ 24 min" and "± 2 min" (null part for routed times). */
export function minutesParts(minutes: number | null | undefined, relError: number | null): { main: string; err: string | null } {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return { main: fmt(null), err: null };
  if (relError === null) return { main: t('access.fmt.min', { value: fmt(minutes) }), err: null };
  return {
    main: t('access.fmt.approxMain', { value: fmt(minutes) }),
    err: t('access.fmt.err', { err: fmt(Math.max(1, Math.round(minutes * relError))) }),
  };
}

/** Name the département's plan gets when none is given (`planScenario()`): French. */
const PLAN_NAME = planScenario().name;

/**
 * A scenario's name as shown: the names the app gives by itself (the starting scenario, the
 * département's plan) in the UI language; a name the user typed or imported as it is.
 */
export function scenarioName(name: string): string {
  if (name === DEFAULT_SCENARIO_NAME) return t('access.scenario.defaultName');
  if (name === PLAN_NAME) return t('access.library.plan');
  return name;
}

/** A signed change: "+1 234", "−0,012", "0". */
export function fmtDelta(delta: number | null, decimals = 0, unit = ''): string {
  if (delta === null || !Number.isFinite(delta)) return fmt(null);
  const body = formatNumber(Math.abs(delta), { lang: i18n.lang, decimals, unit });
  const zero = Math.abs(delta) < 0.5 * 10 ** -decimals;
  return zero ? formatNumber(0, { lang: i18n.lang, decimals, unit }) : `${delta > 0 ? '+' : '−'}${body}`;
}

export const territoryLabel = (g: string | null) =>
  t((g === null ? 'access.territory.departement' : `access.territory.${g}`) as MessageKey);

export const weightLabel = (w: WeightKey | FragilityKey) => t(`access.weight.${w}` as MessageKey);
