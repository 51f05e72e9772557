/**
 * Build-time OpenStreetMap car router: read an extract (.osm.pbf or .osm XML), build a directed CSR
 * graph of the roads open to cars, and compute travel times in minutes between points.
 *
 *   const graph = buildRoadGraph(readOsm(path));
 *   const { minutes } = timesFromSources(graph, origins, offices, 90);
 */
export { readOsm } from './read-osm.ts';
export { parseOsmXml, readOsmXml, scanOsmXml, type OsmXmlVisitor } from './read-osm-xml.ts';
export { parseOsmPbf, readOsmPbf, type OsmPbfExtract, type OsmPbfHeader } from './read-osm-pbf.ts';
export { findNode, nodeLonLat, type OsmExtract, type OsmNodes, type OsmWay, type ReadOsmOptions } from './osm-extract.ts';
export { CLASS_SPEED_KMH, OPT_IN_CLASS_SPEED_KMH, DENIED_ACCESS, ROUTING_TAG_KEYS, carProfile, parseMaxspeedKmh, type CarProfile } from './car-profile.ts';
export { buildRoadGraph, type RoadGraph, type RoadGraphOptions, type RoadGraphStats } from './road-graph.ts';
export { largestStrongComponent, strongComponents } from './strong-components.ts';
export { buildSnapIndex, snap, snapWith, type SnapIndex, type Snapped } from './snap.ts';
export { pathNodes, shortestPaths, type ShortestPathOptions, type ShortestPathTree } from './dijkstra.ts';
export { ACCESS_KMH, route, timesFromSources, type Route, type TravelTimeOptions, type TravelTimes } from './times-from-sources.ts';
export { haversineM } from './haversine-m.ts';
