// MapLibre 6 is ESM only and does not find its worker in a bundled app: point it at the
// worker file Vite copies into dist/ (relative URL, so any sub-path works).
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);
