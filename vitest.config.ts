import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Rune modules (`*.svelte.ts`) tested in Node must run Svelte's *client* runtime, otherwise
 * `$effect` never runs and `flushSync` is a no-op (the Node condition picks `index-server.js`).
 * A global `resolve.conditions: ['browser']` would fix Svelte but also hand the browser build of
 * `@duckdb/duckdb-wasm` (which needs `Worker`) to the SQL tests, so only `svelte` and `svelte/*`
 * are redirected to their `browser` export here.
 */
function svelteClientRuntime(): Plugin {
  const require = createRequire(import.meta.url);
  const pkgJson = require.resolve('svelte/package.json');
  const pkgDir = dirname(pkgJson);
  const exportsMap = (JSON.parse(readFileSync(pkgJson, 'utf8')) as { exports: Record<string, unknown> }).exports;
  return {
    name: 'svelte-client-runtime-in-node',
    enforce: 'pre',
    resolveId(id) {
      if (id !== 'svelte' && !id.startsWith('svelte/')) return null;
      const entry = exportsMap[id === 'svelte' ? '.' : `./${id.slice('svelte/'.length)}`];
      if (entry && typeof entry === 'object' && 'browser' in entry && typeof entry.browser === 'string') {
        return join(pkgDir, entry.browser);
      }
      return null;
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          svelteClientRuntime(),
          // Compile components and rune modules for the client even though the environment is Node.
          svelte({ dynamicCompileOptions: () => ({ generate: 'client' }) }),
        ],
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/sql/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          // Serves dist/ under a sub-path and provides its URL as inject('baseUrl').
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: the CI machine has 2 cores and SwiftShader renders WebGL on the CPU.
          fileParallelism: false,
        },
      },
    ],
  },
});
