// The wall at 1366x768, 1920x1080 and 3840x2160 for 2, 7, 12, 27 and 40 posts: a paired screen of
// the production jar is handed pictures with that many posts in the states that need the most
// lines (built from its real picture, see lib/wall-variants.mjs), and every tile, the summary and
// the map are checked in the page (lib/wall-layout.mjs): nothing reaches outside its box, no value
// is shortened, no texts or map labels overlap. The real map of the region is drawn from the
// server's boundaries. Screenshots: OUT_DIR/wall-layout-<size>-<count>.png.
import { pairScreen, registerScreen, runTest, screenshot, signIn, waitForWallPosts } from './lib/desk.mjs';
import { wallVariant } from './lib/wall-variants.mjs';
import { wallLayoutProblems, wallMapLabelProblems } from './lib/wall-layout.mjs';

const base = process.env.BASE_A;
const SIZES = [[1366, 768], [1920, 1080], [3840, 2160]];
const COUNTS = [2, 7, 12, 27, 40];
const result = { checked: 0, problems: [], mapAreas: 0, labelsShown: 0 };

await runTest(result, async (browser) => {
  const admin = await signIn(browser, base, 'admin');
  const token = await registerScreen(admin, base, 'Layar uji tata letak');
  const page = await pairScreen(browser, base, token, { width: 1920, height: 1080 });
  await waitForWallPosts(page);
  const real = await page.locator('desk-wall').evaluate(w => structuredClone(w.model));
  if (!real.map) throw new Error('the picture names no map for the election region');
  const areas = await page.evaluate(async (url) => {
    const geo = await (await fetch(new URL(url, document.baseURI))).json();
    return geo.features.map(f => f.properties);
  }, real.map.url);
  result.mapAreas = areas.length;
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    for (const count of COUNTS) {
      for (const panel of ['RINGKASAN', 'PETA']) {
        const model = wallVariant(real, count, Date.now(), areas);
        model.playlist = { ...model.playlist, postPass: false,
          panels: [{ kind: panel, label: panel, seconds: 600 }] };
        await page.locator('desk-wall').evaluate((w, m) => { w.model = JSON.stringify(m); }, model);
        // The map is drawn once its boundaries are in and ECharts has laid out its labels.
        await page.waitForFunction(() => {
          const chart = document.querySelector('desk-wall').shadowRoot
            .querySelector('.panel.active desk-echart[data-chart^="map"]');
          return chart && chart._chart && chart.option && chart.option.geo;
        }, null, { timeout: 10000 });
        await page.waitForTimeout(400);
        const problems = await page.evaluate(wallLayoutProblems, '.panel.active');
        const labels = await page.evaluate(wallMapLabelProblems, '.panel.active');
        result.labelsShown = Math.max(result.labelsShown, labels.shown);
        for (const p of [...problems, ...labels.problems]) result.problems.push(`${width}x${height} ${count} ${panel}: ${p}`);
        result.checked++;
        await screenshot(page, `wall-layout-${width}x${height}-${count}${panel === 'PETA' ? '-peta' : ''}`);
      }
    }
  }
  if (result.problems.length) throw new Error(`${result.problems.length} layout problems`);
});
