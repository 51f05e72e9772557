import { describe, expect, it } from 'vitest';
import { compactKey, normalizeSearchText } from '../../../../src/domain/search/normalize-search-text';

describe('normalizeSearchText', () => {
  const cases = [
    { name: 'accents and case', text: 'Vendôme', expected: 'vendome' },
    { name: 'typed without accent', text: 'VENDOME', expected: 'vendome' },
    { name: 'hyphens become spaces', text: 'Saint-Aignan', expected: 'saint aignan' },
    { name: '"st" is written out', text: 'st aignan', expected: 'saint aignan' },
    { name: '"St-" with a hyphen and a dot', text: 'St.-Aignan', expected: 'saint aignan' },
    { name: '"ste" is written out', text: 'Ste Gemmes', expected: 'sainte gemmes' },
    { name: 'typographic apostrophe', text: 'Les Roches-l’Évêque', expected: 'les roches l eveque' },
    { name: 'straight apostrophe', text: "Le Plessis-l'Échelle", expected: 'le plessis l echelle' },
    { name: 'ligature œ', text: 'Villefrancœur', expected: 'villefrancoeur' },
    { name: 'runs of separators and blanks', text: '  la   chapelle--vicomtesse ', expected: 'la chapelle vicomtesse' },
    { name: '"st" inside a word is kept', text: 'Chastre', expected: 'chastre' },
    { name: 'digits kept', text: '41 000', expected: '41 000' },
    { name: 'blank', text: ' - ', expected: '' },
  ];
  it.each(cases)('$name', ({ text, expected }) => expect(normalizeSearchText(text)).toBe(expected));

  it('compact key drops the spaces', () => {
    expect(compactKey('saint aignan')).toBe('saintaignan');
  });
});
