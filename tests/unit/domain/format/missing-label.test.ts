import { describe, expect, it } from 'vitest';
import { MISSING_VALUE, missingLabel } from '../../../../src/domain/format/missing-label';

describe('missingLabel', () => {
  it.each([
    { lang: 'fr', expected: 'Non disponible (secret statistique ou donnée absente)' },
    { lang: 'en', expected: 'Not available (statistical confidentiality or missing data)' },
  ] as const)('$lang', ({ lang, expected }) => {
    expect(missingLabel(lang)).toBe(expected);
  });

  it('the placeholder is an em dash', () => {
    expect(MISSING_VALUE).toBe('\u2014');
  });
});
