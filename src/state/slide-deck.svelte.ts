import { MAX_SLIDES, parseSlideDeck, serializeSlideDeck, type ParsedSlideDeck, type SlideSpec } from '../domain/permalink/slide-deck';

/** A slide in the deck: `id` only keys the list (it is not saved). */
export interface Slide extends SlideSpec {
  id: number;
}

export const SLIDES_STORAGE_KEY = 'obs41:diapositives';

/**
 * The saved views played by the presentation mode, kept in localStorage in the export format
 * (`serializeSlideDeck`), so a stored deck is validated exactly like an imported file.
 */
export class SlideDeck {
  slides = $state.raw<readonly Slide[]>([]);
  /** False once localStorage refused to save (private mode, quota). */
  storageOk = $state(true);
  #nextId = 1;

  /** Reads the stored deck; an unreadable one is ignored (never thrown). */
  load(): void {
    let text: string | null = null;
    try {
      text = localStorage.getItem(SLIDES_STORAGE_KEY);
    } catch {
      this.storageOk = false;
    }
    if (text === null) return;
    const parsed = parseSlideDeck(text);
    if (parsed.ok) this.slides = parsed.slides.map((s) => this.#slide(s));
  }

  /** @returns false when the deck is full */
  add(spec: SlideSpec): boolean {
    if (this.slides.length >= MAX_SLIDES) return false;
    this.#set([...this.slides, this.#slide(spec)]);
    return true;
  }

  /** Adds several slides at once (a before / after pair), or none if they do not all fit. */
  addAll(specs: readonly SlideSpec[]): boolean {
    if (this.slides.length + specs.length > MAX_SLIDES) return false;
    this.#set([...this.slides, ...specs.map((s) => this.#slide(s))]);
    return true;
  }

  remove(id: number): void {
    this.#set(this.slides.filter((s) => s.id !== id));
  }

  /** Moves a slide by `delta` places (−1 up, +1 down); @returns its new index, or null if it cannot move. */
  move(id: number, delta: number): number | null {
    const from = this.slides.findIndex((s) => s.id === id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= this.slides.length) return null;
    const next = [...this.slides];
    const [slide] = next.splice(from, 1);
    if (slide) next.splice(to, 0, slide);
    this.#set(next);
    return to;
  }

  /** Appends the slides of an exported file (validated); what does not fit or is invalid is counted as ignored. */
  importJson(text: string): ParsedSlideDeck {
    const parsed = parseSlideDeck(text);
    if (!parsed.ok) return parsed;
    const room = MAX_SLIDES - this.slides.length;
    const kept = parsed.slides.slice(0, room);
    if (kept.length === 0) return { ok: false, error: 'empty' };
    this.#set([...this.slides, ...kept.map((s) => this.#slide(s))]);
    return { ok: true, slides: kept, ignored: parsed.ignored + parsed.slides.length - kept.length };
  }

  exportJson(): string {
    return serializeSlideDeck(this.slides);
  }

  #slide(spec: SlideSpec): Slide {
    return { id: this.#nextId++, title: spec.title, hash: spec.hash };
  }

  #set(slides: readonly Slide[]): void {
    this.slides = slides;
    try {
      if (slides.length === 0) localStorage.removeItem(SLIDES_STORAGE_KEY);
      else localStorage.setItem(SLIDES_STORAGE_KEY, serializeSlideDeck(slides));
      this.storageOk = true;
    } catch {
      this.storageOk = false;
    }
  }
}
