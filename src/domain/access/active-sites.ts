import type { AccessSite, Scenario } from './scenario';

/** Site id → index, per sites array (36,000 sites at national scale: built once, not per call). */
const indexes = new WeakMap<readonly AccessSite[], Map<string, number>>();

function siteIndex(sites: readonly AccessSite[]): Map<string, number> {
  let index = indexes.get(sites);
  if (!index) indexes.set(sites, (index = new Map(sites.map((s, i) => [s.id, i]))));
  return index;
}

/**
 * Site indices open under a scenario: open MDS (plus planned ones when `includePlanned`), minus
 * `removed`, plus `added`; ascending, without repeats.
 *
 * @param sites the matrix's sites, index = site index
 * @throws Error on an id not in `sites` (run `parseScenario` first)
 */
export function activeSites(scenario: Scenario, sites: readonly AccessSite[]): number[] {
  const find = (id: string) => {
    // the cached index is checked on every look-up: a sites array changed since is re-indexed
    let i = siteIndex(sites).get(id);
    if (i === undefined || sites[i]?.id !== id) {
      indexes.delete(sites);
      i = siteIndex(sites).get(id);
    }
    if (i === undefined) throw new Error(`activeSites: unknown site ${id}`);
    return i;
  };
  const open = new Set<number>();
  sites.forEach((s, i) => {
    if (s.kind === 'mds' && (s.status === 'ouverte' || (scenario.includePlanned && s.status === 'prevue'))) open.add(i);
  });
  for (const id of scenario.removed) open.delete(find(id));
  for (const id of scenario.added) open.add(find(id));
  return [...open].sort((a, b) => a - b);
}
