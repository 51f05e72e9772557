import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../../src/domain/format/format-number';
import { unitLabel } from '../../../../src/domain/format/unit';

const NBSP = '\u00a0';

describe('units in both languages', () => {
  it.each([
    ['pour 10 000 hab.', 'per 10,000 inhab.'],
    ['hab./km²', 'inhab./km²'],
    ['hab.', 'inhab.'],
    ['indice', 'index'],
    ['%', '%'],
    ['€', '€'],
    ['min', 'min'],
    ['', ''],
  ])('%s → %s in English, unchanged in French', (fr, en) => {
    expect(unitLabel(fr, 'fr')).toBe(fr);
    expect(unitLabel(fr, 'en')).toBe(en);
  });

  it('a value per 10,000 inhabitants', () => {
    expect(formatNumber(3.25, { lang: 'fr', decimals: 1, unit: 'pour 10 000 hab.' })).toBe(`3,3${NBSP}pour 10 000 hab.`);
    expect(formatNumber(3.25, { lang: 'en', decimals: 1, unit: 'pour 10 000 hab.' })).toBe(`3.3${NBSP}per 10,000 inhab.`);
  });
});
