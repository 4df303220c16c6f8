/**
 * Served at /assets/redeem.js, on pass pages only: when a producer of the territory is signed in on
 * this phone, the pass page becomes the redemption screen — one tap to pick the offer, one to
 * confirm. Each use carries an Idempotency-Key kept until it succeeds, so a retry never counts twice.
 * Plain ES5 text: no build step for the browser.
 */
export const REDEEM_SCRIPT = String.raw`(function () {
  'use strict';
  var main = document.getElementById('pass');
  if (!main) return;
  var M = JSON.parse(document.getElementById('redeem-messages').textContent);
  var code = main.getAttribute('data-code');
  var territory = main.getAttribute('data-territory');
  var status = document.getElementById('producer-status');
  var form = document.getElementById('producer-sign-in');
  var open = document.getElementById('producer-open');
  var KEY = 'terroir.session';

  function session() {
    try { return JSON.parse(localStorage.getItem(KEY) || 'null'); } catch (e) { return null; }
  }
  function newKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }
  function api(path, options, retried) {
    var s = session();
    options = options || {};
    var headers = options.headers || {};
    headers['content-type'] = 'application/json';
    headers['accept-language'] = document.documentElement.lang;
    if (s) headers.authorization = 'Bearer ' + s.accessToken;
    options.headers = headers;
    return fetch(path, options).then(function (response) {
      if (response.status !== 401 || !s || retried) return response;
      return fetch('/api/v1/auth/refresh', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken: s.refreshToken }) })
        .then(function (refreshed) {
          if (!refreshed.ok) { localStorage.removeItem(KEY); return response; }
          return refreshed.json().then(function (pair) { localStorage.setItem(KEY, JSON.stringify(pair)); return api(path, options, true); });
        });
    });
  }
  function button(text, className) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    if (className) b.className = className;
    return b;
  }

  function screen() {
    api('/api/v1/me').then(function (r) { if (!r.ok) throw new Error('signed out'); return r.json(); }).then(function (me) {
      var mine = me.memberships.filter(function (m) { return m.role === 'producer' && m.status === 'active' && m.territoryId === territory; })
        .map(function (m) { return m.producerId; });
      form.hidden = true;
      open.hidden = true;
      var any = false;
      document.querySelectorAll('li.pass-offer').forEach(function (item) {
        var own = mine.indexOf(item.getAttribute('data-producer')) >= 0;
        item.hidden = !own;
        if (!own) return;
        any = true;
        var box = item.querySelector('.redeem');
        box.hidden = false;
        box.textContent = '';
        var label = document.createElement('label');
        label.textContent = M.amount + ' ';
        var amount = document.createElement('input');
        amount.type = 'text';
        amount.inputMode = 'decimal';
        amount.className = 'amount';
        label.appendChild(amount);
        label.hidden = true;
        var record = button(M.record, 'record');
        var confirm = button(M.confirm, 'confirm');
        confirm.hidden = true;
        var message = document.createElement('p');
        message.className = 'result';
        message.setAttribute('role', 'status');
        var key = null;
        record.onclick = function () {
          key = key || newKey();
          record.hidden = true;
          confirm.hidden = false;
          label.hidden = false;
          confirm.focus();
        };
        confirm.onclick = function () {
          confirm.disabled = true;
          var body = { offerId: item.getAttribute('data-offer') };
          var euros = parseFloat(amount.value.replace(',', '.'));
          if (!isNaN(euros)) body.amountCents = Math.round(euros * 100);
          api('/api/v1/passes/' + code + '/redemptions', { method: 'POST', headers: { 'idempotency-key': key }, body: JSON.stringify(body) })
            .then(function (r) { return r.json().then(function (b) { return { ok: r.ok, body: b }; }); })
            .then(function (result) {
              confirm.disabled = false;
              if (!result.ok) { message.textContent = result.body.message; return; }
              key = null;
              confirm.hidden = true;
              label.hidden = true;
              record.hidden = false;
              message.textContent = M.recorded + ' ';
              var undo = button(M.void, 'void');
              undo.onclick = function () {
                api('/api/v1/redemptions/' + result.body.id + '/void', { method: 'POST' })
                  .then(function (r) { return r.json().then(function (b) { message.textContent = r.ok ? M.voided : b.message; }); });
              };
              message.appendChild(undo);
            })
            .catch(function () { confirm.disabled = false; });
        };
        box.appendChild(record);
        box.appendChild(label);
        box.appendChild(confirm);
        box.appendChild(message);
      });
      status.textContent = any ? '' : M.noneYours;
      var out = button(M.signOut, 'link');
      out.onclick = function () {
        var s = session();
        localStorage.removeItem(KEY);
        if (s) fetch('/api/v1/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken: s.refreshToken }) });
        location.reload();
      };
      status.appendChild(out);
    }).catch(function () { /* nobody signed in: the tourist's view stays */ });
  }

  open.onclick = function () { form.hidden = false; form.querySelector('input').focus(); };
  form.onsubmit = function (event) {
    event.preventDefault();
    fetch('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: form.email.value, password: form.password.value }) })
      .then(function (r) { if (!r.ok) throw new Error('sign-in'); return r.json(); })
      .then(function (pair) { localStorage.setItem(KEY, JSON.stringify(pair)); screen(); })
      .catch(function () { status.textContent = M.failed; });
  };
  if (session()) screen();

  var note = document.querySelector('.offline-note');
  var showOffline = function () { if (note) note.hidden = navigator.onLine; };
  window.addEventListener('online', showOffline);
  window.addEventListener('offline', showOffline);
  showOffline();
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(function () {});
})();
`;
