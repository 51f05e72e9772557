/** A query and its positional `?` parameters; column names are never parameters, they come from a whitelist. */
export interface Query {
  sql: string;
  params: (string | number)[];
}

/** Quotes an identifier after checking it against the catalogue's column-name pattern (INSEE names). */
export function column(name: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`invalid column name: ${JSON.stringify(name)}`);
  return `"${name}"`;
}
