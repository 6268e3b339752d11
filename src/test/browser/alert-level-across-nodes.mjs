// Browser test, run by AlertLevelBrowserIT against two production-jar nodes:
// sign in on node A and node B, change an alert level on A, see it on B within 2 s,
// without a reload, and with no request leaving loopback.
// Prints one JSON line with the measurements; exits non-zero on any failure.
import { chromium } from 'playwright-core';

const baseA = process.env.BASE_A;
const baseB = process.env.BASE_B;
const password = process.env.DESK_PASSWORD || 'Pilkada2017!';
const post = process.env.POSKO || 'JAKUT';
const levels = ['NORMAL', 'WASPADA', 'SIAGA', 'AWAS'];
const labels = { NORMAL: 'Normal', WASPADA: 'Waspada', SIAGA: 'Siaga', AWAS: 'Awas' };

const outside = [];
function watch(context) {
  context.on('request', request => {
    const host = new URL(request.url()).hostname;
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(host) && !request.url().startsWith('data:')) {
      outside.push(request.url());
    }
  });
}

async function signIn(page, base, username) {
  await page.goto(base + '/login');
  await page.locator('vaadin-login-form').waitFor();
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('vaadin-button[slot="submit"], button[type="submit"]').first().click();
  await page.locator(`#posko-${post}`).waitFor({ timeout: 20000 });
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failure = null;
const result = { post };
try {
  const contextA = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const contextB = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  watch(contextA);
  watch(contextB);
  const pageA = await contextA.newPage();
  const pageB = await contextB.newPage();
  await signIn(pageA, baseA, 'sekda');
  await signIn(pageB, baseB, `ketua.${post.toLowerCase()}`);

  // A marker in B's window: if the page reloaded, it would be gone.
  await pageB.evaluate(() => { window.__deskNoReload = true; });
  let navigations = 0;
  pageB.on('framenavigated', frame => { if (frame === pageB.mainFrame()) navigations++; });
  // Whatever level the post has now (the database may be reused), move it one step up.
  const before = await pageB.locator(`#posko-${post}`).getAttribute('data-alert');
  const target = levels[(levels.indexOf(before) + 1) % levels.length];
  const targetLabel = labels[target];
  Object.assign(result, { before, target });

  await pageA.locator(`#posko-${post} vaadin-button`, { hasText: 'Ubah status' }).click();
  await pageA.getByRole('radio', { name: targetLabel }).check();
  await pageA.getByLabel('Alasan').fill('Uji peramban: massa berkumpul di depan kantor KPU');
  const started = Date.now();
  await pageA.getByRole('button', { name: 'Simpan' }).click();
  await pageB.locator(`#posko-${post}[data-alert="${target}"]`).waitFor({ timeout: 2000 });
  result.latencyMs = Date.now() - started;
  result.badgeOnB = await pageB.locator(`#posko-${post} .alert-badge`).innerText();
  result.reloadedB = !(await pageB.evaluate(() => window.__deskNoReload === true)) || navigations > 0;
  if (result.reloadedB) throw new Error('node B reloaded the page');

  // An unknown address shows a message, never a stack trace.
  await pageB.goto(baseB + '/tidak/ada');
  await pageB.locator('.error-view').waitFor({ timeout: 10000 });
  const text = await pageB.locator('body').innerText();
  result.notFoundPage = text.includes('Halaman tidak ditemukan') && !/Exception|\bat [a-z]+\.[a-z]+\./.test(text);
  if (!result.notFoundPage) throw new Error('unexpected not-found page: ' + text.slice(0, 300));
} catch (e) {
  failure = e;
} finally {
  await browser.close();
}
result.requestsOutsideLoopback = outside;
console.log(JSON.stringify(result));
if (failure) {
  console.error(failure.stack || String(failure));
  process.exit(1);
}
if (outside.length > 0) {
  console.error('requests left loopback: ' + outside.join(', '));
  process.exit(2);
}
