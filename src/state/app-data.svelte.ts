import {
  loadCatalog,
  loadCommunes,
  loadCommuneStats,
  loadOverlay,
  loadSources,
  loadTerritoryNote,
  OVERLAY_FILES,
  type OverlayId,
} from '../data/app-files';
import type { CodedFeatureCollection } from '../domain/geo/parse-feature-collection';
import type { SourceInfo } from '../domain/sources/parse-sources';
import { bbox, bboxCenter } from '../domain/geo/bbox';
import type { CodeInsee, CommuneStats, IndicatorCatalog, Localized } from '../domain/types';
import type { MessageKey } from '../i18n/fr';
import { toDataIssue, type DataIssue } from './data-issue';

export type LoadPhase = 'loading' | 'done';

/** Every file the app reads without DuckDB. Big values are `$state.raw`: replaced, never mutated. */
export class AppData {
  catalog = $state.raw<IndicatorCatalog | null>(null);
  stats = $state.raw<CommuneStats | null>(null);
  communes = $state.raw<CodedFeatureCollection | null>(null);
  overlays = $state.raw<Partial<Record<OverlayId, CodedFeatureCollection>>>({});
  sources = $state.raw<ReadonlyMap<string, SourceInfo>>(new Map());
  territoryNote = $state.raw<Localized | null>(null);
  issues = $state.raw<readonly DataIssue[]>([]);
  /** Bounding-box centre of each commune ([lon, lat]), to anchor a keyboard selection. */
  communeCenters: ReadonlyMap<CodeInsee, [number, number]> = $derived.by(() => {
    const centers = new Map<CodeInsee, [number, number]>();
    for (const feature of this.communes?.features ?? []) {
      const box = bbox(feature);
      if (box) centers.set(feature.properties.code, bboxCenter(box));
    }
    return centers;
  });
  /** `done` once the three first-paint files have succeeded or failed. */
  firstPaintPhase = $state<LoadPhase>('loading');

  addIssue(issue: DataIssue): void {
    this.issues = [...this.issues, issue];
  }

  #guard<T>(file: string, impact: MessageKey, promise: Promise<T>, apply: (v: T) => void): Promise<void> {
    return promise.then(apply, (error: unknown) => this.addIssue(toDataIssue(file, error, impact)));
  }

  /** Downloads the first-paint files; resolves when they are settled. Never rejects. */
  async load(): Promise<void> {
    await Promise.all([
      this.#guard('indicators.json', 'impact.indicators', loadCatalog(), (c) => (this.catalog = c)),
      this.#guard('commune-stats.json', 'impact.stats', loadCommuneStats(), (s) => (this.stats = s)),
      this.#guard('communes.geojson', 'impact.communes', loadCommunes(), (fc) => (this.communes = fc)),
    ]);
    this.firstPaintPhase = 'done';
  }

  #secondaryStarted = false;

  /**
   * Starts the secondary files (source names, outlines and services: ~75 KB gzip, the territory
   * note), once: call it when the first map is on screen (or could not be), so that they never
   * share the bandwidth with the first-paint files. Not awaited; failures become issues.
   */
  loadSecondary(): void {
    if (this.#secondaryStarted) return;
    this.#secondaryStarted = true;
    void this.#guard('sources.json', 'impact.sources', loadSources(), (s) => (this.sources = s));
    for (const id of Object.keys(OVERLAY_FILES) as OverlayId[]) {
      void this.#guard(OVERLAY_FILES[id], 'impact.overlay', loadOverlay(id), (fc) => {
        this.overlays = { ...this.overlays, [id]: fc };
      });
    }
    void this.#guard('territoires.json', 'impact.territoryNote', loadTerritoryNote(), (n) => (this.territoryNote = n));
  }
}
