/**
 * French UI texts (reference language), merged from the base shell and one module per feature
 * (`features/*.ts`, each with `fr` and `en` objects of the same keys), so that features can grow
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

export const fr = { ...frBase, ...nav.fr, ...explorer.fr, ...compare.fr, ...fiche.fr, ...access.fr, ...opendata.fr, ...mobility.fr, ...composite.fr, ...exporting.fr, ...present.fr };

export type MessageKey = keyof typeof fr;
export type Dictionary = Record<MessageKey, string>;
