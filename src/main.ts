import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { FIRST_PAINT_FILES } from './data/app-files';
import { fetchEarly } from './data/fetch-data';
import { startLanguage } from './domain/permalink/lang-section';
import { i18n, loadEnglish } from './i18n/i18n.svelte';
import { rememberedLang } from './state/lang-preference';

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
 * Resolves in a task of its own, after the module scripts' evaluation: the browser may paint the
 * static header of index.html in between. It does not wait for a frame (requestAnimationFrame):
 * when the first frame is slow to be presented (seen here: one to two seconds in headless
 * Chromium), the app would wait for it with nothing to do.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

if (target) {
  // the first map's files download while the shell is painted and the app mounts
  fetchEarly(FIRST_PAINT_FILES);
  // The start language is decided here, once, before anything is shown: a link's `lang`, else the
  // reader's earlier choice, else French (the same rule as the permalink's). English texts are then
  // loaded before mounting, so that nothing appears in French first; if they cannot be loaded, the
  // app starts in French (loadEnglish logs it and sets the language back). The choice is read in a
  // task of its own: a page's first localStorage access waits for the browser (3 to 15 ms here).
  const english = nextTask()
    .then(() => {
      i18n.lang = startLanguage(location.hash, rememberedLang());
      return i18n.lang === 'en' ? loadEnglish() : undefined;
    })
    .catch(() => undefined);
  void english.then(nextTask).then(() => {
    try {
      // The title painted first stays on screen: the app's header adopts these very elements, so
      // the page's largest text is not replaced by an identical copy (a new largest paint).
      const shellTitle = document.getElementById('app-title');
      target.replaceChildren();
      mount(App, { target, props: { shellTitle } });
      // read by public/boot-check.js, which reports an app that never started
      document.documentElement.dataset.appStarted = '1';
    } catch (error) {
      showFatal(error);
    }
  });
}
