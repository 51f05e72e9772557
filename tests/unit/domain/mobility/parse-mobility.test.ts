import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { DataFormatError } from '../../../../src/domain/data-format-error';
import { joinCommuneMobility, parseIrisBus, parseStops, type PlainRow } from '../../../../src/domain/mobility/parse-mobility';
import { parseMobilityNotes } from '../../../../src/domain/mobility/parse-notes';
import { parseTimeModel } from '../../../../src/domain/mobility/parse-time-model';

const access: PlainRow[] = [
  { code: '41002', t_mds: 8.66, t_mds_ouverte: 23.78, t_france_services: 8.4, t_gare: 8.35, t_poste: 5.85, gare_km: 5.36 },
  { code: '41001', t_mds: 15.9, t_mds_ouverte: 15.9, t_france_services: 12.86, t_gare: 7.1, t_poste: 7.03, gare_km: 3.6 },
];
const mobility: PlainRow[] = [
  { code: '41001', gare_id: 'GARE-1', gare_nom: 'Saint-Amand', gare_km: 3.6, gare_min: 7, gare_trains_ligne_mardi: 22, gare_tgv_mardi: null, gare_5km: true, bus_urbain: false, bus_reseau: null, bus_arrets: 0, bus_frequent_marche_m: null, bus_pop_500m_pct: null },
  { code: '41002', gare_id: 'GARE-2', gare_nom: 'Thésée', gare_km: 5.36, gare_min: 8.8, gare_trains_ligne_mardi: null, gare_tgv_mardi: null, gare_5km: false, bus_urbain: true, bus_reseau: 'Azalys', bus_arrets: 3, bus_frequent_marche_m: 900, bus_pop_500m_pct: 0 },
];
const stats = {
  columns: {
    code: ['41001', '41002'],
    nom: ['Ambloy', 'Angé'],
    territoire: ['nord', 'sud'],
    P22_POP: [180, 900],
    P22_POP75P: [20, null],
    C22_FAM: [50, 250],
    C22_FAMMONO: [0, 30],
    P22_ACT1564: [90, 400],
    P22_CHOM1564: [7, 40],
  },
};

describe('joinCommuneMobility', () => {
  const rows = joinCommuneMobility(access, mobility, stats);
  it('follows the order of commune-stats.json and joins by code, not by position', () => {
    expect(rows.map((r) => r.code)).toEqual(['41001', '41002']);
    expect(rows[0]?.minutes).toEqual({ mds: 15.9, mdsOpen: 15.9, franceServices: 12.86, gare: 7.1, poste: 7.03 });
    expect(rows[1]?.minutes.mdsOpen).toBe(23.78);
  });
  it('keeps null as null (withheld count, unknown trains), never 0', () => {
    expect(rows[1]?.pop75).toBeNull();
    expect(rows[1]?.station?.trainsLigne).toBeNull();
    expect(rows[0]?.singleParent).toBe(0);
  });
  it('no urban network → bus null; a network with 0 % stays 0', () => {
    expect(rows[0]?.bus).toBeNull();
    expect(rows[1]?.bus).toEqual({ network: 'Azalys', stops: 3, frequentWalkM: 900, pop500Pct: 0 });
  });
  it('reads territory, station and the 5 km flag', () => {
    expect(rows[0]).toMatchObject({ nom: 'Ambloy', territoire: 'nord', nearestStationKm: 3.6, station5km: true });
    expect(rows[0]?.station).toEqual({ id: 'GARE-1', nom: 'Saint-Amand', km: 3.6, minutes: 7, trainsLigne: 22, tgv: null });
  });
  it.each([
    { name: 'commune missing from access.arrow', a: access.slice(0, 1), m: mobility, s: stats, msg: /access.arrow : commune 41001/ },
    { name: 'duplicated code', a: [...access, access[0] as PlainRow], m: mobility, s: stats, msg: /en double/ },
    { name: 'stats column missing', a: access, m: mobility, s: { columns: { ...stats.columns, P22_POP: undefined } }, msg: /P22_POP/ },
    { name: 'text instead of a number', a: [{ ...access[0], t_mds: '15' }, access[1] as PlainRow], m: mobility, s: stats, msg: /t_mds/ },
    { name: 'numeric code', a: [{ ...access[0], code: 41002 }, access[1] as PlainRow], m: mobility, s: stats, msg: /code/ },
  ])('rejects: $name', ({ a, m, s, msg }) => {
    expect(() => joinCommuneMobility(a, m, s)).toThrow(DataFormatError);
    expect(() => joinCommuneMobility(a, m, s)).toThrow(msg);
  });
});

describe('parseStops', () => {
  it('keeps stations and frequent bus stops only', () => {
    const base = { network: 'SNCF', in_dept: true, lon: 1.3, lat: 47.6, lines: null, trains_ligne_mardi: null, tgv_mardi: null, headway_min: null, frequent: null };
    const stops = parseStops([
      { ...base, id: 'GARE-1', kind: 'gare', name: 'Blois', trains_ligne_mardi: 63, lines: 'P2;P7' },
      { ...base, id: 'CAR-1', kind: 'car', name: 'Car' },
      { ...base, id: 'B1', kind: 'bus', name: 'Arrêt 1', network: 'Azalys', headway_min: 12, frequent: true },
      { ...base, id: 'B2', kind: 'bus', name: 'Arrêt 2', network: 'Azalys', headway_min: 45, frequent: false },
    ]);
    expect(stops.map((s) => s.id)).toEqual(['GARE-1', 'B1']);
    expect(stops[0]).toMatchObject({ kind: 'gare', trainsLigne: 63, lines: 'P2;P7' });
  });
});

// The shipped files must read without error (shapes of the real contract).
describe('real public/data files', () => {
  const dir = resolve(import.meta.dirname, '../../../../public/data');
  const rows = (file: string): PlainRow[] => {
    const table = tableFromIPC(readFileSync(resolve(dir, file)));
    return table.toArray().map((r) => ({ ...(r as { toJSON(): PlainRow }).toJSON() }));
  };
  const json = (file: string): unknown => JSON.parse(readFileSync(resolve(dir, file), 'utf8'));

  it('joins the 267 communes with every access time present', () => {
    const communes = joinCommuneMobility(rows('access.arrow'), rows('mobility.arrow'), json('commune-stats.json'));
    expect(communes).toHaveLength(267);
    expect(communes.every((c) => c.minutes.mds !== null && c.nearestStationKm !== null && c.population !== null)).toBe(true);
    expect(new Set(communes.map((c) => c.territoire))).toEqual(new Set(['nord', 'centre', 'sud']));
    // Blois has an urban network, Ambloy none
    expect(communes.find((c) => c.code === '41018')?.bus?.network).toBe('Azalys');
  });
  it('reads the notes, the IRIS, the stops and the time model', () => {
    const notes = parseMobilityNotes(json('mobility-notes.json'));
    expect(notes.missing.map((n) => n.id)).toEqual(expect.arrayContaining(['remi', 'voiture']));
    expect(notes.frequentMaxMin).toBe(30);
    expect(parseIrisBus(rows('mobility-iris.arrow'))).toHaveLength(31);
    expect(parseStops(rows('stops.arrow')).filter((s) => s.kind === 'gare')).toHaveLength(75);
    const model = parseTimeModel(json('access-model.json'));
    expect(model.medianRelError).toBeGreaterThan(0);
  });
});
