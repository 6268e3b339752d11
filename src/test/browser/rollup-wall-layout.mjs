// The roll-up wall with the whole 2024 set (545 desks) at 1366x768, 1920x1080 and 3840x2160: the
// national wall (38 provinces) and East Java's (its own desk and 38 kabupaten/kota, the most of any
// province) show every tile whole once every desk is counted: nothing reaches outside its tile or
// the screen, no text is cut. Prints the smallest figure and label size per screen, for the docs.
// Screenshots: OUT_DIR/rollup-wall-<size>-<desk>.png.
import { runTest, screenshot, signIn } from './lib/desk.mjs';

const base = process.env.BASE_A;
const SIZES = [[1366, 768], [1920, 1080], [3840, 2160]];
const WALLS = [['nasional', 'layar/rekap'], ['35', 'layar/rekap/35']];
const result = { checked: 0, tiles: {}, smallest: {}, problems: [] };

/** In the page: what of the roll-up wall is cut or outside its box. */
function layoutProblems() {
  const problems = [];
  const inside = (inner, outer) => inner.left >= outer.left - 1 && inner.right <= outer.right + 1
    && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
  const screen = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
  const tiles = [...document.querySelectorAll('.rollup-wall-grid .rollup-tile')];
  for (const tile of tiles) {
    const name = tile.getAttribute('data-desk');
    const box = tile.getBoundingClientRect();
    if (!inside(box, screen)) problems.push(`tile ${name} outside the screen`);
    if (tile.scrollHeight > tile.clientHeight + 1 || tile.scrollWidth > tile.clientWidth + 1) {
      problems.push(`tile ${name} overflows (${tile.scrollWidth}x${tile.scrollHeight} in ${tile.clientWidth}x${tile.clientHeight})`);
    }
    for (const part of tile.querySelectorAll('span')) {
      if (!inside(part.getBoundingClientRect(), box)) problems.push(`tile ${name}: "${part.textContent}" cut`);
    }
  }
  for (const part of document.querySelectorAll('.rollup-wall-header > *, .rollup-wall-totals span')) {
    if (!inside(part.getBoundingClientRect(), screen)) problems.push(`"${part.textContent}" outside the screen`);
  }
  const size = selector => Math.min(...[...document.querySelectorAll(selector)]
    .map(e => parseFloat(getComputedStyle(e).fontSize)));
  return { problems, tiles: tiles.length,
    figure: size('.rollup-wall-grid .rollup-figure'), label: size('.rollup-wall-grid .rollup-label') };
}

await runTest(result, async (browser) => {
  const admin = await signIn(browser, base, 'admin');
  await admin.goto(base + '/admin/desk');
  await admin.locator('vaadin-button', { hasText: 'Buka semua desk Pilkada serentak 2024' }).click();
  await admin.getByText(/set 2024 memuat 545 desk pemilihan/).waitFor({ timeout: 180000 });
  for (const [desk, path] of WALLS) {
    await admin.setViewportSize({ width: 1920, height: 1080 });
    await admin.goto(`${base}/${path}`);
    // Every desk of the set is counted within a few minutes of opening; the wall redraws live.
    await admin.waitForFunction(() => document.querySelectorAll('.rollup-wall-grid .rollup-tile').length > 0
      && !document.querySelector('.rollup-wall-grid .rollup-waiting'), null, { timeout: 300000 });
    for (const [width, height] of SIZES) {
      await admin.setViewportSize({ width, height });
      await admin.waitForTimeout(400);
      const found = await admin.evaluate(layoutProblems);
      result.tiles[desk] = found.tiles;
      result.smallest[`${width}x${height}-${desk}`] = { figurePx: found.figure, labelPx: found.label };
      for (const p of found.problems) result.problems.push(`${width}x${height} ${desk}: ${p}`);
      result.checked++;
      await screenshot(admin, `rollup-wall-${width}x${height}-${desk}`);
    }
  }
  if (result.problems.length) throw new Error(`${result.problems.length} layout problems`);
});
