import { K_MAX, K_MIN } from './class-breaks';
import type { BreaksErrorCode, BreaksIssue, BreaksWarningCode } from './class-breaks';

const fr = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 6 });
const n = (value: number): string => fr.format(value);

type Error = BreaksIssue<BreaksErrorCode>;
type Warning = BreaksIssue<BreaksWarningCode>;

/** French messages for break errors and warnings, one builder per code. */
export const messages = {
  noValues: (): Error => ({
    code: 'no-values',
    message:
      'Aucune valeur disponible : toutes les communes sont sans donnée ou sous secret statistique.',
  }),
  invalidK: (k: number): Error => ({
    code: 'invalid-k',
    message: `Le nombre de classes doit être un entier compris entre ${K_MIN} et ${K_MAX} (reçu : ${n(k)}).`,
  }),
  invalidMean: (): Error => ({
    code: 'invalid-mean',
    message: 'La valeur de référence des écarts types doit être un nombre fini.',
  }),
  invalidStep: (step: number): Error => ({
    code: 'invalid-step',
    message: `L'intervalle doit être de 1 ou 0,5 écart type (reçu : ${n(step)}).`,
  }),
  thresholdsCount: (count: number): Error => ({
    code: 'thresholds-count',
    message: `Saisissez entre ${K_MIN - 1} et ${K_MAX - 1} seuils pour obtenir de ${K_MIN} à ${K_MAX} classes (reçu : ${count}).`,
  }),
  thresholdNotFinite: (position: number): Error => ({
    code: 'threshold-not-finite',
    message: `Le seuil n° ${position} n'est pas un nombre valide.`,
  }),
  thresholdsNotIncreasing: (previous: number, next: number): Error => ({
    code: 'thresholds-not-increasing',
    message: `Les seuils doivent être strictement croissants : ${n(previous)} est suivi de ${n(next)}.`,
  }),
  allValuesEqual: (value: number): Warning => ({
    code: 'all-values-equal',
    message: `Toutes les valeurs sont égales (${n(value)}) : une seule classe.`,
  }),
  fewerClasses: (k: number, requestedK: number): Warning => ({
    code: 'fewer-classes',
    message: `${k} classes au lieu de ${requestedK} : les seuils en double ou hors de l'étendue des valeurs ont été retirés.`,
  }),
  thresholdOutOfRange: (t: number, min: number, max: number): Warning => ({
    code: 'threshold-out-of-range',
    message: `Le seuil ${n(t)} est hors de l'étendue des valeurs (de ${n(min)} à ${n(max)}) : il est ignoré.`,
  }),
};
