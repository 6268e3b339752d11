// What "nothing clipped" means on the wall, checked in the page: run `wallLayoutProblems` with
// page.evaluate. Returns one line per problem (empty when the layout is right):
// - a tile, the summary, the map box or a text in them reaching outside its box or outside the
//   screen (text shortened with an ellipsis by design is allowed);
// - two text boxes of one tile overlapping, or two tiles overlapping.

export function wallLayoutProblems(panelSelector) {
  const wall = document.querySelector('desk-wall');
  const root = wall.shadowRoot;
  const panel = root.querySelector(panelSelector);
  const problems = [];
  if (!panel) return ['no panel ' + panelSelector];
  const screen = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  const slack = 1.5;
  const inside = (r, box) => r.left >= box.left - slack && r.top >= box.top - slack
    && r.right <= box.right + slack && r.bottom <= box.bottom + slack;
  const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack
    && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
  const ellipsised = (el) => {
    const style = getComputedStyle(el);
    return (style.textOverflow === 'ellipsis' && style.overflowX !== 'visible')
      || (style.webkitLineClamp !== 'none' && style.overflowY !== 'visible');
  };
  const name = (el) => (el.getAttribute('data-post') || el.className || el.tagName).toString();
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  // Leaf text boxes: elements with a text node of their own.
  const texts = (box) => [...box.querySelectorAll('*')].filter(el => visible(el)
    && [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim()));
  const boxes = [...panel.querySelectorAll('.tile, .summary, .map-box, .statement')].filter(visible);
  for (const box of boxes) {
    const r = box.getBoundingClientRect();
    if (!inside(r, screen)) problems.push(`${name(box)} reaches outside the screen`);
    if (box.scrollHeight > box.clientHeight + slack || box.scrollWidth > box.clientWidth + slack) {
      problems.push(`${name(box)} content ${box.scrollWidth}x${box.scrollHeight} in ${box.clientWidth}x${box.clientHeight}`);
    }
    const inner = texts(box);
    // A text inside a box that shortens it with an ellipsis is measured by that box: what it hides
    // is shortened by design, not clipped.
    const clip = (el) => {
      for (let e = el; e && e !== box; e = e.parentElement) if (ellipsised(e)) return e;
      return el;
    };
    const rects = (el) => {
      const c = clip(el).getBoundingClientRect();
      return [...el.getClientRects()].map(q => ({ left: Math.max(q.left, c.left), right: Math.min(q.right, c.right),
        top: Math.max(q.top, c.top), bottom: Math.min(q.bottom, c.bottom) })).filter(q => q.right > q.left && q.bottom > q.top);
    };
    // Values and alert badges are never shortened (names and labels may be).
    for (const el of box.querySelectorAll('.row .v, .badge')) {
      const range = document.createRange();
      range.selectNodeContents(el);
      if (visible(el) && range.getBoundingClientRect().width > el.getBoundingClientRect().width + 0.5) {
        problems.push(`${name(box)}: value "${el.textContent.trim().slice(0, 40)}" shortened`);
      }
    }
    for (const el of inner) {
      const er = clip(el).getBoundingClientRect();
      if (!inside(er, r)) problems.push(`${name(box)}: "${el.textContent.trim().slice(0, 40)}" outside its tile`);
      if (!ellipsised(el) && (el.scrollWidth > el.clientWidth + slack) && getComputedStyle(el).display !== 'inline') {
        problems.push(`${name(box)}: "${el.textContent.trim().slice(0, 40)}" wider than its box`);
      }
    }
    // Text boxes that are not nested in one another must not overlap; inline pieces of one line are
    // measured by their line boxes.
    for (let i = 0; i < inner.length; i++) {
      for (let j = i + 1; j < inner.length; j++) {
        const a = inner[i];
        const b = inner[j];
        if (a.contains(b) || b.contains(a)) continue;
        if (rects(a).some(x => rects(b).some(y => overlap(x, y)))) {
          problems.push(`${name(box)}: "${a.textContent.trim().slice(0, 30)}" overlaps "${b.textContent.trim().slice(0, 30)}"`);
        }
      }
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (overlap(boxes[i].getBoundingClientRect(), boxes[j].getBoundingClientRect())) {
        problems.push(`${name(boxes[i])} overlaps ${name(boxes[j])}`);
      }
    }
  }
  const frame = root.querySelector('.frame');
  for (const part of frame.children) {
    if (visible(part) && !inside(part.getBoundingClientRect(), screen)) problems.push(`${part.tagName} outside the screen`);
  }
  return problems;
}

// The map labels ECharts drew on the active panel's maps: one line per label overlapping another
// or reaching past the map's box. Also returns how many labels were drawn (`shown`).
export function wallMapLabelProblems(panelSelector) {
  const root = document.querySelector('desk-wall').shadowRoot;
  const problems = [];
  let shown = 0;
  for (const el of root.querySelectorAll(`${panelSelector} desk-echart[data-chart^="map"]`)) {
    const chart = el._chart;
    if (!chart) { problems.push('map not drawn'); continue; }
    // Whole labels (a line's own box is too short for large text), those ECharts and the wall show.
    const labels = new Set(chart.getZr().storage.getDisplayList(true)
      .filter(d => d.type === 'tspan' && d.parent && !d.ignore && !d.invisible).map(d => d.parent));
    const rects = [...labels].filter(l => !l.ignore && !l.invisible).map(l => {
      const r = l.getBoundingRect().clone();
      const m = l.getComputedTransform();
      if (m) r.applyTransform(m);
      return { text: String(l.style.text || ''), r };
    });
    shown += rects.length;
    const width = el.clientWidth;
    const height = el.clientHeight;
    for (const { text, r } of rects) {
      if (r.x < -1 || r.y < -1 || r.x + r.width > width + 1 || r.y + r.height > height + 1) {
        problems.push(`map label "${text.slice(0, 30)}" past the map's edge (${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)} in ${width}x${height})`);
      }
    }
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i].r;
        const b = rects[j].r;
        if (Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1
          && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1) {
          problems.push(`map label "${rects[i].text.slice(0, 30)}" overlaps "${rects[j].text.slice(0, 30)}"`);
        }
      }
    }
  }
  return { problems, shown };
}
