import { classIndex } from '../domain/indicators/class-index';
import { defaultIndicatorId } from '../domain/indicators/default-indicator';
import { computeIndicatorColumn, missingColumns, missingReason } from '../domain/indicators/compute';
import { legendEntries } from '../domain/indicators/legend-entries';
import { localPalette } from '../domain/indicators/local-palette';
import { localQuantileBreaks } from '../domain/indicators/local-quantile-breaks';
import type { CodeInsee, Indicator, MissingReason } from '../domain/types';
import type { AppData } from './app-data.svelte';
import type { ViewState } from './view.svelte';

/** What the tooltip and the live region say about one unit. */
export interface UnitValue {
  code: CodeInsee;
  name: string;
  value: number | null;
  reason: MissingReason | null;
}

/**
 * The classified indicator for the current level, derived from the data and the view.
 * Classification and palette are local stand-ins until `src/domain/classify/` lands:
 * swap `localQuantileBreaks` / `localPalette` here and nowhere else.
 */
export class Choropleth {
  readonly #data: AppData;
  readonly #view: ViewState;

  constructor(data: AppData, view: ViewState) {
    this.#data = data;
    this.#view = view;
  }

  /** The chosen indicator, else the catalogue's default one. */
  indicator: Indicator | null = $derived.by(() => {
    const catalog = this.#data.catalog;
    if (!catalog) return null;
    const id = this.#view.indicatorId ?? defaultIndicatorId(catalog);
    return catalog.indicators.find((ind) => ind.id === id) ?? null;
  });

  /** Unit codes in row order (communes for now). */
  codes: readonly CodeInsee[] = $derived.by(() =>
    this.#view.level === 'commune' ? (this.#data.stats?.codes ?? []) : [],
  );

  values: readonly (number | null)[] = $derived.by(() => {
    const { stats } = this.#data;
    if (!this.indicator || !stats || this.#view.level !== 'commune') return [];
    return computeIndicatorColumn(this.indicator, stats);
  });

  missingColumns: readonly string[] = $derived.by(() =>
    this.indicator && this.#data.stats ? missingColumns(this.indicator, this.#data.stats) : [],
  );

  breaks = $derived.by(() => localQuantileBreaks(this.values, this.#view.classCount));

  colors: readonly string[] = $derived(
    this.indicator ? localPalette(this.breaks.length + 1, this.indicator.direction) : [],
  );

  legend = $derived(legendEntries(this.values, this.breaks, this.colors));

  /** Class per unit code, null when the value is missing. */
  classByCode: ReadonlyMap<CodeInsee, number | null> = $derived(
    new Map(this.codes.map((code, i) => [code, classIndex(this.values[i] ?? null, this.breaks)])),
  );

  #rowByCode: ReadonlyMap<CodeInsee, number> = $derived(
    new Map(this.codes.map((code, i) => [code, i])),
  );

  /** Value, name and missing reason of one unit, or null for an unknown code. */
  describe(code: CodeInsee): UnitValue | null {
    const row = this.#rowByCode.get(code);
    const stats = this.#data.stats;
    if (row === undefined || !stats) return null;
    const value = this.values[row] ?? null;
    let reason: MissingReason | null = null;
    if (value === null && this.indicator) {
      const num = stats.columns.get(this.indicator.numerator)?.[row];
      const den =
        this.indicator.denominator === null
          ? undefined
          : stats.columns.get(this.indicator.denominator)?.[row];
      reason = missingReason(this.indicator, num, den);
    }
    return { code, name: stats.names[row] ?? code, value, reason };
  }
}
