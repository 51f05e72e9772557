/**
 * SQL-safe, unique column names for uploaded columns, derived from their headers:
 * « Bénéficiaires RSA 2024 » → `beneficiaires_rsa_2024`. They match the identifier whitelist of
 * `src/data/queries/sql.ts` (`[A-Za-z][A-Za-z0-9_]*`); `code` is reserved for the commune code.
 */
export function sqlColumnNames(names: readonly string[]): string[] {
  const used = new Set(['code']);
  return names.map((name) => {
    let base = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 48);
    if (!/^[a-z]/.test(base)) base = `v_${base}`.replace(/_+$/, '');
    let candidate = base;
    for (let k = 2; used.has(candidate); k++) candidate = `${base}_${k}`;
    used.add(candidate);
    return candidate;
  });
}
