import { describe, expect, it } from 'vitest';
import { sortUnitRows, type UnitRow } from '../../../../src/domain/indicators/unit-rows';

const rows: UnitRow[] = [
  { code: '41269', name: 'Vendôme', territory: 'Nord', value: 14.2, classIndex: 2 },
  { code: '41018', name: 'Blois', territory: 'Centre', value: 11.5, classIndex: 1 },
  { code: '41075', name: 'Écoman', territory: 'Nord', value: null, classIndex: null },
  { code: '41194', name: 'Romorantin-Lanthenay', territory: 'Sud', value: 14.2, classIndex: 2 },
  { code: '41001', name: 'Ambloy', territory: 'Nord', value: 9.9, classIndex: 0 },
];
const codes = (r: UnitRow[]) => r.map((x) => x.code);

describe('sortUnitRows', () => {
  it('sorts names with the French collation (É with E)', () => {
    expect(codes(sortUnitRows(rows, 'name', 'ascending', 'fr'))).toEqual(['41001', '41018', '41075', '41194', '41269']);
  });

  it('sorts values; ties by name; missing last in both directions', () => {
    expect(codes(sortUnitRows(rows, 'value', 'ascending', 'fr'))).toEqual(['41001', '41018', '41194', '41269', '41075']);
    expect(codes(sortUnitRows(rows, 'value', 'descending', 'fr'))).toEqual(['41194', '41269', '41018', '41001', '41075']);
  });

  it('sorts classes with missing last', () => {
    expect(codes(sortUnitRows(rows, 'class', 'descending', 'fr')).at(-1)).toBe('41075');
    expect(codes(sortUnitRows(rows, 'class', 'ascending', 'fr'))[0]).toBe('41001');
  });

  it('sorts codes and territories as text', () => {
    expect(codes(sortUnitRows(rows, 'code', 'descending', 'fr'))).toEqual(['41269', '41194', '41075', '41018', '41001']);
    expect(sortUnitRows(rows, 'territory', 'ascending', 'fr').map((r) => r.territory)).toEqual([
      'Centre',
      'Nord',
      'Nord',
      'Nord',
      'Sud',
    ]);
  });

  it('returns a new array and leaves the input alone', () => {
    const before = codes(rows);
    const sorted = sortUnitRows(rows, 'value', 'ascending', 'en');
    expect(sorted).not.toBe(rows);
    expect(codes(rows)).toEqual(before);
  });
});
