import { DataFormatError } from '../data-format-error';

/** How the car times were made (access-model.json), for "≈ 18 min (± 2 min)" and the method note. */
export interface TimeModel {
  method: 'crow-calibrated' | 'osm';
  interceptMin: number;
  minPerKm: number;
  /** Calibration: trips, their max crow km, mean absolute error (min), median relative error (0–1), P90 absolute error (min). */
  n: number;
  maxKm: number;
  maeMin: number;
  medianRelError: number;
  p90AbsErrorMin: number;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Reads the fields of access-model.json the mobility page shows.
 *
 * @throws DataFormatError naming the first bad field
 */
export function parseTimeModel(raw: unknown): TimeModel {
  const o = raw as Record<string, unknown> | null;
  if (typeof o !== 'object' || o === null) throw new DataFormatError('objet JSON attendu');
  if (o.method !== 'crow-calibrated' && o.method !== 'osm') throw new DataFormatError('method');
  const model = o.model as Record<string, unknown> | undefined;
  if (!model || !isNum(model.interceptMin) || !isNum(model.minPerKm)) throw new DataFormatError('model');
  const cal = o.calibration as Record<string, unknown> | undefined;
  for (const k of ['n', 'maxKm', 'maeMin', 'medianRelError', 'p90AbsErrorMin']) {
    if (!cal || !isNum(cal[k])) throw new DataFormatError(`calibration.${k}`);
  }
  const c = cal as Record<string, number>;
  return {
    method: o.method,
    interceptMin: model.interceptMin,
    minPerKm: model.minPerKm,
    n: c.n as number,
    maxKm: c.maxKm as number,
    maeMin: c.maeMin as number,
    medianRelError: c.medianRelError as number,
    p90AbsErrorMin: c.p90AbsErrorMin as number,
  };
}

/**
 * The ± part of a time estimate, minutes: the model's median relative error applied to the value,
 * at least 1 min; null for routed times (method `osm`) or a missing value.
 */
export function estimateErrorMin(minutes: number | null, model: Pick<TimeModel, 'method' | 'medianRelError'>): number | null {
  if (minutes === null || !Number.isFinite(minutes) || model.method !== 'crow-calibrated') return null;
  return Math.max(1, Math.round(minutes * model.medianRelError));
}
