import { describe, expect, it } from 'vitest';
import { BASE_CC_COLUMNS, DCL_COLUMNS, buildStats, sumOrNull } from '../../../scripts/lib/stats.ts';

/** A fixture row with every required column; ages sum to P22_POP = 100. */
function rows(code: string, overA: Record<string, string> = {}, overB: Record<string, string> = {}) {
  const a: Record<string, string> = { CODGEO: code };
  for (const c of BASE_CC_COLUMNS) a[c] = '1';
  Object.assign(a, { P22_POP: '100', P16_POP: '90', MED21: '21000', TP6021: 's', PIMP21: '45,5' }, overA);
  const b: Record<string, string> = { CODGEO: code };
  for (const c of DCL_COLUMNS) b[c] = '1';
  Object.assign(b, {
    P16_POP: '90.0', P22_POP0014: '10', P22_POP1529: '15', P22_POP3044: '20', P22_POP4559: '25',
    P22_POP6074: '18', P22_POP7589: '10.5', P22_POP90P: '1.5', C22_COUPAENF: '4', C22_FAMMONO: '2', C22_COUPSENF: '6',
  }, overB);
  return { a, b };
}

describe('buildStats', () => {
  const x = rows('41001');
  const result = buildStats(['41001'], [x.a], [x.b]);
  const r = result.rows[0];
  it('parses the decimal comma and keeps withheld values missing', () => {
    expect(r.PIMP21).toBe(45.5);
    expect(r.TP6021).toBeNull(); // `s`, never 0
    expect(result.withheld).toEqual({ TP6021: 1 });
  });
  it('adds the derived sums (60+, 75+, families)', () => {
    expect(r.P22_POP60P).toBe(30); // 18 + 10.5 + 1.5
    expect(r.P22_POP75P).toBe(12); // 10.5 + 1.5
    expect(r.C22_FAM).toBe(12); // 4 + 2 + 6
  });
  it('fails on an orphan code and on a missing commune, listing both', () => {
    const y = rows('41999');
    expect(() => buildStats(['41001', '41002'], [x.a, y.a], [x.b])).toThrow(
      /41999, which is not a COG 2026 commune[\s\S]*commune 41002 missing from base_cc/,
    );
  });
  it('fails when the age bands do not add up to the population', () => {
    const z = rows('41001', {}, { P22_POP90P: '9' });
    expect(() => buildStats(['41001'], [z.a], [z.b])).toThrow('commune 41001: age bands sum to 107.5, P22_POP is 100');
  });
  it('names the file, commune and column of an unreadable number', () => {
    const z = rows('41001', { MED21: '21 000 €' });
    expect(() => buildStats(['41001'], [z.a], [z.b])).toThrow('base_cc_comparateur_41.csv, commune 41001, column MED21: not a number');
  });
});

describe('sumOrNull', () => {
  it.each([
    { parts: [1, 2, 3.5], expected: 6.5 },
    { parts: [1, null, 3], expected: null }, // a partial sum would understate the total
    { parts: [], expected: 0 },
  ])('$parts → $expected', ({ parts, expected }) => expect(sumOrNull(parts)).toBe(expected));
});
