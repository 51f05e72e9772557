import { describe, expect, it } from 'vitest';
import { DEFAULT_GAP_RULE, gapVerdict, ruleIsActive, type GapRule } from '../../../../src/domain/mobility/gap-rule';
import { mins } from './fixtures';

// Default rule: (MDS > 20 OR France services > 15) AND nearest station > 10 km.
const rule = DEFAULT_GAP_RULE;
const at = (m: ReturnType<typeof mins>, km: number | null) => ({ minutes: m, nearestStationKm: km });

describe('gapVerdict with the default rule', () => {
  it.each([
    { name: 'MDS far, station far', c: at(mins(25, 10), 12), inGap: true, far: ['mds'] },
    { name: 'France services far, station far', c: at(mins(10, 16), 12), inGap: true, far: ['franceServices'] },
    { name: 'both far', c: at(mins(25, 16), 12), inGap: true, far: ['mds', 'franceServices'] },
    { name: 'both far but a station at 9 km', c: at(mins(25, 16), 9), inGap: false, far: ['mds', 'franceServices'] },
    // strict: a value equal to the threshold is not beyond it
    { name: 'exactly 20 min and 15 min', c: at(mins(20, 15), 12), inGap: false, far: [] },
    { name: 'exactly 10 km', c: at(mins(25, 10), 10), inGap: false, far: ['mds'] },
    { name: 'services near, station far', c: at(mins(5, 5), 20), inGap: false, far: [] },
    // the La Poste time does not count: it has no threshold in the default rule
    { name: 'post office far does not count', c: at(mins(5, 5, 60), 20), inGap: false, far: [] },
  ])('$name', ({ c, inGap, far }) => {
    const v = gapVerdict(c, rule);
    expect(v.inGap).toBe(inGap);
    expect(v.far).toEqual(far);
  });
});

describe('missing values (three-valued)', () => {
  it.each([
    // any: one known far service decides the services part even if the other is unknown
    { name: 'any: MDS unknown, FS far', c: at(mins(null, 16), 12), inGap: true },
    { name: 'any: MDS unknown, FS near', c: at(mins(null, 5), 12), inGap: null },
    // the rail part is known false: the commune is out whatever the services
    { name: 'station near, MDS unknown', c: at(mins(null, 5), 2), inGap: false },
    { name: 'station distance unknown, services near', c: at(mins(5, 5), null), inGap: false },
    { name: 'station distance unknown, services far', c: at(mins(30, 5), null), inGap: null },
  ])('$name', ({ c, inGap }) => expect(gapVerdict(c, rule).inGap).toBe(inGap));

  it('all: one known near service decides, an unknown one otherwise leaves it open', () => {
    const all: GapRule = { ...rule, match: 'all' };
    expect(gapVerdict(at(mins(null, 5), 12), all).inGap).toBe(false);
    expect(gapVerdict(at(mins(null, 16), 12), all).inGap).toBeNull();
    expect(gapVerdict(at(mins(25, 16), 12), all).inGap).toBe(true);
    expect(gapVerdict(at(mins(25, 10), 12), all).inGap).toBe(false);
  });
});

describe('rule variants', () => {
  it('MDS scope "open" reads the time to the MDS open today', () => {
    // plan (12 MDS incl. planned): 12 min; open today only: 28 min
    const c = at(mins(12, 5, 5, 28), 15);
    expect(gapVerdict(c, rule).inGap).toBe(false);
    expect(gapVerdict(c, { ...rule, mdsScope: 'open' })).toEqual({ inGap: true, far: ['mds'], noStation: true });
  });

  it('rail criterion off: services alone decide', () => {
    const r: GapRule = { ...rule, noStationWithinKm: null };
    expect(gapVerdict(at(mins(25, 5), 1), r)).toEqual({ inGap: true, far: ['mds'], noStation: false });
  });

  it('no service ticked: the rail criterion alone decides', () => {
    const r: GapRule = { ...rule, services: {} };
    expect(gapVerdict(at(mins(1, 1), 15), r).inGap).toBe(true);
    expect(gapVerdict(at(mins(99, 99), 5), r).inGap).toBe(false);
  });

  it('nothing ticked: no commune is in gap', () => {
    const r: GapRule = { ...rule, services: {}, noStationWithinKm: null };
    expect(ruleIsActive(r)).toBe(false);
    expect(gapVerdict(at(mins(99, 99), 50), r).inGap).toBe(false);
    expect(ruleIsActive(rule)).toBe(true);
  });

  it('post office with a threshold counts like the others', () => {
    const r: GapRule = { ...rule, services: { poste: 8 } };
    expect(gapVerdict(at(mins(5, 5, 9), 12), r)).toEqual({ inGap: true, far: ['poste'], noStation: true });
  });
});
