import { describe, expect, it } from 'vitest';
import { langSection } from '../../../../src/domain/permalink/lang-section';
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
