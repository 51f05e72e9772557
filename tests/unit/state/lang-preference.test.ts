import { describe, expect, it } from 'vitest';
import { LANG_STORAGE_KEY, rememberLang, rememberedLang } from '../../../src/state/lang-preference';

/** A Map-backed Storage; `fail` makes it throw as a blocked or full storage does. */
function memoryStorage(fail: { get?: boolean; set?: boolean } = {}): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => {
      if (fail.get) throw new Error('SecurityError');
      return items.get(k) ?? null;
    },
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => {
      if (fail.set) throw new Error('QuotaExceededError');
      items.set(k, v);
    },
  };
}

describe('remembered language', () => {
  it('nothing remembered on a first visit', () => {
    expect(rememberedLang(memoryStorage())).toBeNull();
  });

  it('remembers the choice', () => {
    const store = memoryStorage();
    expect(rememberLang('en', store)).toBe(true);
    expect(store.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(rememberedLang(store)).toBe('en');
    rememberLang('fr', store);
    expect(rememberedLang(store)).toBe('fr');
  });

  it('ignores a tampered value', () => {
    const store = memoryStorage();
    store.setItem(LANG_STORAGE_KEY, '<script>');
    expect(rememberedLang(store)).toBeNull();
  });

  it('survives a storage that is missing, blocked or full', () => {
    expect(rememberedLang(null)).toBeNull();
    expect(rememberLang('en', null)).toBe(false);
    expect(rememberedLang(memoryStorage({ get: true }))).toBeNull();
    expect(rememberLang('en', memoryStorage({ set: true }))).toBe(false);
  });
});
