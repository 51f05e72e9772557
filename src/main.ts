import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';

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

let app: ReturnType<typeof mount> | undefined;
if (target) {
  try {
    target.replaceChildren();
    app = mount(App, { target });
  } catch (error) {
    showFatal(error);
  }
}

export default app;
