import { describe, expect, it } from 'vitest';
import { buildCommunes, currentCodeMap, type CogCommuneRecord, type EpciRecord } from '../../../scripts/lib/cog.ts';

const records: CogCommuneRecord[] = [
  { code: '41059', nom: 'Le Controis-en-Sologne', type: 'commune-actuelle', arrondissement: '413', codesPostaux: ['41700', '41120'], anciensCodes: ['41082', '41257'] },
  { code: '41167', nom: 'Veuzain-sur-Loire', type: 'commune-actuelle', arrondissement: '411', codesPostaux: ['41150'] },
  { code: '41272', nom: 'Veuves', type: 'commune-deleguee', chefLieu: '41167' },
  { code: '41167', nom: 'Onzain', type: 'commune-deleguee', chefLieu: '41167' },
];
const epcis: EpciRecord[] = [
  { code: '200072064', nom: 'CC Val-de-Cher-Controis', membres: [{ code: '41059', nom: 'Le Controis-en-Sologne' }] },
  { code: '200030385', nom: 'CA Agglopolys', membres: [{ code: '41167', nom: 'Veuzain-sur-Loire' }, { code: '45001', nom: 'hors 41' }] },
];

describe('buildCommunes', () => {
  const { communes, former } = buildCommunes(records, epcis);
  it('keeps current communes only, with their EPCI and sorted postcodes', () => {
    expect(communes.map((c) => [c.code, c.epciCode, c.codesPostaux.join(' ')])).toEqual([
      ['41059', '200072064', '41120 41700'],
      ['41167', '200030385', '41150'],
    ]);
  });
  it('lists former names with their current commune', () =>
    expect(former).toEqual([{ code: '41167', nom: 'Onzain', current: '41167' }, { code: '41272', nom: 'Veuves', current: '41167' }]));
  it('fails when a commune has no EPCI', () =>
    expect(() => buildCommunes(records, [epcis[0]])).toThrow('commune 41167 Veuzain-sur-Loire belongs to 0 EPCI'));
  it('fails when an EPCI names a commune that does not exist', () =>
    expect(() => buildCommunes(records, [...epcis, { code: 'X', nom: 'X', membres: [{ code: '41500', nom: '?' }] }])).toThrow('EPCI X lists 41500'));
});

describe('currentCodeMap', () => {
  const m = currentCodeMap(records);
  it.each([
    ['41082', '41059'], // merged into Le Controis-en-Sologne (anciensCodes)
    ['41272', '41167'], // commune déléguée Veuves → Veuzain-sur-Loire
    ['41059', '41059'],
  ])('%s → %s', (from, to) => expect(m.get(from)).toBe(to));
  it('knows nothing of a code outside COG', () => expect(m.get('41999')).toBeUndefined());
});
