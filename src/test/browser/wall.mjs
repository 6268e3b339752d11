// Browser test of the situation wall, run by WallBrowserIT against two production-jar nodes.
// An admin on node A registers a screen; the screen pairs on node B with the device token and
// shows the wall at 1920x1080 and 3840x2160; a change made on node A appears without reload;
// the test asks its runner (on stdout) to stop and start node B, changes an alert on A while B is
// down, and measures how long the wall takes to show it again with nobody touching it.
// Prints one JSON line of measurements; exits non-zero on failure.
import { chromium } from 'playwright-core';
import { createInterface } from 'node:readline';

const baseA = process.env.BASE_A;
const baseB = process.env.BASE_B;
const out = process.env.OUT_DIR || '.';
const password = 'Pilkada2017!';
const levels = ['NORMAL', 'WASPADA', 'SIAGA', 'AWAS'];
const labels = { NORMAL: 'Normal', WASPADA: 'Waspada', SIAGA: 'Siaga', AWAS: 'Awas' };
const lines = createInterface({ input: process.stdin });
const nextLine = () => new Promise(resolve => lines.once('line', resolve));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const result = {};
let failure = null;

async function signIn(base, user) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(base + '/login');
  await page.locator('input[name="username"]').fill(user);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('vaadin-button[slot="submit"]').click();
  await page.locator('.posko-card').first().waitFor({ timeout: 20000 });
  return page;
}

async function changeAlert(page, post) {
  await page.goto(baseA + '/');
  await page.locator(`#posko-${post}`).waitFor();
  const before = await page.locator(`#posko-${post}`).getAttribute('data-alert');
  const target = levels[(levels.indexOf(before) + 1) % levels.length];
  await page.locator(`#posko-${post} vaadin-button`, { hasText: 'Ubah status' }).click();
  await page.getByRole('radio', { name: labels[target] }).check();
  await page.getByLabel('Alasan').fill('Uji layar dinding ' + new Date().toISOString());
  await page.getByRole('button', { name: 'Simpan' }).click();
  await page.locator(`#posko-${post}[data-alert="${target}"]`).waitFor({ timeout: 5000 });
  return target;
}

const tileAlert = (page, post) => page.locator('desk-wall').evaluate(
  (wall, code) => wall.shadowRoot.querySelector(`.panel.active .tile[data-post="${code}"]`)?.getAttribute('data-alert')
    ?? wall.shadowRoot.querySelector(`.tile[data-post="${code}"]`)?.getAttribute('data-alert'), post);

async function pairScreen(viewport, token) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(baseB + '/layar/pasang');
  await page.getByLabel('Token perangkat').fill(token);
  await page.getByRole('button', { name: 'Pasangkan dan buka layar' }).click();
  await page.waitForURL('**/layar');
  await page.locator('desk-wall').waitFor();
  await page.waitForFunction(() => {
    const wall = document.querySelector('desk-wall');
    return wall && wall.shadowRoot.querySelectorAll('.panel.active .tile').length === 7;
  }, null, { timeout: 20000 });
  return page;
}

async function measureWall(page, name) {
  const m = await page.locator('desk-wall').evaluate(wall => {
    const root = wall.shadowRoot;
    const tile = root.querySelector('.panel.active .tile .name');
    return {
      tiles: root.querySelectorAll('.panel.active .tile').length,
      mapAreas: root.querySelectorAll('.panel.active svg.map [data-wilayah]').length,
      stages: root.querySelectorAll('.stage').length,
      tileNamePx: parseFloat(getComputedStyle(tile).fontSize),
      text: root.textContent,
    };
  });
  await page.screenshot({ path: `${out}/${name}.png` });
  return m;
}

