// `npm run coverage` (scripts/coverage.ts), run as a real process on the shipped public/data.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AccessReport } from '../../../src/data/access-evaluate.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = join(ROOT, 'scripts/coverage.ts');
const TIMEOUT = 60_000;

function run(args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(TSX, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number | null; stdout: string; stderr: string };
    return { status: e.status ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

function json(args: string[]): AccessReport {
  const out = run([...args, '--format', 'json']);
  expect(out.stderr).toBe('');
  expect(out.status).toBe(0);
  return JSON.parse(out.stdout) as AccessReport;
}

const dir = mkdtempSync(join(tmpdir(), 'obs41-coverage-'));
function scenarioFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
const montoire = { name: 'Montoire', added: ['C-41149'], removed: [], includePlanned: true, thresholdMin: 20 };

describe('npm run coverage', () => {
  const plan = json([]);

  it('reports the plan of the 12 MDS by default, at 20 min', () => {
    expect(plan.scenario).toMatchObject({ added: [], removed: [], includePlanned: true, thresholdMin: 20 });
    expect(plan.sites.map((s) => s.id)).toEqual(Array.from({ length: 12 }, (_, i) => `MDS-${String(i + 1).padStart(2, '0')}`));
    expect(plan.method).toBe('crow-calibrated');
  });

  it('counts the 328,953 inhabitants of the département, the sum of its territories', () => {
    expect(Math.round(plan.departement.population)).toBe(328_953);
    expect(plan.territoires.map((t) => t.territoire)).toEqual(['nord', 'centre', 'sud']);
    const sum = plan.territoires.reduce((a, t) => a + t.population, 0);
    expect(sum).toBeCloseTo(plan.departement.population, 6);
    const beyond = plan.territoires.reduce((a, t) => a + t.beyond, 0);
    expect(beyond).toBeCloseTo(plan.departement.beyond, 6);
    const served = plan.sites.reduce((a, s) => a + s.served, 0);
    expect(served).toBeCloseTo(plan.departement.population, 6);
  });

  it('gives consistent figures: share = beyond / population, Theil = between + within', () => {
    for (const g of [plan.departement, ...plan.territoires]) {
      expect(g.shareBeyond).toBeCloseTo(g.beyond / g.population, 12);
      expect(g.meanMinutes).toBeGreaterThan(3);
      expect(g.p90Minutes).toBeGreaterThanOrEqual(g.meanMinutes ?? Infinity);
      expect(g.gini).toBeGreaterThan(0);
    }
    expect((plan.theil?.between ?? NaN) + (plan.theil?.within ?? NaN)).toBeCloseTo(plan.theil?.total ?? NaN, 10);
  });

  it('a scenario adding a site at Montoire-sur-le-Loir reduces the population beyond 20 min in nord', () => {
    const after = json(['--scenario', scenarioFile('montoire.json', montoire)]);
    const nord = (r: AccessReport) => r.territoires.find((t) => t.territoire === 'nord');
    expect(nord(after)?.beyond).toBeLessThan(nord(plan)?.beyond ?? 0);
    expect(after.sites.at(-1)).toMatchObject({ id: 'C-41149', nom: 'Montoire-sur-le-Loir', statut: 'candidat' });
    // the other territories do not get worse
    for (const t of ['centre', 'sud']) {
      expect(after.territoires.find((g) => g.territoire === t)?.beyond).toBeLessThanOrEqual(
        plan.territoires.find((g) => g.territoire === t)?.beyond ?? 0,
      );
    }
  });

  it('--threshold overrides the threshold: fewer people beyond 30 min than beyond 20 min', () => {
    const at30 = json(['--threshold', '30']);
    expect(at30.thresholdMin).toBe(30);
    expect(at30.departement.beyond).toBeLessThan(plan.departement.beyond);
  });

  it('--weight weights by a fragile population', () => {
    const old = json(['--weight', 'pop_75p']);
    expect(old.weight).toBe('pop_75p');
    expect(old.departement.population).toBeGreaterThan(10_000);
    expect(old.departement.population).toBeLessThan(plan.departement.population);
  });

  it('prints CSV and Markdown', () => {
    const csv = run(['--format', 'csv']);
    expect(csv.status).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('level,id,name,population,beyond,share_beyond,mean_min,p90_min,gini,theil,served');
    expect(lines[1]).toMatch(/^departement,41,Loir-et-Cher,328953,/);
    expect(lines.filter((l) => l.startsWith('territoire,'))).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('site,'))).toHaveLength(12);
    const md = run(['--format', 'md']);
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('| nord |');
    expect(md.stdout).toContain('MDS-10');
  });

  it.each([
    { name: 'unknown argument', args: ['--seuil', '20'], message: /Argument inconnu.*--seuil/ },
    { name: 'threshold not a number', args: ['--threshold', 'vingt'], message: /--threshold.*vingt/ },
    { name: 'threshold out of range', args: ['--threshold', '500'], message: /--threshold.*entre 1 et 120/ },
    { name: 'bad format', args: ['--format', 'xml'], message: /--format.*json, csv, md/ },
    { name: 'missing value', args: ['--scenario'], message: /--scenario attend une valeur/ },
    { name: 'missing scenario file', args: ['--scenario', '/nonexistent/s.json'], message: /introuvable.*s\.json/ },
    { name: 'missing data folder', args: ['--data', '/nonexistent/data'], message: /Dossier de données introuvable/ },
  ])('fails with exit code 1 on $name', ({ args, message }) => {
    const out = run(args);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
  });

  it('lists every problem of a bad scenario file', () => {
    const bad = scenarioFile('bad.json', { name: '', added: ['C-99999', 'MDS-01'], removed: [], includePlanned: true, thresholdMin: 20, extra: 1 });
    const out = run(['--scenario', bad]);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/Scénario invalide/);
    expect(out.stderr).toMatch(/inconnue.*extra/);
    expect(out.stderr).toMatch(/C-99999/);
    expect(out.stderr).toMatch(/MDS-01.*déjà ouvert/);
    expect(out.stderr).toMatch(/name.*vide/);
    const notJson = run(['--scenario', scenarioFile('not.json', '{ name: ')]);
    expect(notJson.status).toBe(1);
    expect(notJson.stderr).toMatch(/JSON valide/);
  });
}, TIMEOUT);
