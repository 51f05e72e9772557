import type { Lang } from '../domain/types';

/** localStorage key of the language the reader chose with the language switch. */
export const LANG_STORAGE_KEY = 'obs41.lang';

const isLang = (v: unknown): v is Lang => v === 'fr' || v === 'en';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked (privacy settings, sandboxed frame)
  }
}

/** The language chosen on an earlier visit, or null (never chosen, storage unavailable or tampered with). */
export function rememberedLang(store: Storage | null = storage()): Lang | null {
  try {
    const value = store?.getItem(LANG_STORAGE_KEY) ?? null;
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the reader's choice for the next visits; @returns false when it could not be stored. */
export function rememberLang(lang: Lang, store: Storage | null = storage()): boolean {
  if (!store) return false;
  try {
    store.setItem(LANG_STORAGE_KEY, lang);
    return true;
  } catch {
    return false; // private mode, quota
  }
}
