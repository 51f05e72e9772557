// Shared fixtures of the permalink tests: the core sections with the app's lists, and a small
// context (indicators, communes, sites) standing in for the loaded data.
import type { AccessSite, Scenario } from '../../../../src/domain/access/scenario';
import { coreSections, type CoreState } from '../../../../src/domain/permalink/core-sections';
import { createCodec } from '../../../../src/domain/permalink/registry';
import type { PermalinkContext } from '../../../../src/domain/permalink/types';

export const PAGES = ['carte', 'comparer', 'acces', 'mobilite', 'donnees'] as const;
export const ACCESS_VIEWS = ['time', 'catchment-cells', 'catchment-communes', 'fca'] as const;
export type Page = (typeof PAGES)[number];
export type AccessView = (typeof ACCESS_VIEWS)[number];

export const DEFAULT_SCENARIO: Scenario = { name: 'Mon scénario', added: [], removed: [], includePlanned: true, thresholdMin: 20 };

export const SECTIONS = coreSections<Page, AccessView>({
  pages: PAGES,
  defaultPage: 'carte',
  accessViews: ACCESS_VIEWS,
  defaultAccessView: 'time',
  defaultScenario: DEFAULT_SCENARIO,
});
export const codec = createCodec(Object.values(SECTIONS));

const sites: AccessSite[] = [
  ...Array.from({ length: 12 }, (_, i): AccessSite => ({
    id: `MDS-${String(i + 1).padStart(2, '0')}`,
    kind: 'mds',
    status: i < 7 ? 'ouverte' : 'prevue',
  })),
  ...['41018', '41269', '41194', '41001'].map((c): AccessSite => ({ id: `C-${c}`, kind: 'candidate', status: null })),
];

export const CTX: PermalinkContext = {
  indicatorIds: new Set(['taux-pauvrete', 'part-75-plus', 'revenu-median', 'densite']),
  communeCodes: new Set(['41018', '41269', '41194', '41001']),
  sites,
};

export type State = CoreState<Page, AccessView>;

export const DEFAULT_STATE: State = Object.fromEntries(
  Object.entries(SECTIONS).map(([id, s]) => [id, s.defaultValue]),
) as State;

export function encodeState(state: State): string {
  return codec.format(new Map(Object.entries(state)));
}

export function decodeState(hash: string, ctx: PermalinkContext = CTX): { state: State; notices: ReturnType<typeof codec.decode>['notices'] } {
  const { values, notices } = codec.decode(hash, ctx);
  return { state: Object.fromEntries(values) as State, notices };
}
