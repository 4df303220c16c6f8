/** Served at /sw.js (scope /): keeps the tourist pages readable offline. Kept as plain ES5 text: no build step for the browser. */
export const SERVICE_WORKER = String.raw`// Keeps the tourist pages readable without a network: network first, the last copy otherwise.
var CACHE = 'terroir-pages-v4';

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(['/assets/tourist.js']); }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches.keys().then(function (keys) {
      return Promise.all(keys.filter(function (key) { return key !== CACHE; }).map(function (key) { return caches.delete(key); }));
    }).then(function () { return self.clients.claim(); })
  );
});

function lastCopy(request, url) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request).then(function (hit) { return hit || cache.match(url.origin + url.pathname); });
  });
}

function isPage(url) {
  return url.origin === self.location.origin && /^\/(v|f|t|p)\/[^/]+$/.test(url.pathname);
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') return;
  var url = new URL(request.url);
  if (isPage(url)) {
    event.respondWith(
      fetch(request).then(function (response) {
        if (response.ok) {
          var copy = response.clone();
          caches.open(CACHE).then(function (cache) {
            cache.put(request, copy.clone());
            // the same page whatever filters or origin marker it was opened with
            cache.put(url.origin + url.pathname, copy);
          });
          return response;
        }
        // the server is up but cannot answer (its database is away: 503): the last copy is better than an apology
        if (response.status === 503) return lastCopy(request, url).then(function (hit) { return hit || response; });
        return response;
      }).catch(function () {
        return lastCopy(request, url).then(function (hit) { return hit || Response.error(); });
      })
    );
  } else if (url.origin === self.location.origin && url.pathname === '/assets/tourist.js') {
    event.respondWith(fetch(request).catch(function () { return caches.match(url.pathname); }));
  }
});
`;
