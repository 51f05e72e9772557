/*
 * Observatoire des solidarités du Loir-et-Cher: says so when the application itself cannot start.
 * index.html shows a static header and "Chargement de la carte…" until the app mounts; if the app's
 * module script (or one of the chunks it imports) cannot be loaded, no code of the app runs to say
 * so. This small classic script does: on the module script's `error` event, or if the app has not
 * started after 20 s. Plain ES5 on purpose: it must run where the app's modern code does not.
 */
(function () {
  var shown = false;
  function fail(reason) {
    if (shown || document.documentElement.getAttribute('data-app-started')) return;
    shown = true;
    var p = document.querySelector('.shell-loading');
    if (!p) return;
    p.setAttribute('role', 'alert');
    p.setAttribute('data-boot-failure', reason);
    p.textContent =
      reason === 'script'
        ? 'L’application n’a pas pu se charger : un de ses fichiers est introuvable ou bloqué. ' +
          'Rechargez la page ; si le problème continue, le site est peut-être en cours de mise à jour. ' +
          '(The application could not load one of its files: reload the page.)'
        : 'L’application met anormalement longtemps à démarrer. Rechargez la page, ou essayez un ' +
          'navigateur récent. (The application is taking unusually long to start: reload the page.)';
  }
  window.addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && target.tagName === 'SCRIPT' && target.type === 'module') fail('script');
    },
    true,
  );
  setTimeout(function () {
    fail('timeout');
  }, 20000);
})();
