import { geoPath, type GeoPermissibleObjects } from 'd3';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { rewindForD3 } from '../compare/rewind-for-d3';
import { formatNumber } from '../format/format-number';
import type { CodedProperties } from '../geo/parse-feature-collection';
import type { Lang } from '../types';
import type { LegendRowLayout, MapLayout, MapTexts, TextBlock } from './map-layout';
import { fittedLambert93, northAngleDeg, pxPerKm } from './map-projection';
import { niceScaleBar } from './scale-bar';
import type { Mark, Scene } from './scene';

export type CodedFeature = Feature<Geometry, CodedProperties>;

/** The map drawn from geometry (SVG, print PNG). */
export interface VectorMap {
  kind: 'vector';
  /** Level of `units`: above the commune level, commune outlines are drawn over them. */
  level: 'commune' | 'epci' | 'territoire';
  /** Units of the shown level: one path each, with `data-code`. */
  units: readonly CodedFeature[];
  /** Class colour per unit code; null or absent = no value (hatched). */
  fills: ReadonlyMap<string, string | null>;
  /** Outlines drawn over the units, as on the screen map; all optional. */
  outlines: {
    communes?: readonly CodedFeature[];
    epci?: readonly CodedFeature[];
    territoires?: readonly CodedFeature[];
    departement?: readonly CodedFeature[];
  };
  /** MDS: filled disc when open, hollow when planned. */
  points: readonly { lon: number; lat: number; open: boolean }[];
}

/** The screen map as a raster (its pixels are painted from the image of `key`). */
export interface RasterMap {
  kind: 'raster';
  key: string;
  /** Scale at the map's centre. */
  pxPerKm: number;
  /** Direction of north, degrees clockwise from up (minus the map's bearing). */
  northDeg: number;
}

export interface MapSceneInput {
  layout: MapLayout;
  map: VectorMap | RasterMap;
  texts: MapTexts;
  lang: Lang;
  /** SVG `<desc>`: what the map shows, in one sentence. */
  description: string;
}

/** Styles in points (× layout.u), following the screen style (map/base-style.ts). */
const STYLE = {
  background: '#ffffff',
  mapBackground: '#eef1f4',
  unitStroke: { communes: 0.35, other: 0.6 },
  epci: { color: '#4d4d4d', width: 0.8 },
  territoires: { color: '#1a1a1a', width: 2 },
  departement: { color: '#000000', width: 1.5 },
  hatch: { size: 3, width: 0.8, background: '#c8c8c8', color: '#555555' },
  pointRadius: 3.6,
  pointStroke: 1.4,
};

function textMarks(block: TextBlock, anchor: 'start' | 'middle' | 'end' = 'start'): Mark[] {
  return block.lines.map((text, i) => ({
    type: 'text' as const,
    x: block.x,
    y: block.y + i * block.lineHeight,
    text,
    size: block.size,
    weight: block.weight,
    fill: block.color,
    anchor,
  }));
}

function symbolMarks({ row, symbol: b }: LegendRowLayout, u: number): Mark[] {
  const s = row.symbol;
  switch (s.kind) {
    case 'fill':
      return [{ type: 'rect', ...b, fill: s.color, stroke: '#4b5563', strokeWidth: 0.5 * u }];
    case 'hatch':
      return [{ type: 'rect', ...b, hatch: true, stroke: '#4b5563', strokeWidth: 0.5 * u }];
    case 'line': {
      const y = b.y + b.height / 2;
      return [{ type: 'line', x1: b.x, y1: y, x2: b.x + b.width, y2: y, stroke: s.color, strokeWidth: s.width * u }];
    }
    case 'point':
      return [
        {
          type: 'circle',
          cx: b.x + b.width / 2,
          cy: b.y + b.height / 2,
          r: STYLE.pointRadius * u,
          fill: s.fill,
          stroke: s.stroke,
          strokeWidth: STYLE.pointStroke * u,
        },
      ];
  }
}

