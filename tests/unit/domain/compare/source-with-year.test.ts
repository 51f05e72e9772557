import { describe, expect, it } from 'vitest';
import { sourceWithYear } from '../../../../src/domain/compare/source-with-year';

describe('sourceWithYear', () => {
  it.each([
    ['INSEE – Recensement de la population 2022', 2022, 'INSEE – Recensement de la population 2022'],
    ['INSEE – Recensement de la population 2022', 2016, 'INSEE – Recensement de la population 2022, 2016'],
    ['ANCT – France services', '2024', 'ANCT – France services, 2024'],
  ])('%s + %s', (label, year, expected) => expect(sourceWithYear(label, year)).toBe(expected));
});
