import { describe, expect, it } from 'vitest';
import { loadSavedScenarios, SCENARIO_STORAGE_KEY, storeScenarios } from '../../../src/data/access-storage.ts';
import type { AccessSite, Scenario } from '../../../src/domain/access/index.ts';

class MemoryStorage implements Storage {
  #m = new Map<string, string>();
  failWrites = false;
  get length() {
    return this.#m.size;
  }
  clear() {
    this.#m.clear();
  }
  getItem(k: string) {
    return this.#m.get(k) ?? null;
  }
  key(i: number) {
    return [...this.#m.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.#m.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.failWrites) throw new DOMException('quota', 'QuotaExceededError');
    this.#m.set(k, v);
  }
}

const sites: AccessSite[] = [
  { id: 'MDS-01', kind: 'mds', status: 'ouverte' },
  { id: 'C-41149', kind: 'candidate', status: null },
];
const a: Scenario = { name: 'A', added: ['C-41149'], removed: [], includePlanned: true, thresholdMin: 20 };

describe('saved scenarios', () => {
  it('round-trips through storage', () => {
    const s = new MemoryStorage();
    expect(storeScenarios([a], s)).toBe(true);
    expect(loadSavedScenarios(sites, s)).toEqual([a]);
  });
  it('drops entries that no longer parse (unknown site) and unreadable JSON', () => {
    const s = new MemoryStorage();
    s.setItem(SCENARIO_STORAGE_KEY, JSON.stringify([a, { ...a, name: 'B', added: ['C-99999'] }, 'x']));
    expect(loadSavedScenarios(sites, s).map((x) => x.name)).toEqual(['A']);
    s.setItem(SCENARIO_STORAGE_KEY, '{oops');
    expect(loadSavedScenarios(sites, s)).toEqual([]);
    expect(loadSavedScenarios(sites, null)).toEqual([]);
  });
  it('reports a failed write', () => {
    const s = new MemoryStorage();
    s.failWrites = true;
    expect(storeScenarios([a], s)).toBe(false);
  });
});
