import { describe, expect, it } from 'vitest';
import { checkBus, combinedHeadwayMin, parseBusLines, type BusLine, type BusStop } from '../../../scripts/lib/mobility/bus.ts';

describe('combinedHeadwayMin', () => {
  // worked by hand: 1 / (1/20 + 1/20) = 10; 1 / (1/20 + 1/30) = 600 / 50 = 12; 1 / (1/21 + 1/20) = 420 / 41
  const cases = [
    { name: 'one line keeps its headway', h: [30], expected: 30 },
    { name: 'two lines every 20 min → every 10 min', h: [20, 20], expected: 10 },
    { name: '20 and 30 min → 12 min', h: [20, 30], expected: 12 },
    { name: 'Azalys A (21) + B (20)', h: [21, 20], expected: 420 / 41 },
    { name: 'unknown headways are left out', h: [null, 45, null], expected: 45 },
    { name: 'three lines 60, 60, 60 → 20 min', h: [60, 60, 60], expected: 20 },
    { name: 'no known headway → null', h: [null, null], expected: null },
    { name: 'no line → null', h: [], expected: null },
  ];
  it.each(cases)('$name', ({ h, expected }) => {
    const got = combinedHeadwayMin(h);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 10);
  });
});

describe('parseBusLines', () => {
  const row = (wait: string, implied: string) => ({ network: 'Azalys', route_key: 'BUS Azalys X', line_short_name: 'X', wait_minutes: wait, implied_median_headway_min: implied });
  it('reads the implied headway, null at the 30-min wait bound', () => {
    expect(parseBusLines([row('10.5', '21.0'), row('30', '')]).map((l) => l.headwayMin)).toEqual([21, null]);
  });
  it('fails loudly when the headway is not twice the wait', () =>
    expect(() => parseBusLines([row('10', '25')])).toThrow(/implied_median_headway_min "25" does not match wait_minutes 10/));
});

describe('checkBus', () => {
  const lines: BusLine[] = [{ network: 'Azalys', routeKey: 'BUS Azalys A', shortName: 'A', headwayMin: 21 }];
  const stop: BusStop = { id: 'AZALYS:X', network: 'Azalys', name: 'Loin', lon: 2.9, lat: 47.0, commune: '41018', routeKeys: ['BUS Azalys A', 'BUS Azalys Z'], lines: ['A', 'Z'] };
  it('fails loudly on a stop outside the département, an unknown line and wrong counts', () => {
    const inDept = (p: { lon: number }) => p.lon < 2.5;
    expect(() => checkBus([stop], lines, new Set(['41018']), inDept)).toThrow(
      /1 bus stops \(MOVE 0, Azalys 1\), SOURCES.md gives 667[\s\S]*line BUS Azalys Z is not in bus_lines_blois_vendome.csv[\s\S]*AZALYS:X Loin \(2.9, 47\) lies outside Loir-et-Cher/);
  });
});
