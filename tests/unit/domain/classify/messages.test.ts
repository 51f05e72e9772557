import { describe, expect, it } from 'vitest';
import { computeBreaks } from '../../../../src/domain/classify/compute-breaks';
import { manualBreaks } from '../../../../src/domain/classify/manual-breaks';
import { breaksMessage, messages } from '../../../../src/domain/classify/messages';
import { quantileBreaks } from '../../../../src/domain/classify/quantile-breaks';

/** Words that give French away in an English message. */
const FRENCH = /[éèêàçù«»]|\b(les|des|est|une|valeurs?|seuils?|reçu|classes au lieu)\b/i;

describe('break messages in both languages', () => {
  const all = [
    messages.noValues(),
    messages.invalidK(12),
    messages.invalidMean(),
    messages.invalidStep(0.25),
    messages.thresholdsCount(1),
    messages.thresholdNotFinite(2),
    messages.thresholdsNotIncreasing(12.5, 10),
    messages.allValuesEqual(1234.5),
    messages.fewerClasses(4, 6),
    messages.thresholdOutOfRange(12.5, 2.5, 10),
  ];

  it.each(all)('$code: the French message is the one built, the English one has no French', (issue) => {
    expect(breaksMessage(issue, 'fr')).toBe(issue.message);
    const en = breaksMessage(issue, 'en');
    expect(en).not.toBe('');
    expect(en).not.toMatch(FRENCH);
  });

  it('formats numbers per language', () => {
    const issue = messages.thresholdOutOfRange(12.5, 2.5, 1234.5);
    expect(breaksMessage(issue, 'fr')).toBe(
      "Le seuil 12,5 est hors de l'étendue des valeurs (de 2,5 à 1\u202f234,5) : il est ignoré.",
    );
    expect(breaksMessage(issue, 'en')).toBe(
      'Threshold 12.5 is outside the range of the values (2.5 to 1,234.5): it is ignored.',
    );
    expect(breaksMessage(messages.invalidStep(0.25), 'en')).toBe('The interval must be 1 or 0.5 standard deviation (got 0.25).');
  });

  it('keeps the parameters on the issues the break functions return', () => {
    const fewer = computeBreaks([1, 1, 1, 1, 2], { method: 'quantile', k: 5 });
    expect(fewer.ok && fewer.warnings.map((w) => [w.code, breaksMessage(w, 'en')])).toEqual([
      ['fewer-classes', '2 classes instead of 5: thresholds that were repeated or outside the range of the values were removed.'],
    ]);
    const bad = manualBreaks([1, 2, 3], [3, 2]);
    expect(bad.ok ? null : breaksMessage(bad.error, 'en')).toBe('Thresholds must be strictly increasing: 3 is followed by 2.');
    const k = quantileBreaks([1, 2, 3], 12);
    expect(k.ok ? null : breaksMessage(k.error, 'en')).toBe('The number of classes must be a whole number from 3 to 9 (got 12).');
  });
});
