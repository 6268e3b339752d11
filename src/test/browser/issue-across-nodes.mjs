// Browser test of an election issue crossing the cluster, run by IssueBrowserIT against two
// production-jar nodes. Leadership watches the wall on node B and the Polda liaison his referral
// queue on node B; an officer of Jakarta Pusat files an issue from his phone (390x844) on node A;
// the wall on B counts it; the chief of Jakarta Pusat verifies it and refers it to Polda on node A;
// it appears in the liaison's queue on B by push and he acknowledges it there; the chief's detail
// on A shows the acknowledgement. Prints one JSON line; exits non-zero on failure.
import { pick, postOnWall, runTest, screenshot, signIn, waitForPostOnWall, waitForWallPosts } from './lib/desk.mjs';

const baseA = process.env.BASE_A;
const baseB = process.env.BASE_B;
const issuesOn = async (page, code) => (await postOnWall(page, code))?.issues;

const result = {};
await runTest(result, async browser => {
  // 1. The wall on node B, as leadership sees it, and the Polda liaison's queue on node B.
  const wall = await signIn(browser, baseB, 'sekda', { viewport: { width: 1600, height: 900 }, watch: true });
  await wall.goto(baseB + '/situasi');
  await waitForWallPosts(wall);
  result.before = await issuesOn(wall, 'JAKPUS');
  const liaison = await signIn(browser, baseB, 'polda', { viewport: { width: 1280, height: 900 }, watch: true });
  await liaison.goto(baseB + '/rujukan');
  await liaison.locator('.referral-queue').waitFor({ timeout: 20000 });

  // 2. An officer files an issue from his phone on node A (his wilayah is filled in for him).
  const title = `Uji peramban ${Date.now()}: pengerahan massa di depan kantor kelurahan`;
  const phone = await signIn(browser, baseA, 'petugas.jakpus', {
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, watch: true,
  });
  await phone.goto(baseA + '/permasalahan/baru');
  await phone.locator('vaadin-text-field').filter({ hasText: 'Judul' }).locator('input').fill(title);
  await pick(phone, 'Kategori', 'Kamtibmas / unjuk rasa');
  // The kelurahan typed by name across Jakarta Pusat; its kecamatan fills itself in.
  await pick(phone, 'Kelurahan/desa', 'Kebon Kelapa');
  const kecamatan = phone.locator('vaadin-combo-box').filter({ hasText: 'Kecamatan' }).first().locator('input');
  for (let waited = 0; waited < 10000 && !(await kecamatan.inputValue()); waited += 100) {
    await phone.waitForTimeout(100);
  }
  result.kecamatanFilledIn = await kecamatan.inputValue();
  result.noHorizontalScroll = await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  await screenshot(phone, 'issue-form-390x844', { fullPage: true });
  const filed = Date.now();
  await phone.locator('vaadin-button').filter({ hasText: 'Simpan' }).first().click();
  const anyway = phone.locator('vaadin-button').filter({ hasText: 'Tetap simpan' });
  await Promise.race([
    phone.waitForURL(/\/permasalahan\/\d+$/, { timeout: 15000 }),
    anyway.waitFor({ timeout: 15000 }).then(async () => {
      result.duplicatesShown = true;
      await anyway.click();
      await phone.waitForURL(/\/permasalahan\/\d+$/, { timeout: 15000 });
    }),
  ]);
  await phone.waitForURL(/\/permasalahan\/\d+$/, { timeout: 15000 });
  const id = phone.url().match(/\/permasalahan\/(\d+)$/)[1];
  result.issueId = Number(id);

  // 3. The wall on node B counts it, by push.
  await waitForPostOnWall(wall, 'JAKPUS', 'issues.open', result.before.open + 1);
  result.wallCountedAfterMs = Date.now() - filed;

  // 4. The chief verifies and refers it to Polda on node A.
  const chief = await signIn(browser, baseA, 'ketua.jakpus', { watch: true });
  await chief.goto(baseA + '/permasalahan/' + id);
  await chief.locator('vaadin-button').filter({ hasText: /^\s*Verifikasi\s*$/ }).click();
  const refer = chief.locator('.issue-actions vaadin-button').filter({ hasText: /^\s*Rujuk\s*$/ });
  await refer.waitFor({ timeout: 10000 });
  await refer.click();
  const dialog = chief.locator('vaadin-dialog-overlay, vaadin-dialog').last();
  await pick(chief, 'Unit atau instansi', 'Polda Metro Jaya');
  const referred = Date.now();
  await chief.locator('.issue-action-dialog vaadin-button, vaadin-dialog-overlay vaadin-button')
    .filter({ hasText: /^\s*Rujuk\s*$/ }).last().click();
  void dialog;

  // 5. It appears in the liaison's queue on node B without reload; he acknowledges it there.
  const card = liaison.locator('.referral-card').filter({ hasText: title });
  await card.waitFor({ timeout: 10000 });
  result.queueShowedAfterMs = Date.now() - referred;
  await card.locator('vaadin-button').filter({ hasText: 'Terima rujukan' }).click();
  // "Diterima <time>" replaces "Belum diterima; batas …" (a regular expression: hasText strings ignore case).
  await liaison.locator('.referral-card').filter({ hasText: title }).filter({ hasText: /Diterima \d/ })
    .waitFor({ timeout: 10000 });
  result.queueAcknowledged = await card.locator('vaadin-button').filter({ hasText: 'Terima rujukan' }).count() === 0;
  await screenshot(liaison, 'liaison-queue', { fullPage: true });

  // 6. The chief's detail on node A shows the acknowledgement in its timeline, by push.
  await chief.locator('.issue-timeline-diterima').waitFor({ timeout: 10000 });
  result.chiefSawAcknowledgement = true;
  result.after = await issuesOn(wall, 'JAKPUS');
});
