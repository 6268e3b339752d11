// Browser test, run by AlertLevelBrowserIT against two production-jar nodes:
// sign in on node A and node B, change an alert level on A, see it on B within 2 s,
// without a reload, and with no request leaving loopback.
// Prints one JSON line with the measurements; exits non-zero on any failure.
import { changeAlert, nextLevel, runTest, signIn } from './lib/desk.mjs';

const baseA = process.env.BASE_A;
const baseB = process.env.BASE_B;
const post = process.env.POSKO || 'JAKUT';

const result = { post };
await runTest(result, async browser => {
  const pageA = await signIn(browser, baseA, 'sekda', { watch: true });
  const pageB = await signIn(browser, baseB, `ketua.${post.toLowerCase()}`, { watch: true });
  await pageA.locator(`#posko-${post}`).waitFor({ timeout: 20000 });
  await pageB.locator(`#posko-${post}`).waitFor({ timeout: 20000 });

  // A marker in B's window: if the page reloaded, it would be gone.
  await pageB.evaluate(() => { window.__deskNoReload = true; });
  let navigations = 0;
  pageB.on('framenavigated', frame => { if (frame === pageB.mainFrame()) navigations++; });
  // Whatever level the post has now (the database may be reused), move it one step up.
  const before = await pageB.locator(`#posko-${post}`).getAttribute('data-alert');
  const target = nextLevel(before);
  Object.assign(result, { before, target });

  const started = await changeAlert(pageA, post, target, 'Uji peramban: massa berkumpul di depan kantor KPU');
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
});
