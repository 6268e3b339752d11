// <desk-echart>: one Apache ECharts chart. The server sets the `option` property to a JSON
// string built with a JSON library (never by concatenating text); the chart follows its size.
// ECharts (about 1 MB of script) is imported when the first chart is drawn, so that a page's words
// paint before the library has been read: the wall and the overview show their text first.

let library = null;

/** ECharts' module, imported once, on first use. */
export function echartsLibrary() {
  return (library ||= import('echarts'));
}

class DeskEchart extends HTMLElement {
  static get observedAttributes() { return ['theme']; }

  constructor() {
    super();
    this._option = null;
  }

  connectedCallback() {
    if (!this.style.display) this.style.display = 'block';
    if (this._chart || this._starting) return;
    this._starting = true;
    echartsLibrary().then(echarts => {
      this._starting = false;
      if (!this.isConnected || this._chart) return;
      this._chart = echarts.init(this, this.getAttribute('theme') || null, { renderer: 'canvas' });
      if (this.hasAttribute('labels-inside')) this._chart.on('finished', () => this._labelsInside());
      this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
      this._resize.observe(this);
      if (this._option) this._chart.setOption(this._option, true);
    });
  }

  disconnectedCallback() {
    // Moved within the page (the wall puts its charts into each new rendering) it stays connected
    // by the end of the task and keeps its chart; only a chart taken out of the page is let go.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this._resize?.disconnect();
      this._chart?.dispose();
      this._chart = null;
    });
  }

  /**
   * Hides every label that reaches past the chart's box (labels-inside): a map label centred on an
   * area at the edge would otherwise be cut. Runs after each render. Labels are measured whole (the
   * lines' own boxes are too short for large text).
   */
  _labelsInside() {
    const zr = this._chart && this._chart.getZr();
    if (!zr) return;
    const width = this.clientWidth;
    const height = this.clientHeight;
    let hidden = false;
    const labels = new Set(zr.storage.getDisplayList(true)
      .filter(el => el.type === 'tspan' && el.parent).map(el => el.parent));
    for (const label of labels) {
      if (label.ignore) continue;
      const box = label.getBoundingRect().clone();
      const transform = label.getComputedTransform();
      if (transform) box.applyTransform(transform);
      if (box.x < 0 || box.y < 0 || box.x + box.width > width || box.y + box.height > height) {
        label.ignore = true;
        hidden = true;
      }
    }
    if (hidden) zr.refresh();
  }

  set option(value) {
    this._option = typeof value === 'string' ? (value ? JSON.parse(value) : null) : value;
    if (this._chart && this._option) this._chart.setOption(this._option, true);
  }

  get option() {
    return this._option;
  }
}

if (!customElements.get('desk-echart')) customElements.define('desk-echart', DeskEchart);
