let registered = false;

/**
 * Registers the build's service worker (dist/sw.js, see scripts/vite/service-worker-plugin.ts) so
 * that the app, its data and DuckDB's files work offline after a first visit. Called once the query
 * engine has started (or failed): its precache must not compete with the first map and DuckDB's own
 * download. Production only; a failure (private mode, file://) only loses offline use and is logged.
 */
export function registerServiceWorker(): void {
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registered = true;
  const url = new URL('sw.js', document.baseURI);
  navigator.serviceWorker.register(url, { scope: './' }).catch((e: unknown) => console.info('[offline] service worker not registered:', e));
}
