// Browser test of the situation reports on the wall, run by ReportWallBrowserIT against two
// production-jar nodes. A screen paired with its device token shows the wall on node B; in the
// demo data Kepulauan Seribu has filed no report, so its tile shows "terlambat sejak ..." in red.
// Its chief writes and sends the missing report(s) on node A, the provincial chief
// (ketua.balaikota) accepts them there; the same wall page, never reloaded, must then show the
// post's last report time instead of the red late marker, and count one late post fewer.
// Meanwhile a CCTV camera's snapshot reaches the same wall through the application: the script
// runs a fake camera on 127.0.0.1, the admin allows its address (/admin/kamera), the chief
// registers a camera there (/perangkat); the wall must show its image from its own origin
// (/kamera/<id>), never from the camera, ask again every 15 s, and the camera must be asked at
// most once per 10 s cache period.
// Prints one JSON line of measurements; exits non-zero on failure.
import { createServer } from 'node:http';
import { newPage, pairScreen, registerScreen, runTest, screenshot, signIn } from './lib/desk.mjs';

const baseA = process.env.BASE_A;
const baseB = process.env.BASE_B;
const post = 'KEPSERIBU';
/** The fake camera's picture, in pixels: the wall must show exactly this image. */
const SNAP = { width: 160, height: 90 };
/** How long the server keeps a snapshot (desk.cameras.fresh) and how often the wall asks again. */
const CACHE_MS = 10000;
const WALL_REFRESH_MS = 15000;

/** What the post's tiles show about its report (every copy of the tile in the wall's panels). */
const reportOnWall = (page, code) => page.locator('desk-wall').evaluate((wall, c) => {
  const root = wall.shadowRoot;
  const marks = [...root.querySelectorAll(`.tile[data-post="${c}"] [data-report]`)];
  const late = root.querySelector('[data-summary="reportsLate"] b');
  return {
    states: marks.map(m => m.getAttribute('data-report')),
    text: marks.map(m => m.textContent),
    colors: marks.map(m => getComputedStyle(m).color),
    lateCount: late ? Number(late.textContent) : null,
  };
}, code);

/** Red: the late marker is drawn in the wall's light alarm red (#fca5a5 on the dark wall). */
const red = color => {
  const [r, g, b] = color.match(/\d+/g).map(Number);
  return r > 200 && r - g > 60 && r - b > 60;
};

/** Waits until every copy of the post's report marker on the wall is in the state. */
const waitForReportOnWall = (page, code, state) => page.waitForFunction(([c, st]) => {
  const marks = [...document.querySelector('desk-wall').shadowRoot
    .querySelectorAll(`.tile[data-post="${c}"] [data-report]`)];
  return marks.length > 0 && marks.every(m => m.getAttribute('data-report') === st);
}, [code, state], { timeout: 15000, polling: 200 });

/** A small JPEG drawn by the browser (a canvas), as the camera's bytes. */
async function cameraJpeg(browser) {
  const page = await newPage(browser);
  try {
    const data = await page.evaluate(({ width, height }) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const g = canvas.getContext('2d');
      const sky = g.createLinearGradient(0, 0, 0, height);
      sky.addColorStop(0, '#1d4ed8');
      sky.addColorStop(1, '#f59e0b');
      g.fillStyle = sky;
      g.fillRect(0, 0, width, height);
      g.fillStyle = '#ffffff';
      g.font = 'bold 16px sans-serif';
      g.fillText('CCTV uji', 10, 26);
      return canvas.toDataURL('image/jpeg', 0.8);
    }, SNAP);
    const bytes = Buffer.from(data.slice(data.indexOf(',') + 1), 'base64');
    if (!data.startsWith('data:image/jpeg;') || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) {
      throw new Error('the browser drew no JPEG for the fake camera: ' + data.slice(0, 40));
    }
    return bytes;
  } finally {
    await page.context().close();
  }
}

/**
 * A fake camera on 127.0.0.1 (a free port): GET /snap.jpg answers the JPEG, anything else 404;
 * every request that reaches it is noted (time, path, User-Agent).
 */
