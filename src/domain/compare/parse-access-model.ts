import { DataFormatError } from '../data-format-error';
import type { Bridge, CrowModel } from '../access/travel-time';
import type { Localized } from '../types';

/** What the fiche says about estimated travel times (`access-model.json`). */
export interface AccessModelInfo {
  method: string;
  model: CrowModel;
  /** Median relative error of the model on the calibration trips (0.084 = 8.4 %). */
  medianRelError: number;
  maeMin: number;
  p90AbsErrorMin: number;
  n: number;
  maxKm: number;
  calibrationSource: string;
  river: [number, number][];
  bridges: Bridge[];
  loireNote: Localized | null;
}

const num = (v: unknown, what: string): number => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new DataFormatError(`${what} : nombre attendu`);
  return v;
};

/**
 * Validates `access-model.json` (see scripts/build-data.ts): method, model coefficients,
 * calibration errors, Loire line and bridges.
 *
 * @throws DataFormatError when the model or the calibration errors are missing
 */
export function parseAccessModel(raw: unknown): AccessModelInfo {
  const f = raw as {
    method?: unknown;
    model?: { interceptMin?: unknown; minPerKm?: unknown };
    calibration?: Record<string, unknown>;
    loire?: { note?: Localized; river?: unknown; bridges?: unknown };
  } | null;
  if (typeof f !== 'object' || f === null || !f.model || !f.calibration) {
    throw new DataFormatError('objet { model, calibration } attendu');
  }
  const c = f.calibration;
  const river = Array.isArray(f.loire?.river) ? (f.loire.river as [number, number][]) : [];
  const bridges = Array.isArray(f.loire?.bridges)
    ? (f.loire.bridges as Bridge[]).filter((b) => Number.isFinite(b?.lon) && Number.isFinite(b?.lat))
    : [];
  const note = f.loire?.note;
  return {
    method: typeof f.method === 'string' ? f.method : 'crow-calibrated',
    model: { interceptMin: num(f.model.interceptMin, 'model.interceptMin'), minPerKm: num(f.model.minPerKm, 'model.minPerKm') },
    medianRelError: num(c.medianRelError, 'calibration.medianRelError'),
    maeMin: num(c.maeMin, 'calibration.maeMin'),
    p90AbsErrorMin: num(c.p90AbsErrorMin, 'calibration.p90AbsErrorMin'),
    n: num(c.n, 'calibration.n'),
    maxKm: num(c.maxKm, 'calibration.maxKm'),
    calibrationSource: typeof c.source === 'string' ? c.source : '',
    river,
    bridges,
    loireNote: note && typeof note.fr === 'string' ? { fr: note.fr, en: typeof note.en === 'string' ? note.en : note.fr } : null,
  };
}
