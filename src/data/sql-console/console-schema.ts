export interface ConsoleTable {
  name: string;
  columns: { name: string; type: string }[];
}

/** Tables and columns of the app's database (schema `main`), in table then column order. */
export function consoleSchemaQuery(): string {
  return `SELECT table_name, column_name, data_type
FROM information_schema.columns
WHERE table_schema = 'main'
ORDER BY table_name, ordinal_position`;
}

/** Groups the rows of {@link consoleSchemaQuery} by table. */
export function parseConsoleSchema(rows: readonly Record<string, unknown>[]): ConsoleTable[] {
  const tables = new Map<string, ConsoleTable>();
  for (const row of rows) {
    const name = String(row.table_name);
    let table = tables.get(name);
    if (!table) {
      table = { name, columns: [] };
      tables.set(name, table);
    }
    table.columns.push({ name: String(row.column_name), type: String(row.data_type) });
  }
  return [...tables.values()];
}
