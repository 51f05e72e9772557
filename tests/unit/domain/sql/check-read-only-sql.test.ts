import { describe, expect, it } from 'vitest';
import { checkReadOnlySql } from '../../../../src/domain/sql/check-read-only-sql';
import type { SqlRefusalCode } from '../../../../src/domain/sql/sql-refusal';

const allowed: { name: string; sql: string; statement?: string }[] = [
  { name: 'simple select', sql: 'SELECT 1' },
  { name: 'lower case, trailing semicolon', sql: 'select * from stats;', statement: 'select * from stats' },
  { name: 'trailing semicolon then comment', sql: 'SELECT 1; -- fin', statement: 'SELECT 1' },
  { name: 'CTE', sql: 'WITH x AS (SELECT 1 AS a) SELECT * FROM x' },
  { name: 'FROM-first', sql: 'FROM stats LIMIT 5' },
  { name: 'VALUES', sql: "VALUES (1, 'a'), (2, 'b')" },
  { name: 'TABLE', sql: 'TABLE communes' },
  { name: 'DESCRIBE', sql: 'DESCRIBE stats' },
  { name: 'SHOW TABLES', sql: 'SHOW TABLES' },
  { name: 'SUMMARIZE', sql: 'SUMMARIZE stats' },
  { name: 'EXPLAIN', sql: 'EXPLAIN SELECT count(*) FROM stats' },
  { name: 'EXPLAIN ANALYZE', sql: 'EXPLAIN ANALYZE SELECT 1' },
  { name: 'PRAGMA table_info', sql: "PRAGMA table_info('stats')" },
  { name: 'PRAGMA show_tables', sql: 'pragma show_tables;', statement: 'pragma show_tables' },
  { name: 'parenthesised query', sql: '(SELECT 1) UNION ALL (SELECT 2)' },
  { name: '";" inside a string', sql: "SELECT 'a;b' AS x" },
  { name: 'keyword inside a string', sql: "SELECT nom FROM communes WHERE nom = 'DROP TABLE stats'" },
  { name: 'keyword as a quoted identifier', sql: 'SELECT 1 AS "drop", 2 AS "set", 3 AS "delete"' },
  { name: 'quoted identifier with ";" and quotes', sql: 'SELECT 1 AS "a;""b"' },
  { name: 'keyword inside a line comment', sql: 'SELECT 1 -- DROP TABLE stats; \n FROM stats' },
  { name: 'keyword inside a block comment', sql: 'SELECT /* ; DELETE FROM stats */ 1' },
  { name: 'doubled quote in a string', sql: "SELECT 'l''eau; DROP' AS x" },
  { name: 'E-string with an escaped quote', sql: "SELECT E'it\\'s; drop' AS x" },
  { name: 'dollar-quoted string', sql: 'SELECT $$ a ; drop table stats $$ AS x' },
  { name: 'tagged dollar-quoted string', sql: 'SELECT $t$ $$ ; delete $t$ AS x' },
  { name: 'column names that contain keywords', sql: 'SELECT settled, updated_at, created FROM (SELECT 1 AS settled, 2 AS updated_at, 3 AS created)' },
  { name: 'replace() is a string function', sql: "SELECT replace(nom, '-', ' ') FROM communes" },
  { name: 'ratio with slash in an alias', sql: 'SELECT P22_POP / SUPERF AS "densité (hab./km²)" FROM stats' },
  { name: 'string that is not a path', sql: "SELECT * FROM services WHERE type = 'mds'" },
  { name: 'numbers', sql: 'SELECT 1.5e3, .5, 0x1F, 1_000' },
  { name: 'information_schema', sql: 'SELECT table_name, column_name, data_type FROM information_schema.columns' },
  { name: 'pragma_table_info table function', sql: "SELECT * FROM pragma_table_info('stats')" },
  { name: 'unicode identifiers', sql: 'SELECT 1 AS é, 2 AS "année"' },
  { name: 'a typo is left to DuckDB (syntax error)', sql: 'SELEC 1' },
  { name: 'DESC', sql: 'DESC stats' },
  { name: 'leading comment', sql: '-- population\nSELECT sum(P22_POP) FROM stats' },
];

