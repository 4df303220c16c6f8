/** Served at /sw.js (scope /): keeps the tourist pages readable offline. Kept as plain ES5 text: no build step for the browser. */
export const SERVICE_WORKER = String.raw`// Keeps the tourist pages readable without a network: network first, the last copy otherwise.
// v5: copies kept by v4 may be filtered lists stored under the bare address; they go.
var CACHE = 'terroir-pages-v5';
// The query parameters that narrow a page down: a copy opened with one is not the whole page.
var FILTERS = ['category', 'open'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(['/assets/tourist.js']); }).then(function () { return self.skipWaiting(); }));
});

function isPage(url) {
  return url.origin === self.location.origin && /^\/(v|f|t|p)\/[^/]+$/.test(url.pathname);
}

function bareAddress(url) {
  return url.origin + url.pathname;
}

function isFiltered(url) {
  return FILTERS.some(function (name) { return url.searchParams.has(name); });
}

// A copy the worker asks for itself is no visit: the header tells the server not to count it.
function fetchCopy(address) {
  return fetch(address, { credentials: 'same-origin', headers: { 'x-offline-copy': '1' } });
}

// Under its own address, and under the bare one only when it is the whole page: a filtered copy
// served for the QR code's address would show a cut list without saying so. A filtered page has
// the whole one fetched beside it, so that the bare address has a copy too.
function keep(url, response) {
  return caches.open(CACHE).then(function (cache) {
    var kept = [cache.put(url.href, response.clone())];
    if (!isFiltered(url)) kept.push(cache.put(bareAddress(url), response.clone()));
    else kept.push(fetchCopy(bareAddress(url)).then(function (whole) { if (whole.ok) return cache.put(bareAddress(url), whole); }).catch(function () {}));
    return Promise.all(kept);
  });
}

// The page that registered the worker was loaded before it existed: fetched again, so that it
// works offline after the first visit, not the second.
function keepWindows() {
  return self.clients.matchAll({ type: 'window' }).then(function (windows) {
    return Promise.all(windows.map(function (client) {
      var url = new URL(client.url);
      if (!isPage(url)) return undefined;
      return fetchCopy(url.href).then(function (response) { if (response.ok) return keep(url, response); }).catch(function () {});
    }));
  });
}

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches.keys().then(function (keys) {
      return Promise.all(keys.filter(function (key) { return key !== CACHE; }).map(function (key) { return caches.delete(key); }));
    }).then(function () { return self.clients.claim(); }).then(keepWindows)
  );
});

function lastCopy(url) {
  return caches.open(CACHE).then(function (cache) {
    // the server's Vary (language, cookie) is settled by the address: a copy is the phone's own
    return cache.match(url.href, { ignoreVary: true }).then(function (hit) { return hit || cache.match(bareAddress(url), { ignoreVary: true }); });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') return;
  var url = new URL(request.url);
  if (isPage(url)) {
    event.respondWith(
      fetch(request).then(function (response) {
        if (response.ok) {
          event.waitUntil(keep(url, response.clone()));
          return response;
        }
        // the server is up but cannot answer (its database is away: 503): the last copy is better than an apology
        if (response.status === 503) return lastCopy(url).then(function (hit) { return hit || response; });
        return response;
      }).catch(function () {
        return lastCopy(url).then(function (hit) { return hit || Response.error(); });
      })
    );
  } else if (url.origin === self.location.origin && url.pathname === '/assets/tourist.js') {
    event.respondWith(fetch(request).catch(function () { return caches.match(url.pathname); }));
  }
});
`;
