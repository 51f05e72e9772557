import { describe, expect, it } from 'vitest';
import { english } from '../../../src/i18n/en';
import { FRENCH_PARTS, frenchText, isMessageKey } from '../../../src/i18n/fr';

describe('French texts, looked up part by part', () => {
  it('no key is defined in two parts (a merge would have kept the last one silently)', () => {
    const seen = new Map<string, number>();
    const twice: string[] = [];
    FRENCH_PARTS.forEach((part, i) => {
      for (const key of Object.keys(part)) {
        if (seen.has(key)) twice.push(`${key} (parts ${seen.get(key)} and ${i})`);
        seen.set(key, i);
      }
    });
    expect(twice).toEqual([]);
    expect(seen.size).toBeGreaterThan(1000);
  });

  it('finds a key of the first part and of the last', () => {
    expect(frenchText('app.title')).toBe('Observatoire des solidarités du Loir-et-Cher');
    const last = FRENCH_PARTS[FRENCH_PARTS.length - 1] as Record<string, string>;
    const [key, text] = Object.entries(last)[0] as [string, string];
    expect(frenchText(key)).toBe(text);
  });

  it('tells UI keys from other strings, inherited names included', () => {
    expect(isMessageKey('app.title')).toBe(true);
    expect(isMessageKey('opendata.file.nope')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
    expect(isMessageKey('__proto__')).toBe(false);
  });

  it('English has exactly the French keys', () => {
    const french = FRENCH_PARTS.flatMap((p) => Object.keys(p)).sort();
    expect(Object.keys(english).sort()).toEqual(french);
  });
});
