// Scale benchmark: the interactions of the observatory on a SYNTHETIC national-scale replica.
//
//   npx tsx scripts/bench-scale.ts --runs 7      # ~3 min on 2 cores, ~3 GB of memory
//   npm run bench:scale                          # the same, after a vite build it does not use
//
// What it does. The département's derived files (public/data, read only) are tiled ~130 times
// (scripts/lib/synthetic: seeded, fictitious codes starting with "S", values jittered ± 3 %,
// withheld values kept missing) into a replica of about France's size: 34,710 communes,
// 578,630 origins (1 km cells), 36,270 sites. For each interaction the script runs the
// app's own code — the pure functions of src/domain, the SQL builders of src/data/queries on the
// same DuckDB-wasm engine as the browser, and the state classes' derived chains spelt out in
// scripts/lib/synthetic/bench-interactions.ts — at both scales, and prints medians over --runs
// (after one warm-up run), the ratio national / département, and the 200 ms target. The replica
// stays in memory: nothing synthetic is written anywhere (only .bench/scale.json, the results).
//
// What is measured: the computation an interaction triggers, up to the feature-states handed to
// the map (a stub that counts them). Not measured here: MapLibre's own work and the frame.
//
// Prints a table on stderr, the JSON on stdout, and writes .bench/scale.json.
// Options / env: --runs (BENCH_SCALE_RUNS, default 7, at least 5), --copies (130), --seed (41),
// --only name,name (BENCH_SCALE_ONLY). No browser run: see docs/scale.md for why.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { accessDataFromFiles } from '../src/data/access-files';
import { buildAccessModel, TERRITORY_ORDER, type AccessModel } from '../src/data/access-evaluate';
import { indicatorByLevel, type Level } from '../src/data/queries/indicator-by-level';
import {
  cachedTimeMatrix,
  modelMinutes,
  theilDecomposition,
  theilIndex,
  timeColumn,
  weightedGini,
  weightedQuantile,
  type Nearest,
} from '../src/domain/access';
import type { OriginRow, SiteRow } from '../src/data/access-inputs';
import type { BreakMethod } from '../src/domain/classify/class-breaks';
import { normalise } from '../src/domain/composite/normalise';
import { DEFAULT_NORMALISATION, INDEX_PRESETS } from '../src/domain/composite/presets';
import { levelUnitsFromRows, type LevelUnit } from '../src/domain/indicators/level-units';
import { parseCatalog } from '../src/domain/indicators/parse-catalog';
import { parseCommuneStats } from '../src/domain/stats/parse-commune-stats';
import type { CommuneStats, Indicator } from '../src/domain/types';
import type { NormalisedBlock } from '../src/state/composite-model';
import { openDuckDB, run } from '../tests/sql/support/duckdb';
import { COMMUNES_SCHEMA, columnsToArrowIPC, ORIGINS_SCHEMA, rowsToArrowIPC, SITES_SCHEMA } from './lib/synthetic/arrow';
import {
  AccessMirror,
  choroplethFrame,
  communeValues,
  compositeFrame,
  levelFrame,
  stubMap,
  type CompositeInput,
} from './lib/synthetic/bench-interactions';
import { SYNTHETIC_LABEL } from './lib/synthetic/label';
import { readDepartementData } from './lib/synthetic/read-public';
import { replicate } from './lib/synthetic/replicate';
import type { DepartementData, SyntheticNational } from './lib/synthetic/types';

const TARGET_MS = 200;
const ROOT = resolve(import.meta.dirname, '..');
const PUBLIC_DATA = resolve(ROOT, 'public/data');

function argValue(name: string, env: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : process.env[env];
}
function argInt(name: string, env: string, fallback: number): number {
  const n = Number(argValue(name, env));
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? Number.NaN : s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
const round1 = (x: number) => Math.round(x * 10) / 10;
const roundAll = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round1(v)]));
const log = (msg: string) => console.error(msg);

function timed<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

// ---------------------------------------------------------------------------------------------
// One scale: the département (real files) or the national replica (synthetic, in memory)

