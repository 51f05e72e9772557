import { describe, expect, it } from 'vitest';
import { parseScenario, type AccessSite } from '../../../../src/domain/access/scenario.ts';

const sites: AccessSite[] = [
  { id: 'mds-blois', kind: 'mds', status: 'ouverte' },
  { id: 'mds-vendome', kind: 'mds', status: 'ouverte' },
  { id: 'mds-neuvy', kind: 'mds', status: 'prevue' },
  { id: 'c-41001', kind: 'candidate', status: null },
  { id: 'c-41002', kind: 'candidate', status: null },
];
const valid = { name: '  Fermeture Blois  ', added: ['c-41001'], removed: ['mds-blois'], includePlanned: false, thresholdMin: 30 };
const NBSP = '\u00a0';
const q = (s: string) => `«${NBSP}${s}${NBSP}»`;

describe('parseScenario: accepted', () => {
  it.each([
    { name: 'a full scenario, name trimmed', json: valid, want: { ...valid, name: 'Fermeture Blois' } },
    { name: 'the JSON text itself', json: JSON.stringify(valid), want: { ...valid, name: 'Fermeture Blois' } },
    { name: 'threshold at the lower bound', json: { ...valid, thresholdMin: 1 }, want: { ...valid, name: 'Fermeture Blois', thresholdMin: 1 } },
    { name: 'threshold at the upper bound', json: { ...valid, thresholdMin: 120 }, want: { ...valid, name: 'Fermeture Blois', thresholdMin: 120 } },
    { name: 'a planned MDS added while planned ones are excluded', json: { ...valid, added: ['mds-neuvy'] }, want: { ...valid, name: 'Fermeture Blois', added: ['mds-neuvy'] } },
    { name: 'a planned MDS removed while planned ones are included', json: { ...valid, removed: ['mds-neuvy'], includePlanned: true }, want: { ...valid, name: 'Fermeture Blois', removed: ['mds-neuvy'], includePlanned: true } },
    { name: 'a name of exactly 80 characters', json: { ...valid, name: 'x'.repeat(80) }, want: { ...valid, name: 'x'.repeat(80) } },
  ])('$name', ({ json, want }) => expect(parseScenario(json, sites)).toEqual({ ok: true, scenario: want }));
});

describe('parseScenario: rejected with a French message', () => {
  it.each([
    { name: 'invalid JSON text', json: '{ name: ', error: `Le texte n'est pas du JSON valide${NBSP}:` },
    { name: 'an array', json: [valid], error: 'Le scénario doit être un objet JSON' },
    { name: 'null', json: null, error: 'Le scénario doit être un objet JSON' },
    { name: 'a missing property', json: { ...valid, thresholdMin: undefined }, error: `Propriété manquante${NBSP}: ${q('thresholdMin')}.` },
    { name: 'an unknown property (typo)', json: { ...valid, thresholdmin: 30 }, error: `Propriété inconnue${NBSP}: ${q('thresholdmin')}.` },
    { name: 'a name that is not text', json: { ...valid, name: 12 }, error: `${q('name')} doit être une chaîne de caractères.` },
    { name: 'a blank name', json: { ...valid, name: '   ' }, error: `${q('name')} ne doit pas être vide.` },
    { name: 'a name too long', json: { ...valid, name: 'x'.repeat(81) }, error: `${q('name')} est trop long (81 caractères, 80 au maximum).` },
    { name: 'a threshold given as text', json: { ...valid, thresholdMin: '30' }, error: `${q('thresholdMin')} doit être un nombre de minutes.` },
    { name: 'a threshold of NaN', json: { ...valid, thresholdMin: NaN }, error: `${q('thresholdMin')} doit être un nombre de minutes.` },
    { name: 'a threshold of 0', json: { ...valid, thresholdMin: 0 }, error: `${q('thresholdMin')} doit être compris entre 1 et 120 minutes (reçu${NBSP}: 0).` },
    { name: 'a threshold of 121', json: { ...valid, thresholdMin: 121 }, error: `(reçu${NBSP}: 121)` },
    { name: 'includePlanned as text', json: { ...valid, includePlanned: 'oui' }, error: `${q('includePlanned')} doit valoir true ou false.` },
    { name: 'added not a list', json: { ...valid, added: 'c-41001' }, error: `${q('added')} doit être une liste d'identifiants de sites.` },
    { name: 'an id that is a number', json: { ...valid, added: [41001] }, error: `${q('added[0]')} doit être un identifiant (chaîne de caractères).` },
    { name: 'an unknown site', json: { ...valid, added: ['c-41001', 'c-99999'] }, error: `${q('added[1]')}${NBSP}: site inconnu ${q('c-99999')}.` },
    { name: 'a repeated id', json: { ...valid, added: ['c-41001', 'c-41001'] }, error: `${q('added')} contient deux fois ${q('c-41001')}.` },
    { name: 'adding an open MDS', json: { ...valid, added: ['mds-vendome'] }, error: `${q('added[0]')}${NBSP}: ${q('mds-vendome')} est déjà ouvert dans ce scénario` },
    { name: 'adding a planned MDS already included', json: { ...valid, added: ['mds-neuvy'], includePlanned: true }, error: `${q('mds-neuvy')} est déjà ouvert` },
    { name: 'removing a candidate', json: { ...valid, removed: ['c-41002'] }, error: `${q('removed[0]')}${NBSP}: ${q('c-41002')} n'est pas une MDS${NBSP}; seules les MDS peuvent être retirées.` },
    { name: 'removing a planned MDS that is not included', json: { ...valid, removed: ['mds-neuvy'] }, error: `la MDS ${q('mds-neuvy')} est prévue mais les MDS prévues ne sont pas incluses` },
  ])('$name', ({ json, error }) => {
    const r = parseScenario(json, sites);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((e) => e.includes(error)), r.errors.join(' | ')).toBe(true);
    // every problem has an English message without French in it
    if (!r.ok) {
      expect(r.messages).toHaveLength(r.errors.length);
      for (const m of r.messages) expect(m.en).not.toMatch(/[éèêàç«»]|\b(doit|est|une|des|les|reçu)\b/);
    }
  });

  it('lists every problem at once', () => {
    const r = parseScenario({ name: '', added: ['nope'], removed: 'x', includePlanned: 1, thresholdMin: 500, extra: true }, sites);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      `Propriété inconnue${NBSP}: ${q('extra')}.`,
      `${q('name')} ne doit pas être vide.`,
      `${q('includePlanned')} doit valoir true ou false.`,
      `${q('thresholdMin')} doit être compris entre 1 et 120 minutes (reçu${NBSP}: 500).`,
      `${q('added[0]')}${NBSP}: site inconnu ${q('nope')}.`,
      `${q('removed')} doit être une liste d'identifiants de sites.`,
    ]);
    // the same problems, in the same order, for the English page
    expect(r.messages.map((m) => m.fr)).toEqual(r.errors);
    expect(r.messages.map((m) => m.en)).toEqual([
      'Unknown property: “extra”.',
      '“name” must not be empty.',
      '“includePlanned” must be true or false.',
      '“thresholdMin” must be between 1 and 120 minutes (got 500).',
      '“added[0]”: unknown site “nope”.',
      '“removed” must be a list of site ids.',
    ]);
  });
  it('round-trips through JSON', () => {
    const r = parseScenario(valid, sites);
    expect(r.ok && parseScenario(JSON.parse(JSON.stringify(r.scenario)), sites)).toEqual(r);
  });
});
