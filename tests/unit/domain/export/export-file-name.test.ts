import { describe, expect, it } from 'vitest';
import { exportFileName, fileSlug, localIsoDate } from '../../../../src/domain/export/export-file-name';

const date = new Date(2026, 10, 23, 23, 59); // local time: the calendar day the user sees

describe('exportFileName', () => {
  it.each([
    { parts: ['taux-pauvrete', 'commune'], ext: 'png', expected: 'observatoire-41_taux-pauvrete_commune_2026-11-23.png' },
    { parts: ['part-75-plus', 'epci', 'a4-300dpi'], ext: 'png', expected: 'observatoire-41_part-75-plus_epci_a4-300dpi_2026-11-23.png' },
    { parts: ['donnees', 'revenu-median', 'territoire'], ext: 'parquet', expected: 'observatoire-41_donnees_revenu-median_territoire_2026-11-23.parquet' },
    { parts: ['Scénario « Sud » n°2', ''], ext: 'csv', expected: 'observatoire-41_scenario-sud-n-2_2026-11-23.csv' },
    { parts: [], ext: 'svg', expected: 'observatoire-41_2026-11-23.svg' },
  ])('$expected', ({ parts, ext, expected }) => expect(exportFileName(parts, date, ext)).toBe(expected));

  it('slugs accents, case, punctuation and path characters away', () => {
    expect(fileSlug('Taux de pauvreté (%)')).toBe('taux-de-pauvrete');
    expect(fileSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(fileSlug('Œuvre — Ça')).toBe('uvre-ca');
    expect(fileSlug('x'.repeat(100))).toHaveLength(60);
  });

  it('writes the local calendar day with zero padding', () => {
    expect(localIsoDate(new Date(2027, 0, 5, 0, 1))).toBe('2027-01-05');
  });
});
