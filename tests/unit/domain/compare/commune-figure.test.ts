import { describe, expect, it } from 'vitest';
import { communeFigure } from '../../../../src/domain/compare/commune-figure';
import type { IndicatorLevels, LevelRow } from '../../../../src/domain/compare/level-row';

const row = (code: string, value: number | null): LevelRow => ({
  code, value, numerator: value, denominator: null, n_communes: 1, n_values: value === null ? 0 : 1,
  min: value, max: value, pop_total: 100, pop_with_value: value === null ? 0 : 100,
});
const levels: IndicatorLevels = {
  commune: [row('41001', 5), row('41002', 9), row('41003', null), row('41004', 9), row('41005', 1)],
  territoire: [row('nord', 7), row('sud', 3)],
  departement: [row('41', 6)],
  source: 'ts',
};

describe('communeFigure', () => {
  it('value, territory, département and rank among communes with a value', () => {
    const f = communeFigure(levels, '41001', 'sud');
    expect(f.value).toBe(5);
    expect(f.territory?.code).toBe('sud');
    expect(f.departement?.value).toBe(6);
    expect(f.rank).toBe(3); // 9, 9, 5 → 1, 1, 3
    expect(f.ranked).toBe(4);
  });
  it('tied communes share the rank', () => {
    expect(communeFigure(levels, '41002', 'nord').rank).toBe(1);
    expect(communeFigure(levels, '41004', 'nord').rank).toBe(1);
  });
  it('a withheld value has no rank and stays null (never 0)', () => {
    const f = communeFigure(levels, '41003', 'nord');
    expect(f.value).toBeNull();
    expect(f.rank).toBeNull();
  });
  it('unknown commune or territory', () => {
    const f = communeFigure(levels, '99999', null);
    expect(f).toMatchObject({ value: null, row: null, territory: null, rank: null });
  });
});
