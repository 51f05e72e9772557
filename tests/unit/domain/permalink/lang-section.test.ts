import { describe, expect, it } from 'vitest';
import { startLanguage, langSection } from '../../../../src/domain/permalink/lang-section';
import { decodeState, encodeState, DEFAULT_STATE } from './fixtures';

describe('language in the permalink', () => {
  it('writes English, never French (the default view keeps an empty hash)', () => {
    expect(encodeState({ ...DEFAULT_STATE, lang: 'en' })).toBe('lang=en');
    expect(encodeState({ ...DEFAULT_STATE, lang: 'fr' })).toBe('');
    expect(encodeState(DEFAULT_STATE)).toBe('');
  });

  it('a link without lang says nothing (null: the remembered language applies)', () => {
    expect(langSection.defaultValue).toBeNull();
    expect(decodeState('page=acces').state.lang).toBeNull();
  });

  it('reads lang=en and lang=fr', () => {
    expect(decodeState('lang=en').state.lang).toBe('en');
    expect(decodeState('lang=fr').state.lang).toBe('fr');
    expect(decodeState('lang=%20en%20').state.lang).toBe('en');
  });

  it.each(['de', 'EN', '', '__proto__', 'en,fr'])('refuses lang=%s with a notice', (raw) => {
    const { state, notices } = decodeState(`lang=${raw}`);
    expect(state.lang).toBeNull();
    expect(notices.map((n) => [n.code, n.key])).toEqual([['invalid', 'lang']]);
  });

  it('is a continuous key: switching language replaces the history entry', () => {
    expect(langSection.replaceKeys).toEqual(['lang']);
  });
});

describe('startLanguage', () => {
  it.each([
    { hash: '', remembered: null, expected: 'fr' },
    { hash: '', remembered: 'en', expected: 'en' },
    { hash: '#lang=en', remembered: null, expected: 'en' },
    { hash: '#page=acces&lang=en', remembered: 'fr', expected: 'en' },
    // the link forces French over an English preference
    { hash: '#lang=fr', remembered: 'en', expected: 'fr' },
    // a link without lang keeps the preference
    { hash: '#page=comparer', remembered: 'en', expected: 'en' },
    // unknown value, repeated key, garbage: the preference (or French) holds
    { hash: '#lang=de', remembered: null, expected: 'fr' },
    { hash: '#lang=de', remembered: 'en', expected: 'en' },
    { hash: '#lang=%E0%A4%A', remembered: null, expected: 'fr' },
    { hash: '#LANG=en', remembered: null, expected: 'en' },
    // an in-page anchor is no link
    { hash: '#panel', remembered: 'en', expected: 'en' },
    { hash: '#panel', remembered: null, expected: 'fr' },
  ] as const)('$hash, remembered $remembered → $expected', ({ hash, remembered, expected }) => {
    expect(startLanguage(hash, remembered)).toBe(expected);
  });
});
