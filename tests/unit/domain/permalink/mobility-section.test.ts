import { describe, expect, it } from 'vitest';
import { DEFAULT_GAP_SORT } from '../../../../src/domain/mobility/gap-ranking';
import { DEFAULT_GAP_RULE } from '../../../../src/domain/mobility/gap-rule';
import { mobilitySection, type MobilityLink } from '../../../../src/domain/permalink/mobility-section';
import { createCodec } from '../../../../src/domain/permalink/registry';
import type { NoticeCode } from '../../../../src/domain/permalink/types';
import { CTX, SECTIONS } from './fixtures';

const DEFAULTS: MobilityLink = { rule: DEFAULT_GAP_RULE, sort: DEFAULT_GAP_SORT, showStations: true, showBus: false, selected: null };
const section = mobilitySection({ defaults: DEFAULTS, bounds: { minutes: { min: 1, max: 60 }, km: { min: 1, max: 40 } } });
// registered next to the core sections, as the app does: no key clash
const codec = createCodec([...Object.values(SECTIONS), section]);

const encode = (v: MobilityLink) => codec.format(new Map([['mobility', v]]));
function decode(hash: string) {
  const { values, notices } = codec.decode(hash, CTX);
  return { value: values.get('mobility') as MobilityLink, notices: notices.map((n): [NoticeCode, string] => [n.code, n.key]) };
}

describe('mobility settings in the permalink: round trip', () => {
  const cases: { name: string; value: MobilityLink; hash?: string }[] = [
    { name: 'defaults: nothing written', value: DEFAULTS, hash: '' },
    {
      name: 'another rule',
      value: { ...DEFAULTS, rule: { services: { mds: 25, poste: 10 }, match: 'all', mdsScope: 'open', noStationWithinKm: 5 } },
      hash: 'mobilite-services=mds:25,poste:10&mobilite-critere=all&mobilite-mds=open&mobilite-gare=5',
    },
    {
      name: 'no service, rail off',
      value: { ...DEFAULTS, rule: { ...DEFAULT_GAP_RULE, services: {}, noStationWithinKm: null } },
      hash: 'mobilite-services=aucun&mobilite-gare=non',
    },
    {
      name: 'list order, layers and commune card',
      value: { ...DEFAULTS, sort: { key: 'age75Pct', dir: 'asc' }, showStations: false, showBus: true, selected: '41018' },
      hash: 'mobilite-tri=age75Pct-asc&mobilite-gares=0&mobilite-bus=1&mobilite-commune=41018',
    },
    {
      name: 'fractional thresholds at the bounds',
      value: { ...DEFAULTS, rule: { ...DEFAULT_GAP_RULE, services: { mds: 1, franceServices: 60, poste: 12.5 }, noStationWithinKm: 40 } },
    },
  ];

  it.each(cases)('$name', ({ value, hash }) => {
    const encoded = encode(value);
    if (hash !== undefined) expect(encoded).toBe(hash);
    const decoded = decode(encoded);
    expect(decoded.notices).toEqual([]);
    expect(decoded.value).toEqual(value);
    expect(encode(decoded.value)).toBe(encoded);
  });

  it('reads the words a person may type', () => {
    expect(decode('mobilite-services=NONE&mobilite-gare=OFF&mobilite-gares=non&mobilite-bus=oui').value).toEqual({
      ...DEFAULTS,
      rule: { ...DEFAULT_GAP_RULE, services: {}, noStationWithinKm: null },
      showStations: false,
      showBus: true,
    });
  });

  it('the services keep the page order whatever the link order', () => {
    expect(encode(decode('mobilite-services=poste:5,%20mds:30').value)).toBe('mobilite-services=mds:30,poste:5');
  });
});