interface Scale {
  key: 'departement' | 'national';
  label: string;
  synthetic: boolean;
  stats: CommuneStats;
  catalog: Indicator[];
  territoryOf: Map<string, string>;
  territories: string[];
  communesArrow: Uint8Array;
  statsArrow: Uint8Array;
  originsArrow: Uint8Array;
  sitesArrow: Uint8Array;
  accessModelRaw: unknown;
  /** Setup costs (load time, not interactions), ms. */
  setup: Record<string, number>;
}

function territoriesOf(communes: readonly { code: string; territoire: string }[]): { territoryOf: Map<string, string>; territories: string[] } {
  const territoryOf = new Map(communes.map((c) => [c.code, c.territoire]));
  return { territoryOf, territories: [...new Set(communes.map((c) => c.territoire))] };
}

function departementScale(real: DepartementData, catalog: Indicator[]): Scale {
  const file = (name: string) => readFileSync(resolve(PUBLIC_DATA, name));
  const stats = parseCommuneStats(JSON.parse(file('commune-stats.json').toString('utf8')));
  return {
    key: 'departement',
    label: 'Loir-et-Cher (real data)',
    synthetic: false,
    stats,
    catalog,
    ...territoriesOf(real.communes),
    communesArrow: file('communes.arrow'),
    statsArrow: file('stats.arrow'),
    originsArrow: file('origins.arrow'),
    sitesArrow: file('sites.arrow'),
    accessModelRaw: JSON.parse(file('access-model.json').toString('utf8')),
    setup: {},
  };
}

function nationalScale(replica: SyntheticNational, catalog: Indicator[]): Scale {
  const nameOf = new Map(replica.communes.map((c) => [c.code, c.nom]));
  const { ms, value } = timed(() => ({
    communesArrow: rowsToArrowIPC(replica.communes, COMMUNES_SCHEMA),
    statsArrow: columnsToArrowIPC(replica.stats.codes, replica.stats.columns),
    originsArrow: rowsToArrowIPC(replica.origins, ORIGINS_SCHEMA),
    sitesArrow: rowsToArrowIPC(replica.sites, SITES_SCHEMA),
  }));
  return {
    key: 'national',
    label: `SYNTHETIC national replica (${replica.tiles.length} copies)`,
    synthetic: true,
    stats: { codes: replica.stats.codes, names: replica.stats.codes.map((c) => nameOf.get(c) ?? c), columns: replica.stats.columns },
    catalog,
    ...territoriesOf(replica.communes),
    ...value,
    accessModelRaw: replica.accessModel,
    setup: { arrowEncodeMs: ms },
  };
}

// ---------------------------------------------------------------------------------------------
// Interactions

interface Interaction {
  name: string;
  description: string;
  /** One timed run (i = run number, warm-up = −1); untimed set-up / reset go in before / after. */
  run: (scale: ScaleState, i: number) => void;
  before?: (scale: ScaleState, i: number) => void;
  after?: (scale: ScaleState, i: number) => void;
}

/** Everything prepared once per scale (not timed with the interactions). */
interface ScaleState {
  scale: Scale;
  db: Awaited<ReturnType<typeof openDuckDB>>;
  map: ReturnType<typeof stubMap>;
  communeStates: Map<string, string>;
  levelStates: Record<'epci' | 'territoire', Map<string, string>>;
  /** Indicators whose values add up above the commune (the level switch is enabled for them). */
  levelIndicator: Indicator;
  levelUnits: Record<'epci' | 'territoire', LevelUnit[]>;
  composite: CompositeInput & { weights: Float64Array };
  compositeStates: Map<string, string>;
  access: AccessMirror;
  /** Candidate site added by the access scenarios. */
  candidate: string;
  /** Last feature-state count, for the report. */
  updates: Record<string, number>;
}

const VIEW = { method: 'quantile' as BreakMethod, k: 5 };
const METHODS: BreakMethod[] = ['jenks', 'quantile', 'equal-interval'];
const THRESHOLDS = [25, 20, 30, 15];
const COMPOSITE_WEIGHTS = [0.2, 2.5, 5, 0.3];

