import { describe, expect, it } from 'vitest';
import { accessDataFromFiles, parseAccessModelFile } from '../../../src/data/access-files.ts';
import { laeaToLonLat } from '../../../src/domain/geo/laea.ts';
import { realAccessData, readAccessFiles } from './access-fixture.ts';

describe('accessDataFromFiles (shared by the page and the CLI)', () => {
  const data = realAccessData();

  it('reads the 4,451 origins and the 279 sites (12 MDS + 267 town centres)', () => {
    expect(data.origins).toHaveLength(4451);
    expect(data.sites).toHaveLength(279);
    expect(data.sites.filter((s) => s.type === 'mds')).toHaveLength(12);
    expect(data.sites.filter((s) => s.type === 'mds' && s.statut === 'prevue').map((s) => s.commune)).toEqual(['41095', '41151', '41143', '41232', '41242']);
    expect(data.origins.reduce((a, o) => a + o.pop, 0)).toBeCloseTo(328_953, 0);
    expect(data.dense).toBeNull();
  });

  it('keeps the lower-left corner of each cell: corner + 500 m is the published centre', () => {
    for (const o of [0, 1000, 4450]) {
      const [lon, lat] = laeaToLonLat((data.cellX[o] as number) + 500, (data.cellY[o] as number) + 500);
      expect(lon).toBeCloseTo(data.origins[o]?.lon ?? NaN, 5);
      expect(lat).toBeCloseTo(data.origins[o]?.lat ?? NaN, 5);
    }
  });

  it('uses a shipped site-major matrix when the method is osm', () => {
    const f = readAccessFiles();
    const model = { ...(f.model as object), method: 'osm', matrixFile: 'times-sites.f32' };
    const n = 4451 * 279;
    const bytes = new Uint8Array(new Float32Array(n).fill(7).buffer);
    const osm = accessDataFromFiles(f.origins, f.sites, model, bytes);
    expect(osm.dense?.length).toBe(n);
    expect(() => accessDataFromFiles(f.origins, f.sites, model, bytes.subarray(0, 400))).toThrow(/valeurs pour/);
    expect(() => accessDataFromFiles(f.origins, f.sites, model, null)).toThrow(/manquante/);
  });

  it.each([
    { name: 'not an object', raw: 3, error: /objet JSON/ },
    { name: 'unknown method', raw: { method: 'car' }, error: /method/ },
    { name: 'model without slope', raw: { method: 'crow-calibrated', model: { interceptMin: 3 } }, error: /model/ },
  ])('rejects an access-model.json that is $name', ({ raw, error }) => {
    expect(() => parseAccessModelFile(raw)).toThrow(error);
  });

  it('rejects an unreadable Arrow file', () => {
    const f = readAccessFiles();
    expect(() => accessDataFromFiles(new Uint8Array([1, 2, 3]), f.sites, f.model)).toThrow(/origins\.arrow/);
  });
});
