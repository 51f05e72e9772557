import { afterEach, describe, expect, it } from 'vitest';
import { i18n, loadEnglish, t } from '../../../src/i18n/i18n.svelte';

describe('English texts, a chunk loaded on demand', () => {
  afterEach(() => {
    i18n.lang = 'fr';
  });

  it('shows French until the English texts are loaded, then English', async () => {
    i18n.lang = 'en';
    // asked for English before the chunk is there: French, and the load starts
    expect(t('app.title')).toBe('Observatoire des solidarités du Loir-et-Cher');
    await loadEnglish();
    expect(t('app.title')).toBe('Loir-et-Cher solidarity observatory');
    expect(t('lang.label')).toBe('Language');
    i18n.lang = 'fr';
    expect(t('app.title')).toBe('Observatoire des solidarités du Loir-et-Cher');
  });

  it('loads once', async () => {
    const a = loadEnglish();
    const b = loadEnglish();
    expect(a).toBe(b);
    await a;
  });
});
