import { enBase } from './base.en';
import { en as access } from './features/access.en';
import { en as compare } from './features/compare.en';
import { en as composite } from './features/composite.en';
import { en as explorer } from './features/explorer.en';
import { en as exporting } from './features/export.en';
import { en as fiche } from './features/fiche.en';
import { en as mobility } from './features/mobility.en';
import { en as nav } from './features/nav.en';
import { en as opendata } from './features/opendata.en';
import { en as present } from './features/present.en';
import type { Dictionary } from './fr';

/**
 * English UI texts: same keys as `fr.ts` (checked by the `Dictionary` type). A chunk of its own,
 * loaded when English is chosen (see `loadEnglish` in i18n.svelte.ts): a French visit never
 * downloads, compiles nor builds them.
 */
export const english: Dictionary = { ...enBase, ...nav, ...explorer, ...compare, ...fiche, ...access, ...opendata, ...mobility, ...composite, ...exporting, ...present };
