import type { BreaksResult, ClassBreaks } from '../../../../src/domain/classify/class-breaks';

/** Unwraps a successful BreaksResult, failing the test with the French message otherwise. */
export function expectOk(result: BreaksResult): ClassBreaks {
  if (!result.ok) throw new Error(`expected breaks, got ${result.error.code}: ${result.error.message}`);
  return result.breaks;
}

/** The warning codes of a result ([] for an error, which the caller asserts separately). */
export function warningCodes(result: BreaksResult): string[] {
  return result.ok ? result.warnings.map((w) => w.code) : [];
}
