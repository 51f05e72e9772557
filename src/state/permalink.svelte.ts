import { untrack } from 'svelte';
import { formatHash } from '../domain/permalink/format-hash';
import { isPermalinkHash, parseHash } from '../domain/permalink/parse-hash';
import { createCodec, sectionParams, type PermalinkCodec } from '../domain/permalink/registry';
import type { PermalinkContext, PermalinkNotice, UrlSection } from '../domain/permalink/types';

/**
 * One URL section tied to the app state. Other features plug their state into the permalink by
 * passing a binding to `PermalinkSync.register` while the app starts (before the URL is read).
 */
export interface SectionBinding<T> {
  section: UrlSection<T>;
  /** The value in the app now (a reactive read). */
  read(): T;
  /** Puts a decoded value into the app. */
  apply(value: T): void;
  /** True once the section can be decoded and applied (its data loaded, the map ready); reactive. Default: always. */
  ready?(): boolean;
  /** Starts loading what `ready` waits for; called when a link carries this section. */
  request?(): void;
}

export interface PermalinkOptions {
  bindings: readonly SectionBinding<unknown>[];
  /** Whitelists from the loaded data (read when a section is decoded). */
  context: () => PermalinkContext;
  /** Continuous changes (map moves, slider drags, typing) replace the URL after this quiet time, ms. */
  replaceDelayMs?: number;
}

const bodyOf = (hash: string) => (hash.startsWith('#') ? hash.slice(1) : hash);

/**
 * Keeps the URL hash and the app state in step (see `domain/permalink` for the format):
 * - at start, and on back / forward, the hash is decoded section by section; a section whose data
 *   is not loaded yet (indicators, communes, access sites, the map) waits, and its parameters stay
 *   in the URL meanwhile; whatever is invalid falls back to its default and goes to `notices`;
 * - a change of state writes the hash: `pushState` for meaningful changes (page, indicator, level,
 *   fiche…), a debounced `replaceState` for continuous ones (see `UrlSection.replaceKeys`).
 * In-page anchors (`#panel`, `#methode-temps`) are not permalinks and are left alone.
 *
 * Construct it during a component's initialisation: its effects live as long as the component.
 */
export class PermalinkSync {
  /** What the last link applied had to ignore; shown as text, never as HTML. */
  notices = $state.raw<readonly PermalinkNotice[]>([]);

