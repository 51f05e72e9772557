import type { FeatureCollection, Point } from 'geojson';
import type { Scenario } from '../../domain/access';
import type { SiteRow } from '../../data/access-inputs';

/** How a site is drawn: open / planned (included) / planned-off / added / removed / suggested. */
export type SiteRole = 'open' | 'planned' | 'planned-off' | 'added' | 'removed' | 'suggested';

/**
 * Points of every MDS (whatever its state in the scenario), of the sites added to it and of the
 * optimiser's suggestions; properties `{ id, nom, role, color }` (color: its catchment colour).
 */
export function sitesGeoJson(
  sites: readonly SiteRow[],
  active: ReadonlySet<number>,
  scenario: Scenario,
  suggestions: readonly string[],
  colors: ReadonlyMap<number, string>,
): FeatureCollection<Point> {
  const features: FeatureCollection<Point>['features'] = [];
  sites.forEach((s, i) => {
    let role: SiteRole | null = null;
    if (s.type === 'mds') {
      if (active.has(i)) role = s.statut === 'ouverte' ? 'open' : 'planned';
      else role = scenario.removed.includes(s.id) ? 'removed' : 'planned-off';
    } else if (active.has(i)) role = 'added';
    else if (suggestions.includes(s.id)) role = 'suggested';
    if (role === null) return;
    features.push({
      type: 'Feature',
      id: i,
      properties: { id: s.id, nom: s.nom, role, color: colors.get(i) ?? '#ffffff' },
      geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
    });
  });
  return { type: 'FeatureCollection', features };
}
