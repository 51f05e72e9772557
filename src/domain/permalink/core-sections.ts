import type { Scenario } from '../access/scenario';
import { accessSection } from './access-section';
import { enumSection } from './enum-section';
import { classificationSection, indicatorSection } from './explorer-sections';
import { langSection } from './lang-section';
import { cameraSection, ficheSection, selectedCommuneSection } from './place-sections';
import { sortSection } from './sort-section';
import type { SectionValue, UrlSection } from './types';

export { LANGS } from './lang-section';

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
    lang: langSection,
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
