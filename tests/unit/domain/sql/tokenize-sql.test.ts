import { describe, expect, it } from 'vitest';
import { tokenizeSql, type SqlToken } from '../../../../src/domain/sql/tokenize-sql';

const kinds = (sql: string) => {
  const tokens = tokenizeSql(sql);
  if (!Array.isArray(tokens)) throw new Error(`tokenize error ${tokens.error}`);
  return tokens.map((t: SqlToken) => [t.kind, t.value]);
};

describe('tokenizeSql', () => {
  it.each([
    { name: 'words, symbols and numbers', sql: 'SELECT a.b, 1.5e-3 FROM t', expected: [['word', 'SELECT'], ['word', 'a'], ['symbol', '.'], ['word', 'b'], ['symbol', ','], ['number', '1.5e-3'], ['word', 'FROM'], ['word', 't']] },
    { name: 'string with doubled quote', sql: "'l''eau'", expected: [['string', "l'eau"]] },
    { name: 'quoted identifier with doubled quote', sql: '"a""b"', expected: [['quoted', 'a"b']] },
    { name: 'E-string with backslash escape', sql: "E'a\\'b'", expected: [['string', "a'b"]] },
    { name: 'backslash in a standard string is a plain character', sql: "'a\\' ; x", expected: [['string', 'a\\'], ['semicolon', ';'], ['word', 'x']] },
    { name: 'word ending in e before a string is not an E-string', sql: "date'2024-01-01'", expected: [['word', 'date'], ['string', '2024-01-01']] },
    { name: 'dollar quotes', sql: '$$a;b$$ $q$c$$d$q$', expected: [['string', 'a;b'], ['string', 'c$$d']] },
    { name: 'comments are dropped', sql: 'a -- b ; c\n/* d ; */ e', expected: [['word', 'a'], ['word', 'e']] },
    { name: 'a number glued to a word is two tokens', sql: '1drop', expected: [['number', '1'], ['word', 'drop']] },
    { name: 'cast operator is two symbols', sql: 'x::INT', expected: [['word', 'x'], ['symbol', ':'], ['symbol', ':'], ['word', 'INT']] },
  ])('$name', ({ sql, expected }) => expect(kinds(sql)).toEqual(expected));

  it('records offsets', () => {
    const tokens = tokenizeSql("  SELECT 'x'");
    expect(tokens).toEqual([
      { kind: 'word', text: 'SELECT', value: 'SELECT', start: 2, end: 8 },
      { kind: 'string', text: "'x'", value: 'x', start: 9, end: 12 },
    ]);
  });

  it.each([
    { sql: "'abc", error: 'unterminated-string' },
    { sql: "E'abc\\'", error: 'unterminated-string' },
    { sql: '"abc', error: 'unterminated-identifier' },
    { sql: '/* abc', error: 'unterminated-comment' },
    { sql: '$1', error: 'dollar' },
  ])('error for $sql', ({ sql, error }) => expect(tokenizeSql(sql)).toMatchObject({ error }));
});
