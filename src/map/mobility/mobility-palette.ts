import type { StationService } from '../../domain/mobility/types';

/** Gap status of a commune on the map (feature-state `gap`). */
export type GapStatus = 'gap' | 'out' | 'unknown';

/** Communes in gap stand out (ColorBrewer RdBu red end); the others stay pale so that stations read. */
export const GAP_COLORS: Record<GapStatus, string> = {
  gap: '#d6604d',
  out: '#f7f7f7',
  unknown: '#bdbdbd',
};

/** Stations by service: blues by TER trains on the line, purple for TGV, white for unknown (never "none"). */
export const STATION_COLORS: Record<StationService, string> = {
  tgv: '#54278f',
  high: '#08306b',
  mid: '#2171b5',
  low: '#9ecae1',
  unknown: '#ffffff',
};

export const STATION_ORDER: readonly StationService[] = ['tgv', 'high', 'mid', 'low', 'unknown'];

export const BUS_COLOR = '#01665e';
