import { K_MAX, K_MIN, type BreakMethod } from '../classify/class-breaks';
import { PALETTES, type PaletteId } from '../classify/palette';
import type { GridMeasure } from '../indicators/grid-cells';
import type { IndicatorId } from '../types';
import { PERMALINK_LIMITS } from './limits';
import { notice } from './notice';
import type { PermalinkNotice, UrlSection } from './types';
import { decodeEnum, decodeInteger, decodeNumber, splitList } from './value-codecs';

/** Levels a map can show (the département is a reference value, not a level). */
export type PermalinkLevel = 'commune' | 'epci' | 'territoire';
export const PERMALINK_LEVELS: readonly PermalinkLevel[] = ['commune', 'epci', 'territoire'];
export const BREAK_METHODS: readonly BreakMethod[] = ['quantile', 'jenks', 'equal-interval', 'std-dev', 'manual'];
export const GRID_MEASURES: readonly GridMeasure[] = ['population', 'niveau-vie'];
const PALETTE_IDS: readonly PaletteId[] = PALETTES.map((p) => p.id);
/** A threshold beyond this (in the indicator's unit) is not a real bound: populations stay < 1e6. */
const THRESHOLD_MAX_ABS = 1e12;

const INDICATOR = 'indicateur';

/** The indicator on the map: `indicateur=taux-pauvrete`; null = the catalogue's default. */
export const indicatorSection: UrlSection<IndicatorId | null> = {
  id: 'indicator',
  keys: [INDICATOR],
  needs: ['indicators'],
  defaultValue: null,
  encode: (id) => (id === null ? {} : { [INDICATOR]: id }),
  decode(params, ctx) {
    const notices: PermalinkNotice[] = [];
    const raw = params.get(INDICATOR);
    if (raw === undefined) return { value: null, notices };
    const id = raw.trim();
    if (id.length > 64 || !ctx.indicatorIds.has(id)) {
      notices.push(notice('unknown-id', INDICATOR, raw));
      return { value: null, notices };
    }
    return { value: id, notices };
  },
};

/** How the map classifies the indicator (ViewState fields other than page and indicator). */
export interface Classification {
  level: PermalinkLevel;
  method: BreakMethod;
  /** Requested classes, K_MIN…K_MAX. */
  classCount: number;
  /** null = the indicator's default palette. */
  palette: PaletteId | null;
  /** Manual thresholds, ascending; kept when another method is chosen (ViewState keeps them). */
  manualThresholds: readonly number[];
  grid: GridMeasure | null;
}

export const DEFAULT_CLASSIFICATION: Classification = {
  level: 'commune',
  method: 'quantile',
  classCount: 5,
  palette: null,
  manualThresholds: [],
  grid: null,
};

const K = { level: 'niveau', method: 'methode', classes: 'classes', palette: 'palette', thresholds: 'bornes', grid: 'grille' } as const;

function decodeThresholds(raw: string, notices: PermalinkNotice[]): number[] | null {
  const items = splitList(raw);
  if (items.length < K_MIN - 1 || items.length > K_MAX - 1) {
    notices.push(notice('out-of-range', K.thresholds, raw, `${K_MIN - 1}–${K_MAX - 1}`));
    return null;
  }
  const values: number[] = [];
  for (const item of items) {
    const n = decodeNumber(K.thresholds, item, notices);
    if (n === null) return null;
    if (Math.abs(n) > THRESHOLD_MAX_ABS) {
      notices.push(notice('out-of-range', K.thresholds, item, `±${THRESHOLD_MAX_ABS.toExponential()}`));
      return null;
    }
    if (values.length > 0 && !(n > (values[values.length - 1] as number))) {
      notices.push(notice('invalid', K.thresholds, raw));
      return null;
    }
    values.push(n);
  }
  return values;
}

/** `niveau`, `methode`, `classes`, `palette`, `bornes` (manual thresholds, `10,12.5,20`), `grille`. */
export const classificationSection: UrlSection<Classification> = {
  id: 'classification',
  keys: Object.values(K),
  defaultValue: DEFAULT_CLASSIFICATION,
  encode(v) {
    const d = DEFAULT_CLASSIFICATION;
    const out: Record<string, string> = {};
    if (v.level !== d.level) out[K.level] = v.level;
    if (v.method !== d.method) out[K.method] = v.method;
    if (v.classCount !== d.classCount) out[K.classes] = String(v.classCount);
    if (v.palette !== null) out[K.palette] = v.palette;
    if (v.manualThresholds.length > 0) out[K.thresholds] = v.manualThresholds.map(String).join(',');
    if (v.grid !== null) out[K.grid] = v.grid;
    return out;
  },
  decode(params) {
    const notices: PermalinkNotice[] = [];
    const d = DEFAULT_CLASSIFICATION;
    const get = <T>(key: string, read: (raw: string) => T | null, fallback: T): T => {
      const raw = params.get(key);
      return raw === undefined ? fallback : (read(raw) ?? fallback);
    };
    const level = get(K.level, (r) => decodeEnum(K.level, r, PERMALINK_LEVELS, notices), d.level);
    let method = get(K.method, (r) => decodeEnum(K.method, r, BREAK_METHODS, notices), d.method);
    const classCount = get(K.classes, (r) => decodeInteger(K.classes, r, [K_MIN, K_MAX], notices), d.classCount);
    const palette = get<PaletteId | null>(K.palette, (r) => decodeEnum(K.palette, r, PALETTE_IDS, notices), null);
    const manualThresholds = get<readonly number[]>(K.thresholds, (r) => decodeThresholds(r, notices), []);
    const grid = get<GridMeasure | null>(K.grid, (r) => decodeEnum(K.grid, r, GRID_MEASURES, notices), null);
    if (method === 'manual' && manualThresholds.length === 0) {
      // manual classes without thresholds would draw nothing meaningful
      notices.push(notice('conflict', K.method, method));
      method = d.method;
    }
    return { value: { level, method, classCount, palette, manualThresholds, grid }, notices };
  },
};
