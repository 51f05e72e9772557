import { Bool, Float64, Table, Utf8, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';

/** Arrow column types the replica writes (the same as public/data: Utf8, Float64, Bool). */
export type ColumnKind = 'utf8' | 'f64' | 'bool';

/**
 * Rows → Arrow IPC stream bytes, with the column types given (never inferred, so a column of
 * nulls keeps its type). The order of `schema` is the column order.
 */
export function rowsToArrowIPC<T extends object>(rows: readonly T[], schema: Readonly<Record<string, ColumnKind>>): Uint8Array {
  const vectors: Record<string, Vector> = {};
  for (const [name, kind] of Object.entries(schema)) {
    const values = rows.map((r) => (r as Record<string, unknown>)[name] ?? null);
    const type = kind === 'utf8' ? new Utf8() : kind === 'bool' ? new Bool() : new Float64();
    vectors[name] = vectorFromArray(values as never[], type as never);
  }
  return tableToIPC(new Table(vectors), 'stream');
}

/** Column names → Arrow IPC stream bytes (columnar input: `code` Utf8, everything else Float64). */
export function columnsToArrowIPC(codes: readonly string[], columns: ReadonlyMap<string, readonly (number | null)[]>): Uint8Array {
  const vectors: Record<string, Vector> = { code: vectorFromArray([...codes], new Utf8()) };
  for (const [name, values] of columns) vectors[name] = vectorFromArray([...values], new Float64());
  return tableToIPC(new Table(vectors), 'stream');
}

export const COMMUNES_SCHEMA = {
  code: 'utf8',
  nom: 'utf8',
  epci_code: 'utf8',
  epci_nom: 'utf8',
  arr_code: 'utf8',
  arr_nom: 'utf8',
  territoire: 'utf8',
  codes_postaux: 'utf8',
  anciens_codes: 'utf8',
  lon: 'f64',
  lat: 'f64',
} as const satisfies Record<string, ColumnKind>;

export const ORIGINS_SCHEMA = {
  id: 'utf8',
  kind: 'utf8',
  commune: 'utf8',
  territoire: 'utf8',
  lon: 'f64',
  lat: 'f64',
  side: 'f64',
  pop: 'f64',
  pop_75p: 'f64',
  fam_mono: 'f64',
  chom_1564: 'f64',
  ind: 'f64',
  ind_snv: 'f64',
  imputed: 'f64',
  x_laea: 'f64',
  y_laea: 'f64',
} as const satisfies Record<string, ColumnKind>;

export const SITES_SCHEMA = {
  id: 'utf8',
  type: 'utf8',
  nom: 'utf8',
  commune: 'utf8',
  statut: 'utf8',
  precision: 'utf8',
  lon: 'f64',
  lat: 'f64',
  side: 'f64',
} as const satisfies Record<string, ColumnKind>;
