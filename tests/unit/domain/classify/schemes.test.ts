import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as d3 from 'd3';
import { describe, expect, it } from 'vitest';
import { COLORBREWER_IDS, schemesSource } from '../../../../scripts/gen-palette-schemes';
import { PALETTES, paletteColors, type PaletteId } from '../../../../src/domain/classify/palette';

describe('schemes.generated.ts', () => {
  it('is what scripts/gen-palette-schemes.ts writes from the installed d3-scale-chromatic', () => {
    const file = readFileSync(join(import.meta.dirname, '../../../../src/domain/classify/schemes.generated.ts'), 'utf8');
    expect(file).toBe(schemesSource());
  });

  it('covers every ColorBrewer palette offered', () => {
    const offered = PALETTES.map((p) => p.id).filter((id) => id !== 'viridis' && id !== 'cividis');
    expect([...offered].sort()).toEqual([...COLORBREWER_IDS].sort());
  });
});

/**
 * The palette module before the copy, straight on d3-scale-chromatic: ColorBrewer array when it
 * exists, middle / both ends of the 3-colour array for 1 and 2, else d3's interpolator sampled.
 */
function reference(id: PaletteId, n: number): string[] {
  const schemes = d3 as unknown as Record<string, readonly (readonly string[] | undefined)[] | undefined>;
  const scheme = schemes[`scheme${id}`];
  const interpolator = (d3 as unknown as Record<string, (t: number) => string>)[
    `interpolate${id[0]?.toUpperCase()}${id.slice(1)}`
  ] as (t: number) => string;
  const three = scheme?.[3];
  let colors: string[];
  if (scheme?.[n]) colors = [...(scheme[n] as readonly string[])];
  else if (three && n === 1) colors = [three[1] as string];
  else if (three && n === 2) colors = [three[0] as string, three[2] as string];
  else colors = n === 1 ? [interpolator(0.5)] : d3.quantize(interpolator, n);
  return colors.map((c) => d3.color(c)?.formatHex() ?? c);
}

describe('paletteColors: the same colours as d3-scale-chromatic', () => {
  for (const { id, kind } of PALETTES) {
    it(`${id}: 1 to 17 colours`, () => {
      for (let n = 1; n <= 17; n++) {
        const ours = kind === 'sequential' ? paletteColors(id, n, 'neutral') : null;
        if (ours) {
          const expected = reference(id, n);
          // viridis and cividis run light → dark once flipped; the others as d3 gives them
          const flipped = id === 'viridis' || id === 'cividis' ? expected.reverse() : expected;
          expect(ours, `${id} ${n}`).toEqual(flipped);
        }
      }
      if (kind === 'diverging') {
        // odd counts are a symmetric ramp of n colours; 13 to 17 go past ColorBrewer's 11
        for (const n of [3, 5, 7, 9, 11, 13, 15, 17]) {
          const ours = paletteColors(id, n, 'neutral');
          const expected = reference(id, n);
          const asD3 = ['RdBu', 'BrBG', 'PiYG', 'RdYlBu', 'RdYlGn'].includes(id) ? [...ours].reverse() : ours;
          expect(asD3, `${id} ${n}`).toEqual(expected);
        }
      }
    });
  }
});
