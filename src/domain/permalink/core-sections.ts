import type { Scenario } from '../access/scenario';
import type { Lang } from '../types';
import { accessSection } from './access-section';
import { enumSection } from './enum-section';
import { classificationSection, indicatorSection } from './explorer-sections';
import { cameraSection, ficheSection, selectedCommuneSection } from './place-sections';
import { sortSection } from './sort-section';
import type { SectionValue, UrlSection } from './types';

export const LANGS: readonly Lang[] = ['fr', 'en'];

/** What the app (not the domain) knows: its pages, the access map views, the default scenario. */
export interface CoreOptions<P extends string, V extends string> {
  pages: readonly P[];
  defaultPage: P;
  accessViews: readonly V[];
  defaultAccessView: V;
  defaultScenario: Scenario;
}

/**
 * The observatory's URL sections, in URL order: page first, then what the map shows, where it
 * looks, and the other pages' state. Features add theirs through the registry (`createCodec`).
 */
export function coreSections<P extends string, V extends string>(o: CoreOptions<P, V>) {
  return {
    page: enumSection('page', 'page', o.pages, o.defaultPage),
    lang: enumSection<Lang>('lang', 'lang', LANGS, 'fr', { replace: true }),
    indicator: indicatorSection,
    classification: classificationSection,
    commune: selectedCommuneSection,
    fiche: ficheSection,
    camera: cameraSection,
    sort: sortSection,
    access: accessSection(o.defaultScenario),
    accessView: enumSection('accessView', 'acces-vue', o.accessViews, o.defaultAccessView),
  } satisfies Record<string, UrlSection<unknown>>;
}

export type CoreSections<P extends string, V extends string> = ReturnType<typeof coreSections<P, V>>;

/** The whole state the core sections carry. */
export type CoreState<P extends string, V extends string> = {
  [K in keyof CoreSections<P, V>]: SectionValue<CoreSections<P, V>[K]>;
};
