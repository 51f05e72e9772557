// Coverage of the population by the MDS, from the command line, with the browser's own code:
//
//   npm run coverage -- [--scenario FILE.json] [--threshold MIN] [--format json|csv|md]
//                       [--weight pop|pop_75p|fam_mono|chom_1564] [--data DIR]
//
// Reads origins.arrow, sites.arrow and access-model.json from public/data (or --data DIR), converts
// them with src/data/access-files.ts and evaluates with src/data/access-evaluate.ts, exactly as the
// "Accès aux MDS" page does. Without --scenario: the département's plan (all 12 MDS, open and
// planned). --threshold overrides the scenario's threshold. Prints to stdout; errors go to stderr
// with exit code 1.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenario, THRESHOLD_RANGE, type Scenario } from '../src/domain/access/index.ts';
import { accessReport, buildAccessModel, DEFAULT_THRESHOLD_MIN, planScenario, WEIGHT_KEYS, type AccessReport, type ReportGroup, type WeightKey } from '../src/data/access-evaluate.ts';
import { accessDataFromFiles, ACCESS_FILES, parseAccessModelFile } from '../src/data/access-files.ts';
import { neutraliseCell } from '../src/domain/csv-export/neutralise-cell.ts';

const FORMATS = ['json', 'csv', 'md'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage : npm run coverage -- [--scenario FICHIER.json] [--threshold MIN] [--format json|csv|md]
                            [--weight ${WEIGHT_KEYS.join('|')}] [--data DOSSIER]
Sans --scenario : le plan du département (les 12 MDS, ouvertes et prévues). Seuil par défaut : ${DEFAULT_THRESHOLD_MIN} min.`;

class CliError extends Error {}

interface Options {
  scenario: string | null;
  threshold: number | null;
  format: Format;
  weight: WeightKey;
  data: string;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = {
    scenario: null,
    threshold: null,
    format: 'json',
    weight: 'pop',
    data: fileURLToPath(new URL('../public/data/', import.meta.url)),
    help: false,
  };
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      opts.help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!['--scenario', '--threshold', '--format', '--weight', '--data'].includes(name)) {
      throw new CliError(`Argument inconnu : « ${arg} » (unknown argument).`);
    }
    if (seen.has(name)) throw new CliError(`${name} est donné deux fois (given twice).`);
    seen.add(name);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
      throw new CliError(`${name} attend une valeur (missing value).`);
    }
    switch (name) {
      case '--scenario':
        opts.scenario = value;
        break;
      case '--threshold': {
        const t = Number(value);
        const [lo, hi] = THRESHOLD_RANGE;
        if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || !Number.isFinite(t) || t < lo || t > hi) {
          throw new CliError(`--threshold doit être un nombre de minutes entre ${lo} et ${hi} (reçu : « ${value} »).`);
        }
        opts.threshold = t;
        break;
      }
      case '--format':
        if (!(FORMATS as readonly string[]).includes(value)) {
          throw new CliError(`--format doit valoir ${FORMATS.join(', ')} (reçu : « ${value} »).`);
        }
        opts.format = value as Format;
        break;
      case '--weight':
        if (!(WEIGHT_KEYS as readonly string[]).includes(value)) {
          throw new CliError(`--weight doit valoir ${WEIGHT_KEYS.join(', ')} (reçu : « ${value} »).`);
        }
        opts.weight = value as WeightKey;
        break;
      case '--data':
        opts.data = resolve(value);
        break;
    }
  }
  return opts;
}

function readData(dir: string, file: string): Buffer {
  const path = join(dir, file);
  if (!existsSync(path)) throw new CliError(`Fichier de données introuvable : ${path} (voir --data).`);
  return readFileSync(path);
}

function loadModel(dir: string) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CliError(`Dossier de données introuvable : ${dir}.`);
  let modelRaw: unknown;
  try {
    modelRaw = JSON.parse(readData(dir, ACCESS_FILES.model).toString('utf8'));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${ACCESS_FILES.model} n'est pas du JSON valide : ${(error as Error).message}`);
  }
  try {
    const { matrixFile } = parseAccessModelFile(modelRaw);
    const matrix = matrixFile ? readData(dir, matrixFile) : null;
    return buildAccessModel(
      accessDataFromFiles(readData(dir, ACCESS_FILES.origins), readData(dir, ACCESS_FILES.sites), modelRaw, matrix),
    );
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Données d'accès illisibles dans ${dir} : ${(error as Error).message}`);
  }
}

