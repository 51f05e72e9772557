import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, decodeState, encodeState, type State } from './fixtures';

const cases: { name: string; state: State; hash?: string }[] = [
  { name: 'default view: empty hash', state: DEFAULT_STATE, hash: '' },
  {
    name: 'indicator, level, method, commune, fiche, page',
    state: {
      ...DEFAULT_STATE,
      indicator: 'taux-pauvrete',
      classification: { ...DEFAULT_STATE.classification, level: 'epci', method: 'jenks', classCount: 6 },
      commune: '41018',
      fiche: '41018',
    },
    hash: 'indicateur=taux-pauvrete&niveau=epci&methode=jenks&classes=6&commune=41018&fiche=41018',
  },
  {
    name: 'manual thresholds, palette, grid, English',
    state: {
      ...DEFAULT_STATE,
      lang: 'en',
      indicator: 'revenu-median',
      classification: {
        level: 'commune',
        method: 'manual',
        classCount: 5,
        palette: 'viridis',
        manualThresholds: [1e-7, 18000, 19500.5, 21000],
        grid: 'niveau-vie',
      },
    },
  },
  {
    name: 'negative and fractional thresholds kept for another method',
    state: {
      ...DEFAULT_STATE,
      classification: { ...DEFAULT_STATE.classification, method: 'std-dev', manualThresholds: [-2.5, -0.125, 3] },
    },
  },
  {
    name: 'map position',
    state: { ...DEFAULT_STATE, camera: { lon: 1.335, lat: 47.5862, zoom: 8.25 } },
    hash: 'carte=1.3350,47.5862,8.25',
  },
  {
    name: 'access page, scenario and map view',
    state: {
      ...DEFAULT_STATE,
      page: 'acces',
      access: {
        name: 'Deux MDS en plus, Romorantin fermée',
        added: ['C-41269', 'C-41018'],
        removed: ['MDS-03'],
        includePlanned: true,
        thresholdMin: 30,
      },
      accessView: 'fca',
    },
  },
  {
    name: 'planned MDS excluded, one of them added back',
    state: {
      ...DEFAULT_STATE,
      page: 'acces',
      access: { name: 'Sans les MDS prévues', added: ['MDS-09'], removed: [], includePlanned: false, thresholdMin: 1 },
    },
  },
  {
    name: 'unicode scenario name with reserved characters',
    state: {
      ...DEFAULT_STATE,
      access: { ...DEFAULT_STATE.access, name: 'Scénario « nord » & sud = 100 % #2 ? 🚌', thresholdMin: 120 },
    },
  },
  {
    name: 'comparison sort',
    state: { ...DEFAULT_STATE, page: 'comparer', indicator: 'part-75-plus', sort: { key: 'value', direction: 'desc' } },
    hash: 'page=comparer&indicateur=part-75-plus&tri=value-desc',
  },
  {
    name: 'everything at once',
    state: {
      page: 'mobilite',
      lang: 'en',
      indicator: 'densite',
      classification: { level: 'territoire', method: 'equal-interval', classCount: 9, palette: 'RdBu', manualThresholds: [1, 2], grid: 'population' },
      commune: '41194',
      fiche: '41269',
      camera: { lon: -0.5, lat: 41, zoom: 14 },
      sort: { key: 'name', direction: 'asc' },
      access: { name: 'x', added: ['C-41001'], removed: ['MDS-01', 'MDS-12'], includePlanned: true, thresholdMin: 45 },
      accessView: 'catchment-communes',
    },
  },
];

describe('permalink round trip: state → URL → state', () => {
  it.each(cases)('$name', ({ state, hash }) => {
    const encoded = encodeState(state);
    if (hash !== undefined) expect(encoded).toBe(hash);
    const decoded = decodeState(encoded);
    expect(decoded.notices).toEqual([]);
    expect(decoded.state).toEqual(state);
    // and the URL is stable: encoding the decoded state gives the same text
    expect(encodeState(decoded.state)).toBe(encoded);
  });

  it('also reads the hash with its leading #', () => {
    expect(decodeState('#page=acces').state.page).toBe('acces');
  });
});
