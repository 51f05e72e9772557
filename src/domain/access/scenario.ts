import type { Localized } from '../types';

/** A site the matrix knows: an MDS, or a candidate location (a commune's town centre). */
export interface AccessSite {
  id: string;
  kind: 'mds' | 'candidate';
  /** MDS status: open now, or planned; null for candidates. */
  status: 'ouverte' | 'prevue' | null;
}

/** A planner's what-if, JSON-serialisable (saved in the URL or a file). */
export interface Scenario {
  name: string;
  /** Sites opened on top of the base network: candidate ids, or planned MDS when `includePlanned` is false. */
  added: string[];
  /** MDS closed (ids of active MDS). */
  removed: string[];
  /** Whether planned MDS (status 'prevue') count as open. */
  includePlanned: boolean;
  /** Access threshold, minutes, in [1, 120]. */
  thresholdMin: number;
}

/**
 * `errors`: every problem in French (the command line prints them); `messages`: the same problems,
 * in the same order, in every UI language (the page shows them with `localize`).
 */
export type ParseScenarioResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[]; messages: Localized[] };

export const NAME_MAX_LENGTH = 80;
export const THRESHOLD_RANGE: readonly [number, number] = [1, 120];

const KEYS = ['name', 'added', 'removed', 'includePlanned', 'thresholdMin'] as const;
const q = (s: unknown) => `«\u00a0${String(s)}\u00a0»`;
/** English quotes. */
const e = (s: unknown) => `“${String(s)}”`;

const failed = (messages: Localized[]): ParseScenarioResult => ({ ok: false, errors: messages.map((m) => m.fr), messages });

/**
 * Checks a scenario read from JSON (a parsed value, or the JSON text itself) against the known
 * sites, and lists every problem for the planner, in French (`errors`) and in every UI language
 * (`messages`). Unknown properties are errors too (a
 * misspelt `thresholdmin` should not silently fall back to a default). The name is trimmed. An id can
 * be added only if it is not already open, removed only if it is an open MDS, so `added` and `removed`
 * never overlap.
 */
export function parseScenario(json: unknown, sites: readonly AccessSite[]): ParseScenarioResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      const detail = (error as Error).message;
      return failed([{ fr: `Le texte n'est pas du JSON valide\u00a0: ${detail}`, en: `The text is not valid JSON: ${detail}` }]);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failed([
      {
        fr: 'Le scénario doit être un objet JSON {\u00a0name, added, removed, includePlanned, thresholdMin\u00a0}.',
        en: 'The scenario must be a JSON object { name, added, removed, includePlanned, thresholdMin }.',
      },
    ]);
  }
  const obj = value as Record<string, unknown>;
  const errors: Localized[] = [];
  const push = (fr: string, en: string) => errors.push({ fr, en });
  for (const key of Object.keys(obj)) {
    if (!(KEYS as readonly string[]).includes(key)) push(`Propriété inconnue\u00a0: ${q(key)}.`, `Unknown property: ${e(key)}.`);
  }
  // a property set to undefined (possible from JS, not from JSON) counts as missing
  const has = (key: string) => obj[key] !== undefined;
  for (const key of KEYS) if (!has(key)) push(`Propriété manquante\u00a0: ${q(key)}.`, `Missing property: ${e(key)}.`);

  const name = typeof obj.name === 'string' ? obj.name.trim() : null;
  if (has('name')) {
    if (name === null) push(`${q('name')} doit être une chaîne de caractères.`, `${e('name')} must be a string.`);
    else if (name === '') push(`${q('name')} ne doit pas être vide.`, `${e('name')} must not be empty.`);
    else if (name.length > NAME_MAX_LENGTH) {
      push(
        `${q('name')} est trop long (${name.length} caractères, ${NAME_MAX_LENGTH} au maximum).`,
        `${e('name')} is too long (${name.length} characters, at most ${NAME_MAX_LENGTH}).`,
      );
    }
  }
  if (has('includePlanned') && typeof obj.includePlanned !== 'boolean') {
    push(`${q('includePlanned')} doit valoir true ou false.`, `${e('includePlanned')} must be true or false.`);
  }
  const [lo, hi] = THRESHOLD_RANGE;
  if (has('thresholdMin')) {
    const t = obj.thresholdMin;
    if (typeof t !== 'number' || !Number.isFinite(t)) push(`${q('thresholdMin')} doit être un nombre de minutes.`, `${e('thresholdMin')} must be a number of minutes.`);
    else if (t < lo || t > hi) {
      push(
        `${q('thresholdMin')} doit être compris entre ${lo} et ${hi} minutes (reçu\u00a0: ${t}).`,
        `${e('thresholdMin')} must be between ${lo} and ${hi} minutes (got ${t}).`,
      );
    }
  }

  const byId = new Map(sites.map((s) => [s.id, s]));
  const planned = obj.includePlanned === true;
  const isActive = (s: AccessSite) => s.kind === 'mds' && (s.status === 'ouverte' || (planned && s.status === 'prevue'));
  const ids = (key: 'added' | 'removed', check: (s: AccessSite, label: string) => Localized | null): string[] => {
    if (!has(key)) return [];
    const list = obj[key];
    if (!Array.isArray(list)) {
      push(`${q(key)} doit être une liste d'identifiants de sites.`, `${e(key)} must be a list of site ids.`);
      return [];
    }
    const seen = new Set<string>();
    list.forEach((id, i) => {
      const label = `${key}[${i}]`;
      if (typeof id !== 'string') return push(`${q(label)} doit être un identifiant (chaîne de caractères).`, `${e(label)} must be an id (a string).`);
      const site = byId.get(id);
      if (!site) return push(`${q(label)}\u00a0: site inconnu ${q(id)}.`, `${e(label)}: unknown site ${e(id)}.`);
      if (seen.has(id)) return push(`${q(key)} contient deux fois ${q(id)}.`, `${e(key)} holds ${e(id)} twice.`);
      seen.add(id);
      const problem = check(site, label);
      if (problem) errors.push(problem);
    });
    return [...seen];
  };
  const added = ids('added', (s, label) =>
    isActive(s)
      ? {
          fr: `${q(label)}\u00a0: ${q(s.id)} est déjà ouvert dans ce scénario, inutile de l'ajouter.`,
          en: `${e(label)}: ${e(s.id)} is already open in this scenario, no need to add it.`,
        }
      : null,
  );
  const removed = ids('removed', (s, label) =>
    s.kind !== 'mds'
      ? {
          fr: `${q(label)}\u00a0: ${q(s.id)} n'est pas une MDS\u00a0; seules les MDS peuvent être retirées.`,
          en: `${e(label)}: ${e(s.id)} is not an MDS; only MDS can be removed.`,
        }
      : !isActive(s)
        ? {
            fr: `${q(label)}\u00a0: la MDS ${q(s.id)} est prévue mais les MDS prévues ne sont pas incluses (includePlanned vaut false).`,
            en: `${e(label)}: MDS ${e(s.id)} is planned but planned MDS are not included (includePlanned is false).`,
          }
        : null,
  );

  if (errors.length > 0) return failed(errors);
  return {
    ok: true,
    scenario: { name: name as string, added, removed, includePlanned: planned, thresholdMin: obj.thresholdMin as number },
  };
}
