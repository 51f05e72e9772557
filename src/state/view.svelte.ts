import type { IndicatorId, Level } from '../domain/types';

/** The observatory's pages: the fragility map, the territory comparison, access to the MDS. */
export const PAGES = ['carte', 'comparer', 'acces'] as const;
export type Page = (typeof PAGES)[number];

/** What the app shows: the page, and on the map the level, indicator and classes. */
export class ViewState {
  page = $state<Page>('carte');
  level = $state<Level>('commune');
  indicatorId = $state<IndicatorId | null>(null);
  classCount = $state(5);
}
