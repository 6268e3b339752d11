// Inlined into every page's <head> before anything else runs (see Application.configurePage).
// Vaadin's connection state does not notice a server that went away (flow#23977), so the page
// watches its push WebSocket itself: every socket the page opens reports opening and closing as
// a `desk-push` window event; the wall shows its lost-connection banner and heals from it.
// And a wall page whose start failed loads itself again (see the end).
(function () {
  if (window.__deskPushWatch || !window.WebSocket) return;
  var watch = window.__deskPushWatch = { open: 0, lastChange: Date.now() };
  var report = function (delta) {
    watch.open = Math.max(0, watch.open + delta);
    watch.lastChange = Date.now();
    window.dispatchEvent(new CustomEvent('desk-push', { detail: { connected: watch.open > 0 } }));
  };
  var Native = window.WebSocket;
  var Watched = function (url, protocols) {
    var socket = protocols === undefined ? new Native(url) : new Native(url, protocols);
    var opened = false;
    socket.addEventListener('open', function () { opened = true; report(1); });
    socket.addEventListener('close', function () { if (opened) report(-1); });
    return socket;
  };
  Watched.prototype = Native.prototype;
  ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'].forEach(function (k) { Watched[k] = Native[k]; });
  window.WebSocket = Watched;
})();

// Whether a wall may load itself again now: reloads back off (up to 2 min apart, counted over the
// last 10 minutes in this tab) so that a half-working server is not hammered. Used by desk-wall.js
// and by the start guard below.
window.__deskMayReload = function () {
  var now = Date.now();
  var recent = JSON.parse(sessionStorage.getItem('deskWallReloads') || '[]')
    .filter(function (t) { return now - t < 600000; });
  var wait = Math.min(120000, 5000 * Math.pow(2, Math.max(0, recent.length - 2)));
  if (recent.length && now - recent[recent.length - 1] < wait) return false;
  recent.push(now);
  sessionStorage.setItem('deskWallReloads', JSON.stringify(recent));
  return true;
};

// A wall page whose start failed (its first Vaadin request got an error, e.g. a proxy's 502 while
// a node died: Vaadin then shows its offline page, and the wall's own healing never starts) loads
// itself again after 20 s without a picture. The first frame drawn from the page's own picture
// (desk-wall.js) does not count: only Vaadin's wall is live.
(function () {
  if (!/\/layar\/?$/.test(window.location.pathname)) return;
  var check = function () {
    var wall = document.querySelector('desk-wall:not(.first-frame)');
    if (wall && wall.model) return;
    if (window.__deskMayReload()) window.location.reload();
    else setTimeout(check, 5000);
  };
  setTimeout(check, 20000);
})();
