import { describe, expect, it } from 'vitest';
import { mobilitySection } from '../../../src/domain/permalink/mobility-section';
import { DEFAULT_MOBILITY_LINK, MobilityState, THRESHOLD_BOUNDS } from '../../../src/state/mobility.svelte';

const section = mobilitySection({ defaults: DEFAULT_MOBILITY_LINK, bounds: THRESHOLD_BOUNDS });
const ctx = { indicatorIds: new Set<string>(), communeCodes: new Set(['41018', '41269']), sites: [] };

describe('mobility page ↔ link', () => {
  it('a new page is the section default: its link is empty', () => {
    const m = new MobilityState();
    expect(m.linkValue).toEqual(section.defaultValue);
    expect(section.encode(m.linkValue)).toEqual({});
  });

  it('what the user sets goes into the link', () => {
    const m = new MobilityState();
    m.toggleService('poste', true);
    m.setServiceThreshold('mds', 30);
    m.setMatch('all');
    m.toggleStation(false);
    m.sortBy('nom');
    m.showBus = true;
    m.selected = '41018';
    expect(section.encode(m.linkValue)).toEqual({
      'mobilite-services': 'mds:30,france-services:15,poste:10',
      'mobilite-critere': 'all',
      'mobilite-gare': 'non',
      'mobilite-tri': 'nom-asc',
      'mobilite-bus': '1',
      'mobilite-commune': '41018',
    });
  });

  it('a link restores the page, thresholds shown in the fields included', () => {
    const params = new Map([
      ['mobilite-services', 'poste:7'],
      ['mobilite-gare', '25'],
      ['mobilite-mds', 'open'],
      ['mobilite-gares', '0'],
      ['mobilite-commune', '41269'],
    ]);
    const decoded = section.decode(params, ctx);
    expect(decoded.notices).toEqual([]);
    const m = new MobilityState();
    m.applyLink(decoded.value);
    expect(m.rule).toEqual({ services: { poste: 7 }, match: 'any', mdsScope: 'open', noStationWithinKm: 25 });
    expect(m.serviceMin.poste).toBe(7);
    expect(m.stationKm).toBe(25);
    expect(m.showStations).toBe(false);
    expect(m.selected).toBe('41269');
    // switching a service back on uses its remembered threshold
    m.toggleService('mds', true);
    expect(m.rule.services).toEqual({ poste: 7, mds: 20 });
    // and the page's link is the one it was opened with, plus that change
    expect(section.encode(m.linkValue)['mobilite-services']).toBe('mds:20,poste:7');
  });

  it('applying the defaults (a link without mobility parameters) resets the settings', () => {
    const m = new MobilityState();
    m.setMatch('all');
    m.showBus = true;
    m.applyLink(section.defaultValue);
    expect(m.linkValue).toEqual(DEFAULT_MOBILITY_LINK);
  });
});
