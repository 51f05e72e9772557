import { describe, expect, it } from 'vitest';
import { ifnByCommune, parseIfn } from '../../../scripts/lib/ifn.ts';

const header = '\ufeffCode Iris;Insee Com;Nom Iris;Type Iris;P16 Pop;SCORE GLOBAL departement 1;GLOBAL ACCES departement 1;GLOBAL COMPETENCES  departement 1;P16 Nscol15P;P16 Nscol15P Diplmin';
const rows = [
  ['410180101', '41018', 'A', 'H', '1000', '120', '110', '130', '800', '400'],
  ['410180102', '41018', 'B', 'H', '3000', '80', '90', '70', '2000', '600'],
  ['410010000', '41001', 'Ambloy', 'Z', '200', '95', '', '100', '150', '30'],
];

describe('digital fragility index by commune', () => {
  const iris = parseIfn(header, rows);
  const byCommune = ifnByCommune(iris, ['41001', '41018']);
  it('weights IRIS scores by 2016 population: (120×1000 + 80×3000) / 4000 = 90', () => {
    const b = byCommune.get('41018')!;
    expect(b.IFN_SCORE_POND! / b.IFN_POP16!).toBe(90);
    expect(b.P16_NSCOL15P_DIPLMIN! / b.P16_NSCOL15P!).toBe(1000 / 2800);
  });
  it('keeps a missing sub-score missing instead of averaging what is left', () => {
    const a = byCommune.get('41001')!;
    expect(a.IFN_ACCES_POND).toBeNull();
    expect(a.IFN_SCORE_POND).toBe(95 * 200);
  });
  it('rejects an IRIS of an unknown commune', () =>
    expect(() => ifnByCommune(iris, ['41018'])).toThrow('IRIS 410010000: commune 41001 is not in COG 2026'));
  it('names a missing column', () => expect(() => parseIfn('Code Iris;Insee Com', rows)).toThrow('column "Nom Iris" not found'));
});
