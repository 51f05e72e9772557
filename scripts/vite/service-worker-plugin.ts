import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Emits `sw.js` into the build: a service worker that precaches the app shell, the files of
 * public/ and public/data, and DuckDB's wasm and worker, so that the app works offline after a first visit.
 * The cache name carries a hash of the precached file list and of the data version, so a new build
 * replaces the old cache. Nothing is emitted in dev (the dev server never registers it).
 */
export function serviceWorker(publicDir: string): Plugin {
  return {
    name: 'obs41-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const dataDir = join(publicDir, 'data');
      const dataFiles = readdirSync(dataDir).sort().map((f) => `data/${f}`);
      // public/ files next to index.html (boot-check.js), copied as they are
      const publicFiles = readdirSync(publicDir, { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name)
        .sort();
      const built = Object.keys(bundle).filter((f) => !f.endsWith('.map')).sort();
      const files = ['./', ...built, ...publicFiles, ...dataFiles];
      const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as { version: string };
      const version = createHash('sha256').update(manifest.version + files.join('\n')).digest('hex').slice(0, 12);
      const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
      const source = template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(files, null, 0));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
