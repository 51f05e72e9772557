import { distinctDecimals } from '../format/distinct-decimals';
import { formatRange } from '../format/format-range';
import type { LegendModel } from '../indicators/legend-model';
import type { Lang } from '../types';

/** What a legend row shows before its text. */
export type LegendSymbol =
  | { kind: 'fill'; color: string }
  | { kind: 'hatch' }
  | { kind: 'line'; color: string; width: number }
  | { kind: 'point'; fill: string; stroke: string };

export interface LegendRow {
  symbol: LegendSymbol;
  label: string;
  /** "54 communes"; '' when not counted. */
  count: string;
}

export interface LegendRowsOptions {
  lang: Lang;
  /** The indicator's usual decimals: bounds get more only when needed to stay distinct. */
  decimals: number;
  unit: string;
  /** Label of the hatched entry (missing, secret statistique, not aggregable…). */
  missingLabel: string;
  /** Count text of a row: "54 communes". */
  countLabel: (n: number) => string;
}

/**
 * Legend rows of an exported map, with the same bounds as the on-screen legend: one row per
 * class ("12,3 – 45,6 %", the language's number format, enough decimals for successive bounds to
 * differ), then the hatched missing entry, always present (with its count, possibly 0).
 */
export function legendRows(model: LegendModel, options: LegendRowsOptions): LegendRow[] {
  const { lang, unit } = options;
  const bounds = model.classes.length > 0 ? [model.classes[0]?.lo ?? 0, ...model.classes.map((c) => c.hi)] : [];
  const decimals = distinctDecimals(bounds, { lang, min: options.decimals, max: options.decimals + 3 });
  return [
    ...model.classes.map((c) => ({
      symbol: { kind: 'fill' as const, color: c.color },
      label: formatRange(c.lo, c.hi, { lang, decimals, unit }),
      count: options.countLabel(c.count),
    })),
    { symbol: { kind: 'hatch' }, label: options.missingLabel, count: options.countLabel(model.missing) },
  ];
}
