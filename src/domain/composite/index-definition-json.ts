import { definitionIssue, type DefinitionIssue } from './messages';
import type { CatalogueEntry, IndexDefinition } from './types';
import { validateIndexDefinition } from './validate-index-definition';

/**
 * The JSON text of an index definition, with a fixed key order (so that the same index always
 * exports to the same bytes) and only the known fields.
 */
export function serialiseIndexDefinition(definition: IndexDefinition): string {
  const ordered = {
    version: definition.version,
    ...(definition.label !== undefined ? { label: definition.label } : {}),
    createdAt: definition.createdAt,
    ...(definition.dataVersion !== undefined ? { dataVersion: definition.dataVersion } : {}),
    normalisation: definition.normalisation,
    minCoverage: definition.minCoverage,
    indicators: definition.indicators.map(({ id, weight, direction }) => ({ id, weight, direction })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export type ParseDefinitionResult =
  | { ok: true; definition: IndexDefinition }
  | { ok: false; errors: DefinitionIssue[] };

/**
 * Reads an exported index definition (see {@link serialiseIndexDefinition}) and validates it
 * against the catalogue. Unknown extra fields are dropped.
 *
 * @param text JSON text, e.g. the content of a file the user dropped
 * @param catalogue known indicators (add uploaded columns as `neutral` to allow them)
 * @returns the definition, or every problem found with French messages
 */
export function parseIndexDefinition(text: string, catalogue: readonly CatalogueEntry[]): ParseDefinitionResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [definitionIssue('invalid-json', { detail: error instanceof Error ? error.message : String(error) })] };
  }
  const errors = validateIndexDefinition(raw, catalogue);
  if (errors.length > 0) return { ok: false, errors };
  const r = raw as IndexDefinition;
  return {
    ok: true,
    definition: {
      version: r.version,
      indicators: r.indicators.map(({ id, weight, direction }) => ({ id, weight, direction })),
      normalisation: r.normalisation,
      minCoverage: r.minCoverage,
      createdAt: r.createdAt,
      ...(r.label !== undefined ? { label: r.label } : {}),
      ...(r.dataVersion !== undefined ? { dataVersion: r.dataVersion } : {}),
    },
  };
}
