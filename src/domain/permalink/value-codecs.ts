import { PERMALINK_LIMITS } from './limits';
import { notice } from './notice';
import type { PermalinkNotice } from './types';

/**
 * Small decoders shared by the sections. Each returns the value, or null after pushing a notice
 * onto `notices`; none throws.
 */

/** Plain decimal notation only: no hex, no `Infinity`, no empty string (which `Number` reads as 0). */
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const INTEGER = /^-?\d+$/;

/** A scalar value: not longer than the scalar cap. */
export function scalar(key: string, raw: string, notices: PermalinkNotice[]): string | null {
  if (raw.length > PERMALINK_LIMITS.scalarLength) {
    notices.push(notice('too-long', key, raw, String(PERMALINK_LIMITS.scalarLength)));
    return null;
  }
  return raw;
}

/** One of `allowed`, compared exactly (after trimming). */
export function decodeEnum<T extends string>(
  key: string,
  raw: string,
  allowed: readonly T[],
  notices: PermalinkNotice[],
): T | null {
  const value = scalar(key, raw, notices)?.trim();
  if (value === undefined) return null;
  const found = allowed.find((a) => a === value);
  if (found === undefined) notices.push(notice('invalid', key, raw));
  return found ?? null;
}

/** A finite number in plain decimal notation, or null (notice `invalid`). */
export function decodeNumber(key: string, raw: string, notices: PermalinkNotice[]): number | null {
  const value = scalar(key, raw, notices)?.trim();
  if (value === undefined) return null;
  const n = NUMBER.test(value) ? Number(value) : Number.NaN;
  if (!Number.isFinite(n)) {
    notices.push(notice('invalid', key, raw));
    return null;
  }
  return n;
}

/** An integer in [min, max], or null (notice `invalid` or `out-of-range`). */
export function decodeInteger(key: string, raw: string, [min, max]: readonly [number, number], notices: PermalinkNotice[]): number | null {
  const value = scalar(key, raw, notices)?.trim();
  if (value === undefined) return null;
  if (!INTEGER.test(value)) {
    notices.push(notice('invalid', key, raw));
    return null;
  }
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    notices.push(notice('out-of-range', key, raw, `${min}–${max}`));
    return null;
  }
  return n;
}

/** `1` / `0` (also `true` / `false`, `oui` / `non`). */
export function decodeFlag(key: string, raw: string, notices: PermalinkNotice[]): boolean | null {
  const value = scalar(key, raw, notices)?.trim().toLowerCase();
  if (value === undefined) return null;
  if (value === '1' || value === 'true' || value === 'oui') return true;
  if (value === '0' || value === 'false' || value === 'non') return false;
  notices.push(notice('invalid', key, raw));
  return null;
}

/** Comma-separated items, trimmed, empty items skipped. The raw value was capped by `parseHash`. */
export function splitList(raw: string): string[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Rounds to `decimals` places (for positions: 4 decimals of a degree ≈ 10 m). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
