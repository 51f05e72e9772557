import { DEFAULT_THRESHOLD_MIN, planScenario } from '../data/access-evaluate';
import type { Scenario } from '../domain/access/scenario';
import { coreSections, type CoreState } from '../domain/permalink/core-sections';
import type { PermalinkContext } from '../domain/permalink/types';
import { i18n } from '../i18n/i18n.svelte';
import { DEFAULT_SCENARIO_NAME, type AccessMapView, type AccessState } from './access.svelte';
import { rememberedLang } from './lang-preference';
import type { AppData } from './app-data.svelte';
import type { CompareState } from './compare.svelte';
import type { FicheState } from './fiche.svelte';
import type { MapCamera } from './permalink-camera.svelte';
import type { SectionBinding } from './permalink.svelte';
import type { Selection } from './selection.svelte';
import { PAGES, type Page, type ViewState } from './view.svelte';

export const ACCESS_VIEWS: readonly AccessMapView[] = ['time', 'catchment-cells', 'catchment-communes', 'fca'];

/** The access page's starting scenario (AccessState's initial value). */
export const defaultScenario = (): Scenario => planScenario(DEFAULT_THRESHOLD_MIN, DEFAULT_SCENARIO_NAME);

export const APP_SECTIONS = coreSections<Page, AccessMapView>({
  pages: PAGES,
  defaultPage: 'carte',
  accessViews: ACCESS_VIEWS,
  defaultAccessView: 'time',
  defaultScenario: defaultScenario(),
});

export type AppLinkState = CoreState<Page, AccessMapView>;

export interface AppParts {
  data: AppData;
  view: ViewState;
  selection: Selection;
  fiche: FicheState;
  compare: CompareState;
  access: AccessState;
  camera: MapCamera;
  /** Selects a commune as the keyboard does (App's selectByKeyboard: anchors its tooltip). */
  select: (code: string | null) => void;
}

const sameScenario = (a: Scenario, b: Scenario) => JSON.stringify(a) === JSON.stringify(b);

/** The observatory's state, section by section: how each is read from and put into the app. */
export function appBindings(p: AppParts): SectionBinding<unknown>[] {
  const s = APP_SECTIONS;
  const firstPaintDone = () => p.data.firstPaintPhase === 'done';
  const bindings: { [K in keyof AppLinkState]: SectionBinding<AppLinkState[K]> } = {
    page: { section: s.page, read: () => p.view.page, apply: (v) => (p.view.page = v) },
    // a link without `lang` keeps the language the reader chose on an earlier visit
    lang: { section: s.lang, read: () => i18n.lang, apply: (v) => (i18n.lang = v ?? rememberedLang() ?? 'fr') },
    indicator: {
      section: s.indicator,
      ready: firstPaintDone,
      read: () => p.view.indicatorId,
      apply: (v) => (p.view.indicatorId = v),
    },
    classification: {
      section: s.classification,
      read: () => ({
        level: p.view.level === 'departement' ? 'commune' : p.view.level,
        method: p.view.method,
        classCount: p.view.classCount,
        palette: p.view.palette,
        manualThresholds: p.view.manualThresholds,
        grid: p.view.grid,
      }),
      apply(v) {
        p.view.level = v.level;
        p.view.method = v.method;
        p.view.classCount = v.classCount;
        p.view.palette = v.palette;
        p.view.manualThresholds = v.manualThresholds;
        p.view.grid = v.grid;
      },
    },
    commune: {
      section: s.commune,
      ready: firstPaintDone,
      read: () => p.selection.selected?.code ?? null,
      apply: (v) => {
        if ((p.selection.selected?.code ?? null) !== v) p.select(v);
      },
    },
    // The fiche alone (not App's openFiche, which also selects the commune and switches to the map
    // page): the link's `commune` and `page` say those, and may be applied before the fiche.
    fiche: {
      section: s.fiche,
      ready: firstPaintDone,
      read: () => p.fiche.code,
      apply: (v) => (v === null ? p.fiche.close() : p.fiche.open(v)),
    },
    camera: {
      section: s.camera,
      ready: () => p.camera.attached,
      read: () => p.camera.value,
      apply: (v) => p.camera.apply(v),
    },
    sort: {
      section: s.sort,
      read: () => ({ key: p.compare.sortKey, direction: p.compare.sortDirection }),
      apply(v) {
        p.compare.sortKey = v.key;
        p.compare.sortDirection = v.direction;
      },
    },
    access: {
      section: s.access,
      ready: () => p.access.phase === 'ready' || p.access.phase === 'error',
      request: () => void p.access.load(),
      read: () => p.access.scenario,
      apply: (v) => {
        if (!sameScenario(v, p.access.scenario)) p.access.loadScenario(v);
      },
    },
    accessView: { section: s.accessView, read: () => p.access.mapView, apply: (v) => (p.access.mapView = v) },
  };
  return Object.values(bindings) as SectionBinding<unknown>[];
}

/** Whitelists of the loaded data. */
export function appContext(p: Pick<AppParts, 'data' | 'access'>): PermalinkContext {
  return {
    indicatorIds: new Set(p.data.catalog?.indicators.map((i) => i.id) ?? []),
    communeCodes: new Set(p.data.stats?.codes ?? []),
    sites: p.access.model?.sites ?? [],
  };
}
