import { GAP_SORT_KEYS, type GapSort } from '../mobility/gap-ranking';
import { GAP_SERVICES, type GapRule, type GapService } from '../mobility/gap-rule';
import { notice } from './notice';
import type { PermalinkNotice, UrlSection } from './types';
import { decodeEnum, decodeFlag, decodeNumber, roundTo, scalar, splitList } from './value-codecs';

/** The "Mobilité" page's settings a link carries. */
export interface MobilityLink {
  rule: GapRule;
  sort: GapSort;
  /** Stations layer of the map. */
  showStations: boolean;
  /** Frequent-bus layer of the map. */
  showBus: boolean;
  /** Commune whose card is open, or null. */
  selected: string | null;
}

type Bounds = { readonly min: number; readonly max: number };

export interface MobilityOptions {
  /** The page's starting settings (its state's initial values). */
  defaults: MobilityLink;
  /** Bounds of the thresholds the page accepts: minutes per service, km to a station. */
  bounds: { readonly minutes: Bounds; readonly km: Bounds };
}

const K = {
  services: 'mobilite-services',
  match: 'mobilite-critere',
  mdsScope: 'mobilite-mds',
  station: 'mobilite-gare',
  sort: 'mobilite-tri',
  stations: 'mobilite-gares',
  bus: 'mobilite-bus',
  commune: 'mobilite-commune',
} as const;

/** Service names in links (stable, lower case). */
const SERVICE_WORD: Record<GapService, string> = { mds: 'mds', franceServices: 'france-services', poste: 'poste' };
/** The words that say "no service" / "rail is not a criterion". */
const NONE = ['aucun', 'none'];
const OFF = ['non', 'off'];
const MATCHES: readonly GapRule['match'][] = ['any', 'all'];
const SCOPES: readonly GapRule['mdsScope'][] = ['plan', 'open'];
const DIRECTIONS: readonly GapSort['dir'][] = ['asc', 'desc'];
const CODE = /^\d{5}$/;

const sameServices = (a: GapRule['services'], b: GapRule['services']) =>
  GAP_SERVICES.every((s) => a[s] === b[s]);
const range = (b: Bounds) => `${b.min}–${b.max}`;
const inRange = (v: number, b: Bounds) => v >= b.min && v <= b.max;

/**
 * The mobility page (gap rule, list order, map layers, open commune card):
 * `mobilite-services=mds:25,france-services:15` (minutes per service that counts; `aucun` for
 * none), `mobilite-critere=all`, `mobilite-mds=open`, `mobilite-gare=5` (km; `non`: rail is not a
 * criterion), `mobilite-tri=nom-asc`, `mobilite-gares=0`, `mobilite-bus=1`, `mobilite-commune=41018`.
 * Only what differs from the page's defaults is written. A service item that is unknown, repeated
 * or out of bounds is dropped with a notice (the others are kept; none left: the default
 * services); any other bad value falls back to its default with a notice.
 */
