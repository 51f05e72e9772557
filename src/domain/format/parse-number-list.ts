import type { Lang } from '../types';

const NUMBER = /^[-+\u2212]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * Parses user-typed thresholds such as "10 ; 12,5 ; 20" (fr) or "10, 12.5, 20" (en).
 *
 * Separators: ";" and whitespace, plus "," in English. Decimal mark: "," or "." in French,
 * "." in English. No thousands separators and no units. A minus may be "-" or "−" (U+2212).
 *
 * @returns one number per token, NaN for a token that is not a number (`manualBreaks`
 *   then reports its position); [] for blank text
 */
export function parseNumberList(text: string, lang: Lang): number[] {
  const separators = lang === 'en' ? /[;,\s]+/ : /[;\s]+/;
  return text
    .split(separators)
    .filter((token) => token !== '')
    .map((token) =>
      NUMBER.test(token) ? Number(token.replace(',', '.').replace('\u2212', '-')) : Number.NaN,
    );
}
