import { PERMALINK_LIMITS } from './limits';
import { notice } from './notice';
import type { PermalinkNotice } from './types';

export interface ParsedHash {
  /** Known parameters, first occurrence of each, percent-decoded, in URL order. */
  params: Map<string, string>;
  notices: PermalinkNotice[];
}

/** `%xx` decoding that reports failure instead of throwing; `+` reads as a space (form encoding). */
function decodePart(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * True when a hash is a permalink (empty, or `key=value` pairs), false for an in-page anchor such
 * as `#panel` or `#methode-temps`, which the app must leave alone.
 */
export function isPermalinkHash(hash: string): boolean {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body === '' || body.includes('=') || body.includes('&');
}

/**
 * Splits a hash (`#k=v&k2=v2`, with or without `#`) into parameters. Never throws. Applies the caps
 * of `PERMALINK_LIMITS` before decoding; keys are compared in lower case; a key not in `known`, a
 * repeated key, an undecodable or too long value each give a notice and are dropped.
 */
export function parseHash(hash: string, known: ReadonlySet<string>): ParsedHash {
  const notices: PermalinkNotice[] = [];
  let body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body.length > PERMALINK_LIMITS.hashLength) {
    body = body.slice(0, PERMALINK_LIMITS.hashLength);
    // the last parameter is probably cut in the middle: drop it rather than read half a value
    const lastAmp = body.lastIndexOf('&');
    body = lastAmp >= 0 ? body.slice(0, lastAmp) : '';
    notices.push(notice('truncated', '', null, String(PERMALINK_LIMITS.hashLength)));
  }
  let segments = body.split('&').filter((s) => s !== '');
  if (segments.length > PERMALINK_LIMITS.params) {
    segments = segments.slice(0, PERMALINK_LIMITS.params);
    notices.push(notice('too-many', '', null, String(PERMALINK_LIMITS.params)));
  }
  const params = new Map<string, string>();
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const segment of segments) {
    const eq = segment.indexOf('=');
    const rawKey = eq >= 0 ? segment.slice(0, eq) : segment;
    const rawValue = eq >= 0 ? segment.slice(eq + 1) : '';
    if (rawKey.length > PERMALINK_LIMITS.keyLength * 3) {
      notices.push(notice('unknown-key', rawKey));
      continue;
    }
    const decodedKey = decodePart(rawKey);
    if (decodedKey === null) {
      notices.push(notice('undecodable', rawKey));
      continue;
    }
    const key = decodedKey.trim().toLowerCase();
    if (!known.has(key)) {
      notices.push(notice('unknown-key', decodedKey));
      continue;
    }
    if (seen.has(key)) {
      if (!repeated.has(key)) notices.push(notice('repeated', key));
      repeated.add(key);
      continue;
    }
    seen.add(key);
    if (rawValue.length > PERMALINK_LIMITS.valueLength) {
      notices.push(notice('too-long', key, null, String(PERMALINK_LIMITS.valueLength)));
      continue;
    }
    const value = decodePart(rawValue);
    if (value === null) {
      notices.push(notice('undecodable', key, rawValue));
      continue;
    }
    params.set(key, value);
  }
  return { params, notices };
}