function readScenario(path: string, model: ReturnType<typeof buildAccessModel>): Scenario {
  if (!existsSync(path)) throw new CliError(`Fichier de scénario introuvable : ${path}.`);
  const result = parseScenario(readFileSync(path, 'utf8'), model.sites);
  if (!result.ok) {
    throw new CliError(`Scénario invalide (${path}) :\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
  }
  return result.scenario;
}

const r = (x: number | null, d: number) => (x === null || !Number.isFinite(x) ? '' : x.toFixed(d));
const GROUP_COLUMNS = ['population', 'beyond', 'share_beyond', 'mean_min', 'p90_min', 'gini', 'theil'] as const;
const groupCells = (g: ReportGroup) => [r(g.population, 0), r(g.beyond, 0), r(g.shareBeyond, 4), r(g.meanMinutes, 2), r(g.p90Minutes, 2), r(g.gini, 4), r(g.theil, 4)];

/** A text cell: formula starts neutralised (OWASP CSV injection, as every CSV export of the app), then quoted if needed. */
function csvCell(s: string): string {
  const text = neutraliseCell(s);
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(rep: AccessReport): string {
  const header = ['level', 'id', 'name', ...GROUP_COLUMNS, 'served'];
  const lines = [header.join(',')];
  lines.push(['departement', '41', 'Loir-et-Cher', ...groupCells(rep.departement), ''].join(','));
  for (const g of rep.territoires) lines.push(['territoire', csvCell(g.territoire ?? ''), csvCell(g.territoire ?? ''), ...groupCells(g), ''].join(','));
  for (const s of rep.sites) lines.push(['site', csvCell(s.id), csvCell(s.nom), '', '', '', '', '', '', '', r(s.served, 0)].join(','));
  return `${lines.join('\n')}\n`;
}

function toMarkdown(rep: AccessReport): string {
  const out: string[] = [];
  const th = rep.theil;
  out.push(`# Accès aux MDS : ${rep.scenario.name}`, '');
  out.push(`Seuil : ${rep.thresholdMin} min ; pondération : ${rep.weight} ; temps : ${rep.method === 'osm' ? 'réseau routier OpenStreetMap' : "modèle vol d'oiseau calé (estimations)"}.`, '');
  out.push('| territoire | population | au-delà du seuil | part | temps moyen (min) | P90 (min) | Gini | Theil |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const g of [rep.departement, ...rep.territoires]) {
    const c = groupCells(g);
    out.push(`| ${g.territoire ?? 'département'} | ${c[0]} | ${c[1]} | ${g.shareBeyond === null ? '' : (100 * g.shareBeyond).toFixed(1) + ' %'} | ${c[3]} | ${c[4]} | ${c[5]} | ${c[6]} |`);
  }
  out.push('', `Theil : total ${r(th?.total ?? null, 4)}, entre territoires ${r(th?.between ?? null, 4)}, intra-territoires ${r(th?.within ?? null, 4)}.`, '');
  out.push('| site | commune | statut | population desservie |', '|---|---|---|---:|');
  for (const s of rep.sites) out.push(`| ${s.nom.replace(/\|/g, '\\|')} (${s.id}) | ${s.commune} | ${s.statut} | ${r(s.served, 0)} |`);
  return `${out.join('\n')}\n`;
}

function main(argv: readonly string[]): number {
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 1;
  }
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const model = loadModel(opts.data);
    let scenario = opts.scenario ? readScenario(resolve(opts.scenario), model) : planScenario(opts.threshold ?? DEFAULT_THRESHOLD_MIN);
    if (opts.threshold !== null) scenario = { ...scenario, thresholdMin: opts.threshold };
    const rep = accessReport(model, scenario, { weight: opts.weight });
    const text = opts.format === 'json' ? `${JSON.stringify(rep, null, 2)}\n` : opts.format === 'csv' ? toCsv(rep) : toMarkdown(rep);
    process.stdout.write(text);
    return 0;
  } catch (error) {
    process.stderr.write(`${error instanceof CliError ? error.message : `Erreur inattendue : ${(error as Error).stack ?? error}`}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
