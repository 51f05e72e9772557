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

export type ParseScenarioResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

export const NAME_MAX_LENGTH = 80;
export const THRESHOLD_RANGE: readonly [number, number] = [1, 120];

const KEYS = ['name', 'added', 'removed', 'includePlanned', 'thresholdMin'] as const;
const q = (s: unknown) => `«\u00a0${String(s)}\u00a0»`;

/**
 * Checks a scenario read from JSON (a parsed value, or the JSON text itself) against the known
 * sites, and lists every problem in French for the planner. Unknown properties are errors too (a
 * misspelt `thresholdmin` should not silently fall back to a default). The name is trimmed. An id can
 * be added only if it is not already open, removed only if it is an open MDS, so `added` and `removed`
 * never overlap.
 */
export function parseScenario(json: unknown, sites: readonly AccessSite[]): ParseScenarioResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (e) {
      return { ok: false, errors: [`Le texte n'est pas du JSON valide\u00a0: ${(e as Error).message}`] };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: ['Le scénario doit être un objet JSON {\u00a0name, added, removed, includePlanned, thresholdMin\u00a0}.'] };
  }
  const obj = value as Record<string, unknown>;
  const errors: string[] = [];
  for (const key of Object.keys(obj)) {
    if (!(KEYS as readonly string[]).includes(key)) errors.push(`Propriété inconnue\u00a0: ${q(key)}.`);
  }
  // a property set to undefined (possible from JS, not from JSON) counts as missing
  const has = (key: string) => obj[key] !== undefined;
  for (const key of KEYS) if (!has(key)) errors.push(`Propriété manquante\u00a0: ${q(key)}.`);

  const name = typeof obj.name === 'string' ? obj.name.trim() : null;
  if (has('name')) {
    if (name === null) errors.push(`${q('name')} doit être une chaîne de caractères.`);
    else if (name === '') errors.push(`${q('name')} ne doit pas être vide.`);
    else if (name.length > NAME_MAX_LENGTH) {
      errors.push(`${q('name')} est trop long (${name.length} caractères, ${NAME_MAX_LENGTH} au maximum).`);
    }
  }
  if (has('includePlanned') && typeof obj.includePlanned !== 'boolean') {
    errors.push(`${q('includePlanned')} doit valoir true ou false.`);
  }
  const [lo, hi] = THRESHOLD_RANGE;
  if (has('thresholdMin')) {
    const t = obj.thresholdMin;
    if (typeof t !== 'number' || !Number.isFinite(t)) errors.push(`${q('thresholdMin')} doit être un nombre de minutes.`);
    else if (t < lo || t > hi) errors.push(`${q('thresholdMin')} doit être compris entre ${lo} et ${hi} minutes (reçu\u00a0: ${t}).`);
  }

  const byId = new Map(sites.map((s) => [s.id, s]));
  const planned = obj.includePlanned === true;
  const isActive = (s: AccessSite) => s.kind === 'mds' && (s.status === 'ouverte' || (planned && s.status === 'prevue'));
  const ids = (key: 'added' | 'removed', check: (s: AccessSite, label: string) => string | null): string[] => {
    if (!has(key)) return [];
    const list = obj[key];
    if (!Array.isArray(list)) {
      errors.push(`${q(key)} doit être une liste d'identifiants de sites.`);
      return [];
    }
    const seen = new Set<string>();
    list.forEach((id, i) => {
      const label = `${key}[${i}]`;
      if (typeof id !== 'string') return errors.push(`${q(label)} doit être un identifiant (chaîne de caractères).`);
      const site = byId.get(id);
      if (!site) return errors.push(`${q(label)}\u00a0: site inconnu ${q(id)}.`);
      if (seen.has(id)) return errors.push(`${q(key)} contient deux fois ${q(id)}.`);
      seen.add(id);
      const problem = check(site, label);
      if (problem) errors.push(problem);
    });
    return [...seen];
  };
  const added = ids('added', (s, label) =>
    isActive(s) ? `${q(label)}\u00a0: ${q(s.id)} est déjà ouvert dans ce scénario, inutile de l'ajouter.` : null,
  );
  const removed = ids('removed', (s, label) =>
    s.kind !== 'mds'
      ? `${q(label)}\u00a0: ${q(s.id)} n'est pas une MDS\u00a0; seules les MDS peuvent être retirées.`
      : !isActive(s)
        ? `${q(label)}\u00a0: la MDS ${q(s.id)} est prévue mais les MDS prévues ne sont pas incluses (includePlanned vaut false).`
        : null,
  );

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    scenario: { name: name as string, added, removed, includePlanned: planned, thresholdMin: obj.thresholdMin as number },
  };
}
