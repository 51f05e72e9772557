import { localize, t } from '../../i18n/i18n.svelte';
import type { Indicator } from '../../domain/types';
import type { Page } from '../../state/view.svelte';
import { scenarioName as shownName } from '../access/format';

/** Pages drawn on the map; a slide of another page shows the map of its indicator. */
export const MAP_PAGES: readonly Page[] = ['carte', 'acces', 'mobilite'];

/**
 * Title of a view for a slide: the indicator on the map pages, the scenario on the access page, the
 * page name otherwise. Reactive to the UI language.
 */
export function viewTitle(page: Page, indicator: Indicator | null, scenarioName: string): string {
  if (page === 'acces') return t('present.accessTitle', { name: shownName(scenarioName) });
  if (page === 'mobilite') return t('nav.mobilite');
  return indicator ? localize(indicator.label) : t('app.title');
}
