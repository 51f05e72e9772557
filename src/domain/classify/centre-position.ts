import type { ClassBreaks } from './class-breaks';

/**
 * Where a reference value (e.g. the département value) sits among the classes:
 * - `{ kind: 'class', index }`: strictly inside class `index`, or equal to min or max;
 * - `{ kind: 'boundary', below }`: exactly on a threshold, or outside [min, max];
 *   `below` classes lie entirely below the reference (0…k).
 */
export type CentrePosition = { kind: 'class'; index: number } | { kind: 'boundary'; below: number };

/**
 * Locates the centre of a diverging palette. A reference equal to a threshold is treated as
 * a boundary (not as the upper class), so that std-dev breaks with an even k, whose middle
 * threshold is the mean, get symmetric colours.
 *
 * @param reference in the indicator's unit; not finite → null (no centring)
 */
export function centrePosition(
  breaks: Pick<ClassBreaks, 'thresholds' | 'min' | 'max'>,
  reference: number,
): CentrePosition | null {
  if (!Number.isFinite(reference)) return null;
  const { thresholds, min, max } = breaks;
  if (reference < min) return { kind: 'boundary', below: 0 };
  if (reference > max) return { kind: 'boundary', below: thresholds.length + 1 };
  const atThreshold = thresholds.indexOf(reference);
  if (atThreshold >= 0) return { kind: 'boundary', below: atThreshold + 1 };
  return { kind: 'class', index: thresholds.filter((t) => t <= reference).length };
}