function legendMarks(layout: MapLayout): Mark[] {
  const u = layout.u;
  const rows = [...layout.rows, ...layout.layerRows];
  return [
    ...textMarks(layout.legendTitle),
    ...rows.flatMap((r) => [...symbolMarks(r, u), ...textMarks(r.text)]),
    ...(layout.layersTitle ? textMarks(layout.layersTitle) : []),
    ...(layout.notes ? textMarks(layout.notes) : []),
  ];
}

function collection(features: readonly CodedFeature[]): FeatureCollection<Geometry, CodedProperties> {
  return { type: 'FeatureCollection', features: features.map(rewindForD3) };
}

/** Unit paths and outlines; returns the scale and north of the fitted projection. */
function vectorMarks(layout: MapLayout, map: VectorMap): { marks: Mark[]; pxPerKm: number; northDeg: number } {
  const u = layout.u;
  const box = layout.map;
  const pad = 10 * u;
  const units = collection(map.units);
  const departement = map.outlines.departement?.length ? collection(map.outlines.departement) : null;
  const fitTo: GeoPermissibleObjects = departement ?? units;
  const projection = fittedLambert93(
    [
      [box.x + pad, box.y + pad],
      [box.x + box.width - pad, box.y + box.height - pad],
    ],
    fitTo,
  );
  // 0.01 px is far below what a 300 dpi print shows, and keeps the file small.
  const path = geoPath(projection).digits(2);
  const levelIsCommune = map.level === 'commune';
  const marks: Mark[] = [];
  for (const f of units.features) {
    const d = path(f);
    if (!d) continue;
    const fill = map.fills.get(f.properties.code) ?? null;
    marks.push({
      type: 'path',
      d,
      code: f.properties.code,
      name: typeof f.properties.nom === 'string' ? f.properties.nom : f.properties.code,
      ...(fill === null ? { hatch: true } : { fill }),
      stroke: '#ffffff',
      strokeWidth: (levelIsCommune ? STYLE.unitStroke.communes : STYLE.unitStroke.other) * u,
      lineJoin: 'round',
    });
  }
  const outline = (id: string, features: readonly CodedFeature[] | undefined, style: { color: string; width: number }) => {
    if (!features?.length) return;
    const d = path(collection(features));
    if (d) marks.push({ type: 'path', d, outline: id, stroke: style.color, strokeWidth: style.width * u, lineJoin: 'round' });
  };
  if (!levelIsCommune) outline('communes', map.outlines.communes, { color: '#ffffff', width: STYLE.unitStroke.communes });
  outline('epci', map.outlines.epci, STYLE.epci);
  outline('territoires', map.outlines.territoires, STYLE.territoires);
  outline('departement', map.outlines.departement, STYLE.departement);
  for (const p of map.points) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    marks.push({
      type: 'circle',
      cx: xy[0],
      cy: xy[1],
      r: STYLE.pointRadius * u,
      fill: p.open ? '#111111' : '#ffffff',
      stroke: p.open ? '#ffffff' : '#111111',
      strokeWidth: STYLE.pointStroke * u,
    });
  }
  const centre = projection.invert?.([box.x + box.width / 2, box.y + box.height / 2]) ?? null;
  return {
    marks,
    pxPerKm: centre ? pxPerKm(projection, centre) : Number.NaN,
    northDeg: centre ? northAngleDeg(projection, centre) : 0,
  };
}

