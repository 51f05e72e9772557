import { parseScenario, type AccessSite, type Scenario } from '../domain/access';

/** localStorage key of the saved scenarios (a JSON array of scenarios). */
export const SCENARIO_STORAGE_KEY = 'obs41.access.scenarios';

/** Saved scenarios, each re-validated against the current sites; unreadable entries are skipped. */
export function loadSavedScenarios(sites: readonly AccessSite[], storage: Storage | null = safeStorage()): Scenario[] {
  if (!storage) return [];
  let list: unknown;
  try {
    list = JSON.parse(storage.getItem(SCENARIO_STORAGE_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  const out: Scenario[] = [];
  for (const item of list) {
    const parsed = parseScenario(item, sites);
    if (parsed.ok && !out.some((s) => s.name === parsed.scenario.name)) out.push(parsed.scenario);
  }
  return out;
}

/** @returns false when storage is unavailable or full (private mode, quota) */
export function storeScenarios(list: readonly Scenario[], storage: Storage | null = safeStorage()): boolean {
  if (!storage) return false;
  try {
    storage.setItem(SCENARIO_STORAGE_KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
