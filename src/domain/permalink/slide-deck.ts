import { isPermalinkHash } from './parse-hash';
import { PERMALINK_LIMITS } from './limits';

/** A saved view played as a slide: its permalink (hash body, no `#`) and a title. */
export interface SlideSpec {
  title: string;
  hash: string;
}

export const SLIDE_DECK_FORMAT = 'obs41-diapositives';
export const SLIDE_DECK_VERSION = 1;
export const MAX_SLIDES = 50;
export const SLIDE_TITLE_MAX = 120;
/** An exported deck is small; a bigger file is refused before JSON.parse. */
export const SLIDE_FILE_MAX_BYTES = 400_000;

export type SlideDeckError = 'not-json' | 'not-a-deck' | 'wrong-version' | 'empty';

export type ParsedSlideDeck =
  | { ok: true; slides: SlideSpec[]; ignored: number }
  | { ok: false; error: SlideDeckError };

const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;
const HAS_UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}]/u;

/** A slide read from JSON, or null if it is not one. The hash is only checked here; decoding it is the permalink's job. */
function readSlide(raw: unknown): SlideSpec | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { title, hash } = raw as Record<string, unknown>;
  if (typeof title !== 'string' || typeof hash !== 'string') return null;
  const cleanTitle = title.replace(UNSAFE, '').trim().slice(0, SLIDE_TITLE_MAX);
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body.length > PERMALINK_LIMITS.hashLength || HAS_UNSAFE.test(body) || !isPermalinkHash(body)) return null;
  return { title: cleanTitle, hash: body };
}

/**
 * Reads an exported deck: `{ format: "obs41-diapositives", version: 1, slides: [{ title, hash }] }`
 * (a bare array of slides is accepted too). Slides that are not objects with a string title and a
 * permalink hash are skipped and counted in `ignored`; beyond MAX_SLIDES the rest are ignored too.
 * Never throws.
 */
export function parseSlideDeck(input: unknown): ParsedSlideDeck {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > SLIDE_FILE_MAX_BYTES) return { ok: false, error: 'not-a-deck' };
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, error: 'not-json' };
    }
  }
  let list: unknown;
  if (Array.isArray(value)) list = value;
  else if (typeof value === 'object' && value !== null) {
    const deck = value as Record<string, unknown>;
    if (deck.format !== SLIDE_DECK_FORMAT || !Array.isArray(deck.slides)) return { ok: false, error: 'not-a-deck' };
    if (deck.version !== SLIDE_DECK_VERSION) return { ok: false, error: 'wrong-version' };
    list = deck.slides;
  } else return { ok: false, error: 'not-a-deck' };
  const items = list as unknown[];
  const slides: SlideSpec[] = [];
  let ignored = 0;
  for (const item of items) {
    const slide = slides.length < MAX_SLIDES ? readSlide(item) : null;
    if (slide) slides.push(slide);
    else ignored++;
  }
  if (slides.length === 0) return { ok: false, error: 'empty' };
  return { ok: true, slides, ignored };
}

/** The JSON text `parseSlideDeck` reads back. */
export function serializeSlideDeck(slides: readonly SlideSpec[]): string {
  const deck = {
    format: SLIDE_DECK_FORMAT,
    version: SLIDE_DECK_VERSION,
    slides: slides.map(({ title, hash }) => ({ title, hash })),
  };
  return `${JSON.stringify(deck, null, 2)}\n`;
}
