import { NAME_MAX_LENGTH, parseScenario, THRESHOLD_RANGE, type AccessSite, type Scenario } from '../access/scenario';
import { notice } from './notice';
import type { PermalinkNotice, UrlSection } from './types';
import { decodeFlag, decodeInteger, scalar, splitList } from './value-codecs';

const K = {
  name: 'acces-nom',
  added: 'acces-ajout',
  removed: 'acces-retrait',
  planned: 'acces-prevues',
  minutes: 'acces-minutes',
} as const;

/** Site ids are short ASCII (`MDS-01`, `C-41018`). */
const SITE_ID = /^[A-Za-z0-9_-]{1,32}$/;
/** Control and format characters (bidi overrides, zero-width) have no place in a scenario name. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

const isActive = (s: AccessSite, planned: boolean) => s.kind === 'mds' && (s.status === 'ouverte' || (planned && s.status === 'prevue'));

/**
 * The access scenario: `acces-ajout=C-41018,C-41269`, `acces-retrait=MDS-03`, `acces-prevues=0`,
 * `acces-minutes=30`, `acces-nom=…`. Each site id is checked on its own against the loaded sites:
 * an unknown id, or one that cannot be added (already open) or removed (not an open MDS), is dropped
 * with a notice and the rest of the scenario is kept. The result always passes `parseScenario`.
 */
export function accessSection(defaultScenario: Scenario): UrlSection<Scenario> {
  return {
    id: 'access',
    keys: Object.values(K),
    needs: ['sites'],
    replaceKeys: [K.name, K.minutes],
    defaultValue: defaultScenario,
    encode(s) {
      const d = defaultScenario;
      const out: Record<string, string> = {};
      if (s.name !== d.name) out[K.name] = s.name;
      if (s.added.length > 0) out[K.added] = s.added.join(',');
      if (s.removed.length > 0) out[K.removed] = s.removed.join(',');
      if (s.includePlanned !== d.includePlanned) out[K.planned] = s.includePlanned ? '1' : '0';
      if (s.thresholdMin !== d.thresholdMin) out[K.minutes] = String(s.thresholdMin);
      return out;
    },
    decode(params, ctx) {
      const notices: PermalinkNotice[] = [];
      const d = defaultScenario;
      let name = d.name;
      const rawName = params.get(K.name);
      if (rawName !== undefined) {
        const cleaned = scalar(K.name, rawName, notices)?.replace(UNSAFE, '').trim();
        if (cleaned === '') notices.push(notice('invalid', K.name, rawName));
        else if (cleaned !== undefined && cleaned.length > NAME_MAX_LENGTH) {
          notices.push(notice('too-long', K.name, rawName, String(NAME_MAX_LENGTH)));
        } else if (cleaned !== undefined) name = cleaned;
      }
      const rawPlanned = params.get(K.planned);
      const includePlanned = (rawPlanned === undefined ? null : decodeFlag(K.planned, rawPlanned, notices)) ?? d.includePlanned;
      const rawMinutes = params.get(K.minutes);
      const thresholdMin = (rawMinutes === undefined ? null : decodeInteger(K.minutes, rawMinutes, THRESHOLD_RANGE, notices)) ?? d.thresholdMin;

      const byId = new Map(ctx.sites.map((s) => [s.id, s]));
      const ids = (key: string, accept: (s: AccessSite) => boolean): string[] => {
        const raw = params.get(key);
        if (raw === undefined) return [];
        const out: string[] = [];
        for (const id of splitList(raw)) {
          const site = SITE_ID.test(id) ? byId.get(id) : undefined;
          if (!site) notices.push(notice('unknown-id', key, id));
          else if (out.includes(id) || !accept(site)) notices.push(notice('conflict', key, id));
          else out.push(id);
          if (out.length >= ctx.sites.length) break;
        }
        return out;
      };
      const added = ids(K.added, (s) => !isActive(s, includePlanned));
      const removed = ids(K.removed, (s) => isActive(s, includePlanned));
      const scenario: Scenario = { name, added, removed, includePlanned, thresholdMin };
      // belt and braces: the page accepts exactly what parseScenario accepts
      if (!parseScenario(scenario, ctx.sites).ok) {
        notices.push(notice('conflict', K.added, null));
        return { value: d, notices };
      }
      return { value: scenario, notices };
    },
  };
}
