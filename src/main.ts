import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { EARLY_FILES } from './data/app-files';
import { fetchEarly } from './data/fetch-data';

const target = document.getElementById('app');

function showFatal(error: unknown): void {
  console.error(error);
  if (!target) return;
  const alert = document.createElement('p');
  alert.setAttribute('role', 'alert');
  alert.style.padding = '1rem';
  alert.textContent =
    'L’Observatoire des solidarités du Loir-et-Cher n’a pas pu démarrer dans ce navigateur. ' +
    'Rechargez la page ou essayez un navigateur récent.';
  target.replaceChildren(alert);
}

/**
 * Resolves after the browser has painted a frame: the static header of index.html is on screen
 * (first contentful paint) before the app's first big task, its mount.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState !== 'visible' || typeof requestAnimationFrame !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

if (target) {
  // the first map's files download while the shell is painted and the app mounts
  fetchEarly(EARLY_FILES);
  void afterNextPaint().then(() => {
    try {
      target.replaceChildren();
      mount(App, { target });
      // read by public/boot-check.js, which reports an app that never started
      document.documentElement.dataset.appStarted = '1';
    } catch (error) {
      showFatal(error);
    }
  });
}
