import { plainNumberFormat } from '../format/format-number';
import type { Lang } from '../types';

/** Problems found in an index definition (typed by a user, imported from a file, or a preset). */
export type DefinitionErrorCode =
  | 'invalid-json'
  | 'not-an-object'
  | 'unsupported-version'
  | 'invalid-normalisation'
  | 'no-indicators'
  | 'invalid-indicator'
  | 'unknown-indicator'
  | 'duplicate-indicator'
  | 'invalid-weight'
  | 'invalid-direction'
  | 'direction-conflict'
  | 'invalid-min-coverage'
  | 'invalid-created-at'
  | 'invalid-text';

export type MessageParams = Record<string, string | number>;

/**
 * A machine-readable code, its parameters (so the UI can translate with {@link definitionMessage})
 * and the French message ready to show (plain text, never HTML).
 */
export interface DefinitionIssue {
  code: DefinitionErrorCode;
  params: MessageParams;
  message: string;
}

const show = (v: string | number | undefined, lang: Lang): string =>
  typeof v === 'number' ? plainNumberFormat(lang).format(v) : String(v ?? '');
const dirFr = (d: string | number | undefined) =>
  d === 'higher-less-fragile' ? 'plus élevé = moins fragile' : 'plus élevé = plus fragile';
const dirEn = (d: string | number | undefined) =>
  d === 'higher-less-fragile' ? 'higher = less fragile' : 'higher = more fragile';

type Templates = Record<DefinitionErrorCode, (p: MessageParams) => string>;

const fr: Templates = {
  'invalid-json': (p) => `Le fichier n'est pas un JSON valide (${show(p.detail, 'fr')}).`,
  'not-an-object': () => "La définition d'indice doit être un objet JSON { indicators, normalisation, … }.",
  'unsupported-version': (p) =>
    `Version de définition non prise en charge : ${show(p.version, 'fr')} (version attendue : ${show(p.expected, 'fr')}).`,
  'invalid-normalisation': (p) =>
    `Normalisation inconnue : « ${show(p.value, 'fr')} » (valeurs possibles : z-score, min-max, rank).`,
  'no-indicators': () => "L'indice doit contenir au moins un indicateur.",
  'invalid-indicator': (p) =>
    `L'indicateur n° ${show(p.position, 'fr')} doit être un objet { id, weight, direction }.`,
  'unknown-indicator': (p) =>
    `Indicateur inconnu : « ${show(p.id, 'fr')} ». Il ne figure pas dans le catalogue des indicateurs.`,
  'duplicate-indicator': (p) => `L'indicateur « ${show(p.id, 'fr')} » figure plusieurs fois dans l'indice.`,
  'invalid-weight': (p) =>
    `Le poids de « ${show(p.id, 'fr')} » doit être un nombre strictement positif et fini (reçu : ${show(p.value, 'fr')}).`,
  'invalid-direction': (p) =>
    `Le sens de « ${show(p.id, 'fr')} » doit être « higher-more-fragile » ou « higher-less-fragile » (reçu : ${show(p.value, 'fr')}).`,
  'direction-conflict': (p) =>
    `Le sens de « ${show(p.id, 'fr')} » est fixé par le catalogue (${dirFr(p.expected)}) : il ne peut pas être inversé.`,
  'invalid-min-coverage': (p) =>
    `La part minimale des poids disponibles doit être comprise entre 0 (exclu) et 1 (reçu : ${show(p.value, 'fr')}).`,
  'invalid-created-at': (p) =>
    `La date de création doit être une date ISO 8601, par exemple 2026-03-15 (reçu : ${show(p.value, 'fr')}).`,
  'invalid-text': (p) => `Le champ « ${show(p.field, 'fr')} » doit être un texte.`,
};

const en: Templates = {
  'invalid-json': (p) => `The file is not valid JSON (${show(p.detail, 'en')}).`,
  'not-an-object': () => 'An index definition must be a JSON object { indicators, normalisation, … }.',
  'unsupported-version': (p) =>
    `Unsupported definition version: ${show(p.version, 'en')} (expected ${show(p.expected, 'en')}).`,
  'invalid-normalisation': (p) =>
    `Unknown normalisation: “${show(p.value, 'en')}” (one of z-score, min-max, rank).`,
  'no-indicators': () => 'The index needs at least one indicator.',
  'invalid-indicator': (p) => `Indicator no. ${show(p.position, 'en')} must be an object { id, weight, direction }.`,
  'unknown-indicator': (p) => `Unknown indicator: “${show(p.id, 'en')}”. It is not in the indicator catalogue.`,
  'duplicate-indicator': (p) => `Indicator “${show(p.id, 'en')}” appears more than once in the index.`,
  'invalid-weight': (p) =>
    `The weight of “${show(p.id, 'en')}” must be a finite number greater than 0 (got ${show(p.value, 'en')}).`,
  'invalid-direction': (p) =>
    `The direction of “${show(p.id, 'en')}” must be “higher-more-fragile” or “higher-less-fragile” (got ${show(p.value, 'en')}).`,
  'direction-conflict': (p) =>
    `The direction of “${show(p.id, 'en')}” is set by the catalogue (${dirEn(p.expected)}) and cannot be reversed.`,
  'invalid-min-coverage': (p) =>
    `The minimum share of available weight must be greater than 0 and at most 1 (got ${show(p.value, 'en')}).`,
  'invalid-created-at': (p) =>
    `The creation date must be an ISO 8601 date such as 2026-03-15 (got ${show(p.value, 'en')}).`,
  'invalid-text': (p) => `Field “${show(p.field, 'en')}” must be a text.`,
};

/** The message of an issue in a UI language. */
export function definitionMessage(issue: Pick<DefinitionIssue, 'code' | 'params'>, lang: Lang): string {
  return (lang === 'fr' ? fr : en)[issue.code](issue.params);
}

/** Builds an issue with its French message. */
export function definitionIssue(code: DefinitionErrorCode, params: MessageParams = {}): DefinitionIssue {
  return { code, params, message: fr[code](params) };
}
