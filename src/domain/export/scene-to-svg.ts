import { escapeXml } from './escape-xml';
import { SCENE_FONT, type Mark, type Scene } from './scene';

export interface SvgOptions {
  /** Printed size, e.g. { width: '297mm', height: '210mm' }; default: the scene's pixels. */
  size?: { width: string; height: string };
}

export const HATCH_ID = 'obs41-hatch';

/** A number for an attribute: at most 2 decimals, no "-0". */
function n(x: number): string {
  const r = Math.round(x * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

function attrs(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : escapeXml(v)}"`)
    .join('');
}

function paint(m: {
  fill?: string;
  fillOpacity?: number;
  hatch?: boolean;
  stroke?: string;
  strokeWidth?: number;
}): Record<string, string | number | undefined> {
  return {
    fill: m.hatch ? `url(#${HATCH_ID})` : (m.fill ?? 'none'),
    'fill-opacity': m.fillOpacity,
    stroke: m.stroke,
    'stroke-width': m.stroke ? m.strokeWidth : undefined,
  };
}

function mark(m: Mark): string {
  switch (m.type) {
    case 'rect':
      return `<rect${attrs({ x: m.x, y: m.y, width: m.width, height: m.height, ...paint(m) })}/>`;
    case 'path': {
      const a = attrs({
        d: m.d,
        'data-code': m.code,
        'data-outline': m.outline,
        ...paint(m),
        'stroke-linejoin': m.lineJoin,
      });
      return m.name === undefined ? `<path${a}/>` : `<path${a}><title>${escapeXml(m.name)}</title></path>`;
    }
    case 'circle':
      return `<circle${attrs({ cx: m.cx, cy: m.cy, r: m.r, ...paint(m) })}/>`;
    case 'polygon':
      return `<polygon${attrs({ points: m.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' '), ...paint(m) })}/>`;
    case 'line':
      return `<line${attrs({ x1: m.x1, y1: m.y1, x2: m.x2, y2: m.y2, stroke: m.stroke, 'stroke-width': m.strokeWidth })}/>`;
    case 'text':
      return `<text${attrs({
        x: m.x,
        y: m.y,
        'font-size': m.size,
        'font-weight': m.weight === 'bold' ? 'bold' : undefined,
        'text-anchor': m.anchor && m.anchor !== 'start' ? m.anchor : undefined,
        fill: m.fill,
      })}>${escapeXml(m.text)}</text>`;
    case 'image':
      // A raster belongs to the PNG export only: an SVG map is drawn from geometry.
      return '';
  }
}

/**
 * A scene as a standalone SVG 1.1 document (UTF-8, `xmlns`, generic `sans-serif` font, `<title>`
 * and `<desc>`), the hatching as a `<pattern>`. Every text and attribute value goes through
 * {@link escapeXml}: data never becomes markup.
 */
export function sceneToSvg(scene: Scene, options: SvgOptions = {}): string {
  const { size: s, lineWidth, background, color } = scene.hatch;
  const width = options.size?.width ?? n(scene.width);
  const height = options.size?.height ?? n(scene.height);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1"${attrs({
      width,
      height,
      viewBox: `0 0 ${n(scene.width)} ${n(scene.height)}`,
      'font-family': SCENE_FONT,
    })}>`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<desc>${escapeXml(scene.description)}</desc>`,
    '<defs>',
    `<pattern${attrs({ id: HATCH_ID, patternUnits: 'userSpaceOnUse', width: s, height: s, patternTransform: 'rotate(45)' })}>`,
    `<rect${attrs({ width: s, height: s, fill: background })}/>`,
    `<line${attrs({ x1: s / 2, y1: 0, x2: s / 2, y2: s, stroke: color, 'stroke-width': lineWidth })}/>`,
    '</pattern>',
    '</defs>',
    `<rect${attrs({ width: '100%', height: '100%', fill: scene.background })}/>`,
    ...scene.marks.map(mark).filter((line) => line !== ''),
    '</svg>',
    '',
  ].join('\n');
}
