// <desk-echart>: one Apache ECharts chart. The server sets the `option` property to a JSON
// string built with a JSON library (never by concatenating text); the chart follows its size.
import * as echarts from 'echarts';

class DeskEchart extends HTMLElement {
  static get observedAttributes() { return ['theme']; }

  constructor() {
    super();
    this._option = null;
  }

  connectedCallback() {
    if (!this.style.display) this.style.display = 'block';
    this._chart = echarts.init(this, this.getAttribute('theme') || null, { renderer: 'canvas' });
    this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resize.observe(this);
    if (this._option) this._chart.setOption(this._option, true);
  }

  disconnectedCallback() {
    this._resize?.disconnect();
    this._chart?.dispose();
    this._chart = null;
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
