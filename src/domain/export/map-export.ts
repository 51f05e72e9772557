import type { LegendModel } from '../indicators/legend-model';
import type { Lang } from '../types';
import { legendRows, type LegendRow, type LegendRowsOptions } from './legend-rows';
import { mapLayout, type MapLayoutSize, type MapTexts } from './map-layout';
import { mapScene, type RasterMap, type VectorMap } from './map-scene';
import type { Scene } from './scene';
import { sceneToSvg } from './scene-to-svg';

/** A4 landscape at 300 dpi: 297 × 210 mm = 3508 × 2480 px, 300 / 72 px per point. */
export const A4_LANDSCAPE_300DPI = { width: 3508, height: 2480, u: 300 / 72, widthMm: 297, heightMm: 210 } as const;

/** Everything an exported map says besides its geometry, in the UI language. */
export interface MapExportContent {
  lang: Lang;
  texts: MapTexts;
  legend: LegendModel;
  legendFormat: Omit<LegendRowsOptions, 'lang'>;
  /** Other elements (MDS, outlines): symbol and label. */
  layerRows: readonly LegendRow[];
  /** One sentence for the SVG `<desc>`. */
  description: string;
}

/**
 * The scene of an exported map.
 *
 * @param size the page (A4 for print and SVG) or the map's own size (screen PNG)
 * @param u pixels per point
 */
export function mapExportScene(
  content: MapExportContent,
  map: VectorMap | RasterMap,
  size: MapLayoutSize,
  u: number,
): Scene {
  const rows = legendRows(content.legend, { ...content.legendFormat, lang: content.lang });
  const layout = mapLayout(size, u, content.texts, rows, content.layerRows);
  return mapScene({ layout, map, texts: content.texts, lang: content.lang, description: content.description });
}

/**
 * A true vector map as a standalone SVG document, laid out on an A4 landscape page (297 × 210 mm,
 * viewBox in 300 dpi pixels): one `<path data-code>` per unit with its class colour (hatched when
 * missing), outlines, legend, title, source, scale bar and north arrow as SVG shapes and text.
 */
export function buildMapSvg(content: MapExportContent, map: Omit<VectorMap, 'kind'>): string {
  const page = A4_LANDSCAPE_300DPI;
  const scene = mapExportScene(content, { kind: 'vector', ...map }, { fixed: 'page', width: page.width, height: page.height }, page.u);
  return sceneToSvg(scene, { size: { width: `${page.widthMm}mm`, height: `${page.heightMm}mm` } });
}
