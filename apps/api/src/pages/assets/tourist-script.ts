/**
 * The opening, told by the page itself: a shared cache may have served it without any instance
 * seeing it. The address as opened, in the page's language; no cookie, nothing kept by a cache.
 */
const BEACON = String.raw`
  if (/^\/(v|f)\/[^/]+$/.test(location.pathname) && window.fetch) {
    var opening = new URLSearchParams(location.search);
    opening.set('lang', document.documentElement.lang);
    fetch('/o' + location.pathname + '?' + opening.toString(), { credentials: 'omit', cache: 'no-store', keepalive: true }).catch(function () {});
  }
`;

/**
 * Served at /assets/tourist.js: filters in place and registers the service worker. Kept as plain
 * ES5 text: no build step for the browser. With `beacon`, when a shared cache is in front, the page
 * also tells its opening; without one, every opening reaches an instance and is counted there, and
 * a phone makes no second request for it.
 */
export const touristScript = ({
  beacon,
}: {
  beacon: boolean;
}) => String.raw`// Tourist pages: filter in place without a reload, and keep working offline. No framework.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
${beacon ? BEACON : ''}

  var form = document.querySelector('form.filters');
  if (form) {
    var apply = function () {
      var category = form.elements.category.value;
      var openNow = form.elements.open.checked;
      var shown = 0;
      var offers = 0;
      document.querySelectorAll('li.producer').forEach(function (item) {
        var visible = (!category || item.dataset.categories.split(' ').indexOf(category) >= 0) && (!openNow || item.dataset.open === '1');
        item.hidden = !visible;
        if (visible) {
          shown++;
          offers += item.querySelectorAll('li.offer').length;
        }
      });
      var empty = document.querySelector('.empty');
      if (empty) empty.hidden = shown > 0;
      var count = document.getElementById('count');
      if (count) count.textContent = String(offers);
      var params = new URLSearchParams(location.search);
      category ? params.set('category', category) : params.delete('category');
      openNow ? params.set('open', '1') : params.delete('open');
      params.delete('qr');
      var query = params.toString();
      history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
    };
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      apply();
    });
  }

  var note = document.querySelector('.offline-note');
  var showOffline = function () {
    if (note) note.hidden = navigator.onLine;
  };
  window.addEventListener('online', showOffline);
  window.addEventListener('offline', showOffline);
  showOffline();

  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(function () {});
})();
`;
