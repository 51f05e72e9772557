import type { LegendRow } from './legend-rows';
import { wrapText } from './wrap-text';

/** Texts around an exported map, in the UI language. */
export interface MapTexts {
  /** Indicator label. */
  title: string;
  /** Level and unit: "Par commune · unité : %". */
  subtitle: string;
  legendTitle: string;
  /** Heading of the other map elements (MDS, outlines). */
  layersTitle: string;
  /** Method lines under the legend ("Quantiles, 5 classes ; plus foncé = plus fragile."). */
  notes: readonly string[];
  /** Bottom lines: source with year, then export date and credit. */
  footer: readonly string[];
  /** Letter of the north arrow. */
  north: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Lines of text: `y` is the first line's baseline. */
export interface TextBlock {
  x: number;
  y: number;
  size: number;
  lineHeight: number;
  lines: string[];
  weight: 'normal' | 'bold';
  color: string;
  /** Top to bottom of the block, in pixels. */
  height: number;
}

export interface LegendRowLayout {
  row: LegendRow;
  symbol: Box;
  text: TextBlock;
}

export interface MapLayout {
  width: number;
  height: number;
  /** Pixels per typographic point: every size below is a multiple of it. */
  u: number;
  title: TextBlock;
  subtitle: TextBlock;
  map: Box;
  legendTitle: TextBlock;
  rows: LegendRowLayout[];
  layersTitle: TextBlock | null;
  layerRows: LegendRowLayout[];
  notes: TextBlock | null;
  footer: TextBlock;
}

/**
 * `page`: the whole image has this size (A4 at 300 dpi) and the map takes the room left;
 * `map`: the map has this size (the screen canvas) and the image grows around it.
 */
export type MapLayoutSize = { fixed: 'page'; width: number; height: number } | { fixed: 'map'; width: number; height: number };

/** Sizes in points (× u pixels). */
const PT = {
  margin: 16,
  gap: 14,
  legendWidth: 170,
  title: 17,
  subtitle: 10.5,
  legendTitle: 11,
  row: 8.5,
  note: 7.5,
  footer: 7.5,
  swatchW: 18,
  swatchH: 10,
  symbolGap: 6,
  rowGap: 4,
  sectionGap: 10,
};

/** Average glyph width of a sans-serif font, in ems (generous: DejaVu Sans is wide). */
const CHAR_EM = { normal: 0.54, bold: 0.6 };
const LINE = 1.3;
const INK = '#111827';
const MUTED = '#374151';

function block(
  x: number,
  top: number,
  size: number,
  text: string | readonly string[],
  maxWidth: number,
  style: { weight?: 'normal' | 'bold'; color?: string } = {},
): TextBlock {
  const weight = style.weight ?? 'normal';
  const maxChars = maxWidth / (size * CHAR_EM[weight]);
  const lines = (typeof text === 'string' ? [text] : text).flatMap((t) => wrapText(t, maxChars));
  const lineHeight = size * LINE;
  return {
    x,
    y: top + size * 0.95,
    size,
    lineHeight,
    lines,
    weight,
    color: style.color ?? INK,
    height: (lines.length - 1) * lineHeight + size * 1.25,
  };
}

function legendRowsLayout(rows: readonly LegendRow[], x: number, top: number, width: number, u: number): { rows: LegendRowLayout[]; bottom: number } {
  let y = top;
  const textX = x + (PT.swatchW + PT.symbolGap) * u;
  const out = rows.map((row) => {
    const label = row.count ? `${row.label} (${row.count.replace(/ /g, '\u00a0')})` : row.label;
    const text = block(textX, y, PT.row * u, label, x + width - textX);
    const symbolHeight = PT.swatchH * u;
    const symbol = { x, y: y + (PT.row * u * 1.25 - symbolHeight) / 2, width: PT.swatchW * u, height: symbolHeight };
    y += Math.max(text.height, symbolHeight) + PT.rowGap * u;
    return { row, symbol, text };
  });
  return { rows: out, bottom: y };
}

/**
 * Where everything goes on an exported map: title and subtitle on top, the map on the left, the
 * legend column on its right (classes, hatched missing entry, other elements, method notes), the
 * source, date and credit along the bottom. Text is wrapped with an estimated glyph width (no
 * font metrics here), generous enough for common sans-serif fonts.
 *
 * @param u pixels per point: 300 / 72 for 300 dpi, the device pixel ratio on screen
 */
export function mapLayout(
  size: MapLayoutSize,
  u: number,
  texts: MapTexts,
  rows: readonly LegendRow[],
  layerRows: readonly LegendRow[],
): MapLayout {
  const margin = PT.margin * u;
  const gap = PT.gap * u;
  const legendWidth = PT.legendWidth * u;
  const width = size.fixed === 'page' ? size.width : size.width + 2 * margin + gap + legendWidth;
  const inner = width - 2 * margin;

  const title = block(margin, margin, PT.title * u, texts.title, inner, { weight: 'bold' });
  const subtitle = block(margin, margin + title.height + 2 * u, PT.subtitle * u, texts.subtitle, inner, { color: MUTED });
  const top = subtitle.y - subtitle.size * 0.95 + subtitle.height + PT.sectionGap * u;
  const footer = block(margin, 0, PT.footer * u, texts.footer, inner, { color: MUTED });

  const mapWidth = size.fixed === 'page' ? inner - gap - legendWidth : size.width;
  const legendX = margin + mapWidth + gap;
  const legendTitle = block(legendX, top, PT.legendTitle * u, texts.legendTitle, legendWidth, { weight: 'bold' });
  const classes = legendRowsLayout(rows, legendX, top + legendTitle.height + PT.rowGap * u, legendWidth, u);
  let bottom = classes.bottom;
  let layersTitle: TextBlock | null = null;
  let layers: LegendRowLayout[] = [];
  if (layerRows.length > 0) {
    layersTitle = block(legendX, bottom + PT.sectionGap * u - PT.rowGap * u, PT.row * u, texts.layersTitle, legendWidth, {
      weight: 'bold',
    });
    const placed = legendRowsLayout(layerRows, legendX, bottom + PT.sectionGap * u + layersTitle.height, legendWidth, u);
    layers = placed.rows;
    bottom = placed.bottom;
  }
  let notes: TextBlock | null = null;
  if (texts.notes.length > 0) {
    notes = block(legendX, bottom + PT.sectionGap * u - PT.rowGap * u, PT.note * u, texts.notes, legendWidth, { color: MUTED });
    bottom = notes.y - notes.size * 0.95 + notes.height;
  }
  const legendHeight = bottom - top;

  const footerGap = PT.sectionGap * u;
  const height =
    size.fixed === 'page' ? size.height : top + Math.max(size.height, legendHeight) + footerGap + footer.height + margin;
  const mapHeight = size.fixed === 'page' ? height - margin - footer.height - footerGap - top : size.height;
  const footerTop = height - margin - footer.height;

  return {
    width,
    height,
    u,
    title,
    subtitle,
    map: { x: margin, y: top, width: mapWidth, height: mapHeight },
    legendTitle,
    rows: classes.rows,
    layersTitle,
    layerRows: layers,
    notes,
    footer: { ...footer, y: footerTop + footer.size * 0.95 },
  };
}