async function startCamera(jpeg) {
  const hits = [];
  const server = createServer((request, response) => {
    hits.push({ at: Date.now(), path: request.url, agent: request.headers['user-agent'] || '' });
    if (request.method === 'GET' && request.url.split('?')[0] === '/snap.jpg') {
      response.writeHead(200, { 'Content-Type': 'image/jpeg', 'Content-Length': jpeg.length, 'Cache-Control': 'no-store' });
      response.end(jpeg);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    hits,
    close: () => new Promise(resolve => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** On the admin page: allows the camera source (an address entry) and waits for the confirmation. */
async function allowCameraSource(admin, base, address) {
  await admin.goto(base + '/admin/kamera');
  await admin.getByLabel('Alamat atau rentang').fill(address);
  await admin.getByLabel('Keterangan').fill('Kamera uji peramban');
  await admin.getByRole('button', { name: 'Izinkan', exact: true }).click();
  await admin.getByText(`Sumber kamera ${address} diizinkan`).waitFor({ timeout: 10000 });
}

/** On the chief's page: registers a CCTV camera with the snapshot address; returns its device id. */
async function registerCamera(chief, base, name, snapshotUrl) {
  await chief.goto(base + '/perangkat');
  await chief.getByRole('button', { name: 'Daftarkan perangkat' }).click();
  await chief.getByLabel('Nama', { exact: true }).fill(name);
  await chief.getByLabel('Alamat cuplikan (gambar)').fill(snapshotUrl);
  await chief.getByRole('button', { name: 'Simpan', exact: true }).click();
  // Saved and allowed: the device list links its snapshot at the application's own address.
  const view = chief.getByRole('link', { name: 'Lihat', exact: true });
  try {
    await view.waitFor({ timeout: 10000 });
  } catch (e) {
    const refused = await chief.locator('.dialog-error').allTextContents();
    throw new Error('the camera was not registered with an allowed snapshot: ' + JSON.stringify(refused));
  }
  const href = await view.getAttribute('href');
  const id = /^kamera\/(\d+)$/.exec(href || '');
  if (!id) throw new Error('the device list links the snapshot elsewhere: ' + href);
  return Number(id[1]);
}

/** The camera's image in the wall's CCTV panel, as the page sees it (null while there is none). */
const cameraOnWall = (page, id) => page.locator('desk-wall').evaluate((w, cam) => {
  const panel = w.shadowRoot.querySelector('.panel.cctv[data-panel="CCTV"]');
  const img = panel?.querySelector(`.cam img[data-src="kamera/${cam}"]`);
  if (!img) return null;
  const box = img.getBoundingClientRect();
  return {
    src: img.src, origin: location.origin, complete: img.complete, width: img.naturalWidth,
    height: img.naturalHeight, shown: panel.classList.contains('active') && box.width > 0 && box.height > 0,
    inPicture: w.model.posts.flatMap(p => p.cctv).filter(c => c.snapshotUrl).map(c => c.snapshotUrl),
  };
}, id);

const result = { post };
await runTest(result, async browser => {
  const camera = await startCamera(await cameraJpeg(browser));
  try {
    await reportsAndCamera(browser, camera);
  } finally {
    await camera.close();
  }
});

async function reportsAndCamera(browser, camera) {
  // Every request of the test's pages: none may go to the camera itself; the wall's images are
  // noted to check where they came from.
  const toCamera = [];
  const wallImages = [];
  const watch = (name, images) => request => {
    if (request.url().startsWith(camera.origin)) toCamera.push(`${name}: ${request.url()}`);
    if (images && request.resourceType() === 'image') images.push({ at: Date.now(), url: request.url(), request });
  };

  // 1. An admin registers a screen on node A and allows the fake camera's address as a camera
  // source; the post's chief registers a CCTV camera there, its snapshot the fake camera's. The
  // screen pairs with its token on node B (its first picture has the camera: the wall asks for the
  // image as it starts, and again 15 s later, while the reports below are written).
  const admin = await signIn(browser, baseA, 'admin', { onRequest: watch('admin') });
  const token = await registerScreen(admin, baseA, 'Layar uji laporan');
  await allowCameraSource(admin, baseA, camera.origin);
  await admin.context().close();
  const chief = await signIn(browser, baseA, `ketua.${post.toLowerCase()}`, { onRequest: watch('chief') });
  const cameraId = await registerCamera(chief, baseA, 'Kamera uji dermaga', camera.origin + '/snap.jpg');

  const wall = await pairScreen(browser, baseB, token, { width: 1920, height: 1080 },
    { onRequest: watch('wall', wallImages) });
  await wall.waitForFunction(c => document.querySelector('desk-wall')?.shadowRoot
    ?.querySelector(`.tile[data-post="${c}"] [data-report]`), post, { timeout: 20000 });
  await wall.evaluate(() => { window.__deskNoReload = true; });
  let navigations = 0;
  wall.on('framenavigated', frame => { if (frame === wall.mainFrame()) navigations++; });

  // 2. Kepulauan Seribu's report is overdue: red "terlambat sejak ..." on its tile.
  const before = await reportOnWall(wall, post);
  result.before = before;
  result.lateBefore = before.states.length > 0 && before.states.every(s => s === 'late')
    && before.text.every(t => t.includes('terlambat sejak')) && before.colors.every(red);
  await screenshot(wall, 'wall-report-late');
  if (!result.lateBefore) throw new Error('the post does not show its report late: ' + JSON.stringify(before));
  if (!(before.lateCount >= 1)) throw new Error('the summary counts no late report');

  // 3. Its chief, on node A, writes and sends every report still overdue (a due time passed with
  // its grace period; the page says so in red until none is left).
  const sent = [];
  for (let i = 0; i < 4; i++) {
    await chief.goto(baseA + '/laporan');
    const status = chief.getByText(/belum dikirim dan sudah lewat batas waktu|jatuh tempo/);
    await status.first().waitFor({ timeout: 10000 });
    if (!/sudah lewat batas waktu/.test(await status.first().textContent())) break;
    await chief.getByRole('button', { name: 'Tulis laporan' }).click();
    await chief.waitForURL(/\/laporan\/\d+$/, { timeout: 10000 });
    sent.push(new URL(chief.url()).pathname);
    await chief.getByLabel('Situasi kamtibmas').fill('Uji peramban: kapal logistik tiba, situasi aman.');
    await chief.getByRole('button', { name: 'Kirim', exact: true }).click();
    await chief.getByText('Laporan dikirim.').waitFor({ timeout: 10000 });
  }
  result.reportsSent = sent.length;
  if (sent.length === 0 || sent.length === 4) throw new Error('reports sent: ' + sent.length);
  const submittedAt = Date.now();

  // Sent, not reviewed yet: the wall shows the report on time, waiting for the provincial post.
  await waitForReportOnWall(wall, post, 'ok');
  result.wallFreshAfterSubmitMs = Date.now() - submittedAt;
  const pending = await reportOnWall(wall, post);
  result.pending = pending;
  await screenshot(wall, 'wall-report-sent');
  if (!pending.text.every(t => t.includes('menunggu tinjauan'))) throw new Error('not shown as awaiting review: ' + JSON.stringify(pending));

  // 4. The provincial chief accepts them on node A.
  const reviewer = await signIn(browser, baseA, 'ketua.balaikota', { onRequest: watch('reviewer') });
  for (const path of sent) {
    await reviewer.goto(baseA + path);
    await reviewer.getByRole('button', { name: 'Terima' }).click();
    await reviewer.getByText('Laporan diterima.').waitFor({ timeout: 10000 });
    if (!(await reviewer.getByText(/^Diterima · /).first().isVisible())) throw new Error('not accepted: ' + path);
  }
  result.accepted = sent.length;
  const acceptedAt = Date.now();

  // 5. The same wall page, untouched, shows the post's report accepted: no late marker, not red,
  // the time of the report marked "diterima", and one late post fewer in the summary.
  await waitForReportOnWall(wall, post, 'accepted');
  result.wallAcceptedAfterMs = Date.now() - acceptedAt;
  const after = await reportOnWall(wall, post);
  result.after = after;
  result.freshAfter = after.states.every(s => s === 'accepted') && after.text.every(t => t.includes('diterima'))
    && !after.text.some(t => t.includes('terlambat')) && !after.colors.some(red);
  result.lateCountDropped = after.lateCount === before.lateCount - 1;
  result.reloaded = navigations > 0 || !(await wall.evaluate(() => window.__deskNoReload === true));
  result.checkedAfterAcceptMs = Date.now() - acceptedAt;
  await screenshot(wall, 'wall-report-accepted');
  if (!result.freshAfter) throw new Error('the post still shows its report late: ' + JSON.stringify(after));
  if (!result.lateCountDropped) throw new Error('late count not dropped: ' + before.lateCount + ' -> ' + after.lateCount);
  if (result.reloaded) throw new Error('the wall reloaded');

  // 6. The camera on the same wall: its image in the CCTV panel, loaded from the wall's own origin
  // (kamera/<id>), exactly the camera's picture; no page of the test ever asked the camera.
  const origin = new URL(baseB).origin;
  const cameraPath = `/kamera/${cameraId}`;
  const cam = { id: cameraId };
  result.cameraImage = cam;
  const checking = Date.now();
  try {
    await wall.waitForFunction(id => {
      const img = document.querySelector('desk-wall')?.shadowRoot
        ?.querySelector(`.panel.cctv .cam img[data-src="kamera/${id}"]`);
      return !!img && img.complete && img.naturalWidth > 0;
    }, cameraId, { timeout: 20000, polling: 200 });
  } catch (e) {
    throw new Error('the camera image did not load on the wall: ' + JSON.stringify(await cameraOnWall(wall, cameraId)));
  }
  const shown = await cameraOnWall(wall, cameraId);

  // The wall asks again every 15 s; the server asks the camera at most once per 10 s. Wait for the
  // wall's second request and the camera's second ask.
  const asks = () => wallImages.filter(i => new URL(i.url).pathname === cameraPath);
  const limit = (asks()[0]?.at ?? Date.now()) + 2 * WALL_REFRESH_MS + CACHE_MS;
  while ((camera.hits.length < 2 || asks().length < 2) && Date.now() < limit) {
    await wall.waitForTimeout(250);
  }
  cam.refreshWaitMs = Date.now() - checking;
  const wallAsks = asks();
  cam.wallRequests = wallAsks.length;
  cam.wallAskedAgainAfterMs = wallAsks.length > 1 ? wallAsks[1].at - wallAsks[0].at : null;
  cam.cameraHits = camera.hits.length;
  // One wall: the camera is never asked more often than the wall asked.
  cam.refreshed = wallAsks.length >= 2 && cam.cameraHits >= 2 && cam.cameraHits <= wallAsks.length;
  // How the wall's image requests were answered: every one with the camera's JPEG.
  const answers = await Promise.all(wallAsks.map(async i => {
    const response = await i.request.response();
    return response ? `${response.status()} ${response.headers()['content-type']}` : 'no answer';
  }));
  cam.answers = [...new Set(answers)];

  // Ten more requests from the wall (same origin, its cookie) within 3 s, six at once and four one
  // after another: the server's copy answers them; the camera is asked once more at most, and
  // never twice within its cache period (each request's query string differs, so no cache of the
  // browser's can hide one).
  const hitsBeforeBurst = camera.hits.length;
  const burst = await wall.evaluate(async id => {
    const ask = i => fetch(`kamera/${id}?burst=${i}`).then(r => `${r.status} ${r.headers.get('content-type')}`);
    const answered = await Promise.all([0, 1, 2, 3, 4, 5].map(ask));
    for (let i = 6; i < 10; i++) {
      await new Promise(resolve => setTimeout(resolve, 500));
      answered.push(await ask(i));
    }
    return answered;
  }, cameraId);
  cam.burst = [...new Set(burst)];
  cam.burstCameraHits = camera.hits.length - hitsBeforeBurst;
  cam.cameraHitGapsMs = camera.hits.slice(1).map((h, i) => h.at - camera.hits[i].at);
  cam.cached = burst.length === 10 && burst.every(b => b === '200 image/jpeg') && cam.burstCameraHits <= 1
    && cam.cameraHitGapsMs.every(g => g >= CACHE_MS - 1000);

  // Where the images came from: the wall's own origin only; the camera was asked by the server
  // (its User-Agent), never by a page of the test.
  const offOrigin = wallImages.map(i => i.url).filter(u => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
  cam.wallImagesOffOrigin = offOrigin;
  cam.browserToCamera = toCamera;
  cam.cameraAgents = [...new Set(camera.hits.map(h => h.agent))];
  cam.src = shown.src.replace(origin, '');
  cam.sameOrigin = shown.src.startsWith(origin + cameraPath + '?') && shown.inPicture.includes(`kamera/${cameraId}`)
    && wallAsks.length > 0 && offOrigin.length === 0 && toCamera.length === 0
    && camera.hits.every(h => h.agent.startsWith('DeskPilkada-kamera'));
  cam.loaded = shown.complete && shown.width === SNAP.width && shown.height === SNAP.height
    && answers.length > 0 && answers.every(a => a === '200 image/jpeg');

  // The screen's panels set to the cameras only: the image is there to see.
  await wall.locator('desk-wall').evaluate(w => { w.panels = ['CCTV']; });
  cam.shownInPanel = (await cameraOnWall(wall, cameraId))?.shown === true;
  await screenshot(wall, 'wall-camera');

  if (!cam.sameOrigin) {
    throw new Error('the camera image did not come from the wall\'s own origin only: ' + JSON.stringify({ shown, cam }));
  }
  if (!cam.loaded) throw new Error('the wall did not show the camera\'s picture: ' + JSON.stringify({ shown, cam }));
  if (!cam.refreshed) throw new Error('the wall did not ask again, or the camera was asked too often: ' + JSON.stringify(cam));
  if (!cam.cached) {
    throw new Error(`the camera was asked more than once per ${CACHE_MS} ms: ` + JSON.stringify(cam));
  }
  if (!cam.shownInPanel) throw new Error('the camera image is not visible in the CCTV panel');
}
