import type { FragilityDirection, IndexIndicator, NormalisationMethod } from '../composite/types';
import { FRAGILITY_DIRECTIONS, NORMALISATION_METHODS } from '../composite/types';
import { notice } from './notice';
import type { PermalinkNotice, UrlSection } from './types';
import { decodeEnum, decodeNumber, roundTo, splitList } from './value-codecs';

/** The part of a composite index definition a link carries (no label, date or uploaded column). */
export interface CompositeLink {
  indicators: IndexIndicator[];
  normalisation: NormalisationMethod;
  /** Share of the total weight a commune must have to be ranked, one of `coverages`. */
  minCoverage: number;
}

export interface CompositeOptions {
  /** Weight bounds of the page's sliders. */
  weightRange: { min: number; max: number };
  /** Minimum coverages the page offers. */
  coverages: readonly number[];
  /** Normalisation when the link gives none. */
  defaultNormalisation: NormalisationMethod;
  /** At most this many indicators in an index. */
  maxIndicators?: number;
}

const K = { indicators: 'indice', normalisation: 'indice-norm', coverage: 'indice-couverture' } as const;
const SIGN: Record<FragilityDirection, string> = { 'higher-more-fragile': '+', 'higher-less-fragile': '-' };

/**
 * The composite index (page "Indice composite"): `indice=part-75-plus:2:+,revenu-median:1:-`
 * (catalogue id, weight, `+` higher = more fragile / `-` higher = less fragile), `indice-norm=rank`,
 * `indice-couverture=0.75`. Null = the page's default preset. An indicator that is not in the
 * catalogue (an uploaded column cannot travel in a link), a weight out of range or a repeated id
 * is dropped with a notice; an index left without indicator falls back to the default.
 *
 * Ready for the composite page to register (`PermalinkSync.register`); not bound by the core.
 */
export function compositeSection(o: CompositeOptions): UrlSection<CompositeLink | null> {
  const max = o.maxIndicators ?? 20;
  return {
    id: 'composite',
    keys: Object.values(K),
    needs: ['indicators'],
    replaceKeys: [K.indicators],
    defaultValue: null,
    encode(v) {
      if (v === null) return {};
      const out: Record<string, string> = {
        [K.indicators]: v.indicators.map((d) => `${d.id}:${roundTo(d.weight, 2)}:${SIGN[d.direction]}`).join(','),
      };
      if (v.normalisation !== o.defaultNormalisation) out[K.normalisation] = v.normalisation;
      if (v.minCoverage !== 1) out[K.coverage] = String(v.minCoverage);
      return out;
    },
    decode(params, ctx) {
      const notices: PermalinkNotice[] = [];
      const raw = params.get(K.indicators);
      const indicators: IndexIndicator[] = [];
      for (const item of raw === undefined ? [] : splitList(raw)) {
        const [id = '', w = '', sign = '', ...rest] = item.split(':');
        const direction = FRAGILITY_DIRECTIONS.find((d) => SIGN[d] === sign);
        const weight = decodeNumber(K.indicators, w, []);
        if (!ctx.indicatorIds.has(id)) notices.push(notice('unknown-id', K.indicators, id));
        else if (rest.length > 0 || !direction || weight === null) notices.push(notice('invalid', K.indicators, item));
        else if (weight < o.weightRange.min || weight > o.weightRange.max) {
          notices.push(notice('out-of-range', K.indicators, item, `${o.weightRange.min}–${o.weightRange.max}`));
        } else if (indicators.some((d) => d.id === id) || indicators.length >= max) notices.push(notice('conflict', K.indicators, id));
        else indicators.push({ id, weight: roundTo(weight, 2), direction });
      }
      const rawNorm = params.get(K.normalisation);
      const normalisation = (rawNorm === undefined ? null : decodeEnum(K.normalisation, rawNorm, NORMALISATION_METHODS, notices)) ?? o.defaultNormalisation;
      let minCoverage = 1;
      const rawCoverage = params.get(K.coverage);
      if (rawCoverage !== undefined) {
        const c = decodeNumber(K.coverage, rawCoverage, notices);
        if (c !== null && o.coverages.includes(c)) minCoverage = c;
        else if (c !== null) notices.push(notice('out-of-range', K.coverage, rawCoverage, o.coverages.join(', ')));
      }
      if (indicators.length === 0) {
        if (raw === undefined && (rawNorm !== undefined || rawCoverage !== undefined)) notices.push(notice('conflict', K.normalisation, rawNorm ?? rawCoverage ?? ''));
        return { value: null, notices };
      }
      return { value: { indicators, normalisation, minCoverage }, notices };
    },
  };
}