const refused: { name: string; sql: string; code: SqlRefusalCode; word?: string }[] = [
  { name: 'empty', sql: '   ', code: 'empty' },
  { name: 'only a comment', sql: '-- rien', code: 'empty' },
  { name: 'only a semicolon', sql: ';', code: 'empty' },
  { name: 'second statement after ;', sql: 'SELECT 1; DROP TABLE stats', code: 'multiple' },
  { name: 'two selects', sql: 'SELECT 1; SELECT 2;', code: 'multiple' },
  { name: 'double semicolon', sql: 'SELECT 1;;', code: 'multiple' },
  { name: 'DROP TABLE', sql: 'DROP TABLE stats', code: 'first-word', word: 'DROP' },
  { name: 'DELETE', sql: 'delete from stats', code: 'first-word', word: 'delete' },
  { name: 'BEGIN', sql: 'BEGIN TRANSACTION', code: 'first-word' },
  { name: 'COMMIT', sql: 'COMMIT', code: 'first-word' },
  { name: 'a number first', sql: '1', code: 'first-word' },
  { name: 'a string first', sql: "'x'", code: 'first-word' },
  { name: 'START TRANSACTION', sql: 'START TRANSACTION', code: 'first-word' },
  { name: 'END', sql: 'END', code: 'first-word' },
  { name: 'typo followed by a write', sql: 'SELEC 1; DROP TABLE stats', code: 'multiple' },
  { name: 'typo hiding a forbidden word', sql: 'SELEC * FROM stats WHERE drop', code: 'forbidden-word' },
  { name: 'ATTACH', sql: "ATTACH 'x.db'", code: 'first-word' },
  { name: 'SET', sql: "SET threads = 1", code: 'first-word' },
  { name: 'INSTALL', sql: 'INSTALL httpfs', code: 'first-word' },
  { name: 'LOAD', sql: 'LOAD parquet', code: 'first-word' },
  { name: 'COPY', sql: "COPY stats TO 'x.csv'", code: 'first-word' },
  { name: 'CALL', sql: 'CALL pragma_version()', code: 'first-word' },
  { name: 'CTE followed by INSERT', sql: 'WITH x AS (SELECT 1) INSERT INTO stats SELECT * FROM x', code: 'forbidden-word', word: 'INSERT' },
  { name: 'CTE with DELETE', sql: 'WITH d AS (DELETE FROM stats RETURNING *) SELECT * FROM d', code: 'forbidden-word', word: 'DELETE' },
  { name: 'EXPLAIN of a write', sql: 'EXPLAIN UPDATE stats SET P22_POP = 0', code: 'forbidden-word', word: 'UPDATE' },
  { name: 'PRAGMA that sets', sql: 'PRAGMA threads = 1', code: 'pragma' },
  { name: 'PRAGMA enable_profiling', sql: 'PRAGMA enable_profiling', code: 'pragma' },
  { name: 'PRAGMA table_info with =', sql: "PRAGMA table_info = 'x'", code: 'pragma' },
  { name: 'read_csv', sql: "select * from read_csv('x')", code: 'file-function', word: 'read_csv' },
  { name: 'read_parquet in upper case', sql: "SELECT * FROM READ_PARQUET('s')", code: 'file-function' },
  { name: 'read_json_auto', sql: "SELECT * FROM read_json_auto('s')", code: 'file-function' },
  { name: 'parquet_scan', sql: "SELECT * FROM parquet_scan('s')", code: 'file-function' },
  { name: 'glob', sql: "SELECT * FROM glob('*')", code: 'file-function', word: 'glob' },
  { name: 'query() table function', sql: "SELECT * FROM query('SELECT 1')", code: 'file-function' },
  { name: 'schema-qualified reader', sql: "SELECT * FROM main.read_text('x')", code: 'file-function' },
  { name: 'reader as a quoted name', sql: `SELECT * FROM "read_csv"('x')`, code: 'file-function' },
  { name: 'reader behind a comment', sql: "SELECT * FROM read_csv/**/('x')", code: 'file-function' },
  { name: 'http string', sql: "SELECT 'https://example.org/x' AS u", code: 'file-literal' },
  { name: 'http string without slashes', sql: "SELECT 'http:x'", code: 'file-literal' },
  { name: 's3 URL', sql: "SELECT 's3://bucket/key'", code: 'file-literal' },
  { name: 'replacement scan on a string', sql: "SELECT * FROM 'data/stats'", code: 'file-literal' },
  { name: 'replacement scan on a join', sql: "SELECT * FROM stats JOIN 'x' USING (code)", code: 'file-literal' },
  { name: 'replacement scan on a quoted name', sql: 'SELECT * FROM "communes.csv"', code: 'file-literal' },
  { name: 'csv file in a string', sql: "SELECT * FROM stats WHERE code IN (SELECT * FROM x) OR 'a.parquet' = ''", code: 'file-literal' },
  { name: 'unterminated string', sql: "SELECT 'abc", code: 'unreadable' },
  { name: 'unterminated identifier', sql: 'SELECT "abc', code: 'unreadable' },
  { name: 'unterminated comment', sql: 'SELECT 1 /* abc', code: 'unreadable' },
  { name: 'positional parameter', sql: 'SELECT $1', code: 'unreadable' },
  { name: 'unterminated dollar string', sql: 'SELECT $$ abc', code: 'unreadable' },
  { name: 'E-string hiding a second statement', sql: "SELECT E'\\'' ; DROP TABLE stats; --'", code: 'multiple' },
  { name: 'nested block comment is not trusted', sql: 'SELECT 1 /* /* */ ; DROP TABLE stats */', code: 'multiple' },
  { name: 'semicolon in the middle, comment after', sql: 'SELECT 1; /* x */ SELECT 2', code: 'multiple' },
  { name: 'SET inside an UPDATE-like text', sql: 'SELECT 1 FROM stats SET x = 1', code: 'forbidden-word', word: 'SET' },
  { name: 'COMMENT ON', sql: "SELECT 1; COMMENT ON TABLE stats IS 'x'", code: 'multiple' },
];

describe('checkReadOnlySql', () => {
  it.each(allowed)('accepts: $name', ({ sql, statement }) => {
    const check = checkReadOnlySql(sql);
    expect(check).toEqual({ ok: true, statement: statement ?? sql.trim() });
  });

  it.each(refused)('refuses: $name', ({ sql, code, word }) => {
    const check = checkReadOnlySql(sql);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.refusal.code).toBe(code);
    if (word !== undefined) expect(check.refusal.word).toBe(word);
  });

  it('points at the offending token', () => {
    const check = checkReadOnlySql('SELECT 1 FROM stats WHERE 1 = 1 AND drop');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.refusal.at).toBe('SELECT 1 FROM stats WHERE 1 = 1 AND '.length);
  });
});
