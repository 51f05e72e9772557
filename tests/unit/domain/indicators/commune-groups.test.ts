import { describe, expect, it } from 'vitest';
import { communeGroupsFromRows, unitOfCommune } from '../../../../src/domain/indicators/commune-groups';

const rows = [
  { code: '41001', nom: 'Ambloy', epci_code: '200072072', epci_nom: 'CA Territoires Vendômois', territoire: 'nord' },
  { code: '41018', nom: 'Blois', epci_code: '200030385', epci_nom: 'Agglopolys', territoire: 'centre' },
  { code: '41099', nom: 'X', epci_code: '200030385', epci_nom: 'Agglopolys', territoire: 'sud' },
  { code: '', nom: 'no code' },
];

describe('communeGroupsFromRows', () => {
  const groups = communeGroupsFromRows(rows);
  it('indexes communes, EPCI names and the territories of each EPCI', () => {
    expect(groups.byCommune.size).toBe(3);
    expect(groups.epciNames.get('200030385')).toBe('Agglopolys');
    expect(groups.epciTerritories.get('200030385')).toEqual(['centre', 'sud']);
  });
  it('finds the unit holding a commune', () => {
    expect(unitOfCommune(groups, 'commune', '41018')).toBe('41018');
    expect(unitOfCommune(groups, 'epci', '41018')).toBe('200030385');
    expect(unitOfCommune(groups, 'territoire', '41001')).toBe('nord');
    expect(unitOfCommune(groups, 'departement', '41001')).toBe('41');
    expect(unitOfCommune(groups, 'epci', '99999')).toBeNull();
    expect(unitOfCommune(null, 'epci', '41018')).toBeNull();
  });
});
