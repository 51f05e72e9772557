import { describe, expect, it } from 'vitest';
import { MAX_SLIDES, parseSlideDeck, serializeSlideDeck, type SlideSpec } from '../../../../src/domain/permalink/slide-deck';

const slides: SlideSpec[] = [
  { title: 'Taux de pauvreté', hash: 'indicateur=taux-pauvrete' },
  { title: 'Après : Mon scénario', hash: 'page=acces&acces-ajout=C-41018' },
  { title: 'Vue par défaut', hash: '' },
];

describe('slide deck JSON', () => {
  it('reads back what it writes', () => {
    expect(parseSlideDeck(serializeSlideDeck(slides))).toEqual({ ok: true, slides, ignored: 0 });
  });

  const cases: { name: string; input: unknown; expected: ReturnType<typeof parseSlideDeck> }[] = [
    { name: 'not JSON', input: '{"format": ', expected: { ok: false, error: 'not-json' } },
    { name: 'a number', input: '42', expected: { ok: false, error: 'not-a-deck' } },
    { name: 'another format', input: { format: 'x', version: 1, slides: [] }, expected: { ok: false, error: 'not-a-deck' } },
    { name: 'a future version', input: { format: 'obs41-diapositives', version: 2, slides: [] }, expected: { ok: false, error: 'wrong-version' } },
    { name: 'no valid slide', input: [{ title: 1, hash: 'page=acces' }], expected: { ok: false, error: 'empty' } },
    {
      name: 'bad slides skipped, good ones kept, # and control characters removed',
      input: [
        { title: ' Carte\u202e ', hash: '#page=carte' },
        { title: 'anchor, not a permalink', hash: 'panel' },
        { title: 'control char in hash', hash: 'page=carte\u0000' },
        { title: 'too long', hash: `indicateur=${'a'.repeat(7000)}` },
        null,
        'text',
      ],
      expected: { ok: true, slides: [{ title: 'Carte', hash: 'page=carte' }], ignored: 5 },
    },
    {
      name: 'title cut at 120 characters',
      input: [{ title: 'é'.repeat(500), hash: '' }],
      expected: { ok: true, slides: [{ title: 'é'.repeat(120), hash: '' }], ignored: 0 },
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => expect(parseSlideDeck(input)).toEqual(expected));

  it(`keeps at most ${MAX_SLIDES} slides`, () => {
    const many = Array.from({ length: MAX_SLIDES + 5 }, (_, i) => ({ title: `S${i}`, hash: `classes=${3 + (i % 7)}` }));
    const parsed = parseSlideDeck(many);
    expect(parsed.ok && parsed.slides.length).toBe(MAX_SLIDES);
    expect(parsed.ok && parsed.ignored).toBe(5);
  });
});
