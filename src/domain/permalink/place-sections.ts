import type { CodeInsee } from '../types';
import { notice } from './notice';
import type { PermalinkNotice, UrlSection } from './types';
import { decodeNumber, roundTo, scalar } from './value-codecs';

/** INSEE commune code: 5 characters, Corsica's 2A / 2B included. */
const COMMUNE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;

/** A commune code that exists (`commune=41018`, `fiche=41018`); null when absent. */
function communeCodeSection(id: string, key: string): UrlSection<CodeInsee | null> {
  return {
    id,
    keys: [key],
    needs: ['communes'],
    defaultValue: null,
    encode: (code) => (code === null ? {} : { [key]: code }),
    decode(params, ctx) {
      const notices: PermalinkNotice[] = [];
      const raw = params.get(key);
      if (raw === undefined) return { value: null, notices };
      const code = raw.trim().toUpperCase();
      if (!COMMUNE_CODE.test(code) || !ctx.communeCodes.has(code)) {
        notices.push(notice('unknown-id', key, raw));
        return { value: null, notices };
      }
      return { value: code, notices };
    },
  };
}

/** The commune selected on the map. */
export const selectedCommuneSection = communeCodeSection('commune', 'commune');
/** The commune whose fiche is open. */
export const ficheSection = communeCodeSection('fiche', 'fiche');

/** Map camera: centre in degrees (4 decimals ≈ 10 m) and zoom (2 decimals). */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** Metropolitan France and its surroundings: a centre outside is not a view of the observatory. */
export const CAMERA_BOUNDS = { lon: [-5.5, 10] as const, lat: [41, 51.5] as const, zoom: [6, 14] as const };
const KEY = 'carte';

/** Rounds a camera as the URL stores it. */
export function roundCamera(c: Camera): Camera {
  return { lon: roundTo(c.lon, 4), lat: roundTo(c.lat, 4), zoom: roundTo(c.zoom, 2) };
}

/**
 * `carte=lon,lat,zoom` (`carte=1.3350,47.5862,8.25`); null = the département framed in the window,
 * as on a first visit.
 */
export const cameraSection: UrlSection<Camera | null> = {
  id: 'camera',
  keys: [KEY],
  replaceKeys: [KEY],
  defaultValue: null,
  encode(c) {
    if (c === null) return {};
    const r = roundCamera(c);
    return { [KEY]: `${r.lon.toFixed(4)},${r.lat.toFixed(4)},${r.zoom.toFixed(2)}` };
  },
  decode(params) {
    const notices: PermalinkNotice[] = [];
    const raw = params.get(KEY);
    if (raw === undefined) return { value: null, notices };
    const value = scalar(KEY, raw, notices);
    if (value === null) return { value: null, notices };
    const parts = value.split(',');
    if (parts.length !== 3) {
      notices.push(notice('invalid', KEY, raw));
      return { value: null, notices };
    }
    const silent: PermalinkNotice[] = [];
    const [lon, lat, zoom] = parts.map((p) => decodeNumber(KEY, p, silent));
    if (lon == null || lat == null || zoom == null) {
      notices.push(notice('invalid', KEY, raw));
      return { value: null, notices };
    }
    const inside = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;
    const b = CAMERA_BOUNDS;
    if (!inside(lon, b.lon) || !inside(lat, b.lat) || !inside(zoom, b.zoom)) {
      notices.push(notice('out-of-range', KEY, raw, `${b.lon[0]}…${b.lon[1]}, ${b.lat[0]}…${b.lat[1]}, ${b.zoom[0]}…${b.zoom[1]}`));
      return { value: null, notices };
    }
    return { value: roundCamera({ lon, lat, zoom }), notices };
  },
};
