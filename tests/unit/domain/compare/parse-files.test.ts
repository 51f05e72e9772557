import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAccessModel } from '../../../../src/domain/compare/parse-access-model';
import { parseIrisGeojson } from '../../../../src/domain/compare/parse-iris';
import { parseTerritories, parseTerritoryColumn } from '../../../../src/domain/compare/parse-territories';
import { DataFormatError } from '../../../../src/domain/data-format-error';

const read = (file: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, '../../../../public/data', file), 'utf8'));

describe('side files of the comparison and the fiche', () => {
  it('territoires.json: nord, centre, sud, flagged as an assumption', () => {
    const t = parseTerritories(read('territoires.json'));
    expect(t.territories.map((x) => x.code)).toEqual(['nord', 'centre', 'sud']);
    expect(t.assumption).toBe(true);
    expect(t.note?.fr).toMatch(/Hypothèse/);
  });
  it('the territory column of commune-stats.json covers the 267 communes', () => {
    const m = parseTerritoryColumn(read('commune-stats.json'));
    expect(m.size).toBe(267);
    expect(m.get('41269')).toBe('nord');
    expect(m.get('41018')).toBe('centre');
    expect(m.get('41194')).toBe('sud');
  });
  it('access-model.json: coefficients and a median error of about 8 %', () => {
    const m = parseAccessModel(read('access-model.json'));
    expect(m.medianRelError).toBeGreaterThan(0.05);
    expect(m.medianRelError).toBeLessThan(0.15);
    expect(m.model.minPerKm).toBeGreaterThan(0);
    expect(m.bridges.length).toBeGreaterThan(0);
  });
  it('iris.geojson: polygons of the 5 communes with several IRIS', () => {
    const features = parseIrisGeojson(read('iris.geojson'));
    expect(new Set(features.map((f) => f.properties.commune))).toEqual(new Set(['41018', '41269', '41194', '41136', '41295']));
  });
  it.each([
    ['territories', () => parseTerritories({ territories: [{ code: 1 }] })],
    ['territory column', () => parseTerritoryColumn({ columns: { code: ['41001'] } })],
    ['access model', () => parseAccessModel({ model: { interceptMin: 1 }, calibration: {} })],
    ['iris', () => parseIrisGeojson({ type: 'FeatureCollection', features: [{ geometry: { type: 'Point' }, properties: {} }] })],
  ])('rejects a malformed %s file', (_, parse) => expect(parse).toThrow(DataFormatError));
});
