import { describe, expect, it } from 'vitest';
import { sortRanking, type RankingRow } from '../../../../src/domain/compare/sort-ranking';

const rows: RankingRow[] = [
  { code: '1', name: 'Blois', territory: 'Centre', value: 20, rank: 2 },
  { code: '2', name: 'Angé', territory: 'Sud', value: null, rank: null },
  { code: '3', name: 'Vendôme', territory: 'Nord', value: 30, rank: 1 },
  { code: '4', name: 'Éveux', territory: 'Nord', value: 20, rank: 2 },
  { code: '5', name: 'Mer', territory: 'Centre', value: 10, rank: 4 },
];
const order = (key: Parameters<typeof sortRanking>[1], dir: Parameters<typeof sortRanking>[2]) =>
  sortRanking(rows, key, dir).map((r) => r.name);

describe('sortRanking', () => {
  it('by rank: ties by name (French collation: É with E), missing last', () => {
    expect(order('rank', 'asc')).toEqual(['Vendôme', 'Blois', 'Éveux', 'Mer', 'Angé']);
  });
  it('by rank descending: missing still last', () => {
    expect(order('rank', 'desc')).toEqual(['Mer', 'Blois', 'Éveux', 'Vendôme', 'Angé']);
  });
  it('by value ascending / descending, missing last both ways', () => {
    expect(order('value', 'asc')).toEqual(['Mer', 'Blois', 'Éveux', 'Vendôme', 'Angé']);
    expect(order('value', 'desc')).toEqual(['Vendôme', 'Blois', 'Éveux', 'Mer', 'Angé']);
  });
  it('by name with French collation', () => {
    expect(order('name', 'asc')).toEqual(['Angé', 'Blois', 'Éveux', 'Mer', 'Vendôme']);
    expect(order('name', 'desc')).toEqual(['Vendôme', 'Mer', 'Éveux', 'Blois', 'Angé']);
  });
  it('by territory, then rank within a territory', () => {
    expect(order('territory', 'asc')).toEqual(['Blois', 'Mer', 'Vendôme', 'Éveux', 'Angé']);
  });
  it('returns a new array', () => {
    const sorted = sortRanking(rows, 'name', 'asc');
    expect(sorted).not.toBe(rows);
    expect(rows[0]?.name).toBe('Blois');
  });
});
