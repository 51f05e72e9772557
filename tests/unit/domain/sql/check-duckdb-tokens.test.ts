import { describe, expect, it } from 'vitest';
import { checkDuckdbTokens, DUCKDB_TOKEN as T } from '../../../../src/domain/sql/check-duckdb-tokens';

/** Token lists written by hand in the shape duckdb-wasm's tokenize() returns (offsets + types). */
describe('checkDuckdbTokens', () => {
  it('accepts a plain select', () => {
    const sql = "SELECT 'a;b' AS \"drop\" FROM stats";
    expect(checkDuckdbTokens(sql, { offsets: [0, 7, 13, 16, 23, 28], types: [T.keyword, T.string, T.keyword, T.identifier, T.keyword, T.identifier] })).toBeNull();
  });

  it('refuses a ";" that DuckDB sees in the middle (e.g. after an E-string)', () => {
    const sql = "SELECT E'\\'' ; DROP TABLE x";
    expect(checkDuckdbTokens(sql, { offsets: [0, 7, 13, 15, 20, 26], types: [T.keyword, T.string, T.operator, T.keyword, T.keyword, T.identifier] })).toEqual({ code: 'multiple', word: ';', at: 13 });
  });

  it('refuses a forbidden keyword DuckDB sees outside a string', () => {
    const sql = 'SELECT 1 drop';
    expect(checkDuckdbTokens(sql, { offsets: [0, 7, 9], types: [T.keyword, T.numeric, T.keyword] })).toMatchObject({ code: 'forbidden-word', word: 'drop' });
  });

  it('refuses a file reader called as a function', () => {
    const sql = "SELECT * FROM read_csv ('x')";
    expect(checkDuckdbTokens(sql, { offsets: [0, 7, 9, 14, 23, 24, 27], types: [T.keyword, T.operator, T.keyword, T.identifier, T.operator, T.string, T.operator] })).toMatchObject({ code: 'file-function', word: 'read_csv' });
  });

  it('ignores comments, and a trailing ";"', () => {
    const sql = 'SELECT 1 -- drop\n;';
    expect(checkDuckdbTokens(sql, { offsets: [0, 7, 9, 17], types: [T.keyword, T.numeric, T.comment, T.operator] })).toBeNull();
  });

  it('does not read a quoted identifier as a keyword', () => {
    const sql = 'SELECT "delete"';
    expect(checkDuckdbTokens(sql, { offsets: [0, 7], types: [T.keyword, T.identifier] })).toBeNull();
  });
});
