import type { Lang } from '../types';
import { plainNumberFormat } from '../format/format-number';
import { K_MAX, K_MIN } from './class-breaks';
import type { BreaksErrorCode, BreaksIssue, BreaksParams, BreaksWarningCode } from './class-breaks';

const n = (value: number | undefined, lang: Lang): string => plainNumberFormat(lang).format(value ?? Number.NaN);

type Code = BreaksErrorCode | BreaksWarningCode;
type Templates = Record<Code, (p: BreaksParams) => string>;

const fr: Templates = {
  'no-values': () => 'Aucune valeur disponible : toutes les communes sont sans donnée ou sous secret statistique.',
  'invalid-k': (p) => `Le nombre de classes doit être un entier compris entre ${K_MIN} et ${K_MAX} (reçu : ${n(p.k, 'fr')}).`,
  'invalid-mean': () => 'La valeur de référence des écarts types doit être un nombre fini.',
  'invalid-step': (p) => `L'intervalle doit être de 1 ou 0,5 écart type (reçu : ${n(p.step, 'fr')}).`,
  'thresholds-count': (p) =>
    `Saisissez entre ${K_MIN - 1} et ${K_MAX - 1} seuils pour obtenir de ${K_MIN} à ${K_MAX} classes (reçu : ${p.count}).`,
  'threshold-not-finite': (p) => `Le seuil n° ${p.position} n'est pas un nombre valide.`,
  'thresholds-not-increasing': (p) =>
    `Les seuils doivent être strictement croissants : ${n(p.previous, 'fr')} est suivi de ${n(p.next, 'fr')}.`,
  'all-values-equal': (p) => `Toutes les valeurs sont égales (${n(p.value, 'fr')}) : une seule classe.`,
  'fewer-classes': (p) =>
    `${p.k} classes au lieu de ${p.requestedK} : les seuils en double ou hors de l'étendue des valeurs ont été retirés.`,
  'threshold-out-of-range': (p) =>
    `Le seuil ${n(p.threshold, 'fr')} est hors de l'étendue des valeurs (de ${n(p.min, 'fr')} à ${n(p.max, 'fr')}) : il est ignoré.`,
};

const en: Templates = {
  'no-values': () => 'No value available: every commune is missing data or under statistical confidentiality.',
  'invalid-k': (p) => `The number of classes must be a whole number from ${K_MIN} to ${K_MAX} (got ${n(p.k, 'en')}).`,
  'invalid-mean': () => 'The reference value of the standard deviations must be a finite number.',
  'invalid-step': (p) => `The interval must be 1 or 0.5 standard deviation (got ${n(p.step, 'en')}).`,
  'thresholds-count': (p) =>
    `Enter from ${K_MIN - 1} to ${K_MAX - 1} thresholds to get ${K_MIN} to ${K_MAX} classes (got ${p.count}).`,
  'threshold-not-finite': (p) => `Threshold no. ${p.position} is not a valid number.`,
  'thresholds-not-increasing': (p) =>
    `Thresholds must be strictly increasing: ${n(p.previous, 'en')} is followed by ${n(p.next, 'en')}.`,
  'all-values-equal': (p) => `All values are equal (${n(p.value, 'en')}): a single class.`,
  'fewer-classes': (p) =>
    `${p.k} classes instead of ${p.requestedK}: thresholds that were repeated or outside the range of the values were removed.`,
  'threshold-out-of-range': (p) =>
    `Threshold ${n(p.threshold, 'en')} is outside the range of the values (${n(p.min, 'en')} to ${n(p.max, 'en')}): it is ignored.`,
};

const TEMPLATES: Record<Lang, Templates> = { fr, en };

/** The message of a break error or warning in a UI language (numbers formatted for that language). */
export function breaksMessage(issue: Pick<BreaksIssue<Code>, 'code' | 'params'>, lang: Lang): string {
  return TEMPLATES[lang][issue.code](issue.params);
}

function issue<C extends Code>(code: C, params: BreaksParams = {}): BreaksIssue<C> {
  return { code, params, message: fr[code](params) };
}

type Error = BreaksIssue<BreaksErrorCode>;
type Warning = BreaksIssue<BreaksWarningCode>;

/** Break errors and warnings, one builder per code: code, parameters and the French message. */
export const messages = {
  noValues: (): Error => issue('no-values'),
  invalidK: (k: number): Error => issue('invalid-k', { k }),
  invalidMean: (): Error => issue('invalid-mean'),
  invalidStep: (step: number): Error => issue('invalid-step', { step }),
  thresholdsCount: (count: number): Error => issue('thresholds-count', { count }),
  thresholdNotFinite: (position: number): Error => issue('threshold-not-finite', { position }),
  thresholdsNotIncreasing: (previous: number, next: number): Error => issue('thresholds-not-increasing', { previous, next }),
  allValuesEqual: (value: number): Warning => issue('all-values-equal', { value }),
  fewerClasses: (k: number, requestedK: number): Warning => issue('fewer-classes', { k, requestedK }),
  thresholdOutOfRange: (threshold: number, min: number, max: number): Warning =>
    issue('threshold-out-of-range', { threshold, min, max }),
};
