import type { MobilityStop, StationService } from './types';

/** Class limits on TER trains per weekday on the station's line(s) (an upper bound of those stopping). */
export const STATION_SERVICE_LIMITS = { mid: 30, high: 50 } as const;

/**
 * Map class of a station's rail service: `tgv` where TGV stop (Vendôme–Villiers), else by TER
 * trains on the line per weekday: `high` ≥ 50, `mid` 30–49, `low` < 30, `unknown` when the line is
 * not in the TER extract (never read as 0).
 */
export function stationService(s: Pick<MobilityStop, 'trainsLigne' | 'tgv'>): StationService {
  if (s.tgv !== null && s.tgv > 0) return 'tgv';
  if (s.trainsLigne === null) return 'unknown';
  if (s.trainsLigne >= STATION_SERVICE_LIMITS.high) return 'high';
  if (s.trainsLigne >= STATION_SERVICE_LIMITS.mid) return 'mid';
  return 'low';
}
