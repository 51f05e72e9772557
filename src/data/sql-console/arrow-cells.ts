import { DataType, util, type Field, type Schema } from 'apache-arrow';

/** A result cell as the console shows and exports it. */
export type ConsoleCell = string | number | boolean | null;

export interface ConsoleColumn {
  /** Row key: `c0`, `c1`… (two result columns may have the same name). */
  key: string;
  /** Column name as DuckDB returned it. */
  name: string;
  /** Arrow type, readable (`Float64`, `Utf8`, `Decimal[18e+2]`…). */
  type: string;
  /** Numbers: right-aligned, exported with the decimal comma in French. */
  numeric: boolean;
}

export function consoleColumns(schema: Schema): ConsoleColumn[] {
  return schema.fields.map((field: Field, i) => ({
    key: `c${i}`,
    name: field.name,
    type: String(field.type),
    numeric: DataType.isInt(field.type) || DataType.isFloat(field.type) || DataType.isDecimal(field.type),
  }));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function isoDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/(\.000)?Z$/, '');
}

function bigintToCell(value: bigint): number | string {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : String(value);
}

/** JSON text of a nested value (list, struct, map), bigints as numbers or strings. */
function toJsonText(value: unknown): string {
  const plain = typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): unknown }).toJSON() : value;
  return JSON.stringify(plain, (_key, v: unknown) => {
    if (typeof v === 'bigint') return bigintToCell(v);
    if (v instanceof Uint8Array || v instanceof Int32Array) return Array.from(v);
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function' && !Array.isArray(v)) {
      return (v as { toJSON(): unknown }).toJSON();
    }
    return v;
  }) ?? '';
}

/**
 * An Arrow value (as `Vector.get` returns it) made plain for display and CSV: decimals and
 * 64-bit integers as numbers (as strings beyond 2^53), dates as `YYYY-MM-DD`, timestamps as
 * `YYYY-MM-DD hh:mm:ss` (UTC), blobs as hexadecimal, lists and structs as JSON text.
 */
export function arrowCell(value: unknown, type: DataType): ConsoleCell {
  if (value === null || value === undefined) return null;
  if (DataType.isDecimal(type)) return util.bigNumToNumber(value as never, type.scale);
  if (typeof value === 'bigint') return bigintToCell(value);
  if (DataType.isDate(type) && typeof value === 'number') return isoDate(value);
  if (DataType.isTimestamp(type) && typeof value === 'number') return isoDateTime(value);
  if (DataType.isBinary(type) && value instanceof Uint8Array) {
    return `\\x${Array.from(value, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return toJsonText(value);
}