export function mobilitySection(o: MobilityOptions): UrlSection<MobilityLink> {
  const d = o.defaults;
  return {
    id: 'mobility',
    keys: Object.values(K),
    needs: ['communes'],
    // thresholds follow typing in number fields: no history entry per keystroke
    replaceKeys: [K.services, K.station],
    defaultValue: d,
    encode(v) {
      const out: Record<string, string> = {};
      if (!sameServices(v.rule.services, d.rule.services)) {
        const items = GAP_SERVICES.flatMap((s) => {
          const min = v.rule.services[s];
          return min === undefined ? [] : [`${SERVICE_WORD[s]}:${roundTo(min, 2)}`];
        });
        out[K.services] = items.length > 0 ? items.join(',') : NONE[0] as string;
      }
      if (v.rule.match !== d.rule.match) out[K.match] = v.rule.match;
      if (v.rule.mdsScope !== d.rule.mdsScope) out[K.mdsScope] = v.rule.mdsScope;
      if (v.rule.noStationWithinKm !== d.rule.noStationWithinKm) {
        out[K.station] = v.rule.noStationWithinKm === null ? (OFF[0] as string) : String(roundTo(v.rule.noStationWithinKm, 2));
      }
      if (v.sort.key !== d.sort.key || v.sort.dir !== d.sort.dir) out[K.sort] = `${v.sort.key}-${v.sort.dir}`;
      if (v.showStations !== d.showStations) out[K.stations] = v.showStations ? '1' : '0';
      if (v.showBus !== d.showBus) out[K.bus] = v.showBus ? '1' : '0';
      if (v.selected !== null && v.selected !== d.selected) out[K.commune] = v.selected;
      return out;
    },
    decode(params, ctx) {
      const notices: PermalinkNotice[] = [];

      let services = d.rule.services;
      const rawServices = params.get(K.services);
      if (rawServices !== undefined) {
        const parsed = decodeServices(rawServices, o.bounds.minutes, notices);
        if (parsed !== null) services = parsed;
      }

      const rawMatch = params.get(K.match);
      const match = (rawMatch === undefined ? null : decodeEnum(K.match, rawMatch, MATCHES, notices)) ?? d.rule.match;
      const rawScope = params.get(K.mdsScope);
      const mdsScope = (rawScope === undefined ? null : decodeEnum(K.mdsScope, rawScope, SCOPES, notices)) ?? d.rule.mdsScope;

      let noStationWithinKm = d.rule.noStationWithinKm;
      const rawStation = params.get(K.station);
      if (rawStation !== undefined) {
        const word = scalar(K.station, rawStation, notices)?.trim().toLowerCase();
        if (word !== undefined && OFF.includes(word)) noStationWithinKm = null;
        else if (word !== undefined) {
          const km = decodeNumber(K.station, word, notices);
          if (km !== null && inRange(km, o.bounds.km)) noStationWithinKm = roundTo(km, 2);
          else if (km !== null) notices.push(notice('out-of-range', K.station, rawStation, range(o.bounds.km)));
        }
      }

      let sort = d.sort;
      const rawSort = params.get(K.sort);
      if (rawSort !== undefined) {
        const value = scalar(K.sort, rawSort, notices)?.trim();
        if (value !== undefined) {
          const dash = value.lastIndexOf('-');
          const key = GAP_SORT_KEYS.find((k) => k === value.slice(0, dash));
          const dir = DIRECTIONS.find((x) => x === value.slice(dash + 1));
          if (dash > 0 && key && dir) sort = { key, dir };
          else notices.push(notice('invalid', K.sort, rawSort));
        }
      }

      const flag = (key: string, fallback: boolean) => {
        const raw = params.get(key);
        return (raw === undefined ? null : decodeFlag(key, raw, notices)) ?? fallback;
      };
      const showStations = flag(K.stations, d.showStations);
      const showBus = flag(K.bus, d.showBus);

      let selected = d.selected;
      const rawCommune = params.get(K.commune);
      if (rawCommune !== undefined) {
        const code = scalar(K.commune, rawCommune, notices)?.trim();
        if (code !== undefined && CODE.test(code) && ctx.communeCodes.has(code)) selected = code;
        else if (code !== undefined) notices.push(notice('unknown-id', K.commune, rawCommune));
      }

      return {
        value: { rule: { services, match, mdsScope, noStationWithinKm }, sort, showStations, showBus, selected },
        notices,
      };
    },
  };
}

/** `mds:25,france-services:15` → { mds: 25, franceServices: 15 }; `aucun` → {}; null when nothing valid. */
function decodeServices(raw: string, bounds: Bounds, notices: PermalinkNotice[]): GapRule['services'] | null {
  if (NONE.includes(raw.trim().toLowerCase())) return {};
  const items = splitList(raw);
  if (items.length === 0) notices.push(notice('invalid', K.services, raw));
  const services: Partial<Record<GapService, number>> = {};
  let kept = 0;
  for (const item of items) {
    const [word = '', minutes = '', ...rest] = item.split(':');
    const service = GAP_SERVICES.find((s) => SERVICE_WORD[s] === word.trim().toLowerCase());
    const value = rest.length === 0 ? decodeNumber(K.services, minutes, []) : null;
    if (!service || value === null) notices.push(notice('invalid', K.services, item));
    else if (!inRange(value, bounds)) notices.push(notice('out-of-range', K.services, item, range(bounds)));
    else if (services[service] !== undefined) notices.push(notice('conflict', K.services, item));
    else {
      services[service] = roundTo(value, 2);
      kept++;
    }
  }
  return kept > 0 ? services : null;
}
