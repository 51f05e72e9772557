// The sparse nearest-site search (matrix geometry + k-d tree) against the dense scan it replaces:
// identical arrays on hand-made fixtures, seeded random instances and the shipped département data.
import { randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import { realAccessData } from '../../data/access-fixture.ts';
import { activeSites } from '../../../../src/domain/access/active-sites.ts';
import { modelTimeMatrix, NEAR_BRIDGES, type BankedPoint } from '../../../../src/domain/access/model-time-matrix.ts';
import { nearestSites, withSiteAdded, withSiteRemoved, type Nearest } from '../../../../src/domain/access/nearest.ts';
import { timeColumn, type TimeMatrix } from '../../../../src/domain/access/time-matrix.ts';
import { crowKm, modelMinutes, type Bridge } from '../../../../src/domain/access/travel-time.ts';
import { toAccessSite } from '../../../../src/data/access-evaluate.ts';

const MODEL = { interceptMin: 3.34, minPerKm: 1.01 };

/** The same matrix without its geometry: every search scans all origin × site pairs (the old design). */
function dense(m: TimeMatrix): TimeMatrix {
  return { nOrigins: m.nOrigins, nSites: m.nSites, time: (o, s) => m.time(o, s), column: m.column ? (s) => m.column!(s) : undefined };
}

/** Wraps a matrix's geometry to count pair evaluations. */
function counted(m: TimeMatrix): { m: TimeMatrix; pairs: () => number } {
  let pairs = 0;
  const g = m.geometry!;
  return {
    m: { ...m, nOrigins: m.nOrigins, nSites: m.nSites, geometry: { ...g, pairMinutes: (o, s) => (pairs++, g.pairMinutes(o, s)) } },
    pairs: () => pairs,
  };
}

const same = (a: Nearest, b: Nearest) => {
  expect([...a.site]).toEqual([...b.site]);
  expect([...a.minutes]).toEqual([...b.minutes]);
};

describe('sparse nearest sites, hand-made fixture', () => {
  // Origins on a parallel, every 0.1° of longitude (≈ 7.5 km); sites at 1.0 and 1.5, and a second
  // site exactly on 1.5 (a tie broken by the smaller index); origin 6 is across the river.
  const origins: BankedPoint[] = [0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5].map((lon, i) => ({ lon, lat: 47.5, side: i === 6 ? -1 : 1 }));
  const sites: BankedPoint[] = [
    { lon: 1.0, lat: 47.5, side: 1 },
    { lon: 1.5, lat: 47.5, side: 1 },
    { lon: 1.5, lat: 47.5, side: 1 },
  ];
  const bridges = [{ id: 'b', lon: 1.45, lat: 47.5 }];
  const m = modelTimeMatrix(origins, sites, MODEL, bridges);

  it('has a geometry whose lower bound, rounded to float32, never exceeds a time', () => {
    const g = m.geometry!;
    const q = g.originXyz();
    const p = new Float64Array(3);
    for (let s = 0; s < 3; s++) {
      g.siteXyz(s, p, 0);
      for (let o = 0; o < origins.length; o++) {
        const chord = Math.hypot(q[3 * o]! - p[0]!, q[3 * o + 1]! - p[1]!, q[3 * o + 2]! - p[2]!);
        // the bound is on the exact time; pairMinutes is rounded to float32 (3.34 → 3.3399999…)
        expect(Math.fround(g.minMinutesAtChord(chord))).toBeLessThanOrEqual(g.pairMinutes(o, s));
        expect(g.pairMinutes(o, s)).toBe(Math.fround(modelMinutes(origins[o]!, origins[o]!.side, sites[s]!, sites[s]!.side, MODEL, bridges)));
      }
    }
  });

  it('finds the nearest of {0, 1, 2} as the dense scan does, ties to the smaller index', () => {
    const n = nearestSites(m, [0, 1, 2]);
    // 0.9–1.2 → site 0 (1.2 is 15 km from 1.0 and 22 km from 1.5); 1.3–1.4 → site 1 (not 2: tie);
    // origin 6 (other bank, at 1.5) goes through the bridge at 1.45: to site 1, 2 × 3.8 km
    expect([...n.site]).toEqual([0, 0, 0, 0, 1, 1, 1]);
    expect(n.minutes[6]).toBe(Math.fround(MODEL.interceptMin + MODEL.minPerKm * (crowKm(origins[6]!, bridges[0]!) + crowKm(bridges[0]!, sites[1]!))));
    same(n, nearestSites(dense(m), [0, 1, 2]));
  });

  it('adds and removes sites as the dense scan does', () => {
    const base = nearestSites(m, [0]);
    same(withSiteAdded(m, base, 2), withSiteAdded(dense(m), nearestSites(dense(m), [0]), 2));
    const full = nearestSites(m, [0, 1, 2]);
    same(withSiteRemoved(m, full, [0, 2], 1), withSiteRemoved(dense(m), full, [0, 2], 1));
    same(withSiteRemoved(m, nearestSites(m, [1]), [], 1), { site: Int32Array.from(origins, () => -1), minutes: Float32Array.from(origins, () => Infinity) });
  });

  it('handles no active site', () => same(nearestSites(m, []), nearestSites(dense(m), [])));
});

describe('sparse nearest sites, seeded random instances', () => {
  /** Origins and sites in a 2° × 1° box, banks on either side of a diagonal "river", `nb` bridges. */
  function instance(seed: number, nOrigins: number, nSites: number, nb: number) {
    const rand = randomLcg(seed);
    const point = (): BankedPoint => {
      const lon = 1 + 2 * rand();
      const lat = 47 + rand();
      return { lon, lat, side: lat - 47 > (lon - 1) / 2 ? 1 : -1 };
    };
    const origins = Array.from({ length: nOrigins }, point);
    // some sites share a position (exact ties)
    const sites = Array.from({ length: nSites }, (_, i) => (i % 7 === 6 ? { ...(origins[i] as BankedPoint) } : point()));
    const bridges: Bridge[] = Array.from({ length: nb }, (_, i) => ({ id: `b${i}`, lon: 1 + (2 * (i + 0.5)) / nb, lat: 47 + (i + 0.5) / nb }));
    return { origins, sites, bridges };
  }

  it.each([
    { seed: 1, nb: 3 },
    { seed: 2, nb: 7 },
    { seed: 3, nb: NEAR_BRIDGES + 4 }, // more bridges than NEAR_BRIDGES: the bridge search is used
    { seed: 4, nb: 40 },
  ])('seed $seed, $nb bridges: nearestSites, withSiteAdded, withSiteRemoved identical', ({ seed, nb }) => {
    const { origins, sites, bridges } = instance(seed, 600, 60, nb);
    const m = modelTimeMatrix(origins, sites, MODEL, bridges);
    const d = dense(modelTimeMatrix(origins, sites, MODEL, bridges));
    const active = sites.map((_, i) => i).filter((i) => i % 3 === 0);
    const a = nearestSites(m, active);
    const b = nearestSites(d, active);
    same(a, b);
    for (const s of [1, 5, 6, 13]) same(withSiteAdded(m, a, s), withSiteAdded(d, b, s));
    for (const s of [0, 6, 12]) {
      const rest = active.filter((x) => x !== s);
      same(withSiteRemoved(m, a, rest, s), withSiteRemoved(d, b, rest, s));
    }
  });

  it('with many bridges, every pair is the number modelMinutes gives (near and far pairs)', () => {
    const { origins, sites, bridges } = instance(5, 200, 40, 30);
    // a few far-away sites (another tile): the crossing search must still find the best bridge
    const far = sites.map((s) => ({ ...s, lon: s.lon + 3, side: -s.side }));
    const all = [...sites, ...far];
    const m = modelTimeMatrix(origins, all, MODEL, [...bridges, ...bridges.map((b) => ({ ...b, id: `${b.id}'`, lon: b.lon + 3 }))]);
    const allBridges = [...bridges, ...bridges.map((b) => ({ ...b, id: `${b.id}'`, lon: b.lon + 3 }))];
    for (let s = 0; s < all.length; s++) {
      const col = timeColumn(m, s);
      for (let o = 0; o < origins.length; o++) {
        const ref = Math.fround(modelMinutes(origins[o]!, origins[o]!.side, all[s]!, all[s]!.side, MODEL, allBridges));
        expect(col[o]).toBe(ref);
      }
    }
  });

  it('evaluates far fewer pairs than origins × sites', () => {
    const { origins, sites, bridges } = instance(6, 2000, 200, 5);
    const { m, pairs } = counted(modelTimeMatrix(origins, sites, MODEL, bridges));
    const active = sites.map((_, i) => i);
    nearestSites(m, active);
    expect(pairs()).toBeLessThan((origins.length * sites.length) / 10);
    const before = pairs();
    withSiteAdded(m, nearestSites(m, active.slice(1)), 0);
    expect(pairs() - before).toBeLessThan(origins.length * active.length);
  });
});

describe('sparse nearest sites, Loir-et-Cher (public/data)', () => {
  const data = realAccessData();
  const m = modelTimeMatrix(data.origins, data.sites, data.model.model, data.model.loire.bridges);
  const d = dense(modelTimeMatrix(data.origins, data.sites, data.model.model, data.model.loire.bridges));
  const sites = data.sites.map(toAccessSite);
  const plan = activeSites({ name: 'plan', added: [], removed: [], includePlanned: true, thresholdMin: 20 }, sites);

  it('the plan’s nearest MDS are the same, origin by origin', () => same(nearestSites(m, plan), nearestSites(d, plan)));

  it('adding any town centre gives the same arrays (every 10th candidate)', () => {
    const a = nearestSites(m, plan);
    const b = nearestSites(d, plan);
    for (let s = 12; s < sites.length; s += 10) same(withSiteAdded(m, a, s), withSiteAdded(d, b, s));
  });

  it('closing each MDS gives the same arrays', () => {
    const a = nearestSites(m, plan);
    for (const s of plan) {
      const rest = plan.filter((x) => x !== s);
      same(withSiteRemoved(m, a, rest, s), withSiteRemoved(d, a, rest, s));
    }
  });
});
