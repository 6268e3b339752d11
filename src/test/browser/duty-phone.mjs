// Browser test of sign-in by QR code at a phone's viewport, run by DutyPhoneBrowserIT against two
// production-jar nodes. Leadership watches the situation wall on node B; the chief of Jakarta
// Utara opens his sign-in board on node A, whose QR code carries the sign-in address; the reserve
// operator (account petugas.jakut, standing in for an excused colleague in the demo) opens that
// address on a 390x844 phone signed in on node A; the wall on node B must count him within seconds.
// Opening the same code again must be refused. Prints one JSON line; exits non-zero on failure.
// Leadership's overview, at a laptop's 1440x900, is also the README's picture (readme-overview.png).
import { postOnWall, runTest, screenshot, signIn, waitForPostOnWall, waitForWallPosts } from './lib/desk.mjs';

const baseA = process.env.BASE_A;
const baseB = process.env.BASE_B;
const phoneViewport = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

const result = {};
await runTest(result, async browser => {
  // 1. The wall on node B, as leadership sees it.
  const wall = await signIn(browser, baseB, 'sekda', { viewport: { width: 1440, height: 900 } });
  await wall.goto(baseB + '/situasi');
  await wall.locator('desk-wall').waitFor();
  await waitForWallPosts(wall);
  const before = (await postOnWall(wall, 'JAKUT'))?.staffing;
  result.before = before;
  if (!before || before.present === null) throw new Error('no duty coverage for Jakarta Utara on the wall');

  // 2. The chief's board on node A shows the QR code of the running shift.
  const chief = await signIn(browser, baseA, 'ketua.jakut');
  await chief.goto(baseA + '/kehadiran');
  const qr = chief.locator('img.duty-qr').first();
  await qr.waitFor({ timeout: 20000 });
  const token = await qr.getAttribute('data-token');
  result.qrIsSvg = (await qr.getAttribute('src')).startsWith('data:image/svg+xml');

  // 3. The reserve operator opens the code's address on his phone (what scanning it does).
  const phone = await signIn(browser, baseA, 'petugas.jakut', phoneViewport);
  const scanned = Date.now();
  await phone.goto(baseA + '/hadir/' + token);
  await phone.locator('.sign-in-ok').waitFor({ timeout: 10000 });
  result.phoneMessage = (await phone.locator('.sign-in-ok').textContent()).trim();
  result.noHorizontalScroll = await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  await screenshot(phone, 'phone-sign-in-390x844', { fullPage: true });

  // 4. The wall on node B counts him, pushed, without reload.
  await waitForPostOnWall(wall, 'JAKUT', 'staffing.present', before.present + 1);
  result.wallCountedAfterMs = Date.now() - scanned;
  result.after = (await postOnWall(wall, 'JAKUT'))?.staffing;
  await screenshot(wall, 'readme-overview');

  // 5. The same code again is refused.
  await phone.goto(baseA + '/hadir/' + token);
  await phone.locator('.sign-in-refused').waitFor({ timeout: 10000 });
  result.replayMessage = (await phone.locator('.sign-in-refused').textContent()).trim();
  result.replayRefused = result.replayMessage.includes('sudah dipakai');
});
