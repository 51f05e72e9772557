/**
 * Registers the build's service worker (dist/sw.js, see scripts/vite/service-worker-plugin.ts) so
 * that the app, its data and DuckDB's files work offline after a first visit. Production only; a
 * failure (private mode, file://) only loses offline use and is logged, never shown as an error.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const url = new URL('sw.js', document.baseURI);
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(url, { scope: './' }).catch((e: unknown) => console.info('[offline] service worker not registered:', e));
  });
}
