import { crowKm, modelMinutes, riverSide, type Bridge, type CrowModel, type LonLat } from '../../src/domain/access/travel-time.ts';
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

/** Minutes from an origin to the nearest of `targets` under the calibrated model. */
export function nearestMinutes(o: Located, targets: Located[], model: CrowModel, loire: LoireData): number {
  let best = Infinity;
  for (const t of targets) best = Math.min(best, modelMinutes(o, o.side, t, t.side, model, loire.bridges));
  return best;
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
  model: CrowModel,
  loire: LoireData,
): CommuneAccess[] {
  const groups: Record<string, (s: ServicePoint) => boolean> = {
    mds: (s) => s.type === 'mds',
    mds_ouverte: (s) => s.type === 'mds' && s.statut === 'ouverte',
    france_services: (s) => s.type === 'france_services',
    gare: (s) => s.type === 'gare',
    poste: (s) => s.type === ('poste' satisfies ServiceType),
  };
  const targets = Object.fromEntries(Object.entries(groups).map(([k, f]) => [k, services.filter(f)]));
  const byCommune = new Map<string, (Origin & { side: 1 | -1 })[]>();
  for (const o of origins) byCommune.set(o.commune, [...(byCommune.get(o.commune) ?? []), o]);
  const gares = targets.gare;
  return [...byCommune.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, os]) => {
      const minutes: Record<string, number> = {};
      for (const [k, ts] of Object.entries(targets)) {
        minutes[k] = os.reduce((s, o) => s + o.share * nearestMinutes(o, ts, model, loire), 0);
      }
      const c = centres.get(code)!;
      return { code, minutes, gareKm: Math.min(...gares.map((g) => crowKm(c, g))) };
    });
}
