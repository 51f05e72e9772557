import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelMinutes } from '../../../src/domain/access/travel-time.ts';
import { buildRoadGraph, readOsm, route, ROUTING_TAG_KEYS } from '../../../scripts/lib/osm/index.ts';
import { modelTravelTimes, nearestOf, osmTravelTimes } from '../../../scripts/lib/travel-times.ts';

const rawDir = process.env.OBS41_DATA_RAW ?? `${import.meta.dirname}/../../../../shared/data-raw`;
const pbf = `${rawDir}/osm-monaco/monaco-latest_2019-09-30.osm.pbf`;
const loire = { note: { fr: '', en: '' }, river: [[2, 47.5], [0, 47.5]] as [number, number][], bridges: [{ id: 'b', nom: 'b', in_dept: true, lon: 1, lat: 47.5 }] };

describe('pipeline travel times: one interface, two methods', () => {
  it('the model matrix is row-major and equals modelMinutes, through the bridge across banks', () => {
    const model = { interceptMin: 3, minPerKm: 1 };
    const o = [{ lon: 1.2, lat: 47.6, side: 1 }, { lon: 1.2, lat: 47.4, side: -1 }];
    const t = [{ lon: 1.3, lat: 47.7, side: 1 }];
    const m = modelTravelTimes(model, loire).matrix(o, t);
    expect(m[0]).toBeCloseTo(modelMinutes(o[0], 1, t[0], 1, model, loire.bridges), 12);
    expect(m[1]).toBeCloseTo(modelMinutes(o[1], -1, t[0], 1, model, loire.bridges), 12);
    expect(m[1]).toBeGreaterThan(m[0]);
  });
  it('nearestOf takes the row minimum', () => expect([...nearestOf(new Float64Array([5, 2, 7, 1, 9, 3]), 2, 3)]).toEqual([2, 1]));
  it.skipIf(!existsSync(pbf))('the OSM matrix equals a routed trip on the Monaco graph', () => {
    const times = osmTravelTimes(pbf, () => {});
    const a = { lon: 7.4206, lat: 43.7318, side: 1 };
    const b = { lon: 7.4290, lat: 43.7400, side: 1 };
    const graph = buildRoadGraph(readOsm(pbf, { tagKeys: ROUTING_TAG_KEYS }));
    expect(times.method).toBe('osm');
    expect(times.matrix([a], [b])[0]).toBeCloseTo(route(graph, a, b).minutes, 9);
  });
});