describe('mobility settings in the permalink: hostile values fall back with a notice', () => {
  const corpus: { name: string; hash: string; value?: Partial<MobilityLink>; notices: [NoticeCode, string][] }[] = [
    { name: 'threshold above the bounds', hash: 'mobilite-services=mds:999', notices: [['out-of-range', 'mobilite-services']] },
    { name: 'threshold of 0', hash: 'mobilite-services=mds:0', notices: [['out-of-range', 'mobilite-services']] },
    { name: 'negative threshold', hash: 'mobilite-services=mds:-5', notices: [['out-of-range', 'mobilite-services']] },
    { name: 'NaN and Infinity', hash: 'mobilite-services=mds:NaN,poste:Infinity', notices: [['invalid', 'mobilite-services'], ['invalid', 'mobilite-services']] },
    { name: 'hex number', hash: 'mobilite-services=mds:0x10', notices: [['invalid', 'mobilite-services']] },
    { name: 'unknown service', hash: 'mobilite-services=hopital:10', notices: [['invalid', 'mobilite-services']] },
    { name: 'prototype name as a service', hash: 'mobilite-services=__proto__:10,constructor:5', notices: [['invalid', 'mobilite-services'], ['invalid', 'mobilite-services']] },
    { name: 'empty value', hash: 'mobilite-services=', notices: [['invalid', 'mobilite-services']] },
    { name: 'extra colon', hash: 'mobilite-services=mds:10:20', notices: [['invalid', 'mobilite-services']] },
    {
      name: 'a bad item next to good ones: the good ones are kept',
      hash: 'mobilite-services=mds:30,poste:500,mds:12',
      value: { rule: { ...DEFAULT_GAP_RULE, services: { mds: 30 } } },
      notices: [['out-of-range', 'mobilite-services'], ['conflict', 'mobilite-services']],
    },
    { name: 'match word not offered', hash: 'mobilite-critere=some', notices: [['invalid', 'mobilite-critere']] },
    { name: 'MDS scope injection', hash: 'mobilite-mds=%3Cscript%3E', notices: [['invalid', 'mobilite-mds']] },
    { name: 'station beyond the bounds', hash: 'mobilite-gare=41', notices: [['out-of-range', 'mobilite-gare']] },
    { name: 'station as text', hash: 'mobilite-gare=loin', notices: [['invalid', 'mobilite-gare']] },
    { name: 'station huge number', hash: 'mobilite-gare=1e308', notices: [['out-of-range', 'mobilite-gare']] },
    { name: 'sort key not offered', hash: 'mobilite-tri=__proto__-asc', notices: [['invalid', 'mobilite-tri']] },
    { name: 'sort without a direction', hash: 'mobilite-tri=population', notices: [['invalid', 'mobilite-tri']] },
    { name: 'sort direction not offered', hash: 'mobilite-tri=nom-up', notices: [['invalid', 'mobilite-tri']] },
    { name: 'layer flag not a flag', hash: 'mobilite-bus=2&mobilite-gares=peut-etre', notices: [['invalid', 'mobilite-gares'], ['invalid', 'mobilite-bus']] },
    { name: 'commune not in the département', hash: 'mobilite-commune=75056', notices: [['unknown-id', 'mobilite-commune']] },
    { name: 'commune as a script', hash: 'mobilite-commune=javascript:alert(1)', notices: [['unknown-id', 'mobilite-commune']] },
    { name: '300-character value', hash: `mobilite-critere=${'a'.repeat(300)}`, notices: [['too-long', 'mobilite-critere']] },
    {
      name: 'valid parts survive next to broken ones',
      hash: 'mobilite-critere=all&mobilite-gare=%E2%8&mobilite-bus=1',
      value: { rule: { ...DEFAULT_GAP_RULE, match: 'all' }, showBus: true },
      notices: [['undecodable', 'mobilite-gare']],
    },
  ];

  it.each(corpus)('$name', ({ hash, value, notices }) => {
    const decoded = decode(hash);
    expect(decoded.value).toEqual({ ...DEFAULTS, ...value });
    expect(decoded.notices).toEqual(notices);
    // and what comes out re-encodes to a link that decodes cleanly to the same settings
    const again = decode(encode(decoded.value));
    expect(again.notices).toEqual([]);
    expect(again.value).toEqual(decoded.value);
  });

  it('never shares the defaults object with a decoded value that a page could mutate', () => {
    const { value } = decode('mobilite-services=mds:30');
    expect(value.rule.services).not.toBe(DEFAULT_GAP_RULE.services);
    expect(DEFAULT_GAP_RULE.services).toEqual({ mds: 20, franceServices: 15 });
  });
});
