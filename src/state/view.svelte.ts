import type { BreakMethod } from '../domain/classify/class-breaks';
import type { PaletteId } from '../domain/classify/palette';
import type { GridMeasure } from '../domain/indicators/grid-cells';
import type { IndicatorId, Level } from '../domain/types';

/** The observatory's pages: fragility map, territory comparison, access to the MDS, mobility gaps, open data and SQL. */
export const PAGES = ['carte', 'comparer', 'indice', 'acces', 'mobilite', 'donnees'] as const;
export type Page = (typeof PAGES)[number];

/** Levels a user can map; the département value is shown as a reference, not as a level. */
export const MAP_LEVELS = ['commune', 'epci', 'territoire'] as const satisfies readonly Level[];

/**
 * What the app shows: the page, and on the map the level, indicator and classes.
 * Every field is plain data so that a permalink can serialise it.
 */
export class ViewState {
  page = $state<Page>('carte');
  level = $state<Level>('commune');
  indicatorId = $state<IndicatorId | null>(null);
  /** Requested number of classes, 3…9 (ignored by `manual`: thresholds + 1). */
  classCount = $state(5);
  /** Class-break method. */
  method = $state<BreakMethod>('quantile');
  /** Palette id; null = the indicator's default (sequential, darker = more fragile). */
  palette = $state<PaletteId | null>(null);
  /** Thresholds typed by the user for `manual`, in the indicator's unit, ascending. */
  manualThresholds = $state.raw<readonly number[]>([]);
  /** 1 km Filosofi grid layer: what it shows, or null when hidden. */
  grid = $state<GridMeasure | null>(null);
}
