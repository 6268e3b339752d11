// Browser test of the situation reports on the wall, run by ReportWallBrowserIT against two
// production-jar nodes. A screen paired with its device token shows the wall on node B; in the
// demo data Kepulauan Seribu has filed no report, so its tile shows "terlambat sejak ..." in red.
// Its chief writes and sends the missing report(s) on node A, the provincial chief
// (ketua.balaikota) accepts them there; the same wall page, never reloaded, must then show the
// post's last report time instead of the red late marker, and count one late post fewer.
// Prints one JSON line of measurements; exits non-zero on failure.
import { pairScreen, registerScreen, runTest, screenshot, signIn } from './lib/desk.mjs';

const baseA = process.env.BASE_A;
const baseB = process.env.BASE_B;
const post = 'KEPSERIBU';

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

const result = { post };
await runTest(result, async browser => {
  // 1. An admin registers a screen on node A; the screen pairs with its token on node B.
  const admin = await signIn(browser, baseA, 'admin');
  const token = await registerScreen(admin, baseA, 'Layar uji laporan');
  await admin.context().close();

  const wall = await pairScreen(browser, baseB, token, { width: 1920, height: 1080 });
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
  const chief = await signIn(browser, baseA, `ketua.${post.toLowerCase()}`);
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
  const reviewer = await signIn(browser, baseA, 'ketua.balaikota');
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
});
