import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { compileHints } from './scripts/vite/compile-hints.ts';
import { inlineStartCss } from './scripts/vite/inline-start-css.ts';
import { serviceWorker } from './scripts/vite/service-worker-plugin.ts';

// Test config lives in vitest.config.ts (owned separately); keep this file build-only.
export default defineConfig({
  // Relative base: dist/ works from any static server under any sub-path.
  base: './',
  plugins: [svelte(), inlineStartCss(), compileHints(), serviceWorker('public')],
  build: {
    target: 'es2022',
    // maplibre-gl alone is ~1 MB minified; the DuckDB wasm is an asset, not a chunk.
    chunkSizeWarningLimit: 1500,
    // Never inline workers or wasm as data: URLs (CSP and size).
    assetsInlineLimit: (file) => (/\.(wasm|m?js)$/.test(file) ? false : undefined),
  },
  worker: { format: 'es' },
});
