import { crowKm, riverSide, type Bridge, type LonLat } from '../../src/domain/access/travel-time.ts';
import { nearestOf, type TravelTimes } from './travel-times.ts';
import type { Origin } from './origins.ts';
import type { ServicePoint, ServiceType } from './services.ts';

export interface LoireData {
  note: { fr: string; en: string };
  river: [number, number][];
  bridges: (Bridge & { nom: string; in_dept: boolean })[];
}

export interface Located extends LonLat {
  side: 1 | -1;
}

export function locate<T extends LonLat>(points: T[], loire: LoireData): (T & { side: 1 | -1 })[] {
  return points.map((p) => ({ ...p, side: riverSide(p, loire.river) }));
}

export interface CommuneAccess {
  code: string;
  /** population-weighted mean over the commune's origins of the minutes to the nearest point of each kind */
  minutes: Record<string, number>;
  /** crow km from the town centre to the nearest passenger station */
  gareKm: number;
}

/**
 * Per-commune access to fixed service networks (all MDS, open MDS, France services, stations, La Poste),
 * for the commune fiche and the mobility view. Services outside the département count: people cross borders.
 */
export function communeAccess(
  origins: (Origin & { side: 1 | -1 })[],
  centres: Map<string, LonLat>,
  services: (ServicePoint & { side: 1 | -1 })[],
  times: TravelTimes,
): CommuneAccess[] {
  const groups: Record<string, (s: ServicePoint) => boolean> = {
    mds: (s) => s.type === 'mds',
    mds_ouverte: (s) => s.type === 'mds' && s.statut === 'ouverte',
    france_services: (s) => s.type === 'france_services',
    gare: (s) => s.type === 'gare',
    poste: (s) => s.type === ('poste' satisfies ServiceType),
  };
  const targets = Object.fromEntries(Object.entries(groups).map(([k, f]) => [k, services.filter(f)]));
  const nearest = new Map<string, Float64Array>();
  for (const [k, ts] of Object.entries(targets)) nearest.set(k, nearestOf(times.matrix(origins, ts), origins.length, ts.length));
  const index = new Map(origins.map((o, i) => [o, i]));
  const byCommune = new Map<string, (Origin & { side: 1 | -1 })[]>();
  for (const o of origins) byCommune.set(o.commune, [...(byCommune.get(o.commune) ?? []), o]);
  const gares = targets.gare;
  return [...byCommune.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, os]) => {
      const minutes: Record<string, number> = {};
      for (const k of Object.keys(targets)) {
        const near = nearest.get(k)!;
        minutes[k] = os.reduce((s, o) => s + o.share * near[index.get(o)!], 0);
      }
      const c = centres.get(code)!;
      return { code, minutes, gareKm: Math.min(...gares.map((g) => crowKm(c, g))) };
    });
}
