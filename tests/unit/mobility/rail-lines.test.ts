import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../scripts/lib/csv.ts';
import { checkRailLines, routesOnLines, stationLineCodes, trainsOnLines, type RailLines, type TerRoute } from '../../../scripts/lib/mobility/rail-lines.ts';

const route = (short: string, type = '2', id = short): TerRoute => ({ route_id: id, route_short_name: short, route_long_name: `${short} long name`, route_type: type });
const routes = [route('K16'), route('P6'), route('K1', '2', 'K1a'), route('K1', '2', 'K1b'), route('P17'), route('P46', '3')];
const def: RailLines = {
  note: { fr: '', en: '' },
  lines: [
    { code: '570000', nom: 'Loire', covered: true, routes: ['K16', 'P6', 'K1'], why: '' },
    { code: '593000', nom: 'Cher', covered: true, routes: ['P17', 'K1'], why: '' },
    { code: '559000', nom: 'fermée', covered: true, routes: [], why: '' },
    { code: '561000', nom: 'hors extrait', covered: false, routes: [], why: '' },
  ],
  stationLines: [{ uic: '3', nom: 'Jonction', lines: ['593000'], why: '' }],
};
const stations = new Map([['1', new Set(['570000'])], ['2', new Set(['593000', '559000'])], ['3', new Set(['570000'])], ['4', new Set(['561000'])]]);
const known = new Set(['570000', '593000', '559000', '561000', '500000']);

describe('checkRailLines', () => {
  it('accepts a sound mapping', () => expect(checkRailLines(def, routes, stations, known)).toEqual([]));
  const cases = [
    { name: 'unknown line code', change: (d: RailLines) => d.lines.push({ code: '999999', nom: '', covered: true, routes: [], why: '' }), msg: 'line 999999: unknown line code' },
    { name: 'route short name not in the TER file', change: (d: RailLines) => d.lines[0].routes.push('K99'), msg: 'route short name K99 is not in ter_routes_41.csv' },
    { name: 'a coach mapped to a rail line', change: (d: RailLines) => d.lines[0].routes.push('P46'), msg: 'P46 "P46 long name" is route_type 3 (coach), not a train' },
    { name: 'a train route on no line', change: (d: RailLines) => (d.lines[1].routes = ['K1']), msg: 'TER train route P17 "P17 long name" is on no line' },
    { name: 'a station line the mapping lacks', change: (d: RailLines) => d.lines.splice(2, 1), msg: 'station 2 lies on line 559000, which rail-lines.json does not describe' },
    { name: 'routes on an uncovered line', change: (d: RailLines) => d.lines[3].routes.push('K16'), msg: 'line 561000: routes listed on a line marked covered: false' },
    { name: 'stationLines for an unknown station', change: (d: RailLines) => d.stationLines.push({ uic: '9', nom: 'X', lines: ['570000'], why: '' }), msg: '9 (X) is not a passenger station' },
  ];
  it.each(cases)('rejects $name', ({ change, msg }) => {
    const d = structuredClone(def);
    change(d);
    expect(checkRailLines(d, routes, stations, known).join('\n')).toContain(msg);
  });
});

describe('trains on a station’s lines', () => {
  const trips = new Map([['K16', 25], ['P6', 3], ['K1', 7], ['P17', 18]]);
  const cases = [
    { name: 'one line: the sum of its routes', uic: '1', codes: ['570000'], routes: ['K1', 'K16', 'P6'], trains: 35 },
    { name: 'a covered line with no train adds 0', uic: '2', codes: ['559000', '593000'], routes: ['K1', 'P17'], trains: 25 },
    { name: 'a junction counts a route on both lines once', uic: '3', codes: ['570000', '593000'], routes: ['K1', 'K16', 'P17', 'P6'], trains: 53 },
    { name: 'no covered line: null, never 0', uic: '4', codes: ['561000'], routes: [], trains: null },
  ];
  it.each(cases)('$name', ({ uic, codes, routes: r, trains }) => {
    const lineCodes = stationLineCodes(uic, stations, def);
    expect(lineCodes).toEqual(codes);
    expect(routesOnLines(lineCodes, def)).toEqual(r);
    expect(trainsOnLines(lineCodes, def, trips)).toBe(trains);
  });
});

const rawDir = process.env.OBS41_DATA_RAW ?? join(import.meta.dirname, '../../../../shared/data-raw');
const present = existsSync(join(rawDir, 'sncf-gtfs-2024-12/ter_routes_41.csv'));
describe.skipIf(!present)('data/rail-lines.json against the raw SNCF files', () => {
  it('passes every check', () => {
    const real = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/rail-lines.json'), 'utf8')) as RailLines;
    const terRoutes = parseCsv(readFileSync(join(rawDir, 'sncf-gtfs-2024-12/ter_routes_41.csv'), 'utf8'), { separator: ',' }) as unknown as TerRoute[];
    const liste = parseCsv(readFileSync(join(rawDir, 'sncf-gares/liste-des-gares_41_buffer20km.csv'), 'utf8'), { separator: ';' });
    const listed = new Map<string, Set<string>>();
    for (const r of liste) if (r.VOYAGEURS === 'O') listed.set(r.CODE_UIC, (listed.get(r.CODE_UIC) ?? new Set()).add(r.CODE_LIGNE));
    expect(checkRailLines(real, terRoutes, listed, new Set(liste.map((r) => r.CODE_LIGNE)))).toEqual([]);
  });
});
