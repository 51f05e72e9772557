import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { tableToCsv, type ExportTable } from '../../../../src/domain/export/export-table';
import { tableToParquet } from '../../../../src/domain/export/table-to-parquet';

const table: ExportTable = {
  name: ['donnees', 'taux-pauvrete', 'commune'],
  title: 'Taux de pauvreté par commune (2021)',
  columns: [
    { key: 'code', label: 'Code', type: 'string' },
    { key: 'nom', label: 'Nom', type: 'string' },
    { key: 'valeur', label: 'Valeur (%)', type: 'number' },
    { key: 'classe', label: 'Classe', type: 'number' },
  ],
  rows: [
    { code: '41018', nom: 'Blois', valeur: 21.456789, classe: 5 },
    { code: '02100', nom: 'Zéro "en tête"; oui', valeur: null, classe: null },
    { code: '2A004', nom: '=HYPERLINK("x")', valeur: -0.5, classe: 1 },
    { code: '41269', nom: null, valeur: Number.NaN, classe: 3 },
    { code: '41194', nom: 'Romorantin-Lanthenay', valeur: 1e-12, classe: 2 },
  ],
  sources: ['INSEE – Filosofi 2021', 'IGN – Admin Express 2018'],
  year: '2021',
  notes: ['Classes : quantiles, 5'],
};

/** What a reader must get back: NaN is missing too. */
const expected: Record<string, unknown>[] = table.rows.map((r) => ({ ...r, valeur: Number.isNaN(r.valeur as number) ? null : r.valeur }));

describe('tableToParquet', () => {
  const buffer = tableToParquet(table, { exported: '2026-11-23', lang: 'fr' });

  it('reads back the same values, codes as text and nulls as nulls', async () => {
    const rows = await parquetReadObjects({ file: buffer });
    expect(rows).toEqual(expected);
  });

  it('types numbers as DOUBLE and codes as UTF-8 text, all optional', () => {
    const schema = parquetMetadata(buffer).schema;
    expect(schema.slice(1).map((s) => [s.name, s.type, s.converted_type ?? null, s.repetition_type])).toEqual([
      ['code', 'BYTE_ARRAY', 'UTF8', 'OPTIONAL'],
      ['nom', 'BYTE_ARRAY', 'UTF8', 'OPTIONAL'],
      ['valeur', 'DOUBLE', null, 'OPTIONAL'],
      ['classe', 'DOUBLE', null, 'OPTIONAL'],
    ]);
  });

  it('keeps the sources, year, title, notes, labels and export date in the key-value metadata', () => {
    const kv = Object.fromEntries((parquetMetadata(buffer).key_value_metadata ?? []).map((e) => [e.key, e.value]));
    expect(JSON.parse(kv['obs41:sources'] ?? '')).toEqual(table.sources);
    expect(kv['obs41:year']).toBe('2021');
    expect(kv['obs41:title']).toBe(table.title);
    expect(JSON.parse(kv['obs41:notes'] ?? '')).toEqual(table.notes);
    expect(JSON.parse(kv['obs41:columns'] ?? '')).toEqual({ code: 'Code', nom: 'Nom', valeur: 'Valeur (%)', classe: 'Classe' });
    expect(kv['obs41:exported']).toBe('2026-11-23');
  });

  it('writes an empty table', async () => {
    const empty = tableToParquet({ ...table, rows: [] }, { exported: '2026-11-23', lang: 'en' });
    expect(await parquetReadObjects({ file: empty })).toEqual([]);
    expect(parquetMetadata(empty).schema).toHaveLength(5);
  });
});

/** RFC 4180 reader for the round trip (quotes, doubled quotes, `;`). */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('tableToCsv', () => {
  const words = { year: 'Année des données : 2021', exported: 'Exporté le 2026-11-23' };

  it('starts with the sources, title, year, notes and export date as # lines', () => {
    const lines = tableToCsv(table, 'fr', words).slice(1).split('\r\n');
    expect(lines.slice(0, 6)).toEqual([
      '# Source : INSEE – Filosofi 2021',
      '# Source : IGN – Admin Express 2018',
      '# Taux de pauvreté par commune (2021)',
      '# Année des données : 2021',
      '# Classes : quantiles, 5',
      '# Exporté le 2026-11-23',
    ]);
  });

  it.each([
    { lang: 'fr' as const, separator: ';', decimal: ',' },
    { lang: 'en' as const, separator: ',', decimal: '.' },
  ])('round-trips the values in $lang', ({ lang, separator, decimal }) => {
    const text = tableToCsv(table, lang, words);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1), separator).filter((r) => !(r[0] ?? '').startsWith('#'));
    expect(rows[0]).toEqual(['Code', 'Nom', 'Valeur (%)', 'Classe']);
    const back = rows.slice(1).map(([code, nom, valeur, classe]) => ({
      code,
      nom: nom === '' ? null : nom,
      valeur: valeur === '' ? null : Number(valeur?.replace(decimal, '.')),
      classe: classe === '' ? null : Number(classe),
    }));
    // The formula-looking name comes back neutralised with a leading apostrophe (OWASP).
    expect(back).toEqual(expected.map((r) => (r.code === '2A004' ? { ...r, nom: `'${String(r.nom)}` } : r)));
  });
});
