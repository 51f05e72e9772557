import { PipelineError } from './errors.ts';

export interface TerritoryDefinition {
  assumption: boolean;
  note: { fr: string; en: string };
  territories: { code: string; label: { fr: string; en: string } }[];
  rule: 'arrondissement';
  byArrondissement: Record<string, string>;
  /** per-commune exceptions: INSEE code → territory code */
  overrides: Record<string, string>;
}

export interface CommuneForTerritory {
  code: string;
  arrondissement: string;
}

/**
 * Assigns every commune to exactly one territory: its arrondissement's territory unless an override
 * names it. Fails on an unknown territory code, an arrondissement without a territory, or an
 * override naming a commune that does not exist (a typo would otherwise be silently ignored).
 */
export function assignTerritories(
  communes: CommuneForTerritory[],
  def: TerritoryDefinition,
): Map<string, string> {
  const known = new Set(def.territories.map((t) => t.code));
  if (known.size !== def.territories.length) throw new PipelineError('territoires.json: duplicate territory code');
  const problems: string[] = [];
  for (const [arr, t] of Object.entries(def.byArrondissement)) {
    if (!known.has(t)) problems.push(`byArrondissement["${arr}"] = "${t}" is not a declared territory`);
  }
  const codes = new Set(communes.map((c) => c.code));
  for (const [code, t] of Object.entries(def.overrides ?? {})) {
    if (!codes.has(code)) problems.push(`overrides["${code}"]: no such commune in COG 2026`);
    if (!known.has(t)) problems.push(`overrides["${code}"] = "${t}" is not a declared territory`);
  }
  const out = new Map<string, string>();
  for (const c of communes) {
    const t = def.overrides?.[c.code] ?? def.byArrondissement[c.arrondissement];
    if (t === undefined) problems.push(`commune ${c.code}: arrondissement "${c.arrondissement}" has no territory`);
    else out.set(c.code, t);
  }
  for (const t of known) {
    if (![...out.values()].includes(t)) problems.push(`territory "${t}" has no commune`);
  }
  if (problems.length) throw new PipelineError('data/territoires.json:\n  - ' + problems.join('\n  - '));
  return out;
}
