import type { AccessSite, Scenario } from './scenario';

/**
 * Site indices open under a scenario: open MDS (plus planned ones when `includePlanned`), minus
 * `removed`, plus `added`; ascending, without repeats.
 *
 * @param sites the matrix's sites, index = site index
 * @throws Error on an id not in `sites` (run `parseScenario` first)
 */
export function activeSites(scenario: Scenario, sites: readonly AccessSite[]): number[] {
  const index = new Map(sites.map((s, i) => [s.id, i]));
  const find = (id: string) => {
    const i = index.get(id);
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
