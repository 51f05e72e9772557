import { randomInt, randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import type { NoticeCode } from '../../../../src/domain/permalink/types';
import { DEFAULT_STATE, decodeState, encodeState, type State } from './fixtures';

type Expected = [NoticeCode, string][];

const long = (n: number, c = 'a') => c.repeat(n);
const manyParams = Array.from({ length: 100 }, (_, i) => `x${i}=1`).join('&');

/** A corpus of broken and hostile links: each decodes without throwing to the stated values. */
const corpus: { name: string; hash: string; state?: Partial<State>; notices: Expected }[] = [
  { name: 'truncated percent-encoding', hash: 'indicateur=%E2%8', notices: [['undecodable', 'indicateur']] },
  { name: 'lone % in a value', hash: 'page=%', notices: [['undecodable', 'page']] },
  { name: 'undecodable key', hash: '%zz=1&page=acces', state: { page: 'acces' }, notices: [['undecodable', '%zz']] },
  { name: 'encoded lone surrogate', hash: 'acces-nom=%ED%A0%80', notices: [['undecodable', 'acces-nom']] },
  { name: '<script> as indicator', hash: 'indicateur=<script>alert(1)</script>', notices: [['unknown-id', 'indicateur']] },
  {
    name: 'HTML injection and huge class count',
    hash: 'indicateur=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&classes=999',
    notices: [
      ['unknown-id', 'indicateur'],
      ['out-of-range', 'classes'],
    ],
  },
  { name: 'javascript: URL as page', hash: 'page=javascript:alert(1)', notices: [['invalid', 'page']] },
  { name: 'javascript: URL as commune', hash: 'commune=javascript:alert(document.cookie)', notices: [['unknown-id', 'commune']] },
  { name: 'huge number', hash: 'classes=1e308', notices: [['invalid', 'classes']] },
  { name: 'beyond safe integers', hash: 'classes=99999999999999999999', notices: [['out-of-range', 'classes']] },
  { name: 'NaN', hash: 'classes=NaN&carte=NaN,NaN,NaN', notices: [['invalid', 'classes'], ['invalid', 'carte']] },
  { name: 'Infinity threshold', hash: 'methode=manual&bornes=1,Infinity', notices: [['invalid', 'bornes'], ['conflict', 'methode']] },
  { name: 'negative classes', hash: 'classes=-3', notices: [['out-of-range', 'classes']] },
  { name: 'fractional classes', hash: 'classes=4.5', notices: [['invalid', 'classes']] },
  { name: '10,000-character value: the link is cut', hash: `indicateur=${long(10_000)}&page=acces`, notices: [['truncated', '']] },
  { name: '4,000-character value', hash: `indicateur=${long(4_000)}&page=acces`, state: { page: 'acces' }, notices: [['too-long', 'indicateur']] },
  { name: '300-character scalar', hash: `page=${long(300)}`, notices: [['too-long', 'page']] },
  { name: '10,000-character scenario name', hash: `page=acces&acces-nom=${long(10_000, 'é')}`, state: { page: 'acces' }, notices: [['truncated', '']] },
  { name: '81-character scenario name', hash: `acces-nom=${long(81)}`, notices: [['too-long', 'acces-nom']] },
  { name: '10,000 characters of parameters', hash: long(2_500, 'a=1&'), notices: [['truncated', ''], ['too-many', ''], ...Array.from({ length: 40 }, (): [NoticeCode, string] => ['unknown-key', 'a'])] },
  { name: 'too many parameters', hash: manyParams, notices: [['too-many', ''], ...Array.from({ length: 40 }, (_, i): [NoticeCode, string] => ['unknown-key', `x${i}`])] },
  { name: 'repeated key: the first wins', hash: 'page=acces&page=comparer&page=donnees', state: { page: 'acces' }, notices: [['repeated', 'page']] },
  {
    name: 'unknown keys, prototype names included',
    hash: 'foo=bar&__proto__=x&constructor=1&toString=2',
    notices: [['unknown-key', 'foo'], ['unknown-key', '__proto__'], ['unknown-key', 'constructor'], ['unknown-key', 'toString']],
  },
  { name: 'keys are case-insensitive', hash: 'PAGE=acces&Lang=en', state: { page: 'acces', lang: 'en' }, notices: [] },
  {
    name: 'wrong types',
    hash: 'classes=cinq&acces-prevues=peut-etre&acces-minutes=20.5&bornes=a,b&carte=1,2&grille=true&palette=1',
    notices: [
      ['invalid', 'classes'],
      ['invalid', 'palette'],
      ['invalid', 'bornes'],
      ['invalid', 'grille'],
      ['invalid', 'carte'],
      ['invalid', 'acces-prevues'],
      ['invalid', 'acces-minutes'],
    ],
  },
  {
    name: 'unicode look-alikes and bidi controls',
    hash: 'page=c%C3%A0rte&classes=%EF%BC%95&acces-nom=%E2%80%AE%E2%80%8B&pag%C3%A9=carte',
    notices: [['unknown-key', 'pagé'], ['invalid', 'page'], ['invalid', 'classes'], ['invalid', 'acces-nom']],
  },
  { name: 'NUL byte in a commune code', hash: 'fiche=41018%00', notices: [['unknown-id', 'fiche']] },
  { name: 'commune that does not exist', hash: 'commune=99999&fiche=2A004', notices: [['unknown-id', 'commune'], ['unknown-id', 'fiche']] },
  {
    name: 'site ids: hostile, unknown, already open, duplicate',
    hash: 'acces-ajout=C-41018,%3Cb%3E,MDS-01,C-99999,C-41018',
    state: { access: { name: 'Mon scénario', added: ['C-41018'], removed: [], includePlanned: true, thresholdMin: 20 } },
    notices: [['unknown-id', 'acces-ajout'], ['conflict', 'acces-ajout'], ['unknown-id', 'acces-ajout'], ['conflict', 'acces-ajout']],
  },
  {
    name: 'removing a candidate or an excluded planned MDS',
    hash: 'acces-retrait=C-41018,MDS-09,MDS-02&acces-prevues=0',
    state: { access: { name: 'Mon scénario', added: [], removed: ['MDS-02'], includePlanned: false, thresholdMin: 20 } },
    notices: [['conflict', 'acces-retrait'], ['conflict', 'acces-retrait']],
  },
  { name: 'threshold out of range', hash: 'acces-minutes=0', notices: [['out-of-range', 'acces-minutes']] },
  { name: 'threshold in exponent notation', hash: 'acces-minutes=1e3', notices: [['invalid', 'acces-minutes']] },
  { name: 'manual method without thresholds', hash: 'methode=manual', notices: [['conflict', 'methode']] },
  { name: 'thresholds not increasing', hash: 'bornes=3,2,1', notices: [['invalid', 'bornes']] },
  { name: 'a single threshold', hash: 'bornes=1', notices: [['out-of-range', 'bornes']] },
  { name: 'camera far away', hash: 'carte=120,47,8', notices: [['out-of-range', 'carte']] },
  { name: 'zoom out of range', hash: 'carte=1.3,47.5,40', notices: [['out-of-range', 'carte']] },
  { name: 'language not offered', hash: 'lang=de', notices: [['invalid', 'lang']] },
  { name: 'sort without direction', hash: 'tri=value&acces-vue=<svg>', notices: [['invalid', 'tri'], ['invalid', 'acces-vue']] },
  { name: 'parameter without value', hash: 'page&lang=en', state: { lang: 'en' }, notices: [['invalid', 'page']] },
  { name: 'empty segments and bare equals', hash: '&&&==&=x&', notices: [['unknown-key', ''], ['unknown-key', '']] },
  { name: 'only a hash sign', hash: '#', notices: [] },
  { name: 'valid parts survive next to broken ones', hash: 'page=acces&indicateur=%E2%8&niveau=epci', state: { page: 'acces', classification: { ...DEFAULT_STATE.classification, level: 'epci' } }, notices: [['undecodable', 'indicateur']] },
];

describe('malformed and hostile links', () => {
  it.each(corpus)('$name', ({ hash, state, notices }) => {
    const decoded = decodeState(hash);
    expect(decoded.state).toEqual({ ...DEFAULT_STATE, ...state });
    expect(decoded.notices.map((n) => [n.code, n.key])).toEqual(notices);
  });

  it('quotes values back as short excerpts without control characters', () => {
    const { notices } = decodeState(`indicateur=${long(3000, 'x')}%E2%80%AE&commune=%00%1B[31m`);
    for (const n of notices) {
      expect(n.key.length).toBeLessThanOrEqual(41);
      expect((n.value ?? '').length).toBeLessThanOrEqual(41);
      expect(n.value ?? '').not.toMatch(/[\u0000-\u001f\u202e]/);
    }
  });

  it('decodes seeded random garbage into a valid state', () => {
    const random = randomLcg(41);
    const pick = randomInt.source(random);
    const alphabet = ['%', '%E2', '%8', '&', '=', ',', '+', '#', 'page', 'classes', 'carte', 'acces-ajout', 'C-41018', 'MDS-0', '9', '-', '.', 'é', '\u202e', '<', '>', '"', '\u0000', '🚌'];
    for (let run = 0; run < 500; run++) {
      let hash = '';
      const length = pick(60)();
      for (let i = 0; i < length; i++) hash += alphabet[pick(alphabet.length)()];
      const first = decodeState(hash);
      // whatever came in, what comes out re-encodes to a link that decodes cleanly to the same state
      const again = decodeState(encodeState(first.state));
      expect(again.notices, hash).toEqual([]);
      expect(again.state, hash).toEqual(first.state);
    }
  });
});
