import { DataFormatError } from '../data-format-error';
import type { Localized } from '../types';

/** A caveat or a missing item of mobility-notes.json. */
export interface MobilityNote {
  id: string;
  text: Localized;
}

/** What the mobility page reads from mobility-notes.json. */
export interface MobilityNotes {
  caveats: MobilityNote[];
  missing: MobilityNote[];
  /** Headway limit of a "frequent" bus stop, minutes. */
  frequentMaxMin: number;
  /** Walking radius around a frequent stop, metres. */
  walkRadiusM: number;
  /** Radius of the "station within reach" flag, km. */
  stationRadiusKm: number;
  /** Reference Tuesday of the TER counts, YYYYMMDD. */
  terTuesday: string;
  /** First and last day of the bus reference week, ISO dates. */
  busWeek: readonly [string, string];
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function notes(raw: unknown, where: string): MobilityNote[] {
  if (!Array.isArray(raw)) throw new DataFormatError(`${where} : liste attendue`);
  return raw.map((n: unknown, i) => {
    const o = n as Record<string, unknown> | null;
    if (!o || typeof o.id !== 'string' || typeof o.fr !== 'string' || typeof o.en !== 'string') {
      throw new DataFormatError(`${where}[${i}] : { id, fr, en } attendu`);
    }
    return { id: o.id, text: { fr: o.fr, en: o.en } };
  });
}

/**
 * Checks and reads mobility-notes.json.
 *
 * @throws DataFormatError naming the first bad field
 */
export function parseMobilityNotes(raw: unknown): MobilityNotes {
  const o = raw as Record<string, unknown> | null;
  if (typeof o !== 'object' || o === null) throw new DataFormatError('objet JSON attendu');
  const m = o.method as Record<string, unknown> | undefined;
  if (!m) throw new DataFormatError('method');
  for (const k of ['frequentMaxMin', 'walkRadiusM', 'stationRadiusKm']) if (!isNum(m[k])) throw new DataFormatError(`method.${k}`);
  const ter = m.terDays as Record<string, unknown> | undefined;
  if (!ter || typeof ter.mardi !== 'string') throw new DataFormatError('method.terDays.mardi');
  const week = m.busReferenceWeek;
  if (!Array.isArray(week) || week.length !== 2 || !week.every((d) => typeof d === 'string')) {
    throw new DataFormatError('method.busReferenceWeek');
  }
  return {
    caveats: notes(o.caveats, 'caveats'),
    missing: notes(o.missing, 'missing'),
    frequentMaxMin: m.frequentMaxMin as number,
    walkRadiusM: m.walkRadiusM as number,
    stationRadiusKm: m.stationRadiusKm as number,
    terTuesday: ter.mardi,
    busWeek: [week[0] as string, week[1] as string],
  };
}