/** Two-segment scale bar in the map's bottom-left corner, on a white backing. */
function scaleBarMarks(layout: MapLayout, scale: number, lang: Lang): Mark[] {
  const u = layout.u;
  const box = layout.map;
  const bar = niceScaleBar(scale, Math.min(box.width * 0.3, 160 * u));
  if (!bar) return [];
  const x = box.x + 10 * u;
  const h = 4 * u;
  const size = 7.5 * u;
  const y = box.y + box.height - 10 * u - h;
  const km = (v: number) => formatNumber(v, { lang, decimals: Number.isInteger(v) ? 0 : 1 });
  const half = bar.px / 2;
  return [
    { type: 'rect', x: x - 5 * u, y: y - size - 6 * u, width: bar.px + 30 * u, height: size + h + 12 * u, fill: '#ffffff', fillOpacity: 0.85 },
    { type: 'rect', x, y, width: half, height: h, fill: '#111111', stroke: '#111111', strokeWidth: 0.5 * u },
    { type: 'rect', x: x + half, y, width: half, height: h, fill: '#ffffff', stroke: '#111111', strokeWidth: 0.5 * u },
    { type: 'text', x, y: y - 2.5 * u, text: '0', size, fill: '#111111', anchor: 'middle' },
    { type: 'text', x: x + half, y: y - 2.5 * u, text: km(bar.km / 2), size, fill: '#111111', anchor: 'middle' },
    { type: 'text', x: x + bar.px, y: y - 2.5 * u, text: `${km(bar.km)}\u00a0km`, size, fill: '#111111', anchor: 'start' },
  ];
}

/** North arrow in the map's top-right corner, turned to true north. */
function northArrowMarks(layout: MapLayout, degrees: number, letter: string): Mark[] {
  const u = layout.u;
  const box = layout.map;
  const cx = box.x + box.width - 18 * u;
  const cy = box.y + 30 * u;
  const len = 11 * u;
  const rad = (degrees * Math.PI) / 180;
  const rot = (x: number, y: number): [number, number] => [
    cx + x * Math.cos(rad) - y * Math.sin(rad),
    cy + x * Math.sin(rad) + y * Math.cos(rad),
  ];
  const [tx, ty] = rot(0, -len - 8 * u);
  return [
    { type: 'circle', cx, cy: cy - 3 * u, r: 17 * u, fill: '#ffffff', fillOpacity: 0.85 },
    { type: 'polygon', points: [rot(0, -len), rot(5 * u, len * 0.6), rot(0, len * 0.25)], fill: '#111111' },
    {
      type: 'polygon',
      points: [rot(0, -len), rot(-5 * u, len * 0.6), rot(0, len * 0.25)],
      fill: '#ffffff',
      stroke: '#111111',
      strokeWidth: 0.6 * u,
    },
    { type: 'text', x: tx, y: ty + 3.5 * u, text: letter, size: 9 * u, weight: 'bold', fill: '#111111', anchor: 'middle' },
  ];
}

/**
 * The drawing of an exported map: background, title and subtitle, the map (units with their class
 * colours and `data-code`, hatched missing units, EPCI / territory / département outlines, MDS
 * points; or the screen map's raster), the scale bar and north arrow, the legend and the footer.
 * Vector maps use Lambert-93 fitted to the département.
 */
export function mapScene({ layout, map, texts, lang, description }: MapSceneInput): Scene {
  const u = layout.u;
  const box = layout.map;
  const drawn =
    map.kind === 'vector'
      ? vectorMarks(layout, map)
      : {
          marks: [{ type: 'image' as const, ...box, key: map.key }],
          pxPerKm: map.pxPerKm,
          northDeg: map.northDeg,
        };
  const marks: Mark[] = [
    ...textMarks(layout.title),
    ...textMarks(layout.subtitle),
    { type: 'rect', ...box, fill: STYLE.mapBackground },
    ...drawn.marks,
    { type: 'rect', ...box, stroke: '#9ca3af', strokeWidth: 0.5 * u },
    ...scaleBarMarks(layout, drawn.pxPerKm, lang),
    ...northArrowMarks(layout, drawn.northDeg, texts.north),
    ...legendMarks(layout),
    ...textMarks(layout.footer),
  ];
  return {
    width: layout.width,
    height: layout.height,
    background: STYLE.background,
    hatch: {
      size: STYLE.hatch.size * u,
      lineWidth: STYLE.hatch.width * u,
      background: STYLE.hatch.background,
      color: STYLE.hatch.color,
    },
    marks,
    title: texts.title,
    description,
  };
}
