import { definitionIssue, type DefinitionIssue } from './messages';
import {
  FRAGILITY_DIRECTIONS,
  INDEX_DEFINITION_VERSION,
  NORMALISATION_METHODS,
  type CatalogueEntry,
  type IndexDefinition,
} from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

// date, or date-time with optional seconds, fraction and zone (Z or ±hh:mm)
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** True for a real calendar date in ISO 8601 form ("2026-02-30" is rejected). */
export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const timeOk = m[4] === undefined || (Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6] ?? 0) < 60);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && timeOk;
}

const show = (v: unknown): string | number =>
  typeof v === 'number' ? v : typeof v === 'string' ? v : v === undefined ? 'rien' : JSON.stringify(v) ?? String(v);

/**
 * Checks an index definition (any JSON value) against the indicator catalogue.
 *
 * Rules: known version; known normalisation; at least one indicator; each indicator an object
 * `{ id, weight, direction }` with an id from the catalogue, used once, a finite weight > 0 and a
 * direction `higher-more-fragile` or `higher-less-fragile` that agrees with the catalogue unless the
 * catalogue says `neutral` (then the user chooses); `minCoverage` in (0, 1]; `createdAt` an ISO date.
 *
 * @param raw the value to check
 * @param catalogue known indicators; add uploaded columns here (as `neutral`) to allow them
 * @returns every problem found (empty when valid), each with a French message
 */
export function validateIndexDefinition(raw: unknown, catalogue: readonly CatalogueEntry[]): DefinitionIssue[] {
  if (!isObj(raw)) return [definitionIssue('not-an-object')];
  const errors: DefinitionIssue[] = [];
  if (raw.version !== INDEX_DEFINITION_VERSION) {
    errors.push(definitionIssue('unsupported-version', { version: show(raw.version), expected: INDEX_DEFINITION_VERSION }));
  }
  if (!NORMALISATION_METHODS.includes(raw.normalisation as never)) {
    errors.push(definitionIssue('invalid-normalisation', { value: show(raw.normalisation) }));
  }
  const byId = new Map(catalogue.map((c) => [c.id, c]));
  if (!Array.isArray(raw.indicators) || raw.indicators.length === 0) {
    errors.push(definitionIssue('no-indicators'));
  } else {
    const seen = new Set<string>();
    raw.indicators.forEach((item: unknown, index: number) => {
      if (!isObj(item) || typeof item.id !== 'string') {
        errors.push(definitionIssue('invalid-indicator', { position: index + 1 }));
        return;
      }
      const id = item.id;
      const known = byId.get(id);
      if (!known) errors.push(definitionIssue('unknown-indicator', { id }));
      if (seen.has(id)) errors.push(definitionIssue('duplicate-indicator', { id }));
      seen.add(id);
      const w = item.weight;
      if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0) {
        errors.push(definitionIssue('invalid-weight', { id, value: show(w) }));
      }
      if (!FRAGILITY_DIRECTIONS.includes(item.direction as never)) {
        errors.push(definitionIssue('invalid-direction', { id, value: show(item.direction) }));
      } else if (known && known.direction !== 'neutral' && known.direction !== item.direction) {
        errors.push(definitionIssue('direction-conflict', { id, expected: known.direction }));
      }
    });
  }
  const mc = raw.minCoverage;
  if (typeof mc !== 'number' || !(mc > 0 && mc <= 1)) {
    errors.push(definitionIssue('invalid-min-coverage', { value: show(mc) }));
  }
  if (typeof raw.createdAt !== 'string' || !isIsoDate(raw.createdAt)) {
    errors.push(definitionIssue('invalid-created-at', { value: show(raw.createdAt) }));
  }
  for (const field of ['label', 'dataVersion'] as const) {
    if (raw[field] !== undefined && typeof raw[field] !== 'string') errors.push(definitionIssue('invalid-text', { field }));
  }
  return errors;
}

/** Narrows a value that {@link validateIndexDefinition} accepted. */
export function isValidIndexDefinition(raw: unknown, catalogue: readonly CatalogueEntry[]): raw is IndexDefinition {
  return validateIndexDefinition(raw, catalogue).length === 0;
}