  #bindings: SectionBinding<unknown>[];
  #codec: PermalinkCodec;
  readonly #context: () => PermalinkContext;
  readonly #delay: number;
  /** Sections read from a link whose data is still loading: their raw parameters. */
  #pending = $state.raw<ReadonlyMap<string, ReadonlyMap<string, string>>>(new Map());
  #started = $state(false);
  /** Hash body (no `#`) of the current history entry, as last written or read. */
  #written = '';
  #writtenParams: ReadonlyMap<string, string> = new Map();
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: PermalinkOptions) {
    this.#bindings = [...options.bindings];
    this.#codec = createCodec(this.#bindings.map((b) => b.section));
    this.#context = options.context;
    this.#delay = options.replaceDelayMs ?? 400;

    $effect(() => {
      untrack(() => this.#start());
      const onlocation = () => this.#readLocation(false);
      window.addEventListener('popstate', onlocation);
      window.addEventListener('hashchange', onlocation);
      return () => {
        window.removeEventListener('popstate', onlocation);
        window.removeEventListener('hashchange', onlocation);
        this.#clearTimer();
      };
    });

    // Sections waiting for their data: applied as soon as it is there.
    $effect(() => {
      const pending = this.#pending;
      if (pending.size === 0) return;
      const ready = this.#bindings.filter((b) => pending.has(b.section.id) && (b.ready?.() ?? true));
      if (ready.length > 0) untrack(() => this.#applyPending(ready));
    });

    // State → URL.
    $effect(() => {
      if (!this.#started) return;
      const params = this.#currentParams();
      untrack(() => this.#write(params));
    });
  }

  /** True while a link's section `id` waits for what it needs (its data, the map): reactive. */
  waiting(id: string): boolean {
    return this.#pending.has(id);
  }

  /** Adds a feature's section. Call it while the app starts, before the URL is read. */
  register<T>(binding: SectionBinding<T>): void {
    if (this.#started) throw new Error(`permalink: section "${binding.section.id}" registered after start`);
    this.#bindings.push(binding as SectionBinding<unknown>);
    this.#codec = createCodec(this.#bindings.map((b) => b.section));
  }

  get codec(): PermalinkCodec {
    return this.#codec;
  }

  /** Hash body (no `#`) of the state now; pending replaceState included. Not reactive. */
  currentHash(): string {
    return untrack(() => formatHash(this.#currentParams()));
  }

  /** Hash body of the state now with some sections replaced (e.g. the plan for a "before" slide). */
  hashWith(overrides: ReadonlyMap<string, unknown>): string {
    return untrack(() => formatHash(this.#currentParams(overrides)));
  }

  /** Absolute URL of the current view, to share. Writes any pending replaceState first. */
  url(): string {
    const body = this.currentHash();
    if (this.#timer !== null) this.#commit('replace', body, this.#currentParams());
    return `${location.origin}${location.pathname}${location.search}${body ? `#${body}` : ''}`;
  }

  /** Shows a link (a slide): applies it and replaces the current history entry with it. */
  applyLink(hash: string): void {
    this.#clearTimer();
    this.#apply(bodyOf(hash));
  }

  dismissNotices(): void {
    this.notices = [];
  }

  #start(): void {
    this.#written = bodyOf(location.hash);
    this.#writtenParams = parseHash(this.#written, this.#codec.keys).params;
    this.#readLocation(true);
    this.#started = true;
  }

  #readLocation(initial: boolean): void {
    const hash = location.hash;
    if (!isPermalinkHash(hash)) return;
    const body = bodyOf(hash);
    if (!initial && body === this.#written) return;
    this.#clearTimer();
    this.#apply(body);
  }

  /** Decodes and applies every section of `body` that can be; the others wait in `#pending`. */
  #apply(body: string): void {
    const parsed = parseHash(body, this.#codec.keys);
    const notices = [...parsed.notices];
    const pending = new Map<string, ReadonlyMap<string, string>>();
    const ctx = this.#context();
    for (const b of this.#bindings) {
      const own = sectionParams(b.section, parsed.params);
      if (own.size > 0 && !(b.ready?.() ?? true)) {
        pending.set(b.section.id, own);
        b.request?.();
        continue;
      }
      const decoded = this.#codec.decodeSection(b.section.id, own, ctx);
      notices.push(...decoded.notices);
      b.apply(decoded.value);
    }
    this.#pending = pending;
    this.notices = notices;
    this.#settle();
  }

  #applyPending(ready: readonly SectionBinding<unknown>[]): void {
    const pending = new Map(this.#pending);
    const ctx = this.#context();
    const notices: PermalinkNotice[] = [];
    for (const b of ready) {
      const own = pending.get(b.section.id);
      if (!own) continue;
      pending.delete(b.section.id);
      const decoded = this.#codec.decodeSection(b.section.id, own, ctx);
      notices.push(...decoded.notices);
      b.apply(decoded.value);
    }
    this.#pending = pending;
    if (notices.length > 0) this.notices = [...this.notices, ...notices];
    this.#settle();
  }

  /** After a link was applied: the entry's URL becomes the state's (invalid parts dropped), without a new entry. */
  #settle(): void {
    const params = this.#currentParams();
    const body = formatHash(params);
    this.#clearTimer();
    if (body !== bodyOf(location.hash)) this.#commit('replace', body, params);
    this.#written = body;
    this.#writtenParams = params;
  }

  /**
   * Parameters of the state now; a section still waiting keeps the parameters of its link.
   * @param overrides values to write instead of some sections' state (by section id)
   */
  #currentParams(overrides: ReadonlyMap<string, unknown> = new Map()): Map<string, string> {
    const pending = this.#pending;
    const out = new Map<string, string>();
    for (const b of this.#bindings) {
      const id = b.section.id;
      const params = overrides.has(id)
        ? this.#codec.encodeSection(id, overrides.get(id))
        : (pending.get(id) ?? this.#codec.encodeSection(id, b.read()));
      for (const [k, v] of params) out.set(k, v);
    }
    return out;
  }

  #write(params: Map<string, string>): void {
    const body = formatHash(params);
    this.#clearTimer();
    if (body === this.#written) return;
    if (this.#codec.historyMode(this.#writtenParams, params) === 'push') {
      this.#commit('push', body, params);
    } else {
      this.#timer = setTimeout(() => this.#commit('replace', body, params), this.#delay);
    }
  }

  #commit(mode: 'push' | 'replace', body: string, params: ReadonlyMap<string, string>): void {
    this.#clearTimer();
    const url = `${location.pathname}${location.search}${body ? `#${body}` : ''}`;
    try {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(history.state, '', url);
    } catch {
      // Safari throttles history calls (SecurityError after 100 in 30 s): the URL lags, the app goes on
    }
    this.#written = body;
    this.#writtenParams = params;
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
