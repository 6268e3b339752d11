// Inlined into every page's <head> before anything else runs (see Application.configurePage).
// Vaadin's connection state does not notice a server that went away (flow#23977), so the page
// watches its push WebSocket itself: every socket the page opens reports opening and closing as
// a `desk-push` window event; the wall shows its lost-connection banner and heals from it.
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
