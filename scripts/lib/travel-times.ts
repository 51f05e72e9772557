import { modelMinutes, type CrowModel, type LonLat } from '../../src/domain/access/travel-time.ts';
import type { LoireData } from './access-data.ts';
import { buildRoadGraph, readOsm, ROUTING_TAG_KEYS, timesFromSources } from './osm/index.ts';

/**
 * One interface for the pipeline's travel times, whatever the method: minutes from each origin to
 * each target, row-major (`[o * nTargets + t]`).
 */
export interface TravelTimes {
  method: 'crow-calibrated' | 'osm';
  describe: string;
  matrix(origins: (LonLat & { side: number })[], targets: (LonLat & { side: number })[]): Float64Array;
}

/** The calibrated straight-line model, through the best Loire bridge between banks. */
export function modelTravelTimes(model: CrowModel, loire: LoireData): TravelTimes {
  return {
    method: 'crow-calibrated',
    describe: `t = ${model.interceptMin.toFixed(2)} + ${model.minPerKm.toFixed(3)} × crow km`,
    matrix(origins, targets) {
      const out = new Float64Array(origins.length * targets.length);
      origins.forEach((o, i) => targets.forEach((t, j) => (out[i * targets.length + j] = modelMinutes(o, o.side, t, t.side, model, loire.bridges))));
      return out;
    },
  };
}

/**
 * Shortest car paths on an OpenStreetMap extract (`.osm.pbf` or `.osm`), given by $OBS41_OSM.
 * The Loire needs no special rule here: the graph only crosses it where a bridge is mapped.
 */
export function osmTravelTimes(path: string, log: (m: string) => void): TravelTimes {
  const graph = buildRoadGraph(readOsm(path, { tagKeys: ROUTING_TAG_KEYS }));
  log(`road graph from ${path}: ${graph.osmId.length} nodes`);
  return {
    method: 'osm',
    describe: `OpenStreetMap road graph (${path})`,
    matrix(origins, targets) {
      return timesFromSources(graph, origins, targets).minutes;
    },
  };
}

/** Minutes to the nearest target, per origin. */
export function nearestOf(times: Float64Array, nOrigins: number, nTargets: number): Float64Array {
  const out = new Float64Array(nOrigins).fill(Infinity);
  for (let o = 0; o < nOrigins; o++) for (let t = 0; t < nTargets; t++) out[o] = Math.min(out[o], times[o * nTargets + t]);
  return out;
}