try {
  // 1. An admin registers the screen on node A and reads its token, shown once.
  const admin = await signIn(baseA, 'admin');
  await admin.goto(baseA + '/admin/layar');
  await admin.getByLabel('Nama layar').fill('Layar Balai Kota 1');
  await admin.getByRole('button', { name: 'Daftarkan layar' }).click();
  const token = await admin.locator('vaadin-text-field.secret-once input').inputValue();
  if (!token.startsWith('dpk_layar_')) throw new Error('no token shown: ' + token);

  // 2. The screen pairs on node B, at 1080p and at 4K.
  const wall = await pairScreen({ width: 1920, height: 1080 }, token);
  const hd = await measureWall(wall, 'wall-1920x1080');
  const uhdPage = await pairScreen({ width: 3840, height: 2160 }, token);
  const uhd = await measureWall(uhdPage, 'wall-3840x2160');
  await uhdPage.context().close();
  Object.assign(result, { tiles: hd.tiles, mapAreas: hd.mapAreas, stages: hd.stages,
    tileNamePx1080: hd.tileNamePx, tileNamePx2160: uhd.tileNamePx });
  if (hd.tiles !== 7 || uhd.tiles !== 7) throw new Error('expected 7 tiles');
  if (hd.mapAreas < 6) throw new Error('map not drawn');
  if (uhd.tileNamePx < 1.8 * hd.tileNamePx) throw new Error('text does not scale with the viewport');
  if (/Sekretaris Daerah|Ketua Posko/.test(hd.text)) throw new Error('personal data on the wall');

  // 3. A change through node A's UI appears on the wall on node B without reload, sent as what
  // changed (a patch to the picture the screen holds), not as the whole picture again.
  await wall.evaluate(() => {
    window.__deskNoReload = true;
    const w = document.querySelector('desk-wall');
    const apply = w.applyPatch.bind(w);
    w.__patches = 0;
    w.applyPatch = value => { w.__patches++; return apply(value); };
  });
  const leader = await signIn(baseA, 'sekda');
  const started = Date.now();
  const target = await changeAlert(leader, 'JAKUT');
  await wall.waitForFunction(([code, alert]) => {
    const w = document.querySelector('desk-wall');
    return [...w.shadowRoot.querySelectorAll(`.tile[data-post="${code}"]`)].some(t => t.getAttribute('data-alert') === alert);
  }, ['JAKUT', target], { timeout: 5000 });
  result.crossNodeMs = Date.now() - started;
  result.patches = await wall.evaluate(() => document.querySelector('desk-wall').__patches);
  if (!(result.patches > 0)) throw new Error('the change did not come as a patch');
  result.reloaded = !(await wall.evaluate(() => window.__deskNoReload === true));
  if (result.reloaded) throw new Error('the wall reloaded for a change');

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
  await wall.screenshot({ path: `${out}/wall-connection-lost.png` });
  const changed = await changeAlert(leader, 'JAKTIM');
  result.changeDuringOutage = changed;
  console.log('START_NODE_B');
  await nextLine();
  const upAt = Date.now();
  await wall.waitForFunction(([code, alert]) => {
    const w = document.querySelector('desk-wall');
    return w && w.shadowRoot && [...w.shadowRoot.querySelectorAll(`.tile[data-post="${code}"]`)]
      .some(t => t.getAttribute('data-alert') === alert);
  }, ['JAKTIM', changed], { timeout: 30000, polling: 250 });
  result.recoveredAfterMs = Date.now() - upAt;
  await wall.screenshot({ path: `${out}/wall-after-restart.png` });
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
  await failing.waitForFunction(() => document.querySelector('desk-wall')?.model?.posts?.length === 7, null,
    { timeout: 60000, polling: 500 });
  result.failedStartHealedAfterMs = Date.now() - failedAt;
  result.failedStartLoads = loads;
  if (refused < 2 || loads < 2) throw new Error('the wall did not load itself again after a failed start');
  await failing.close();
} catch (e) {
  failure = e;
} finally {
  await browser.close();
  lines.close();
}
console.log('RESULT ' + JSON.stringify(result));
if (failure) {
  console.error(failure.stack || String(failure));
  process.exit(1);
}
