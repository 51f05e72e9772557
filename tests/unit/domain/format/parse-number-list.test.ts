import { describe, expect, it } from 'vitest';
import { parseNumberList } from '../../../../src/domain/format/parse-number-list';

describe('parseNumberList', () => {
  it.each([
    { text: '10 ; 12,5 ; 20', lang: 'fr', expected: [10, 12.5, 20] },
    { text: '10 12,5 20', lang: 'fr', expected: [10, 12.5, 20] },
    { text: '12.5;\u22123', lang: 'fr', expected: [12.5, -3] }, // "." accepted, U+2212 minus
    { text: ',5 ; -0,25', lang: 'fr', expected: [0.5, -0.25] },
    { text: '10, 12.5, 20', lang: 'en', expected: [10, 12.5, 20] },
    { text: '12,5', lang: 'en', expected: [12, 5] }, // comma separates in English
    { text: 'abc ; 5', lang: 'fr', expected: [Number.NaN, 5] },
    { text: '1e3', lang: 'fr', expected: [Number.NaN] },
    { text: '10 %', lang: 'fr', expected: [10, Number.NaN] }, // no units
    { text: '', lang: 'fr', expected: [] },
    { text: '  ;  ', lang: 'en', expected: [] },
  ] as const)('"$text" ($lang)', ({ text, lang, expected }) => {
    expect(parseNumberList(text, lang)).toEqual(expected);
  });
});
