import { describe, expect, it } from 'vitest';
import { classCounts } from '../../../../src/domain/classify/class-counts';
import { manualBreaks } from '../../../../src/domain/classify/manual-breaks';
import { parseNumberList } from '../../../../src/domain/format/parse-number-list';
import { expectOk, warningCodes } from './expect-ok';

const values = [5, 10, 15, 20, 25, null];

describe('manualBreaks', () => {
  it.each([
    {
      // [5,10) {5} | [10,20) {10,15} | [20,25] {20,25}: a value on a threshold goes up
      name: 'thresholds inside the range',
      thresholds: [10, 20],
      expected: [10, 20],
      counts: [1, 2, 2],
      warnings: [],
    },
    {
      // 0 ≤ min and 30 > max are dropped → [10]: {5} | {10,15,20,25}
      name: 'thresholds outside the range are dropped with a warning each',
      thresholds: [0, 10, 30],
      expected: [10],
      counts: [1, 4],
      warnings: ['threshold-out-of-range', 'threshold-out-of-range', 'fewer-classes'],
    },
    {
      // 5 = min would open an empty first class → dropped; 25 = max kept: last class [25, 25]
      name: 'a threshold at min is dropped, one at max is kept',
      thresholds: [5, 15, 25],
      expected: [15, 25],
      counts: [2, 2, 1],
      warnings: ['threshold-out-of-range', 'fewer-classes'],
    },
    {
      name: 'eight thresholds (9 classes) are accepted',
      thresholds: [6, 7, 8, 9, 11, 12, 13, 14],
      expected: [6, 7, 8, 9, 11, 12, 13, 14],
      // 5 | - | - | - | 10 | - | - | - | 15,20,25
      counts: [1, 0, 0, 0, 1, 0, 0, 0, 3],
      warnings: [],
    },
  ])('$name', ({ thresholds, expected, counts, warnings }) => {
    const result = manualBreaks(values, thresholds);
    const breaks = expectOk(result);
    expect(breaks.thresholds).toEqual(expected);
    expect(breaks.requestedK).toBe(thresholds.length + 1);
    expect(breaks.method).toBe('manual');
    expect(classCounts(values, breaks)).toEqual({ counts, missing: 1 });
    expect(warningCodes(result)).toEqual(warnings);
  });

  it('out-of-range warning names the threshold and the range in French', () => {
    const result = manualBreaks([2.5, 10], [5, 12.5]);
    expect(result.ok && result.warnings[0]?.message).toBe(
      "Le seuil 12,5 est hors de l'étendue des valeurs (de 2,5 à 10) : il est ignoré.",
    );
  });

  it.each([
    { name: 'none', thresholds: [], code: 'thresholds-count', message: 'Saisissez entre 2 et 8 seuils pour obtenir de 3 à 9 classes (reçu : 0).' },
    { name: 'one (2 classes)', thresholds: [10], code: 'thresholds-count', message: 'Saisissez entre 2 et 8 seuils pour obtenir de 3 à 9 classes (reçu : 1).' },
    { name: 'nine (10 classes)', thresholds: [1, 2, 3, 4, 5, 6, 7, 8, 9], code: 'thresholds-count', message: 'Saisissez entre 2 et 8 seuils pour obtenir de 3 à 9 classes (reçu : 9).' },
    { name: 'NaN second', thresholds: [10, Number.NaN], code: 'threshold-not-finite', message: "Le seuil n° 2 n'est pas un nombre valide." },
    { name: 'Infinity first', thresholds: [Infinity, 1], code: 'threshold-not-finite', message: "Le seuil n° 1 n'est pas un nombre valide." },
    { name: 'decreasing', thresholds: [12.5, 10], code: 'thresholds-not-increasing', message: 'Les seuils doivent être strictement croissants : 12,5 est suivi de 10.' },
    { name: 'repeated', thresholds: [10, 20, 20], code: 'thresholds-not-increasing', message: 'Les seuils doivent être strictement croissants : 20 est suivi de 20.' },
  ])('rejects $name', ({ thresholds, code, message }) => {
    const result = manualBreaks(values, thresholds);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.error.code, result.error.message]).toEqual([code, message]);
  });

  it('valid thresholds but no value → no-values', () => {
    const result = manualBreaks([null, Number.NaN], [1, 2]);
    expect(result.ok ? null : result.error.code).toBe('no-values');
  });

  it('works with thresholds typed in French', () => {
    const typed = parseNumberList('10 ; 12,5', 'fr');
    expect(expectOk(manualBreaks(values, typed)).thresholds).toEqual([10, 12.5]);
    const bad = manualBreaks(values, parseNumberList('10 ; x ; 30', 'fr'));
    expect(bad.ok ? null : bad.error.message).toBe("Le seuil n° 2 n'est pas un nombre valide.");
  });
});
