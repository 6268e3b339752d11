// Browser test of the situation wall, run by WallBrowserIT against two production-jar nodes.
// An admin on node A registers a screen; the screen pairs on node B with the device token and
// shows the wall at 1920x1080 and 3840x2160; a change made on node A appears without reload;
// the test asks its runner (on stdout) to stop and start node B, changes an alert on A while B is
// down, and measures how long the wall takes to show it again with nobody touching it.
// Prints one JSON line of measurements; exits non-zero on failure. The 1080p wall, once the change
// arrived, is also the README's picture (readme-wall.png).
import { createInterface } from 'node:readline';
import { changeAlert, liveWall, nextLevel, pairScreen, registerScreen, runTest, screenshot, signIn, waitForWallPosts }
  from './lib/desk.mjs';

const baseA = process.env.BASE_A;
const baseB = process.env.BASE_B;
const lines = createInterface({ input: process.stdin });
const nextLine = () => new Promise(resolve => lines.once('line', resolve));

/** On node A's board, moves the post's alert one step up; returns the new level once A shows it. */
async function raiseAlert(page, post) {
  await page.goto(baseA + '/');
  await page.locator(`#posko-${post}`).waitFor();
  const target = nextLevel(await page.locator(`#posko-${post}`).getAttribute('data-alert'));
  await changeAlert(page, post, target, 'Uji layar dinding ' + new Date().toISOString());
  await page.locator(`#posko-${post}[data-alert="${target}"]`).waitFor({ timeout: 5000 });
  return target;
}

/** A screen paired on node B whose wall shows all seven posts' tiles. */
async function pairedWall(browser, viewport, token) {
  const page = await pairScreen(browser, baseB, token, viewport);
  await page.waitForFunction(() => {
    const wall = document.querySelector('desk-wall');
    return wall && wall.shadowRoot.querySelectorAll('.panel.active .tile').length === 7;
  }, null, { timeout: 20000 });
  return page;
}

/** Waits until a tile of the post on the page's wall shows the alert. */
const waitForTileAlert = (page, post, alert, options) => page.waitForFunction(([code, level]) => {
  const w = document.querySelector('desk-wall');
  return w && w.shadowRoot && [...w.shadowRoot.querySelectorAll(`.tile[data-post="${code}"]`)]
    .some(t => t.getAttribute('data-alert') === level);
}, [post, alert], options);

async function measureWall(page, name) {
  // The map is drawn once its boundaries are fetched; the checks below say what is missing.
  await page.waitForFunction(() => {
    const c = document.querySelector('desk-wall').shadowRoot
      .querySelector('.panel.active desk-echart[data-chart^="map"]')?._chart;
    return c && (c.getOption()?.series || []).length > 0;
  }, null, { timeout: 15000 }).catch(() => {});
  const m = await page.locator('desk-wall').evaluate(wall => {
    const root = wall.shadowRoot;
    const tile = root.querySelector('.panel.active .tile .name');
    return {
      tiles: root.querySelectorAll('.panel.active .tile').length,
      mapAreas: Number(root.querySelector('.panel.active .map-box')?.getAttribute('data-areas') || 0),
      stages: root.querySelectorAll('.stage').length,
      // The day's issues: in the picture, drawn as dots (both map layers), counted in the key.
      issues24h: wall.model.issueDots ? wall.model.issueDots.total : -1,
      dotsInPicture: wall.model.issueDots ? wall.model.issueDots.dots.length : -1,
      dotsDrawn: (() => {
        const chart = root.querySelector('.panel.active desk-echart[data-chart^="map"]')?._chart;
        return chart ? chart.getOption().series.filter(s => String(s.id).startsWith('dots-'))
          .reduce((n, s) => n + s.data.length, 0) : 0;
      })(),
      dotKey: Number(root.querySelector('.panel.active .legend.dots')?.getAttribute('data-dots') ?? -1),
      tileNamePx: parseFloat(getComputedStyle(tile).fontSize),
      text: root.textContent,
    };
  });
  await screenshot(page, name);
  return m;
}

