import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Bool, Float64, Table, Utf8, tableToIPC, vectorFromArray, type DataType, type Vector } from 'apache-arrow';

export interface WrittenFile {
  name: string;
  bytes: number;
  gzipBytes: number;
  sha256: string;
  rows?: number;
}

export class OutputFolder {
  readonly files: WrittenFile[] = [];
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }
  write(name: string, content: string | Uint8Array, rows?: number): void {
    const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    writeFileSync(join(this.dir, name), buf);
    this.files.push({
      name,
      bytes: buf.length,
      gzipBytes: gzipSync(buf, { level: 9 }).length,
      sha256: createHash('sha256').update(buf).digest('hex'),
      rows,
    });
  }
  json(name: string, value: unknown, rows?: number): void {
    this.write(name, JSON.stringify(value) + '\n', rows);
  }
}

export type ColumnType = 'utf8' | 'float64' | 'bool';

/**
 * Writes an Arrow IPC **stream** (what DuckDB-wasm's insertArrowFromIPCStream reads offline).
 * Types are explicit so that a column of codes never becomes a number and nulls stay nulls.
 */
export function arrowStream(columns: { name: string; type: ColumnType; values: unknown[] }[]): Uint8Array {
  const typeOf = (t: ColumnType): DataType => (t === 'utf8' ? new Utf8() : t === 'bool' ? new Bool() : new Float64());
  const vectors: Record<string, Vector> = {};
  for (const c of columns) vectors[c.name] = vectorFromArray(c.values as never[], typeOf(c.type));
  const table = new Table(vectors);
  return tableToIPC(table, 'stream');
}