function levelQuery(state: ScaleState, indicator: Indicator, level: Level): LevelUnit[] {
  return levelUnitsFromRows(run(state.db, indicatorByLevel(indicator, level)));
}

const INTERACTIONS: Interaction[] = [
  {
    name: 'indicator-switch',
    description: 'carte, commune level: next indicator of the catalogue → values, breaks (quantiles, 5), colours, classes, legend, histogram, feature-states',
    run(state, i) {
      const { catalog, stats } = state.scale;
      const indicator = catalog[(i + 1 + catalog.length) % catalog.length] as Indicator;
      const { values, centre } = communeValues(indicator, stats);
      const f = choroplethFrame(stats.codes, values, indicator, VIEW, centre, state.map.map, 'communes', state.communeStates);
      state.updates['indicator-switch'] = f.updated;
    },
  },
  {
    name: 'classification-method',
    description: 'carte, commune level, population density: method cycles jenks → quantile → equal-interval (5 classes) → breaks, colours, classes, legend, histogram, feature-states',
    run(state, i) {
      const { catalog, stats } = state.scale;
      const indicator = catalog.find((c) => c.id === 'densite') ?? (catalog[0] as Indicator);
      const { values, centre } = communeValues(indicator, stats);
      const method = METHODS[(i + METHODS.length) % METHODS.length] as BreakMethod;
      const f = choroplethFrame(stats.codes, values, indicator, { method, k: 5 }, centre, state.map.map, 'communes', state.communeStates);
      state.updates['classification-method'] = f.updated;
    },
  },
  {
    name: 'classification-jenks',
    description: 'same as classification-method, Jenks only (the costliest method: simple-statistics ckmeans)',
    run(state) {
      const { catalog, stats } = state.scale;
      const indicator = catalog.find((c) => c.id === 'densite') ?? (catalog[0] as Indicator);
      const { values, centre } = communeValues(indicator, stats);
      choroplethFrame(stats.codes, values, indicator, { method: 'jenks', k: 5 }, centre, state.map.map, 'communes', state.communeStates);
    },
    after(state) {
      const { catalog, stats } = state.scale;
      const indicator = catalog.find((c) => c.id === 'densite') ?? (catalog[0] as Indicator);
      const { values, centre } = communeValues(indicator, stats);
      choroplethFrame(stats.codes, values, indicator, VIEW, centre, state.map.map, 'communes', state.communeStates);
    },
  },
  {
    name: 'level-commune-to-territoire',
    description: 'carte: commune → territoire level, values already loaded (ExplorerData cache) → hide the commune states, classes of the territories, feature-states; reset untimed',
    run(state) {
      const f = levelFrame(state.levelUnits.territoire, state.levelIndicator, VIEW, state.map.map, { name: 'communes', previous: state.communeStates }, { name: 'territoires', previous: state.levelStates.territoire });
      state.updates['level-commune-to-territoire'] = f.updated;
    },
    after: resetToCommunes,
  },
  {
    name: 'level-commune-to-epci',
    description: 'carte: commune → EPCI level, values already loaded → same chain as above; reset untimed',
    run(state) {
      const f = levelFrame(state.levelUnits.epci, state.levelIndicator, VIEW, state.map.map, { name: 'communes', previous: state.communeStates }, { name: 'epci', previous: state.levelStates.epci });
      state.updates['level-commune-to-epci'] = f.updated;
    },
    after: resetToCommunes,
  },
  {
    name: 'level-query-territoire',
    description: 'first switch to the territoire level of an indicator: indicatorByLevel SQL on DuckDB-wasm (ratio of sums over communes ⨝ stats) + levelUnitsFromRows; indicator cycles',
    run(state, i) {
      const { catalog } = state.scale;
      levelQuery(state, catalog[(i + 1 + catalog.length) % catalog.length] as Indicator, 'territoire');
    },
  },
  {
    name: 'level-query-epci',
    description: 'same, EPCI level',
    run(state, i) {
      const { catalog } = state.scale;
      levelQuery(state, catalog[(i + 1 + catalog.length) % catalog.length] as Indicator, 'epci');
    },
  },
  {
    name: 'composite-weight',
    description: 'indice: weight of the first indicator of the first preset cycles 0.2 / 2.5 / 5 / 0.3 → reweight, scores, ranks, quintiles, classes, ranking, territories, feature-states',
    run(state, i) {
      const w = state.composite.weights.slice();
      w[0] = COMPOSITE_WEIGHTS[(i + COMPOSITE_WEIGHTS.length) % COMPOSITE_WEIGHTS.length] as number;
      state.updates['composite-weight'] = compositeFrame(state.composite, w, state.map.map, state.compositeStates);
    },
  },
  {
    name: 'access-add-site',
    description: 'acces: add a town-centre candidate to the plan (incremental nearest site) → reports (population and 75+), plan deltas, loads, sites layer, cell colours; removed untimed',
    run(state) {
      state.access.addSite(state.candidate);
      state.updates['access-add-site'] = state.access.frame();
    },
    after(state) {
      state.access.removeSite(state.candidate);
      state.access.frame();
    },
  },
  {
    name: 'access-remove-site',
    description: 'acces: remove the candidate added untimed just before → same figures',
    before(state) {
      state.access.addSite(state.candidate);
      state.access.frame();
    },
    run(state) {
      state.access.removeSite(state.candidate);
      state.updates['access-remove-site'] = state.access.frame();
    },
  },
  {
    name: 'access-threshold',
    description: 'acces: threshold cycles 25 / 20 / 30 / 15 min → the four reports (scenario and plan, population and 75+), deltas, cell loop',
    run(state, i) {
      state.access.setThreshold(THRESHOLDS[(i + THRESHOLDS.length) % THRESHOLDS.length] as number);
      state.updates['access-threshold'] = state.access.frame();
    },
  },
];

