// The presets on the shipped data (public/data): which communes each preset scores, and the timing
// of a rank-stability run on the real 267 communes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeComposite } from '../../../../src/domain/composite/compute-composite.ts';
import { INDEX_PRESETS, presetDefinition } from '../../../../src/domain/composite/presets.ts';
import { rankStability } from '../../../../src/domain/composite/rank-stability.ts';
import { computeIndicatorColumn } from '../../../../src/domain/indicators/compute.ts';
import { parseCatalog } from '../../../../src/domain/indicators/parse-catalog.ts';
import { parseCommuneStats } from '../../../../src/domain/stats/parse-commune-stats.ts';

const data = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../../../public/data', file), 'utf8')) as unknown;
const catalog = parseCatalog(data('indicators.json'));
const stats = parseCommuneStats(data('commune-stats.json'));
const columns = new Map(catalog.indicators.map((ind) => [ind.id, computeIndicatorColumn(ind, stats)]));
const input = { codes: stats.codes, columns };

describe('presets on the shipped data', () => {
  // insertion-emploi: revenu-median is withheld for 9 communes and chomage-15-24 undefined for 2
  // (no active 15-24 year-olds), one commune lacking both: 10 communes listed as excluded
  const expectedRanked: Record<string, number> = {
    'enfance-famille': 267, autonomie: 267, 'insertion-emploi': 257, 'habitat-logement': 267, sante: 267, 'inclusion-numerique': 267,
  };
  it.each(INDEX_PRESETS.map((p) => [p.id, p] as const))('%s', (id, preset) => {
    const r = computeComposite(presetDefinition(preset, '2026-03-15'), input);
    expect(r.ranked + r.excluded.length).toBe(267);
    expect(r.ranked).toBe(expectedRanked[id]);
    expect(r.ranks.filter((x) => x === 1).length).toBeGreaterThanOrEqual(1);
    if (id === 'insertion-emploi') {
      const missing = r.excluded.flatMap((e) => e.missing);
      expect(missing.filter((m) => m === 'revenu-median')).toHaveLength(9);
      expect(missing.filter((m) => m === 'chomage-15-24')).toHaveLength(2);
    }
  });
  it('rank stability of the autonomie preset on 267 communes (timing printed)', () => {
    const r0 = computeComposite(presetDefinition(INDEX_PRESETS[1]!, '2026-03-15'), input);
    const t0 = performance.now();
    const s = rankStability(r0.matrix, { seed: 41 });
    console.log(`autonomie: ${s.draws} draws on ${s.ranked} communes in ${(performance.now() - t0).toFixed(1)} ms, ${s.unstableCount} unstable (width > ${s.unstableWidth.toFixed(1)} ranks)`);
    expect(s.ranked).toBe(267);
  });
});
