// <desk-wall>: the situation wall, drawn entirely in the browser from one JSON picture that the
// server builds once per change and shares between all screens (property `model`), then kept
// current by the changes from each picture to the next (`applyPatch`).
// Every text goes in through textContent / setAttribute, never as HTML.
import { echartsLibrary } from './desk-echart.js';

const ALERT_RANK = { NORMAL: 0, WASPADA: 1, SIAGA: 2, AWAS: 3 };
const TIME = new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', hour: '2-digit', minute: '2-digit', hour12: false });
const CLOCK = new Intl.DateTimeFormat('id-ID', {
  timeZone: 'Asia/Jakarta', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit',
  second: '2-digit', hour12: false,
});
const DATE = new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'short', year: 'numeric' });

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.substring(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

const STYLE = `
:host([embedded]) { position: relative; inset: auto; height: calc(100vh - var(--lumo-size-xl, 3.5rem) - 2px);
  font-size: clamp(11px, 0.8vw, 32px); }
:host { display: block; position: fixed; inset: 0; background: #05080f; color: #f4f6fb;
  font-family: "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; font-size: clamp(12px, 1.05vw, 64px);
  overflow: hidden; line-height: 1.25; }
* { box-sizing: border-box; }
.frame { display: grid; grid-template-rows: auto auto 1fr auto; grid-template-columns: minmax(0, 1fr); height: 100%; }
header { display: flex; align-items: center; gap: 1.2em; padding: 0.5em 1.2em; background: #0c1424;
  border-bottom: 0.15em solid #1f2f4d; }
header h1 { font-size: 1.7em; margin: 0; font-weight: 700; letter-spacing: 0.02em; }
header .panel-name { font-size: 1.2em; color: #9fb3d9; }
header .spacer { flex: 1; }
header .clock { font-size: 1.5em; font-variant-numeric: tabular-nums; font-weight: 600; }
header .updated { font-size: 0.95em; color: #9fb3d9; text-align: right; }
.banner { display: none; padding: 0.45em 1.2em; font-size: 1.25em; font-weight: 700; text-align: center; }
.banner.show { display: block; }
.banner.lost { background: #c4161c; color: #fff; }
.banner.exercise { background: #f5c400; color: #111; letter-spacing: 0.1em; }
main { position: relative; min-height: 0; padding: 0.8em 1.2em; }
footer { padding: 0.35em 1.2em 0.6em; min-width: 0; overflow: hidden; }
.panel { position: absolute; inset: 0.8em 1.2em; display: none; }
.panel.active { display: grid; }
.overview { grid-template-columns: minmax(0, 1.9fr) minmax(0, 1fr); grid-template-rows: minmax(0, 1fr); gap: 1em; }
.overview.many { grid-template-columns: minmax(0, 2.6fr) minmax(0, 1fr); }
.tiles-box { display: flex; flex-direction: column; gap: 0.6em; min-height: 0; min-width: 0; }
/* Columns and the tile form (full, medium, compact, mini) are chosen by _fit for the post count
   and the screen; --tile-scale shrinks the text only when even the mini form would not fit. */
.tiles { display: grid; grid-template-columns: repeat(var(--cols, 4), minmax(0, 1fr)); grid-auto-rows: minmax(0, 1fr);
  gap: 0.6em; min-height: 0; flex: 1; font-size: calc(1em * var(--tile-scale, 1)); }
.tile { background: #101a2e; border-radius: 0.5em; border-left: 0.6em solid var(--alert); padding: 0.45em 0.65em;
  display: flex; flex-direction: column; gap: 0.1em; line-height: 1.2; min-height: 0; min-width: 0; overflow: hidden; position: relative; }
.tile.silent > :not(.silent-note) { filter: grayscale(1); opacity: 0.55; }
.tile .head { display: flex; flex-direction: column; align-items: flex-start; gap: 0.25em; margin-bottom: 0.2em; min-width: 0; }
.tile .name { font-size: 1.45em; font-weight: 800; line-height: 1.15; max-width: 100%; overflow: hidden;
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow-wrap: anywhere; }
.tile .badge { font-size: 1.2em; flex: none; }
.badge { display: inline-block; font-weight: 800; letter-spacing: 0.06em; text-transform: uppercase;
  padding: 0.1em 0.55em; border-radius: 0.4em; background: var(--alert); color: var(--on-alert); font-size: 1.15em;
  white-space: nowrap; }
.row { display: flex; justify-content: space-between; gap: 0.5em; font-size: 1.08em; white-space: nowrap; min-width: 0;
  flex: none; }
.row .k { color: #9fb3d9; flex: 0 3 auto; min-width: 1.5em; overflow: hidden; text-overflow: ellipsis; }
.row .v { font-weight: 600; text-align: right; flex: 0 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; }
.line { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; flex: none; min-width: 0; }
.reason { font-size: 0.95em; color: #e2e8f0; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical;
  overflow: hidden; border-top: 1px solid #1f2f4d; padding-top: 0.2em; flex: none; }
.tiles:not(.f-full) .tile .head { flex-direction: row; align-items: center; justify-content: space-between; gap: 0.4em; }
.tiles:not(.f-full) .tile .name { -webkit-line-clamp: 1; font-size: 1.3em; display: block; white-space: nowrap;
  text-overflow: ellipsis; min-width: 0; }
.tiles:not(.f-full) .tile .badge { font-size: 0.95em; }
.tiles.f-full .abbr, .post-pass .abbr, .tiles:not(.f-full) .only-full, .tiles.f-compact .to-medium, .tiles.f-mini .to-medium, .tiles.f-mini .to-compact,
  .tiles.f-full .from-compact, .tiles.f-medium .from-compact, .post-pass .from-compact { display: none; }
.tiles.f-mini .tile { padding: 0.3em 0.45em; border-left-width: 0.45em; gap: 0.05em; }
.tiles.f-mini .tile .name { font-size: 1.1em; }
.tiles.f-mini .row { font-size: 1em; }
.summary { background: #0c1424; border-radius: 0.5em; padding: 0.35em 0.7em; display: flex; flex-wrap: wrap;
  gap: 0.25em 1.1em; align-items: center; flex: none; }
.summary .count { display: flex; align-items: center; gap: 0.35em; font-size: 1.05em; white-space: nowrap; }
.summary .count b { font-size: 1.3em; }
.muted { color: #7f8fb0; font-weight: 400; }
.silent-note { font-weight: 800; color: #fecaca; background: #3f1d1d; border-radius: 0.3em; padding: 0.1em 0.4em;
  margin-bottom: 0.2em; }
.tile.silent { border-left-color: #64748b; }
.short { color: #fca5a5; font-weight: 800; }
.gap-note { font-weight: 800; color: #fecaca; background: #450a0a; border-radius: 0.3em; padding: 0.05em 0.4em;
  font-size: 0.9em; }
.dev.UP { color: #4ade80; } .dev.DOWN { color: #f87171; } .dev.UNKNOWN { color: #cbd5e1; }
.side { display: grid; grid-template-rows: minmax(0, 1fr) auto; gap: 0.8em; min-height: 0; min-width: 0; }
.side > * { min-width: 0; }
.map-box { background: #0c1424; border-radius: 0.5em; padding: 0.5em; min-height: 0; display: flex; flex-direction: column; }
.map-box h2, .box-title { margin: 0 0 0.3em; font-size: 1.15em; color: #9fb3d9; font-weight: 600; }
.map-box desk-echart { flex: 1; min-height: 0; }
.map-list { list-style: none; margin: 0; padding: 0; flex: 1; min-height: 0; overflow: hidden; display: grid;
  grid-template-columns: repeat(auto-fill, minmax(11em, 1fr)); align-content: start; gap: 0.2em 0.8em; }
.map-list li { display: flex; gap: 0.4em; align-items: baseline; min-width: 0; }
.map-list li::before { content: ""; flex: none; width: 0.8em; height: 0.8em; border-radius: 0.15em; background: var(--c); }
.map-list b { margin-left: auto; white-space: nowrap; font-size: 0.9em; }
.credit { font-size: 0.75em; color: #7f8fb0; margin-top: 0.2em; }
.legend { display: flex; gap: 0.8em; font-size: 0.9em; flex-wrap: wrap; }
.legend span::before { content: ""; display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em;
  background: var(--c); border-radius: 0.15em; vertical-align: -0.05em; }
.legend.dots { margin-top: 0.2em; }
.legend span.dot::before { border-radius: 50%; box-shadow: 0 0 0 0.12em #fff; }
.legend span.ring::before { border-radius: 50%; background: transparent; box-shadow: inset 0 0 0 0.18em #e2e8f0; }
.legend span.plain::before { display: none; }
.big-map { grid-template-columns: 1fr; }
.big-map .map-box { height: 100%; }
.charts { grid-template-columns: 1fr 1fr; grid-template-rows: 1fr 1fr; gap: 1em; }
.chart-box.wide { grid-column: 1 / span 2; }
.kritis { color: #fca5a5; font-weight: 800; }
/* In the full and medium forms a long value wraps under itself instead of being shortened. */
.tiles.f-full .row.wrap .v, .tiles.f-medium .row.wrap .v, .post-pass .row.wrap .v { white-space: normal; }
.ticker { display: flex; gap: 0.8em; align-items: baseline; font-size: 1.05em; margin-bottom: 0.35em; overflow: hidden;
  white-space: nowrap; min-width: 0; max-width: 100%; }
.ticker-head { color: #9fb3d9; font-weight: 700; flex: none; }
.ticker-items { display: flex; gap: 2.2em; overflow: hidden; min-width: 0; flex: 1; mask-image: linear-gradient(90deg, #000 92%, transparent); }
.ticker-item b { color: #fde68a; font-weight: 700; }
.statement { background: #0c1424; border-radius: 0.5em; padding: 0.5em 0.7em; font-size: 1.05em; }
.statement h2 { margin: 0 0 0.2em; font-size: 1.1em; color: #9fb3d9; font-weight: 600; }
.statement-title { font-weight: 800; font-size: 1.15em; }
.statement-text { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.chart-box { background: #0c1424; border-radius: 0.5em; padding: 0.5em; display: flex; flex-direction: column; }
.chart-box desk-echart { flex: 1; min-height: 0; }
.pending { margin: auto; font-size: 1.3em; color: #9fb3d9; text-align: center; padding: 1em; }
.cctv { grid-template-columns: repeat(auto-fill, minmax(22%, 1fr)); grid-auto-rows: minmax(0, 1fr); gap: 0.7em;
  align-content: start; overflow: hidden; }
.cam { background: #0c1424; border-radius: 0.5em; overflow: hidden; display: flex; flex-direction: column; }
.cam img { width: 100%; aspect-ratio: 16 / 9; object-fit: cover; background: #111827; display: block; }
.cam .nosnap { aspect-ratio: 16 / 9; display: flex; align-items: center; justify-content: center; font-size: 1.4em;
  font-weight: 800; background: #111827; }
.cam .cap { padding: 0.3em 0.5em; display: flex; justify-content: space-between; gap: 0.5em; }
.post-pass { grid-template-columns: 1fr; }
.post-pass .tile { font-size: 1.9em; border-left-width: 0.45em; }
.strip { display: flex; gap: 0.15em; align-items: stretch; position: relative; }
.stage { flex: 1; min-width: 0; background: #101a2e; padding: 0.25em 0.3em; border-radius: 0.25em; font-size: 0.72em;
  overflow: hidden; border-top: 0.25em solid #334155; }
.stage.past { opacity: 0.5; }
.stage.current { background: #1d4ed8; border-top-color: #fbbf24; opacity: 1; font-weight: 700; }
.stage.voting { border-top-color: #f87171; }
.stage .sn { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.stage .sd { color: #9fb3d9; white-space: nowrap; }
.strip-head { display: flex; justify-content: space-between; gap: 1em; margin-bottom: 0.3em; font-size: 1.05em; }
.countdown { font-weight: 800; color: #fbbf24; }
.progress { display: flex; gap: 0.35em; justify-content: center; margin-top: 0.35em; }
.progress i { width: 0.55em; height: 0.55em; border-radius: 50%; background: #334155; }
.progress i.on { background: #fbbf24; }
`;

const COLORS = {
  NORMAL: ['#16a34a', '#ffffff'], WASPADA: ['#eab308', '#111111'], SIAGA: ['#f97316', '#111111'], AWAS: ['#dc2626', '#ffffff'],
};
// Issue dots on the map, by severity: hues apart from the areas' alert colours, ringed in white.
const DOT_COLORS = { KRITIS: '#e11d48', TINGGI: '#c026d3', SEDANG: '#2563eb', RENDAH: '#0891b2' };
const DOT_CLOSED = '#94a3b8';

class DeskWall extends HTMLElement {
  constructor() {
    super();
    this._model = null;
    this._slot = 0;
    this.attachShadow({ mode: 'open' });
    this.shadowRoot.append(h('style', {}, STYLE));
    this._frame = h('div', { class: 'frame' });
    this.shadowRoot.append(this._frame);
  }

  connectedCallback() {
    this._tick = setInterval(() => this._everySecond(), 1000);
    // A window resized or a screen rotated: the shown panel chooses its tile layout again.
    this._resized = new ResizeObserver(() => {
      const shown = this._panels && this._panels[this._slot];
      if (shown && this._fitSize !== `${this.clientWidth}x${this.clientHeight}`) this._fit(shown.el);
    });
    this._resized.observe(this);
    this._watchConnection();
    // Put back into the page with nothing new (Vaadin may attach it twice): what is drawn stands.
    const drawn = this._drawn;
    if (!drawn || drawn.model !== this._model || drawn.sequence !== this._model?.sequence || drawn.own !== this._own) {
      this._render();
    }
  }

  disconnectedCallback() {
    clearInterval(this._tick);
    this._resized?.disconnect();
    clearInterval(this._healer);
    clearTimeout(this._rotation);
    window.removeEventListener('desk-push', this._onPush);
  }

  set model(value) {
    if (!value) return;
    const model = typeof value === 'string' ? JSON.parse(value) : value;
    // A resynchronisation may hand back an older whole picture than the patches brought us to.
    if (this._model && model.sequence < this._model.sequence) return;
    this._model = model;
    this._waiting = (this._waiting || []).filter(p => p.seq > model.sequence);
    this._follow();
    this._accepted();
  }

  // The change from the picture this screen holds to the next ({base, seq, set, ops}, built by the
  // server's WallPatch): top-level values in `set`, one level down as [[key, index or key], value].
  applyPatch(value) {
    const patch = typeof value === 'string' ? JSON.parse(value) : value;
    if (this._model && patch.seq <= this._model.sequence) return;
    (this._waiting = this._waiting || []).push(patch);
    if (this._follow()) this._accepted();
    if (!this._waiting.length) return;
    // Not for the picture we hold: a whole picture may still come in the same message; if not,
    // ask the server for the whole current picture.
    clearTimeout(this._behindTimer);
    this._behindTimer = setTimeout(() => {
      if (!this._waiting.length) return;
      this._waiting = [];
      this.dispatchEvent(new CustomEvent('desk-wall-behind'));
    }, 0);
  }

  _follow() {
    let moved = false;
    for (let next; this._model && (next = this._waiting.find(p => p.base === this._model.sequence));) {
      Object.assign(this._model, next.set);
      for (const [[key, step], v] of next.ops) this._model[key][step] = v;
      this._model.sequence = next.seq;
      this._waiting = this._waiting.filter(p => p.seq > next.seq);
      moved = true;
    }
    return moved;
  }

  _accepted() {
    this._receivedAt = Date.now();
    // Ages and silences count on the server's clock, not on the wall PC's.
    this._clockOffset = Date.parse(this._model.generatedAt) - this._receivedAt;
    this._stale = false;
    this._updateBanner();
    this._render();
  }

  get model() {
    return this._model;
  }

  /** This screen's own panels (a JSON array of panel kinds; empty: the common playlist). */
  set panels(value) {
    const own = typeof value === 'string' ? (value ? JSON.parse(value) : []) : (value || []);
    if (JSON.stringify(own) === JSON.stringify(this._own || [])) return;
    this._own = own;
    this._slot = 0;
    this._deadline = null;
    this._render();
  }

  get panels() {
    return this._own || [];
  }

  // ---- rendering -------------------------------------------------------------------------
  _render() {
    const m = this._model;
    if (!m || !this.isConnected) return;
    // Vaadin's wall taking over from the page's first frame (see the end): same slot, same deadline.
    const first = this._drawn || this.classList.contains('first-frame') ? null : document.querySelector('desk-wall.first-frame');
    if (first) {
      this._slot = first._slot;
      this._deadline = first._deadline;
    }
    const t = m.text;
    this._clock = h('div', { class: 'clock' });
    this._updated = h('div', { class: 'updated' });
    this._panelName = h('div', { class: 'panel-name' });
    this._lost = h('div', { class: 'banner lost', role: 'alert' }, t.connectionLost);
    const exercise = h('div', { class: 'banner exercise' + (m.exercise ? ' show' : '') }, t.exercise);
    const header = h('header', {}, h('h1', {}, t.title), this._panelName, h('div', { class: 'spacer' }),
      this._updated, this._clock);
    this._panels = this._buildPanels(m);
    const main = h('main', {}, this._panels.map(p => p.el));
    this._progress = h('div', { class: 'progress' }, this._panels.map(() => h('i')));
    const footer = h('footer', {}, this._ticker(m), this._strip(m), this._progress);
    this._frame.replaceChildren(header, h('div', {}, this._lost, exercise), main, footer);
    this._updateBanner();
    if (this._slot >= this._panels.length) this._slot = 0;
    this._show(this._slot, false);
    this._everySecond();
    this._drawn = { model: m, sequence: m.sequence, own: this._own };
    first?.remove();
  }

  _buildPanels(m) {
    const panels = [];
    // A screen with panels of its own (set by the server for this screen) shows those, in its
    // order; the others the common playlist's enabled panels and the pass through the posts.
    const own = this._own && this._own.length ? this._own : null;
    const slots = own ? own.map(k => m.playlist.panels.find(p => p.kind === k)).filter(Boolean)
      : m.playlist.panels.filter(p => p.enabled !== false);
    for (const slot of slots) {
      if (slot.kind === 'RINGKASAN') panels.push({ el: this._overview(m), name: slot.label, seconds: slot.seconds });
      if (slot.kind === 'PETA') panels.push({ el: h('section', { class: 'panel big-map', 'data-panel': 'PETA' }, this._mapBox(m, 'big')), name: slot.label, seconds: slot.seconds });
      if (slot.kind === 'GRAFIK') panels.push({ el: this._charts(m), name: slot.label, seconds: slot.seconds });
      if (slot.kind === 'CCTV') panels.push({ el: this._cctv(m), name: slot.label, seconds: slot.seconds });
    }
    if (m.playlist.postPass && !own) {
      for (const post of m.posts) {
        panels.push({ el: h('section', { class: 'panel post-pass', 'data-post': post.code }, this._tile(post, m)),
          name: post.name, seconds: m.playlist.postSeconds, post: post.code });
      }
    }
    if (panels.length === 0) panels.push({ el: this._overview(m), name: '', seconds: 30 });
    return panels;
  }

  _summary(m) {
    const counts = { NORMAL: 0, WASPADA: 0, SIAGA: 0, AWAS: 0 };
    for (const p of m.posts) counts[p.alert]++;
    const down = m.posts.reduce((n, p) => n + p.cctv.filter(c => c.status === 'DOWN').length
      + (p.tele && p.tele.status === 'DOWN' ? 1 : 0), 0);
    const silent = m.posts.filter(p => this._silent(p, m)).length;
    const short = m.posts.filter(p => p.staffing.gap).length;
    const kritis = m.posts.reduce((n, p) => n + p.issues.kritis, 0);
    const overdue = m.posts.reduce((n, p) => n + p.issues.overdue, 0);
    const open = m.posts.reduce((n, p) => n + p.issues.open, 0);
    const reportsLate = m.posts.filter(p => p.report.overdue).length;
    const count = (key, value, label, warn) => h('div', { class: 'count', 'data-summary': key },
      h('b', { class: warn && value ? 'dev DOWN' : '' }, value), h('span', {}, label));
    return h('div', { class: 'summary' },
      Object.keys(counts).map(k => h('div', { class: 'count', style: `--alert:${COLORS[k][0]};--on-alert:${COLORS[k][1]}` },
        h('b', {}, counts[k]), h('span', { class: 'badge' }, m.text['alert.' + k]))),
      count('down', down, m.text['short.down'], true),
      count('silent', silent, m.text['short.silent'], false),
      count('gap', short, m.text['short.gap'], true),
      count('issues', open, m.text['short.issues'], false),
      count('kritis', kritis, m.text['short.kritis'], true),
      count('overdue', overdue, m.text['short.overdue'], true),
      count('reportsLate', reportsLate, m.text['short.reportsLate'], true));
  }

  _overview(m) {
    const tiles = h('div', { class: 'tiles', 'data-count': m.posts.length }, m.posts.map(p => this._tile(p, m)));
    const side = h('div', { class: 'side' }, this._mapBox(m, 'side'), this._statement(m));
    return h('section', { class: 'panel overview' + (m.posts.length > 12 ? ' many' : ''), 'data-panel': 'RINGKASAN' },
      h('div', { class: 'tiles-box' }, this._summary(m), tiles), side);
  }

  /**
   * Chooses the tiles' columns and form for the post count and the panel's size: the richest form
   * (full, medium, compact, mini) whose every tile shows all its lines, at the fewest columns that
   * allow it; only if even the mini form cannot fit is the text made smaller. Measured in the
   * page (fonts, names and languages differ), on every picture and resize of a shown panel.
   */
  _fit(panel) {
    this._fitSize = `${this.clientWidth}x${this.clientHeight}`;
    const grid = panel.querySelector('.tiles');
    const single = panel.classList.contains('post-pass') ? panel : null;
    if (!grid && !single) return;
    const target = grid || single;
    const tiles = [...target.querySelectorAll('.tile')];
    if (tiles.length === 0) return;
    // Every line shown whole: values and badges never shortened (names and labels may be).
    const range = document.createRange();
    const whole = (el) => {
      if (el.offsetParent === null) return true;
      range.selectNodeContents(el);
      return range.getBoundingClientRect().width <= el.getBoundingClientRect().width + 0.5
        && el.scrollHeight <= el.clientHeight + 1;
    };
    const fits = () => tiles.every(t => t.scrollHeight <= t.clientHeight + 1 && t.scrollWidth <= t.clientWidth + 1
      && [...t.querySelectorAll('.row .v, .badge')].every(whole)
      && [...t.querySelectorAll('.name')].every(n => n.scrollHeight <= n.clientHeight + 1));
    // Names and labels whole too: tiles whose names all end in "…" ("Jakarta …") cannot be told apart.
    const legible = () => tiles.every(t => [...t.querySelectorAll('.name, .row .k')].every(whole));
    const n = tiles.length;
    const forms = grid ? ['f-full', 'f-medium', 'f-compact', 'f-mini'] : [''];
    const search = (scales, strict) => {
      for (const scale of scales) {
        target.style.setProperty('--tile-scale', scale);
        if (single) single.style.fontSize = `${scale}em`;
        for (const form of forms) {
          if (grid) grid.className = 'tiles ' + form;
          // Fewest columns first (wider tiles), but never rows of one tile when many fit side by side.
          const widest = grid ? Math.min(n, 10) : 1;
          for (let cols = grid ? Math.min(Math.ceil(Math.sqrt(n / 2)), widest) : 1; cols <= widest; cols++) {
            if (grid) grid.style.setProperty('--cols', cols);
            if (grid && !this._wideEnough(grid, cols, form)) continue;
            if (fits() && (!strict || legible())) return true;
          }
        }
      }
      return false;
    };
    // A leaner form with whole names before a richer one with shortened names; only when no form
    // at nearly full size shows them whole are names and labels shortened.
    if (!search([1, 0.9], true)) search([1, 0.9, 0.8, 0.7, 0.6, 0.5], false);
  }

  /** A tile narrower than this many em cannot show its name and values in that form. */
  _wideEnough(grid, cols, form) {
    const em = parseFloat(getComputedStyle(grid).fontSize) || 16;
    const width = (grid.clientWidth - (cols - 1) * 0.6 * em) / cols / em;
    return width >= ({ 'f-full': 15, 'f-medium': 13, 'f-compact': 11, 'f-mini': 8.5 })[form];
  }

  _tile(p, m) {
    const t = m.text;
    const [color, onColor] = COLORS[p.alert] || COLORS.NORMAL;
    const silent = this._silent(p, m);
    const staffing = p.staffing.present === null || p.staffing.required === 0
      ? h('span', { class: 'muted' }, '\u2014')
      : h('span', { class: p.staffing.gap ? 'short' : '', title: p.staffing.shift || '' },
        `${p.staffing.present} / ${p.staffing.required}`);
    const tele = p.tele
      ? h('span', { class: 'dev ' + p.tele.status }, `${p.tele.statusLabel} ${t.since} ${this._time(p.tele.since)}`)
      : h('span', { class: 'muted' }, t.none);
    const counts = { UP: 0, DOWN: 0, UNKNOWN: 0 };
    for (const c of p.cctv) counts[c.status]++;
    const cctv = p.cctv.length === 0 ? h('span', { class: 'muted' }, t.none)
      : h('span', {}, h('span', { class: 'dev UP' }, '\u25CF ' + counts.UP), ' ',
        h('span', { class: 'dev DOWN' }, '\u25CF ' + counts.DOWN), ' ',
        h('span', { class: 'dev UNKNOWN' }, '\u25CF ' + counts.UNKNOWN));
    const heard = p.lastHeard ? `${this._time(p.lastHeard)} (${this._ago(p.lastHeard)})` : t.never;
    const name = p.name.replace(/^Posko /, '');
    const row = (cls, key, value, attrs = {}) => h('div', { class: 'row ' + cls },
      h('span', { class: 'k' }, key), h('span', { class: 'v', ...attrs }, value));
    return h('article', {
      class: 'tile' + (silent ? ' silent' : ''), 'data-post': p.code, 'data-alert': p.alert,
      style: `--alert:${color};--on-alert:${onColor}`, onclick: () => this._select(p.code),
    },
      h('div', { class: 'head' }, h('div', { class: 'name', title: name }, h('span', { class: 'only-full' }, name),
        h('span', { class: 'abbr' }, this._shortName(name))),
        h('span', { class: 'badge' }, p.alertLabel)),
      silent ? h('div', { class: 'silent-note line' }, `${t.silentSince} ${this._time(p.lastHeard)}`) : null,
      row('', t['short.staffing'], staffing),
      p.staffing.gap && p.staffing.missing ? h('div', { class: 'gap-note line to-medium', title: p.staffing.missing },
        p.staffing.missing) : null,
      row('wrap', t['short.issues'], this._issues(p.issues, t)),
      p.issues.overdue ? h('div', { class: 'gap-note line to-compact' }, `${p.issues.overdue} ${t['issues.overdue']}`) : null,
      row('to-compact wrap', t['short.report'], this._report(p.report, t)),
      row('to-medium', t['short.tele'], tele),
      row('to-medium', t.cctv, cctv),
      row('to-compact', t['short.heard'], heard, { 'data-heard': p.lastHeard || '' }),
      p.alertReason ? h('div', { class: 'reason only-full' }, p.alertReason) : null);
  }

  /** The last report's age; red "terlambat sejak …" when a report is missing past its grace period. */
  _report(r, t) {
    if (r.overdue) {
      return h('span', { class: 'short', 'data-report': 'late' }, `${t['report.late']} ${this._time(r.overdueSince)}`);
    }
    if (!r.lastAt) return h('span', { class: 'muted', 'data-report': 'none' }, `${t['report.next']} ${this._time(r.nextDueAt)}`);
    // Sent and accepted by the provincial post, or sent and waiting for its review.
    return h('span', { 'data-report': r.accepted ? 'accepted' : 'ok' },
      h('span', { class: 'to-medium', 'data-heard': r.lastAt }, `${this._time(r.lastAt)} (${this._ago(r.lastAt)})`),
      h('span', { class: 'from-compact' }, this._time(r.lastAt)),
      h('span', { class: 'to-medium' }, ` \u00b7 ${r.accepted ? t['report.accepted'] : t['report.pending']}`),
      h('span', { class: 'from-compact' }, ` \u00b7 ${r.accepted ? t['report.accepted.short'] : t['report.pending.short']}`));
  }

  /** "5 · 2 kritis · tertua 3 j": open count, critical ones in red, age of the oldest. */
  _issues(i, t) {
    if (!i.open) return h('span', { class: 'muted', 'data-issues': 0 }, t['issues.none']);
    return h('span', { 'data-issues': i.open, 'data-kritis': i.kritis },
      h('b', {}, String(i.open)),
      i.kritis ? h('span', { class: 'kritis' }, ` \u00b7 ${i.kritis} ${t['issues.kritis']}`) : null,
      i.oldest ? h('span', { class: 'muted to-medium' }, ` \u00b7 ${t['issues.oldest']} ${this._ago(i.oldest)}`) : null);
  }

  /**
   * The election's region at the posts' level, drawn by ECharts from the boundaries the server
   * names in `m.map` (fetched once per address): every area coloured by the worst state of the post
   * that covers it (grey when silent, dark when no post covers it), labels that would overlap
   * hidden (the larger area keeps its label), the legend and the data set's credit line. Without
   * boundaries, the same states as a list.
   */
  _mapBox(m, key) {
    const t = m.text;
    const legend = h('div', { class: 'legend' }, Object.entries(COLORS).map(([k, c]) =>
      h('span', { style: `--c:${c[0]}` }, t['alert.' + k])), h('span', { style: '--c:#64748b' }, t['short.silent']),
      m.map ? h('span', { style: '--c:#1e293b' }, t['map.noPost']) : null);
    if (!m.map) {
      const list = h('ul', { class: 'map-list' }, m.posts.map(p => h('li', {
        style: `--c:${this._silent(p, m) ? '#64748b' : COLORS[p.map.level][0]}`, 'data-wilayah': p.wilayahCode,
      }, h('span', { class: 'line' }, p.wilayahName), h('b', {}, p.map.note || p.map.label))));
      return h('div', { class: 'map-box' }, h('h2', {}, t.map), list, legend);
    }
    this._maps = this._maps || {};
    const chart = this._maps[key] = this._maps[key]
      || h('desk-echart', { theme: 'dark', 'data-chart': 'map-' + key, 'labels-inside': true });
    this._geo(m.map.url).then(geo => {
      if (geo && this._model === m) chart.option = this._mapOption(m, geo, chart);
    });
    return h('div', { class: 'map-box', 'data-areas': m.map.areas }, h('h2', {}, t.map), chart, legend,
      this._dotLegend(m), h('div', { class: 'credit line' }, m.map.attribution));
  }

  /**
   * The dots' key: how many issues the last 24 hours brought, the severities among the dots, the
   * ring of an issue placed at its kecamatan, and how many could not be placed (never silently left out).
   */
  _dotLegend(m) {
    const t = m.text;
    const d = m.issueDots;
    if (!d) return null;
    const shown = Object.keys(DOT_COLORS).filter(s => d.dots.some(x => x.open > 0 && x.worst === s));
    return h('div', { class: 'legend dots', 'data-dots': d.total, 'data-unplaced': d.unplaced },
      h('b', {}, `${t['map.dots']}: ${d.total || t['map.dots.none']}`),
      shown.map(s => h('span', { class: 'dot', style: `--c:${DOT_COLORS[s]}` }, t['severity.' + s])),
      d.dots.some(x => x.open === 0) ? h('span', { class: 'dot', style: `--c:${DOT_CLOSED}` }, t['map.dots.closed']) : null,
      d.dots.some(x => !x.exact) ? h('span', { class: 'ring' }, t['map.dots.approx']) : null,
      d.unplaced ? h('span', { class: 'plain' }, `${d.unplaced} ${t['map.dots.unplaced']}`) : null);
  }

  /**
   * The boundaries at `url`, registered with ECharts; null when they cannot be had. Each area is
   * measured once here (its extent and label spot), not on every picture. Areas far off the rest
   * (DKI's Kepulauan Seribu, out at sea) are registered apart, for an inset: drawn to scale they
   * would shrink everything else to a corner.
   */
  _geo(url) {
    this._geos = this._geos || new Map();
    if (!this._geos.has(url)) {
      this._geos.set(url, fetch(new URL(url, document.baseURI), { credentials: 'same-origin' })
        .then(r => (r.ok ? r.json() : null))
        .then(geo => (geo ? echartsLibrary().then(echarts => {
          const areas = geo.features.map(f => ({ f, box: this._box(f.geometry), spot: this._labelSpot(f.geometry) }));
          const { main, apart } = this._apart(areas);
          echarts.registerMap(url, { type: 'FeatureCollection', features: main.map(a => a.f) });
          if (apart.length) echarts.registerMap(url + '#inset', { type: 'FeatureCollection', features: apart.map(a => a.f) });
          return { name: url, main, apart };
        }) : null))
        .catch(() => { this._geos.delete(url); return null; }));
    }
    return this._geos.get(url);
  }

  /** An area's extent in degrees, or null without coordinates. */
  _box(g) {
    let box = null;
    for (const [x, y] of this._coords(g)) {
      if (!box) box = { x0: x, x1: x, y0: y, y1: y };
      else {
        box.x0 = Math.min(box.x0, x); box.x1 = Math.max(box.x1, x);
        box.y0 = Math.min(box.y0, y); box.y1 = Math.max(box.y1, y);
      }
    }
    return box;
  }

  /** The extent of several areas. */
  _union(areas) {
    return areas.map(a => a.box).filter(Boolean).reduce((u, b) => (u ? { x0: Math.min(u.x0, b.x0),
      x1: Math.max(u.x1, b.x1), y0: Math.min(u.y0, b.y0), y1: Math.max(u.y1, b.y1) } : b), null);
  }

  /** Splits off the areas whose presence would make the map's extent more than three times larger. */
  _apart(areas) {
    const size = (b) => (b ? Math.max(1e-9, (b.x1 - b.x0) * (b.y1 - b.y0)) : 0);
    if (areas.length < 3) return { main: areas, apart: [] };
    const whole = size(this._union(areas));
    const apart = areas.filter(a => size(this._union(areas.filter(o => o !== a))) * 3 < whole);
    return apart.length && apart.length < areas.length / 3
      ? { main: areas.filter(a => !apart.includes(a)), apart } : { main: areas, apart: [] };
  }

  _mapOption(m, { name, main, apart }, chart) {
    const posts = m.posts.filter(p => p.level !== 'PROVINSI');
    // The post covering an area: the one whose wilayah is the area or contains it (longest code).
    const postOf = (code) => posts.filter(p => code === p.wilayahCode || code.startsWith(p.wilayahCode + '.'))
      .sort((a, b) => b.wilayahCode.length - a.wilayahCode.length)[0];
    const width = chart.clientWidth || 400;
    const height = chart.clientHeight || 300;
    // Labels grow with the map (the map panel fills the screen): readable from across the room.
    const fontPx = (parseFloat(getComputedStyle(this).fontSize) || 16) * Math.min(1.6, Math.max(0.85, width / 700));
    const margin = Math.round(Math.max(8, width * 0.05));
    const inset = apart.length ? { w: Math.round(width * 0.3), h: Math.round(height * 0.32) } : null;
    const insetCodes = apart.map(a => a.f.properties.code);
    const inInset = (code) => insetCodes.some(c => code === c || code.startsWith(c + '.'));
    const dotPx = fontPx * 0.6;
    // One dot per point, larger with more issues; a ring where only the kecamatan is known. Dots are
    // drawn over the area labels: a label stays readable around a dot, a dot under a label is lost.
    const dots = (index) => (m.issueDots ? m.issueDots.dots : [])
      .filter(d => inInset(d.place) === (index === 1))
      .map(d => {
        const color = d.open > 0 ? DOT_COLORS[d.worst] : DOT_CLOSED;
        return { name: d.place, value: [d.lon, d.lat], symbolSize: Math.round(dotPx * Math.min(3, 1 + 0.5 * Math.log2(d.count))),
          itemStyle: d.exact ? { color, borderColor: '#ffffff', borderWidth: 1.5 }
            : { color: 'rgba(5,8,15,0.35)', borderColor: color, borderWidth: Math.max(2, dotPx * 0.28) } };
      });
    const layer = (areas, index) => {
      const regions = [];
      const labels = [];
      for (const { f, spot } of areas) {
        const code = f.properties.code;
        const post = postOf(code);
        const silent = post ? this._silent(post, m) : false;
        const level = post ? post.map.level : null;
        regions.push({ name: code, itemStyle: { areaColor: !post ? '#1e293b' : silent ? '#64748b' : COLORS[level][0] } });
        const state = post && level !== 'NORMAL' ? (post.map.note || post.map.label) : '';
        if (!spot) continue;
        // ECharts keeps the label with the larger (invisible) symbol where two would overlap: the
        // worse state first, then the larger area.
        const rank = post ? ALERT_RANK[level] + 1 : 0;
        const area = this._shortName(f.properties.name);
        labels.push({ name: code, value: spot.at, symbolSize: Math.sqrt(rank * 1e4 + Math.min(spot.size, 0.99) * 1e4),
          label: { formatter: state ? `${area}\n${state}` : area } });
      }
      const extent = this._union(areas);
      const mid = extent ? (extent.y0 + extent.y1) / 2 : 0;
      const place = index === 0
        ? { top: 6, bottom: 6, left: inset ? inset.w + 12 : margin, right: margin }
        : { left: 10, top: 10, width: inset.w - 12, height: inset.h - 12 };
      return {
        dots: {
          type: 'scatter', coordinateSystem: 'geo', geoIndex: index, silent: true, z: 4, data: dots(index),
          id: 'dots-' + index, label: { show: false },
        },
        geo: {
          map: index === 0 ? name : name + '#inset', nameProperty: 'code', roam: false, silent: true,
          aspectScale: Math.cos(mid * Math.PI / 180), ...place, label: { show: false },
          itemStyle: { borderColor: '#05080f', borderWidth: 1, areaColor: '#1e293b' },
          emphasis: { disabled: true }, regions,
        },
        series: {
          type: 'scatter', coordinateSystem: 'geo', geoIndex: index, silent: true, z: 3, itemStyle: { color: 'transparent' },
          data: labels,
          label: {
            show: true, position: 'inside', color: '#fff', textBorderColor: '#05080f', textBorderWidth: 3, align: 'center',
            // Plain text, one size: ECharts measures rich text lines too short, and its overlap
            // check would then let labels overlap.
            fontSize: Math.round(fontPx * 0.85), lineHeight: Math.round(fontPx * 1.05), fontWeight: 700,
          },
          // Overlapping labels hidden, across both layers; lines past the map's edge are hidden by
          // <desk-echart labels-inside>.
          labelLayout: { hideOverlap: true },
        },
      };
    };
    const layers = [layer(main, 0), ...(inset ? [layer(apart, 1)] : [])];
    return {
      backgroundColor: 'transparent',
      animation: false,
      graphic: inset ? [{ type: 'rect', left: 4, top: 4, silent: true, z: -1,
        shape: { width: inset.w, height: inset.h, r: 6 }, style: { fill: '#0a2540', stroke: '#334155', lineWidth: 1 } }] : [],
      geo: layers.map(l => l.geo),
      series: [...layers.map(l => l.series), ...layers.map(l => l.dots)],
    };
  }

  /** An area's name as a map label: "Kab." for Kabupaten, Jakarta's "Kota/Kabupaten Administrasi" left out. */
  _shortName(name) {
    return name.replace(/^(Kota|Kabupaten) Administrasi /, '').replace(/^Kabupaten /, 'Kab. ');
  }

  /**
   * Where an area's label goes: the centroid of its largest ring (good enough for most
   * kabupaten and kecamatan shapes), and that ring's share of a degree square as its size.
   */
  _labelSpot(g) {
    const rings = !g ? [] : g.type === 'Polygon' ? [g.coordinates[0]] : g.type === 'MultiPolygon'
      ? g.coordinates.map(p => p[0]) : [];
    let best = null;
    for (const ring of rings) {
      let area = 0;
      let cx = 0;
      let cy = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
        area += cross;
        cx += (ring[j][0] + ring[i][0]) * cross;
        cy += (ring[j][1] + ring[i][1]) * cross;
      }
      if (area === 0) continue;
      const size = Math.abs(area / 2);
      if (!best || size > best.size) best = { size, at: [cx / (3 * area), cy / (3 * area)] };
    }
    return best;
  }

  _coords(g) {
    if (!g) return [];
    if (g.type === 'Polygon') return g.coordinates.flat();
    if (g.type === 'MultiPolygon') return g.coordinates.flat(2);
    return [];
  }

  _charts(m) {
    // One chart element for the life of the wall: a new picture only sets its option.
    this._coverage = this._coverage || h('desk-echart', { theme: 'dark' });
    this._heatmap = this._heatmap || h('desk-echart', { theme: 'dark', 'data-chart': 'heatmap' });
    this._perDay = this._perDay || h('desk-echart', { theme: 'dark', 'data-chart': 'perDay' });
    this._coverage.option = m.charts.coverage;
    this._heatmap.option = m.charts.issueHeatmap;
    this._perDay.option = m.charts.issuesPerDay;
    return h('section', { class: 'panel charts', 'data-panel': 'GRAFIK' },
      h('div', { class: 'chart-box' }, this._coverage),
      h('div', { class: 'chart-box' }, this._heatmap),
      h('div', { class: 'chart-box wide' }, this._perDay));
  }

  _cctv(m) {
    const t = m.text;
    const cams = [];
    for (const p of m.posts) {
      for (const c of p.cctv) {
        const visual = c.snapshotUrl ? this._image(c.snapshotUrl, c.name)
          : h('div', { class: 'nosnap dev ' + c.status }, c.statusLabel);
        cams.push(h('div', { class: 'cam' }, visual, h('div', { class: 'cap' },
          h('span', {}, `${p.wilayahName}: ${c.name}`),
          h('span', { class: 'dev ' + c.status }, `${c.statusLabel} ${t.since} ${this._time(c.since)}`))));
      }
    }
    return h('section', { class: 'panel cctv', 'data-panel': 'CCTV' },
      cams.length ? cams : h('div', { class: 'pending' }, t['cameras.none']));
  }

  /** Camera images are kept between pictures (no reload, no flicker); refreshed every 15 s. */
  _image(url, name) {
    this._images = this._images || new Map();
    let img = this._images.get(url);
    if (!img) {
      img = h('img', { src: this._fresh(url), 'data-src': url, referrerpolicy: 'no-referrer' });
      this._images.set(url, img);
    }
    img.setAttribute('alt', name);
    return img;
  }

  /** The posts' latest journal entries, one line (no names: the server sends none). */
  _ticker(m) {
    const t = m.text;
    if (!m.ticker || m.ticker.length === 0) return null;
    return h('div', { class: 'ticker', 'data-ticker': m.ticker.length },
      h('span', { class: 'ticker-head' }, t.journal),
      h('div', { class: 'ticker-items' }, m.ticker.map(i => h('span', { class: 'ticker-item' },
        h('b', {}, `${i.post} ${this._time(i.at)}`), ` ${i.category}: ${i.text}`))));
  }

  /** The latest statement Bakesbangpol published (the one door to the press). */
  _statement(m) {
    const t = m.text;
    const st = m.statement;
    return h('div', { class: 'statement', 'data-statement': st ? st.id : '' },
      h('h2', {}, t.statement),
      st ? h('div', {}, h('div', { class: 'statement-title' }, st.title),
        h('div', { class: 'statement-text' }, st.excerpt),
        h('div', { class: 'muted' }, `${st.publisher} \u00b7 ${this._time(st.publishedAt)} (${this._ago(st.publishedAt)})`))
        : h('div', { class: 'muted' }, t['statement.none']));
  }

  _strip(m) {
    const t = m.text;
    const e = m.election;
    const head = h('div', { class: 'strip-head' },
      h('span', {}, h('strong', {}, e.name), ' \u00B7 ', e.currentStage ? `${t.currentStage}: ${e.currentStage}` : t.noStage),
      e.nextVoting ? h('span', { class: 'countdown' }, e.nextVoting.days === 0
        ? `${t['countdown.today']} ${e.nextVoting.name}`
        : `${e.nextVoting.days} ${t['countdown.days']} ${e.nextVoting.name}`) : h('span', {}, DATE.format(new Date(e.today))));
    const stages = e.stages.map(st => h('div', {
      class: 'stage' + (st.past ? ' past' : '') + (st.current ? ' current' : '') + (st.voting ? ' voting' : ''),
      title: st.name,
    }, h('div', { class: 'sn' }, st.name), h('div', { class: 'sd' }, DATE.format(new Date(st.start)))));
    return h('div', { class: 'strip-box' }, head, h('div', { class: 'strip', 'aria-label': t.stages }, stages));
  }

  // ---- rotation, time and connection -------------------------------------------------------
  /**
   * Shows a slot. A new picture re-renders without moving on: the slot keeps its deadline, so the
   * rotation goes on however often pictures arrive.
   */
  _show(index, advance = true) {
    clearTimeout(this._rotation);
    if (!this._panels || this._panels.length === 0) return;
    const count = this._panels.length;
    this._slot = ((index % count) + count) % count;
    this._panels.forEach((p, i) => p.el.classList.toggle('active', i === this._slot));
    [...this._progress.children].forEach((dot, i) => dot.classList.toggle('on', i === this._slot));
    const current = this._panels[this._slot];
    this._panelName.textContent = current.name;
    this._fit(current.el);
    const full = Date.now() + Math.max(3, current.seconds) * 1000;
    // A new slot starts a full period; a re-render keeps the deadline (capped, should the
    // playlist have shortened the slot meanwhile).
    this._deadline = advance || !this._deadline ? full : Math.min(this._deadline, full);
    if (count > 1) {
      this._rotation = setTimeout(() => this._show(this._slot + 1), Math.max(0, this._deadline - Date.now()));
    }
  }

  _select(code) {
    this.dispatchEvent(new CustomEvent('desk-post-selected', { detail: { code }, bubbles: true, composed: true }));
    const i = this._panels.findIndex(p => p.post === code);
    if (i >= 0) this._show(i);
  }

  _everySecond() {
    if (!this._model || !this._clock) return;
    this._clock.textContent = CLOCK.format(new Date()) + ' WIB';
    this._updated.textContent = `${this._model.text.updated} ${this._time(this._model.generatedAt)} WIB`;
    const now = Date.now();
    if (!this._lastAging || now - this._lastAging > 15000) {
      this._lastAging = now;
      // ages and silences move on between pictures
      this.shadowRoot.querySelectorAll('[data-heard]').forEach(el => {
        const at = el.getAttribute('data-heard');
        if (at) el.textContent = `${this._time(at)} (${this._ago(at)})`;
      });
      const grey = this._model.posts.some(p => this._silent(p, this._model)
        !== !!this.shadowRoot.querySelector(`.tile.silent[data-post="${CSS.escape(p.code)}"]`));
      if (grey) this._render();
      this.shadowRoot.querySelectorAll('.cam img[data-src]').forEach(img => {
        img.src = this._fresh(img.getAttribute('data-src'));
      });
    }
  }

  _now() {
    return Date.now() + (this._clockOffset || 0);
  }

  _silent(p, m) {
    if (!p.lastHeard) return false;
    return this._now() - Date.parse(p.lastHeard) > m.playlist.silenceMinutes * 60000;
  }

  _time(iso) {
    return iso ? TIME.format(new Date(iso)) : '\u2014';
  }

  _ago(iso) {
    const t = this._model.text;
    const minutes = Math.max(0, Math.round((this._now() - Date.parse(iso)) / 60000));
    if (minutes < 60) return `${minutes} ${t['unit.minutes']}`;
    const hours = Math.floor(minutes / 60);
    return hours < 48 ? `${hours} ${t['unit.hours']}` : `${Math.floor(hours / 24)} ${t['unit.days']}`;
  }

  _fresh(url) {
    // Snapshot images change over time: ask again, bypassing the browser cache. The address is the
    // application's own (kamera/<id>, relative to the page): the server fetches the camera.
    try {
      const u = new URL(url, document.baseURI);
      u.searchParams.set('_desk', String(Math.floor(Date.now() / 15000)));
      return u.toString();
    } catch (e) {
      return url;
    }
  }

  _updateBanner() {
    this._lost?.classList.toggle('show', !!this._lostSince || !!this._stale);
  }

  _watchConnection() {
    this._onPush = (e) => {
      if (!e.detail.connected && !this._lostSince) this._lostSince = Date.now();
      if (e.detail.connected) this._lostSince = null;
      this._updateBanner();
    };
    window.addEventListener('desk-push', this._onPush);
    // Self-healing: while the push connection stays down, ask the server (one request at a time,
    // 3 s timeout) whether it is back; once it has answered for a while and Vaadin has not
    // reconnected by itself, reload: the device cookie signs the screen in again. Reloads back
    // off (up to 2 min apart, window.__deskMayReload of the page's start script, push-watch.js).
    this._healer = setInterval(async () => {
      // A picture comes at least every 30 s: far longer silence means data may be out of date
      // (banner only: a reload cannot cure a server that cannot build pictures).
      const stale = !!this._receivedAt && Date.now() - this._receivedAt > 75000;
      if (stale !== !!this._stale) { this._stale = stale; this._updateBanner(); }
      if (!this._lostSince || Date.now() - this._lostSince < 4000 || this._probing) return;
      this._probing = true;
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), 3000);
      try {
        const r = await fetch(new URL('actuator/health/liveness', document.baseURI), { cache: 'no-store',
          signal: abort.signal });
        if (!r.ok) { this._upSince = null; return; }
        this._upSince = this._upSince || Date.now();
        if (Date.now() - this._upSince > 3000 && this._lostSince && window.__deskMayReload()) window.location.reload();
      } catch (e) {
        this._upSince = null;
      } finally {
        clearTimeout(timer);
        this._probing = false;
      }
    }, 1000);
  }
}

if (!customElements.get('desk-wall')) {
  customElements.define('desk-wall', DeskWall);
  drawFirstFrame();
}

/**
 * The wall's page carries the current picture (WallFirstFrame on the server): drawn at once by a
 * wall of its own, in front of the page, until Vaadin's wall element has started and drawn its first
 * picture, which removes it (same picture, same place: the screen does not flicker).
 */
function drawFirstFrame() {
  const data = document.getElementById('desk-wall-first');
  if (!data) return;
  data.remove();
  let first;
  try {
    first = JSON.parse(data.textContent);
  } catch (e) {
    return;
  }
  const wall = document.createElement('desk-wall');
  wall.classList.add('first-frame');
  wall.style.zIndex = '1';
  wall.panels = first.panels;
  wall.model = first.model;
  document.body.append(wall);
}