function resetToCommunes(state: ScaleState): void {
  const indicator = state.levelIndicator;
  const { values, centre } = communeValues(indicator, state.scale.stats);
  for (const level of ['epci', 'territoire'] as const) {
    for (const code of state.levelStates[level].keys()) state.levelStates[level].set(code, '-2|');
  }
  choroplethFrame(state.scale.stats.codes, values, indicator, VIEW, centre, state.map.map, 'communes', state.communeStates);
}

async function prepare(scale: Scale, withAccess: boolean): Promise<ScaleState> {
  const setup = scale.setup;
  const t0 = performance.now();
  const db = await openDuckDB({ communes: scale.communesArrow, stats: scale.statsArrow });
  setup.duckdbLoadMs = performance.now() - t0;
  const map = stubMap();
  const communeStates = new Map<string, string>();
  // first paint: the default indicator at the commune level
  const first = scale.catalog[0] as Indicator;
  const { values, centre } = communeValues(first, scale.stats);
  setup.firstMapMs = timed(() => choroplethFrame(scale.stats.codes, values, first, VIEW, centre, map.map, 'communes', communeStates)).ms;
  const levelIndicator = scale.catalog.find((c) => c.id === 'part-75-plus') ?? first;
  const state: Partial<ScaleState> = { scale, db, map, communeStates, levelIndicator, updates: {} };
  state.levelStates = { epci: new Map(), territoire: new Map() };
  state.levelUnits = {
    epci: levelQuery(state as ScaleState, levelIndicator, 'epci'),
    territoire: levelQuery(state as ScaleState, levelIndicator, 'territoire'),
  };
  // background prefetch of every indicator at one level (ExplorerData.requestLevel), for the record
  setup.prefetchAllIndicatorsTerritoireMs = timed(() => {
    for (const ind of scale.catalog) levelQuery(state as ScaleState, ind, 'territoire');
  }).ms;

  // composite: the first preset, normalised once (not on a weight change)
  const preset = INDEX_PRESETS[0];
  if (!preset) throw new Error('no composite preset');
  const n = scale.stats.codes.length;
  const block = timed((): NormalisedBlock => {
    const kept = preset.indicators.filter((d) => scale.catalog.some((c) => c.id === d.id));
    const values = new Float64Array(kept.length * n);
    kept.forEach((d, j) => {
      const ind = scale.catalog.find((c) => c.id === d.id) as Indicator;
      const normalised = normalise(communeValues(ind, scale.stats).values, DEFAULT_NORMALISATION, d.direction);
      for (let i = 0; i < n; i++) values[j * n + i] = normalised[i] ?? NaN;
    });
    return { codes: scale.stats.codes, ids: kept.map((d) => d.id), n, k: kept.length, values };
  });
  setup.compositeNormaliseMs = block.ms;
  state.composite = {
    block: block.value,
    names: scale.stats.names,
    population: scale.stats.columns.get('P22_POP') ?? [],
    territoryOf: scale.territoryOf,
    territories: scale.territories,
    weights: Float64Array.from(block.value.ids, (id) => preset.indicators.find((d) => d.id === id)?.weight ?? 1),
  };
  state.compositeStates = new Map();
  compositeFrame(state.composite, state.composite.weights, map.map, state.compositeStates);

  if (!withAccess) return state as ScaleState;
  // access: files → model (the app's own conversion), then the page's first state
  const built = timed(() => buildAccessModel(accessDataFromFiles(scale.originsArrow, scale.sitesArrow, scale.accessModelRaw)));
  setup.accessModelBuildMs = built.ms;
  const access = timed(() => new AccessMirror(built.value, map.map));
  setup.accessFirstStateMs = access.ms;
  state.access = access.value;
  state.candidate = pickCandidate(built.value, scale);
  return state as ScaleState;
}

