// Browser test of sign-in by QR code at a phone's viewport, run by DutyPhoneBrowserIT against two
// production-jar nodes. Leadership watches the situation wall on node B; the chief of Jakarta
// Utara opens his sign-in board on node A, whose QR code carries the sign-in address; the reserve
// operator (account petugas.jakut, standing in for an excused colleague in the demo) opens that
// address on a 390x844 phone signed in on node A; the wall on node B must count him within seconds.
// Opening the same code again must be refused. Prints one JSON line; exits non-zero on failure.
import { chromium } from 'playwright-core';

const baseA = process.env.BASE_A;
const baseB = process.env.BASE_B;
const out = process.env.OUT_DIR || '.';
const password = 'Pilkada2017!';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const result = {};
let failure = null;

async function signIn(base, user, options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(base + '/login');
  await page.locator('input[name="username"]').fill(user);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('vaadin-button[slot="submit"]').click();
  await page.waitForURL(url => !url.pathname.startsWith('/login'), { timeout: 20000 });
  return page;
}

const staffing = (page, code) => page.locator('desk-wall').evaluate(
  (w, c) => w.model && w.model.posts.find(p => p.code === c)?.staffing, code);

try {
  // 1. The wall on node B, as leadership sees it.
  const wall = await signIn(baseB, 'sekda', { viewport: { width: 1600, height: 900 } });
  await wall.goto(baseB + '/situasi');
  await wall.locator('desk-wall').waitFor();
  await wall.waitForFunction(() => document.querySelector('desk-wall')?.model?.posts?.length === 7, null,
    { timeout: 20000 });
  const before = await staffing(wall, 'JAKUT');
  result.before = before;
  if (!before || before.present === null) throw new Error('no duty coverage for Jakarta Utara on the wall');

  // 2. The chief's board on node A shows the QR code of the running shift.
  const chief = await signIn(baseA, 'ketua.jakut', { viewport: { width: 1400, height: 900 } });
  await chief.goto(baseA + '/kehadiran');
  const qr = chief.locator('img.duty-qr').first();
  await qr.waitFor({ timeout: 20000 });
  const token = await qr.getAttribute('data-token');
  result.qrIsSvg = (await qr.getAttribute('src')).startsWith('data:image/svg+xml');

  // 3. The reserve operator opens the code's address on his phone (what scanning it does).
  const phone = await signIn(baseA, 'petugas.jakut', {
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
  });
  const scanned = Date.now();
  await phone.goto(baseA + '/hadir/' + token);
  await phone.locator('.sign-in-ok').waitFor({ timeout: 10000 });
  result.phoneMessage = (await phone.locator('.sign-in-ok').textContent()).trim();
  result.noHorizontalScroll = await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  await phone.screenshot({ path: `${out}/phone-sign-in-390x844.png`, fullPage: true });

  // 4. The wall on node B counts him, pushed, without reload.
  await wall.waitForFunction(([n]) => {
    const p = document.querySelector('desk-wall')?.model?.posts?.find(x => x.code === 'JAKUT');
    return p && p.staffing.present === n;
  }, [before.present + 1], { timeout: 10000 });
  result.wallCountedAfterMs = Date.now() - scanned;
  result.after = await staffing(wall, 'JAKUT');

  // 5. The same code again is refused.
  await phone.goto(baseA + '/hadir/' + token);
  await phone.locator('.sign-in-refused').waitFor({ timeout: 10000 });
  result.replayMessage = (await phone.locator('.sign-in-refused').textContent()).trim();
  result.replayRefused = result.replayMessage.includes('sudah dipakai');
} catch (e) {
  failure = e;
}
console.log(JSON.stringify(result));
await browser.close();
if (failure) {
  console.error(failure.stack || String(failure));
  process.exit(1);
}
