import { enBase } from './base.en';
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
import type { Dictionary } from './fr';

let merged: Dictionary | null = null;

/**
 * English UI texts: same keys as `fr.ts` (checked by the `Dictionary` type). Merged on first use:
 * a French session never pays for building them.
 */
export function englishDictionary(): Dictionary {
  merged ??= { ...enBase, ...nav.en, ...explorer.en, ...compare.en, ...fiche.en, ...access.en, ...opendata.en, ...mobility.en, ...composite.en, ...exporting.en, ...present.en };
  return merged;
}
