// <desk-clock lang="id">: the current time in WIB (Asia/Jakarta), whatever the browser's zone.
class DeskClock extends HTMLElement {
  connectedCallback() {
    const locale = this.getAttribute('lang') === 'en' ? 'en-GB' : 'id-ID';
    this._format = new Intl.DateTimeFormat(locale, {
      timeZone: 'Asia/Jakarta',
      weekday: 'short', day: 'numeric', month: 'short',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false
    });
    this._tick();
    this._timer = setInterval(() => this._tick(), 1000);
  }

  disconnectedCallback() {
    clearInterval(this._timer);
  }

  _tick() {
    this.textContent = `${this._format.format(new Date())} WIB`;
  }
}

customElements.define('desk-clock', DeskClock);
