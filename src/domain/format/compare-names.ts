/**
 * Alphabetical order of place names as `Intl.Collator('fr-FR').compare` gives it (CLDR's root
 * collation, which French uses unchanged), computed without Intl.
 *
 * Why: a page's first Intl object loads ICU's data, 15-30 ms in one task on this machine. The
 * commune list is sorted while the first map is painted; it must not pay that.
 *
 * Covered: letters a-z with the diacritics of French and its neighbours (Latin-1 and the common
 * Latin Extended-A letters, œ and æ as two letters), digits, spaces and ASCII punctuation in
 * CLDR's order (space < _ < - < , < ; < : < ! < ? < . < ' < " < ( < ) …, all before digits,
 * digits before letters). Ties on letters are broken as the collator does: unaccented before
 * accented (acute < grave < circumflex < ring < diaeresis < tilde < cedilla), then lower case
 * before upper case. Characters outside this set sort by code point after the letters.
 * The unit tests check the order of all 267 communes of Loir-et-Cher against Intl.Collator.
 */

/** Base letters (primary), accent (secondary rank) of the accented letters handled. */
const FOLD: Record<string, [string, number]> = {};
const ACCENTED: Array<[string, string]> = [
  // accent rank 1 acute, 2 grave, 3 circumflex, 4 ring, 5 diaeresis, 6 tilde, 7 cedilla, 8 caron
  ['a', 'á1à2â3å4ä5ã6ǎ8'],
  ['c', 'ç7č8'],
  ['e', 'é1è2ê3ë5ě8'],
  ['i', 'í1ì2î3ï5ĩ6'],
  ['n', 'ń1ñ6ň8'],
  ['o', 'ó1ò2ô3ö5õ6'],
  ['u', 'ú1ù2û3ů4ü5ũ6'],
  ['y', 'ý1ỳ2ŷ3ÿ5'],
  ['s', 'ś1ş7š8'],
  ['z', 'ź1ž8'],
  ['r', 'ř8'],
];
for (const [base, list] of ACCENTED) {
  for (let i = 0; i < list.length; i += 2) {
    const char = list[i] as string;
    const rank = Number(list[i + 1]);
    FOLD[char] = [base, rank];
    FOLD[char.toUpperCase()] = [base, rank];
  }
}
const EXPANSIONS: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Punctuation in CLDR root order; each sorts before digits and letters. */
const PUNCTUATION = ` _-,;:!?.'‘’"()[]{}@*/\\&#%\`^+<=>|~$`;

/** Primary, secondary and tertiary keys of a name, compared in that order. */
interface NameKey {
  primary: string;
  secondary: string;
  tertiary: string;
}

function keyOf(name: string): NameKey {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  for (const char of name) {
    const lower = char.toLowerCase();
    const upper = lower !== char;
    const punctuation = PUNCTUATION.indexOf(char);
    if (punctuation >= 0) {
      primary += String.fromCharCode(1 + punctuation);
      continue;
    }
    const folded = FOLD[lower];
    const expansion = EXPANSIONS[lower];
    const letters = folded ? folded[0] : (expansion ?? lower);
    for (let i = 0; i < letters.length; i++) {
      const code = letters.charCodeAt(i);
      // digits and a-z keep their order (digits first); anything else after them, by code point
      primary += (code >= 48 && code <= 57) || (code >= 97 && code <= 122) ? letters[i] : String.fromCharCode(0x100 + code);
      secondary += String.fromCharCode(48 + (folded ? folded[1] : 0));
      tertiary += upper ? '1' : '0';
    }
  }
  return { primary, secondary, tertiary };
}

/** Keys level by level, then the names' code units: 0 only for the same name. */
function compareKeyed(a: { name: string; key: NameKey }, b: { name: string; key: NameKey }): number {
  for (const level of ['primary', 'secondary', 'tertiary'] as const) {
    if (a.key[level] !== b.key[level]) return a.key[level] < b.key[level] ? -1 : 1;
  }
  return a.name === b.name ? 0 : a.name < b.name ? -1 : 1;
}

/** Compares two names as the French collator would (see the module's notes); 0 only for equal names. */
export function compareNames(a: string, b: string): number {
  return compareKeyed({ name: a, key: keyOf(a) }, { name: b, key: keyOf(b) });
}

/** Sorts items by name in that order, each name keyed once. Returns a new array. */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  const keyed = items.map((item) => {
    const name = nameOf(item);
    return { item, name, key: keyOf(name) };
  });
  return keyed.sort(compareKeyed).map((k) => k.item);
}
