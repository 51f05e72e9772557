/**
 * French UI texts (reference language), from the base shell and one module per feature
 * (`features/*.ts`; their English is in `features/*.en.ts`, same keys), so that features can grow
 * their texts without editing a shared file. Placeholders: `{name}`, filled by `t(key, { name })`.
 */
import { frBase } from './base.fr';
import * as access from './features/access';
import * as compare from './features/compare';
import * as composite from './features/composite';
import * as explorer from './features/explorer';
import * as exporting from './features/export';
import * as fiche from './features/fiche';
import * as mobility from './features/mobility';
import * as nav from './features/nav';
import * as opendata from './features/opendata';
import * as present from './features/present';

/**
 * The French parts, looked up in turn rather than merged into one object: spreading ~1,000 keys
 * cost ≈ 3 ms of the start-up's module evaluation. No key is in two parts (unit-tested).
 */
export const FRENCH_PARTS = [frBase, nav.fr, explorer.fr, compare.fr, fiche.fr, access.fr, opendata.fr, mobility.fr, composite.fr, exporting.fr, present.fr] as const;

type Parts = typeof FRENCH_PARTS;
type Union<T extends readonly object[]> = T[number] extends infer P ? (P extends object ? keyof P : never) : never;

export type MessageKey = Union<Parts>;
export type Dictionary = Record<MessageKey, string>;

/** French text of a key, or undefined for a string that is no key (a data value, say). */
export function frenchText(key: string): string | undefined {
  for (const part of FRENCH_PARTS) {
    const text = (part as Record<string, string>)[key];
    if (text !== undefined && Object.hasOwn(part, key)) return text;
  }
  return undefined;
}

/** True for a UI key (French being the reference language, every key has a French text). */
export function isMessageKey(key: string): key is MessageKey {
  return frenchText(key) !== undefined;
}
