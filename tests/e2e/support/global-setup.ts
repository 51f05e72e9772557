// Vitest globalSetup of the `e2e` project: serves the production build under a sub-path, as a
// static host would, and hands its URL to the tests (`inject('baseUrl')`).
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

/** Deliberately not `/`: catches absolute URLs (`/assets/…`, `/data/…`) that break on real hosts. */
export const E2E_BASE_PATH = '/sous/chemin/';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>/sous/chemin/` */
    baseUrl: string;
  }
}

let server: StaticServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  // OBS41_DIST lets parallel work build and test separate folders (npx vite build --outDir /tmp/x)
  const dist = resolve(project.config.root, process.env.OBS41_DIST ?? 'dist');
  const index = resolve(dist, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`e2e: ${index} is missing. Build first: npm run build (npm test does it).`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `e2e: no Chromium at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium ` +
        '(or set CHROMIUM_PATH). .ci/run does this on a fresh machine.',
    );
  }
  server = await startStaticServer({ root: dist, basePath: E2E_BASE_PATH });
  const built = statSync(index).mtime.toISOString();
  console.log(`e2e: serving ${dist} (built ${built}) at ${server.url}`);
  project.provide('baseUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
  server = undefined;
}