const result = {};
await runTest(result, async browser => {
  // 1. An admin registers the screen on node A and reads its token, shown once.
  const admin = await signIn(browser, baseA, 'admin');
  const token = await registerScreen(admin, baseA, 'Layar Balai Kota 1');

  // 2. The screen pairs on node B, at 1080p and at 4K.
  const wall = await pairedWall(browser, { width: 1920, height: 1080 }, token);
  const hd = await measureWall(wall, 'wall-1920x1080');
  const uhdPage = await pairedWall(browser, { width: 3840, height: 2160 }, token);
  const uhd = await measureWall(uhdPage, 'wall-3840x2160');
  await uhdPage.context().close();
  Object.assign(result, { tiles: hd.tiles, mapAreas: hd.mapAreas, stages: hd.stages,
    tileNamePx1080: hd.tileNamePx, tileNamePx2160: uhd.tileNamePx });
  if (hd.tiles !== 7 || uhd.tiles !== 7) throw new Error('expected 7 tiles');
  if (hd.mapAreas < 6) throw new Error('map not drawn');
  Object.assign(result, { issues24h: hd.issues24h, dots: hd.dotsDrawn });
  if (!(hd.issues24h > 0 && hd.dotsInPicture > 0)) throw new Error('the demo issues of the day are not on the map');
  if (hd.dotsDrawn !== hd.dotsInPicture) throw new Error(`${hd.dotsInPicture} dots in the picture, ${hd.dotsDrawn} drawn`);
  if (hd.dotKey !== hd.issues24h) throw new Error('the map key does not count the day\'s issues');
  if (uhd.tileNamePx < 1.8 * hd.tileNamePx) throw new Error('text does not scale with the viewport');
  if (/Sekretaris Daerah|Ketua Posko/.test(hd.text)) throw new Error('personal data on the wall');

  // 2b. The wall's page carries its picture: a reloaded screen draws it at once, before Vaadin's
  // wall exists (a first frame), and Vaadin's wall then takes over, one wall left on the page.
  await wall.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const first = document.querySelector('desk-wall.first-frame');
      if (!first || !first.shadowRoot.querySelector('.tile')) return;
      observer.disconnect();
      window.__firstFrame = { tiles: first.shadowRoot.querySelectorAll('.panel.active .tile').length,
        vaadinWall: !!document.querySelector('desk-wall:not(.first-frame)') };
    }).observe(document, { childList: true, subtree: true });
  });
  await wall.reload();
  await liveWall(wall);
  result.firstFrame = await wall.evaluate(() => ({ ...window.__firstFrame, walls: document.querySelectorAll('desk-wall').length }));
  if (!result.firstFrame || result.firstFrame.tiles !== 7 || result.firstFrame.vaadinWall) {
    throw new Error('the wall did not draw its first frame from its page before Vaadin started');
  }
  await wall.waitForFunction(() => document.querySelector('desk-wall').shadowRoot.querySelectorAll('.panel.active .tile').length === 7);
  // A wall screen's page names none of Vaadin's scripts in advance (they would compete with its
  // first frame); a person's page does (ModulePreload), and each of them is served.
  // (Counted in the page as served: once started, Vite's loader adds such links itself.)
  const clientHints = () => fetch(location.pathname).then(r => r.text())
    .then(html => (html.match(/rel="modulepreload"[^>]*FlowClient-/g) || []).length);
  result.preloads = { wall: await wall.evaluate(clientHints) };

  // 3. A change through node A's UI appears on the wall on node B without reload, sent as what
  // changed (a patch to the picture the screen holds), not as the whole picture again.
  await wall.evaluate(() => {
    window.__deskNoReload = true;
    const w = document.querySelector('desk-wall');
    const apply = w.applyPatch.bind(w);
    w.__patches = 0;
    w.applyPatch = value => { w.__patches++; return apply(value); };
  });
  const leader = await signIn(browser, baseA, 'sekda');
  const started = Date.now();
  const target = await raiseAlert(leader, 'JAKUT');
  result.preloads.overview = await leader.evaluate(clientHints);
  Object.assign(result.preloads, await leader.evaluate(() => {
    const hints = [...document.querySelectorAll('link[rel=modulepreload]')].map(l => l.href);
    const served = performance.getEntriesByType('resource').filter(e => hints.includes(e.name) && e.responseStatus === 200);
    return { hints: hints.length, served: new Set(served.map(e => e.name)).size };
  }));
  if (result.preloads.wall !== 0 || result.preloads.overview !== 1 || result.preloads.served !== result.preloads.hints) {
    throw new Error('module preload hints: ' + JSON.stringify(result.preloads));
  }
  await waitForTileAlert(wall, 'JAKUT', target, { timeout: 5000 });
  result.crossNodeMs = Date.now() - started;
  result.patches = await wall.evaluate(() => document.querySelector('desk-wall').__patches);
  if (!(result.patches > 0)) throw new Error('the change did not come as a patch');
  result.reloaded = !(await wall.evaluate(() => window.__deskNoReload === true));
  if (result.reloaded) throw new Error('the wall reloaded for a change');
  // The README's picture of the wall: 1080p, the demo data with that change, before the test's own pictures.
  await screenshot(wall, 'readme-wall');

  // 4. Staleness: a post silent for longer than the limit turns grey ("tidak ada kabar sejak").
  result.silentTile = await wall.locator('desk-wall').evaluate(w => {
    const model = structuredClone(w.model);
    model.playlist.silenceMinutes = 30;
    model.posts[3].lastHeard = new Date(Date.now() - 2 * 3600 * 1000).toISOString();
    w.model = JSON.stringify(model);
    const tile = w.shadowRoot.querySelector(`.panel.active .tile[data-post="${model.posts[3].code}"]`);
    return !!tile && tile.classList.contains('silent') && tile.textContent.includes('Tidak ada kabar sejak');
  });
  if (!result.silentTile) throw new Error('silent post not greyed');

  // 4b. The rotation goes on while pictures keep arriving (every 400 ms, panels of 3 s).
  result.rotatesUnderPictures = await wall.locator('desk-wall').evaluate(async w => {
    const model = structuredClone(w.model);
    model.playlist.panels = model.playlist.panels.slice(0, 2).map(p => ({ ...p, seconds: 3 }));
    model.playlist.postPass = false;
    const seen = new Set();
    for (let i = 0; i < 18; i++) {
      model.generatedAt = new Date().toISOString();
      w.model = JSON.stringify(model);
      seen.add(w.shadowRoot.querySelector('header .panel-name').textContent);
      await new Promise(r => setTimeout(r, 400));
    }
    return seen.size === 2;
  });
  if (!result.rotatesUnderPictures) throw new Error('the rotation stalls while pictures arrive');

  // 5. Node B stops; node A changes an alert meanwhile; node B starts again. The wall, which
  // was served by B, must show the change it missed, with nobody touching it.
  console.log('STOP_NODE_B');
  await nextLine();
  // The screen says so while its connection is down.
  await wall.waitForFunction(() => document.querySelector('desk-wall')?.shadowRoot
    ?.querySelector('.banner.lost.show'), null, { timeout: 15000 });
  result.lostBanner = true;
  await screenshot(wall, 'wall-connection-lost');
  const changed = await raiseAlert(leader, 'JAKTIM');
  result.changeDuringOutage = changed;
  console.log('START_NODE_B');
  await nextLine();
  const upAt = Date.now();
  await waitForTileAlert(wall, 'JAKTIM', changed, { timeout: 30000, polling: 250 });
  result.recoveredAfterMs = Date.now() - upAt;
  await screenshot(wall, 'wall-after-restart');
  if (result.recoveredAfterMs > 15000) throw new Error('wall took longer than 15 s to recover');

  // 6. A wall page whose start fails (its first Vaadin request answered 502, as nginx did while a
  // node died) loads itself again and shows the wall, with nobody touching it.
  const failing = await wall.context().newPage();
  let loads = 0;
  let refused = 0;
  failing.on('load', () => { loads++; });
  await failing.route(url => new URL(url).searchParams.get('v-r') === 'init', route => {
    if (refused++ === 0) return route.fulfill({ status: 502, body: 'Bad Gateway' });
    return route.continue();
  });
  const failedAt = Date.now();
  await failing.goto(baseB + '/layar');
  await waitForWallPosts(failing, { timeout: 60000, polling: 500 });
  result.failedStartHealedAfterMs = Date.now() - failedAt;
  result.failedStartLoads = loads;
  if (refused < 2 || loads < 2) throw new Error('the wall did not load itself again after a failed start');
  await failing.close();
}, { prefix: 'RESULT ' });
lines.close();