/**
 * The département's first candidate in French alphabetical order (what the add list offers first),
 * and at national scale the same town centre in the middle tile of the mosaic (copy '1M', which sits
 * on the real département), so that both scales add the same place.
 */
function pickCandidate(model: AccessModel, scale: Scale): string {
  const rows = model.data.sites.filter((r) => r.type === 'commune');
  const collator = new Intl.Collator('fr-FR');
  if (scale.key === 'departement') return [...rows].sort((a, b) => collator.compare(a.nom, b.nom))[0]?.id ?? '';
  const middle = rows.filter((r) => r.commune.startsWith('S1M'));
  return [...middle].sort((a, b) => collator.compare(a.nom, b.nom))[0]?.id ?? '';
}

interface Measured {
  runs: number[];
  medianMs: number;
  /** Process CPU time (user + system) of the same runs: less sensitive to other jobs on the machine. */
  cpuMedianMs: number;
}

function measure(interaction: Interaction, state: ScaleState, runs: number): Measured {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = -1; i < runs; i++) {
    interaction.before?.(state, i);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    interaction.run(state, i);
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    interaction.after?.(state, i);
    if (i >= 0) {
      times.push(ms);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  return { runs: times.map(round1), medianMs: round1(median(times)), cpuMedianMs: round1(median(cpu)) };
}

// ---------------------------------------------------------------------------------------------
// The dense design, projected: what the access page cost before the sparse search

/** inequalitySummary before this change: weightedQuantile, weightedGini, theilIndex per territory, theilDecomposition. */
function referenceInequality(minutes: ArrayLike<number>, weights: ArrayLike<number>, groups: readonly string[], order: readonly string[]): unknown {
  const members = new Map<string, number[]>();
  for (const g of order) members.set(g, []);
  for (let i = 0; i < minutes.length; i++) {
    if (!((weights[i] as number) > 0)) continue;
    const list = members.get(groups[i] as string);
    if (list) list.push(i);
    else members.set(groups[i] as string, [i]);
  }
  const row = (x: ArrayLike<number>, w: ArrayLike<number>) => [weightedQuantile(x, w, 0.9), weightedGini(x, w), theilIndex(x, w)];
  return [
    row(minutes, weights),
    [...members.values()].map((l) => row(Float64Array.from(l, (i) => minutes[i] as number), Float64Array.from(l, (i) => weights[i] as number))),
    theilDecomposition(minutes, weights, groups, order),
  ];
}

interface Projection {
  name: string;
  measuredOn: string;
  value: number;
  unit: string;
}

/**
 * The design before this benchmark, at national scale: a cached matrix of `modelMinutes` (every
 * bridge tried for a crossing), one column of nOrigins evaluations per site read. One column is
 * measured on a sample of origins and scaled up; a nearest-site pass = one column per active site;
 * memory = 4 bytes × nOrigins × active sites. Not run in full: it would take hours.
 */
function denseProjection(model: AccessModel, active: number, nearest: Nearest, sample = 20_000): Projection[] {
  const { origins, sites, model: file } = model.data;
  const n = origins.length;
  const step = Math.max(1, Math.floor(n / sample));
  const some = origins.filter((_, i) => i % step === 0);
  const bridges = file.loire.bridges;
  const m = cachedTimeMatrix(some.length, sites.length, (o, s) => {
    const a = some[o] as OriginRow;
    const b = sites[s] as SiteRow;
    return modelMinutes(a, a.side, b, b.side, file.model, bridges);
  });
  const site = model.sites.findIndex((s) => s.kind === 'mds');
  const t = timed(() => timeColumn(m, site)).ms;
  const perColumn = (t * n) / some.length;
  // the figures as first written: each index by its own function, territory by territory
  const figures = timed(() => referenceInequality(nearest.minutes, model.weights.pop, model.groups, TERRITORY_ORDER)).ms;
  return [
    { name: 'before: P90 / Gini / Theil of one report', measuredOn: `${n} origins, ${new Set(model.groups).size} territories, measured once`, value: Math.round(figures), unit: 'ms' },
    { name: 'before: one site column (withSiteAdded)', measuredOn: `${some.length} of ${n} origins, scaled`, value: Math.round(perColumn), unit: 'ms' },
    { name: 'before: nearest sites from scratch (page load)', measuredOn: `one column × ${active} active sites`, value: Math.round((perColumn * active) / 60_000), unit: 'min' },
    { name: 'before: cached columns of the active sites', measuredOn: `4 B × ${n} origins × ${active} sites`, value: Math.round((4 * n * active) / 1e6), unit: 'MB' },
  ];
}

// ---------------------------------------------------------------------------------------------

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const runs = Math.max(5, argInt('--runs', 'BENCH_SCALE_RUNS', 7));
  const copies = argInt('--copies', 'BENCH_SCALE_COPIES', 130);
  const seed = argInt('--seed', 'BENCH_SCALE_SEED', 41);
  const only = argValue('--only', 'BENCH_SCALE_ONLY')?.split(',');
  const load0 = loadavg();
  log(`bench-scale: ${copies} copies, seed ${seed}, ${runs} runs, ${availableParallelism()} cores, load ${load0.map((x) => x.toFixed(1)).join(' ')}`);

  const real = readDepartementData(PUBLIC_DATA);
  const catalog = parseCatalog(JSON.parse(readFileSync(resolve(PUBLIC_DATA, 'indicators.json'), 'utf8'))).indicators;
  const gen = timed(() => replicate(real, { copies, cols: Math.ceil(Math.sqrt(copies * 1.3)), seed, amplitude: 0.03 }));
  const replica = gen.value;
  log(`  replica: ${replica.communes.length} communes, ${replica.origins.length} origins, ${replica.sites.length} sites, ${replica.accessModel.loire.bridges.length} bridges (${Math.round(gen.ms)} ms) — ${SYNTHETIC_LABEL.en}`);

  const scales = [departementScale(real, catalog), nationalScale(replica, catalog)];
  // The replica's own rows are encoded now: drop them, so that the heap holds what the app would
  // (its parsed tables), not a second copy of 578,630 origin records.
  const replicaInfo = {
    communes: replica.communes.length,
    origins: replica.origins.length,
    sites: replica.sites.length,
    bridges: replica.accessModel.loire.bridges.length,
    clamped: replica.clamped,
    amplitude: replica.options.amplitude,
  };
  replica.origins = [];
  replica.sites = [];
  replica.communes = [];
  const states: ScaleState[] = [];
  for (const scale of scales) {
    log(`  preparing ${scale.label}…`);
    states.push(await prepare(scale, !only || only.some((n) => n.startsWith('access'))));
    log(`    set-up: ${Object.entries(scale.setup).map(([k, v]) => `${k} ${Math.round(v)} ms`).join(', ')}`);
  }

  const results = [];
  for (const interaction of INTERACTIONS) {
    if (only && !only.includes(interaction.name)) continue;
    const [dep, nat] = states.map((s) => measure(interaction, s, runs)) as [Measured, Measured];
    const row = {
      name: interaction.name,
      description: interaction.description,
      departement: { ...dep, featureStates: states[0]?.updates[interaction.name] ?? null },
      national: {
        ...nat,
        featureStates: states[1]?.updates[interaction.name] ?? null,
        ...(interaction.name.startsWith('access') ? { lastRunStepsMs: roundAll((states[1] as ScaleState).access.breakdown) } : {}),
      },
      ratio: round1(nat.medianMs / Math.max(0.05, dep.medianMs)),
      targetMs: TARGET_MS,
      meetsTarget: nat.medianMs <= TARGET_MS,
    };
    results.push(row);
    log(`  ${interaction.name}: ${dep.medianMs} ms → ${nat.medianMs} ms`);
  }

  const nationalAccess = (states[1] as ScaleState).access as AccessMirror | undefined;
  const projections = nationalAccess?.nearest ? denseProjection(nationalAccess.model, nationalAccess.active.length, nationalAccess.nearest) : [];
  const load1 = loadavg();

  const out = {
    date: new Date().toISOString(),
    environment: {
      cores: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      loadAverageStart: load0.map(round1),
      loadAverageEnd: load1.map(round1),
      duckdb: '@duckdb/duckdb-wasm 1.32.0, blocking build in Node (the engine the browser runs)',
      measures: 'computation of each interaction up to the feature-states handed to a stub map; MapLibre and the frame are not included',
    },
    synthetic: {
      synthetic: true,
      label: SYNTHETIC_LABEL,
      copies,
      seed,
      amplitude: replicaInfo.amplitude,
      communes: replicaInfo.communes,
      origins: replicaInfo.origins,
      sites: replicaInfo.sites,
      bridges: replicaInfo.bridges,
      numeratorsClamped: replicaInfo.clamped,
      generationMs: Math.round(gen.ms),
    },
    scales: scales.map((s) => ({
      key: s.key,
      label: s.label,
      synthetic: s.synthetic,
      communes: s.stats.codes.length,
      origins: states.find((x) => x.scale === s)?.access?.model.data.origins.length ?? 0,
      activeSites: states.find((x) => x.scale === s)?.access?.active.length ?? 0,
      setupMs: Object.fromEntries(Object.entries(s.setup).map(([k, v]) => [k, Math.round(v)])),
    })),
    runs,
    targetMs: TARGET_MS,
    interactions: results,
    denseDesignProjection: projections,
  };

  const ok = (met: boolean) => (met ? 'ok' : 'MISSED');
  const rows: string[][] = [
    ['interaction (median wall time)', 'département', 'national (synthetic)', 'ratio', `≤ ${TARGET_MS} ms`, 'national CPU'],
    ...results.map((r) => [r.name, `${r.departement.medianMs} ms`, `${r.national.medianMs} ms`, `×${r.ratio}`, ok(r.meetsTarget), `${r.national.cpuMedianMs} ms`]),
  ];
  log(`\n${table(rows)}\n`);
  log(table([['dense design (before), projected', 'value', 'measured on'], ...projections.map((p) => [p.name, `${p.value} ${p.unit}`, p.measuredOn])]));
  log(`\nload average at start ${load0.map((x) => x.toFixed(1)).join(' ')}, at end ${load1.map((x) => x.toFixed(1)).join(' ')} (2 shared cores)`);

  mkdirSync(resolve(ROOT, '.bench'), { recursive: true });
  writeFileSync(resolve(ROOT, '.bench/scale.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(JSON.stringify(out, null, 2));
  log('bench-scale: wrote .bench/scale.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
