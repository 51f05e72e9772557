import { SCENE_FONT, type HatchStyle, type Mark, type Scene } from '../../domain/export/scene';

/** The hatching as a canvas pattern: the same tile as the SVG `<pattern>` (lines at 45°). */
function hatchPattern(ctx: CanvasRenderingContext2D, hatch: HatchStyle): CanvasPattern | string {
  const size = Math.max(2, Math.round(hatch.size * Math.SQRT2));
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const t = tile.getContext('2d');
  if (!t) return hatch.background;
  t.fillStyle = hatch.background;
  t.fillRect(0, 0, size, size);
  t.strokeStyle = hatch.color;
  t.lineWidth = hatch.lineWidth;
  t.beginPath();
  for (const k of [-size, 0, size]) {
    t.moveTo(k, size);
    t.lineTo(k + size, 0);
  }
  t.stroke();
  return ctx.createPattern(tile, 'repeat') ?? hatch.background;
}

function fillAndStroke(
  ctx: CanvasRenderingContext2D,
  m: { fill?: string; fillOpacity?: number; hatch?: boolean; stroke?: string; strokeWidth?: number },
  hatch: () => CanvasPattern | string,
  shape: Path2D | null,
): void {
  if (m.hatch || m.fill) {
    ctx.globalAlpha = m.fillOpacity ?? 1;
    ctx.fillStyle = m.hatch ? hatch() : (m.fill as string);
    if (shape) ctx.fill(shape);
    else ctx.fill();
    ctx.globalAlpha = 1;
  }
  if (m.stroke && (m.strokeWidth ?? 1) > 0) {
    ctx.strokeStyle = m.stroke;
    ctx.lineWidth = m.strokeWidth ?? 1;
    if (shape) ctx.stroke(shape);
    else ctx.stroke();
  }
}

function paintMark(
  ctx: CanvasRenderingContext2D,
  m: Mark,
  hatch: () => CanvasPattern | string,
  images: ReadonlyMap<string, CanvasImageSource>,
): void {
  switch (m.type) {
    case 'rect':
      ctx.beginPath();
      ctx.rect(m.x, m.y, m.width, m.height);
      fillAndStroke(ctx, m, hatch, null);
      return;
    case 'path':
      ctx.lineJoin = m.lineJoin ?? 'miter';
      fillAndStroke(ctx, m, hatch, new Path2D(m.d));
      ctx.lineJoin = 'miter';
      return;
    case 'circle':
      ctx.beginPath();
      ctx.arc(m.cx, m.cy, m.r, 0, 2 * Math.PI);
      fillAndStroke(ctx, m, hatch, null);
      return;
    case 'polygon':
      ctx.beginPath();
      m.points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
      ctx.closePath();
      fillAndStroke(ctx, m, hatch, null);
      return;
    case 'line':
      ctx.beginPath();
      ctx.moveTo(m.x1, m.y1);
      ctx.lineTo(m.x2, m.y2);
      ctx.strokeStyle = m.stroke;
      ctx.lineWidth = m.strokeWidth;
      ctx.stroke();
      return;
    case 'text':
      ctx.font = `${m.weight === 'bold' ? 'bold ' : ''}${m.size}px ${SCENE_FONT}`;
      ctx.textAlign = m.anchor === 'middle' ? 'center' : m.anchor === 'end' ? 'right' : 'left';
      ctx.textBaseline = 'alphabetic';
      ctx.fillStyle = m.fill;
      ctx.fillText(m.text, m.x, m.y);
      return;
    case 'image': {
      const image = images.get(m.key);
      if (image) ctx.drawImage(image, m.x, m.y, m.width, m.height);
      return;
    }
  }
}

/**
 * Paints a scene on a new canvas of the scene's size: the same drawing as its SVG (paths through
 * `Path2D`, which reads SVG path data), plus the rasters of `image` marks.
 *
 * @param images image per `image` mark key (the screen map's pixels)
 */
export function paintScene(scene: Scene, images: ReadonlyMap<string, CanvasImageSource> = new Map()): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(scene.width);
  canvas.height = Math.round(scene.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2D context unavailable');
  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  let pattern: CanvasPattern | string | null = null;
  const hatch = () => (pattern ??= hatchPattern(ctx, scene.hatch));
  for (const m of scene.marks) paintMark(ctx, m, hatch, images);
  return canvas;
}

/** PNG bytes of a canvas. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
