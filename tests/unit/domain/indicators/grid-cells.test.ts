import { describe, expect, it } from 'vitest';
import { cellRing } from '../../../../src/domain/geo/laea';
import {
  gridCellsFromRows,
  gridCellValue,
  gridFeatureCollection,
} from '../../../../src/domain/indicators/grid-cells';

const cell = { id: 'G3643-2772', commune: '41001', x: 3643000, y: 2772000, ind: 12, indSnv: 285330.3, imputed: 4 };

describe('grid cells', () => {
  it('population and mean standard of living', () => {
    expect(gridCellValue(cell, 'population')).toBe(12);
    expect(gridCellValue(cell, 'niveau-vie')).toBeCloseTo(23777.525, 6);
    expect(gridCellValue({ ind: 0, indSnv: 0 }, 'niveau-vie')).toBeNull();
    expect(gridCellValue({ ind: Number.NaN, indSnv: 1 }, 'population')).toBeNull();
  });

  it('draws true 1 km squares from the EPSG:3035 corner', () => {
    const fc = gridFeatureCollection([cell]);
    const [feature] = fc.features;
    expect(feature?.id).toBe(cell.id);
    expect(feature?.geometry.coordinates[0]).toEqual(cellRing(cell.x, cell.y, 1000));
    expect(feature?.properties).toEqual({ id: cell.id, commune: '41001', ind: 12, snv: 285330.3 / 12, imputed: 4 });
    // A closed ring of 5 points, around the Vendômois (~0.95° E, 47.7° N).
    const ring = feature?.geometry.coordinates[0] ?? [];
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual(ring[4]);
    expect(ring[0]?.[0]).toBeCloseTo(0.95, 1);
    expect(ring[0]?.[1]).toBeCloseTo(47.69, 1);
  });

  it('marks an unknown standard of living as -1 for MapLibre', () => {
    expect(gridFeatureCollection([{ ...cell, ind: 0 }]).features[0]?.properties.snv).toBe(-1);
  });

  it('reads query rows and skips unusable ones', () => {
    const rows = [
      { id: cell.id, commune: '41001', x_laea: 3643000, y_laea: 2772000, ind: 12, ind_snv: 285330.3, imputed: 4 },
      { id: 'bad', x_laea: null, y_laea: 1 },
      { id: 7, x_laea: 1, y_laea: 1 },
    ];
    expect(gridCellsFromRows(rows)).toEqual([cell]);
  });
});
