/**
 * mobility-notes.json: how the mobility files were made and what they cannot say, in French and
 * English, for the app's notes panel and for anyone downloading the data.
 */
import type { CrowModel } from '../../../src/domain/access/travel-time.ts';
import { FREQUENT_MAX_MIN } from './bus.ts';
import { STATION_RADIUS_KM } from './commune-mobility.ts';
import type { RailLines } from './rail-lines.ts';
import type { PerDay } from './stations.ts';
import { TER_DAYS } from './ter-trips.ts';
import { SUBDIVISIONS, WALK_DETOUR, WALK_RADIUS_M } from './walk-coverage.ts';

interface NotesInput {
  def: RailLines;
  model: CrowModel;
  /** how the car minutes were made: 'crow-calibrated' or 'osm' */
  timesMethod: string;
  counts: { stations: number; stationsInDept: number; coachStops: number; busStops: number; frequentStops: number; busCommunes: number; iris: number };
  tgv: { trains: PerDay; stopEvents: PerDay };
  feeds: { network: string; date: string; stops: number; departures: number }[];
}

const t = (id: string, fr: string, en: string) => ({ id, fr, en });

export function mobilityNotes({ def, model, timesMethod, counts, tgv, feeds }: NotesInput) {
  const crowRadiusM = WALK_RADIUS_M / WALK_DETOUR;
  return {
    title: { fr: 'Mobilité : offre de transport et écarts d’accès', en: 'Mobility: transport supply and access gaps' },
    method: {
      terDays: TER_DAYS,
      busReferenceWeek: ['2026-10-05', '2026-10-11'],
      frequentMaxMin: FREQUENT_MAX_MIN,
      walkDetour: WALK_DETOUR,
      walkRadiusM: WALK_RADIUS_M,
      crowRadiusM,
      subCellsPerKm2: SUBDIVISIONS * SUBDIVISIONS,
      stationRadiusKm: STATION_RADIUS_KM,
      carTimes: timesMethod,
      carModel: model,
      gtfsFeeds: feeds,
      counts,
    },
    caveats: [
      t('ter-borne-haute',
        `Trains TER : les horaires par gare (stop_times) ne sont pas disponibles. « trains_ligne_mardi » compte les trains TER qui circulent sur la ou les lignes de la gare le mardi ${fmt(TER_DAYS.mardi)} (service d'hiver 2024-2025, deux sens) : c'est une BORNE HAUTE des trains qui s'y arrêtent — les trains rapides ne desservent pas les petites haltes. Chiffres par ligne seulement.`,
        `TER trains: per-station timetables (stop_times) are not available. "trains_ligne_mardi" counts the TER trains running on the station's line(s) on Tuesday ${TER_DAYS.mardi} (winter 2024-25 timetable, both directions): an UPPER BOUND of the trains stopping there — fast trains skip small halts. Line-level counts only.`),
      t('ter-hors-departement',
        'Hors du Loir-et-Cher, les trains de lignes TER qui n’entrent pas dans le département manquent à l’extrait : le chiffre n’y est ni une borne haute ni une borne basse ; sur une ligne absente de l’extrait (Le Mans, Loches, Chartres–Courtalain), il est vide, jamais 0. Les Intercités ne sont pas dans l’extrait TER.',
        'Outside Loir-et-Cher, trains of TER routes that never enter the département are missing from the extract: the figure there is neither an upper nor a lower bound; on a line absent from the extract (Le Mans, Loches, Chartres–Courtalain) it is empty, never 0. Intercités trains are not in the TER extract.'),
      t('tgv',
        `TGV à Vendôme–Villiers-sur-Loir : horaires réels. Le mardi, ${tgv.stopEvents.mardi} passages figurent dans les données, mais les TGV Paris–Tours et Paris–La Rochelle circulent accouplés (deux rames, même horaire) : ${tgv.trains.mardi} trains distincts.`,
        `TGV at Vendôme–Villiers-sur-Loir: real timetables. On the Tuesday the data holds ${tgv.stopEvents.mardi} stop rows, but Paris–Tours and Paris–La Rochelle TGV run coupled (two units, same times): ${tgv.trains.mardi} distinct trains.`),
      t('cars-sncf',
        'Les arrêts de car SNCF (TER et autres) sont une catégorie à part, jamais comptés comme du train ; leurs lignes et départs sont inconnus (pas de stop_times).',
        'SNCF coach stops (TER and others) are a separate category, never counted as rail; their lines and departures are unknown (no stop_times).'),
      t('gare-proche',
        `Gare la plus proche : celle qu’on atteint le plus vite en voiture depuis le centre-bourg, avec les mêmes temps estimés qu’access.arrow (modèle à vol d’oiseau calé, Loire franchie aux ponts). Sa distance est à vol d’oiseau ; elle peut différer de « gare_km » d’access.arrow (gare la plus proche à vol d’oiseau). « gare_5km » : une gare au moins à ${STATION_RADIUS_KM} km à vol d’oiseau.`,
        `Nearest station: the one reached fastest by car from the town centre, with the same estimated times as access.arrow (calibrated crow-fly model, Loire crossed at bridges). Its distance is crow-fly; it may differ from access.arrow's "gare_km" (nearest by crow-fly). "gare_5km": at least one station within ${STATION_RADIUS_KM} km crow-fly.`),
      t('bus-frequence',
        `Bus urbains Azalys (Blois) et MOVE (Vendôme), semaine scolaire du 5 au 11 octobre 2026, lignes régulières seulement (sans circuits scolaires ni transport à la demande). Intervalle d’une ligne = 2 × l’attente de la source (médiane des intervalles) ; inconnu quand la source atteint sa borne de 30 min d’attente (intervalle ≥ 60 min ou service clairsemé). Intervalle combiné d’un arrêt = 1 / Σ(1/intervalle) sur ses lignes d’intervalle connu. Arrêt « fréquent » : intervalle combiné ≤ ${FREQUENT_MAX_MIN} min.`,
        `Urban buses Azalys (Blois) and MOVE (Vendôme), school-term week 5–11 October 2026, regular lines only (no school circuits or on-demand service). A line's headway = 2 × the source's wait (median headway); unknown where the source hit its 30-min wait bound (headway ≥ 60 min or sparse service). A stop's combined headway = 1 / Σ(1/headway) over its lines of known headway. "Frequent" stop: combined headway ≤ ${FREQUENT_MAX_MIN} min.`),
      t('marche',
        `Distances à pied estimées : ${WALK_DETOUR} × la distance à vol d’oiseau (détour du réseau de rues) ; « à moins de ${WALK_RADIUS_M} m à pied » = moins de ${crowRadiusM} m à vol d’oiseau. Part de la population : chaque carreau de 1 km est découpé en ${SUBDIVISIONS} × ${SUBDIVISIONS} points (centres des carreaux de 200 m), en supposant la population répartie uniformément dans le carreau ; population = part du carreau dans la population communale du recensement 2022.`,
        `Estimated walking distances: ${WALK_DETOUR} × the crow-fly distance (street detour); "within ${WALK_RADIUS_M} m walk" = within ${crowRadiusM} m crow-fly. Population share: each 1 km cell is split into ${SUBDIVISIONS} × ${SUBDIVISIONS} points (200 m sub-cell centres), assuming people spread evenly within the cell; population = the cell's share of the commune's 2022 census population.`),
      t('sans-reseau',
        'Une commune sans arrêt de bus urbain a « bus_urbain » faux et des valeurs vides (pas de donnée), à ne pas confondre avec 0 % (réseau présent, personne à moins de 500 m d’un arrêt fréquent).',
        'A commune without an urban bus stop has "bus_urbain" false and empty values (no data), not to be confused with 0 % (network present, nobody within 500 m of a frequent stop).'),
      t('gtfs-supplementaires',
        'Réseaux GTFS ajoutés (OBS41_GTFS_DIRS) : départs = horaires de départ distincts à l’arrêt, là où la montée est permise, le jour de référence (OBS41_GTFS_DATE, sinon le mardi le plus chargé de la période du GTFS) ; arrêts à moins de 20 km du département seulement.',
        'Added GTFS networks (OBS41_GTFS_DIRS): departures = distinct departure times at the stop where boarding is allowed, on the reference day (OBS41_GTFS_DATE, else the busiest Tuesday of the feed\'s range); stops within 20 km of the département only.'),
      t('dates',
        'Les sources n’ont pas la même date : TER et TGV hiver 2024-2025, gares vers 2025, bus urbains octobre 2026, population 2021-2022.',
        'The sources have different dates: TER and TGV winter 2024-25, stations about 2025, urban buses October 2026, population 2021-22.'),
    ],
    missing: [
      t('remi',
        'Les cars régionaux Rémi ne sont PAS dans les données (GTFS non récupérable hors ligne : https://transport.data.gouv.fr/resources/83530). La chaîne sait les ajouter : OBS41_GTFS_DIRS=/chemin/gtfs-remi npm run data.',
        'Rémi regional coaches are NOT in the data (GTFS not retrievable offline: https://transport.data.gouv.fr/resources/83530). The pipeline can add them: OBS41_GTFS_DIRS=/path/gtfs-remi npm run data.'),
      t('voiture',
        'La motorisation des ménages (ménages sans voiture) n’est PAS dans les données.',
        'Car ownership (households without a car) is NOT in the data.'),
      t('ter-arrets',
        'Nombre de trains par gare : seuls des comptes par ligne existent (voir la borne haute ci-dessus).',
        'Trains per station: only line-level counts exist (see the upper bound above).'),
      t('transport-demande',
        'Transport à la demande, circuits scolaires et navettes touristiques : absents.',
        'On-demand transport, school circuits and tourist shuttles: absent.'),
    ],
    railLines: {
      note: def.note,
      lines: def.lines.map(({ code, nom, covered, routes }) => ({ code, nom, covered, routes })),
    },
    columns: {
      'mobility.arrow': {
        gare_id: 'GARE-<UIC>, as in services.arrow',
        gare_km: 'crow km, town centre → nearest station (by car minutes)',
        gare_min: 'estimated car minutes to that station',
        gare_trains_ligne_mardi: 'TER trains on its line(s), Tuesday, both directions: upper bound; null = line not in the TER extract',
        gare_tgv_mardi: 'TGV stopping, Tuesday (Vendôme–Villiers only)',
        gare_5km: `a station within ${STATION_RADIUS_KM} km crow-fly`,
        bus_urbain: 'the commune has at least one urban bus stop (Azalys or MOVE)',
        bus_frequent_marche_m: 'estimated walking metres, town centre → nearest frequent stop; null without urban network',
        bus_pop_500m_pct: 'share of the population within 500 m walk of a frequent stop, %; null without urban network',
        gtfs_arret_km: 'crow km to the nearest stop of an extra GTFS network with departures that day; null without extra GTFS',
      },
      'stops.arrow': {
        kind: 'gare (rail station), car (coach stop), bus (urban bus stop)',
        trains_ligne_mardi: 'TER trains on the station line(s): upper bound (see caveats)',
        tgv_mardi: 'TGV stopping (coupled units once)',
        headway_min: 'combined headway of an urban bus stop, minutes',
        departs_jour: 'departures on jour_ref (extra GTFS networks): distinct departure times where boarding is allowed',
      },
    },
  };
}

const fmt = (d: string) => `${d.slice(6, 8)}/${d.slice(4, 6)}/${d.slice(0, 4)}`;
