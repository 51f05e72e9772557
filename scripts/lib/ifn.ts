import { CheckList } from './errors.ts';
import { normaliseCommuneCode, parseInseeCell } from './insee.ts';

/** One IRIS of the digital fragility index (2020 edition, RP 2016 counts). Scores: 100 = département average, higher = more fragile. */
export interface IfnIris {
  iris: string;
  commune: string;
  nom: string;
  type: string;
  pop16: number;
  score: number | null;
  acces: number | null;
  competences: number | null;
  nscol15p: number | null;
  nscol15pDiplmin: number | null;
}

const COL = {
  score: 'SCORE GLOBAL departement 1',
  acces: 'GLOBAL ACCES departement 1',
  competences: 'GLOBAL COMPETENCES  departement 1',
};

export function parseIfn(headerLine: string, rows: string[][]): IfnIris[] {
  const header = headerLine.replace(/^\ufeff/, '').trim().split(';');
  const idx = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`indice-fragilite-numerique/headers.csv: column "${name}" not found`);
    return i;
  };
  const num = (r: string[], name: string) => parseInseeCell(r[idx(name)]).value;
  return rows.map((r) => ({
    iris: r[idx('Code Iris')],
    commune: normaliseCommuneCode(r[idx('Insee Com')]),
    nom: r[idx('Nom Iris')],
    type: r[idx('Type Iris')],
    pop16: num(r, 'P16 Pop') ?? 0,
    score: num(r, COL.score),
    acces: num(r, COL.acces),
    competences: num(r, COL.competences),
    nscol15p: num(r, 'P16 Nscol15P'),
    nscol15pDiplmin: num(r, 'P16 Nscol15P Diplmin'),
  }));
}

export interface IfnCommune {
  /** population 2016 of the IRIS that have a score: the weight */
  IFN_POP16: number | null;
  /** Σ score × population: a population-weighted mean is then a ratio of sums at any level */
  IFN_SCORE_POND: number | null;
  IFN_ACCES_POND: number | null;
  IFN_COMPETENCES_POND: number | null;
  P16_NSCOL15P: number | null;
  P16_NSCOL15P_DIPLMIN: number | null;
}

/** Sums the IRIS of each commune; a commune with an IRIS lacking a score gets null (no partial means). */
export function ifnByCommune(iris: IfnIris[], communeCodes: string[]): Map<string, IfnCommune> {
  const checks = new CheckList();
  const known = new Set(communeCodes);
  for (const i of iris) checks.check(known.has(i.commune), `IRIS ${i.iris}: commune ${i.commune} is not in COG 2026 (orphan code)`);
  const out = new Map<string, IfnCommune>();
  for (const code of communeCodes) {
    const mine = iris.filter((i) => i.commune === code);
    checks.check(mine.length > 0, `commune ${code} has no IRIS in the digital fragility index`);
    const all = (f: (i: IfnIris) => number | null) => (mine.every((i) => f(i) !== null) ? mine.reduce((s, i) => s + f(i)!, 0) : null);
    out.set(code, {
      IFN_POP16: all((i) => (i.score === null ? null : i.pop16)),
      IFN_SCORE_POND: all((i) => (i.score === null ? null : i.score * i.pop16)),
      IFN_ACCES_POND: all((i) => (i.acces === null ? null : i.acces * i.pop16)),
      IFN_COMPETENCES_POND: all((i) => (i.competences === null ? null : i.competences * i.pop16)),
      P16_NSCOL15P: all((i) => i.nscol15p),
      P16_NSCOL15P_DIPLMIN: all((i) => i.nscol15pDiplmin),
    });
  }
  checks.throwIfFailed('digital fragility index');
  return out;
}
