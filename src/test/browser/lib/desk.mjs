// What the browser scripts share: Chromium as they launch it, pages signed in through the login
// form, a wall screen registered and paired, requests that leave loopback, the waits on the wall
// several scripts need, screenshots into OUT_DIR, and how a test prints its one JSON line and ends.
import { chromium } from 'playwright-core';

/** The demo accounts' password (DESK_PASSWORD for another database). */
const PASSWORD = process.env.DESK_PASSWORD || 'Pilkada2017!';
/** Where screenshots go: OUT_DIR, set by the Java tests to target/wall-screenshots. */
const OUT_DIR = process.env.OUT_DIR || '.';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// Many pages at once (the benchmarks): none of them throttled for being in the background.
const UNTHROTTLED = ['--disable-renderer-backgrounding', '--disable-background-timer-throttling'];

/** Headless Chromium (CHROMIUM, else /usr/bin/chromium); unthrottled for the benchmarks' many pages. */
export function launch({ unthrottled = false } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: unthrottled ? [...FLAGS, ...UNTHROTTLED] : FLAGS,
  });
}

/**
 * A page in a context of its own (its own cookies, so its own session): 1400x900 and Indonesian
 * unless options (Playwright's context options) say otherwise; watch: true has its requests
 * watched (reported by runTest); onRequest, a function, is handed every request of the context
 * from its first.
 */
export async function newPage(browser, { watch = false, onRequest = null, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'id-ID', ...options });
  if (watch) watchRequests(context);
  if (onRequest) context.on('request', onRequest);
  return context.newPage();
}

/**
 * A new page (as newPage) signed in as username on base through the login form, once it has left
 * /login; with the demo password unless options.password names another.
 */
export async function signIn(browser, base, username, { password = PASSWORD, ...options } = {}) {
  const page = await newPage(browser, options);
  await page.goto(base + '/login');
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('vaadin-button[slot="submit"]').click();
  await page.waitForURL(url => !url.pathname.startsWith('/login'), { timeout: 20000 });
  return page;
}

/** The requests watched contexts sent off loopback (data: addresses aside). */
const outside = [];
let watching = false;

/** Notes every request of the context that leaves loopback, for runTest to report. */
function watchRequests(context) {
  watching = true;
  context.on('request', request => {
    const host = new URL(request.url()).hostname;
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(host) && !request.url().startsWith('data:')) {
      outside.push(request.url());
    }
  });
}

/**
 * Runs a browser test: launches Chromium, runs body(browser), closes Chromium, prints result as
 * one JSON line after prefix (with requestsOutsideLoopback when a context was watched) and exits
 * 1 when body failed, 2 when a request left loopback.
 */
export async function runTest(result, body, { prefix = '' } = {}) {
  const browser = await launch();
  let failure = null;
  try {
    await body(browser);
  } catch (e) {
    failure = e;
    // What each open page showed when it failed, next to the test's own screenshots.
    const pages = browser.contexts().flatMap(c => c.pages());
    for (const [i, page] of pages.entries()) {
      await page.screenshot({ path: `${OUT_DIR}/failure-${i + 1}.png` }).catch(() => {});
    }
  } finally {
    await browser.close();
  }
  if (watching) result.requestsOutsideLoopback = outside;
  console.log(prefix + JSON.stringify(result));
  if (failure) {
    console.error(failure.stack || String(failure));
    process.exit(1);
  }
  if (outside.length > 0) {
    console.error('requests left loopback: ' + outside.join(', '));
    process.exit(2);
  }
}

/** Picks the entry of the page's combo box labelled label, found by typing typed. */
export async function pick(page, label, typed, entry = typed) {
  const box = page.locator('vaadin-combo-box').filter({ hasText: label }).first();
  await box.locator('input').fill(typed);
  await page.locator('vaadin-combo-box-item').filter({ hasText: entry }).first().click();
}

/** Writes the page's screenshot to OUT_DIR/name.png (options: Playwright's, e.g. fullPage). */
export function screenshot(page, name, options = {}) {
  return page.screenshot({ path: `${OUT_DIR}/${name}.png`, ...options });
}

/** An admin page (signed in) registers a screen named name; returns its device token, shown once. */
export async function registerScreen(admin, base, name) {
  await admin.goto(base + '/admin/layar');
  await admin.getByLabel('Nama layar').fill(name);
  await admin.getByRole('button', { name: 'Daftarkan layar' }).click();
  const token = await admin.locator('vaadin-text-field.secret-once input').inputValue();
  if (!token.startsWith('dpk_layar_')) throw new Error('no token shown: ' + token);
  return token;
}

/**
 * A new screen at the viewport paired on base with the device token (options: newPage's, e.g.
 * onRequest); returns once its wall is there.
 */
export async function pairScreen(browser, base, token, viewport, options = {}) {
  const page = await newPage(browser, { ...options, viewport });
  await page.goto(base + '/layar/pasang');
  await page.getByLabel('Token perangkat').fill(token);
  await page.getByRole('button', { name: 'Pasangkan dan buka layar' }).click();
  await page.waitForURL('**/layar');
  await liveWall(page);
  return page;
}

/**
 * Waits until Vaadin's wall has taken over from the first frame that the wall's page draws from
 * the picture it carries (desk-wall.js): one wall on the page, the live one, holding a picture.
 */
export function liveWall(page, timeout = 30000) {
  return page.waitForFunction(() => {
    const walls = document.querySelectorAll('desk-wall');
    return walls.length === 1 && !walls[0].classList.contains('first-frame') && !!walls[0].model;
  }, null, { timeout });
}

/** A new screen (1280x720) already paired: its device cookie set, /layar opened on base. */
export async function openScreen(browser, base, token) {
  const page = await newPage(browser, { viewport: { width: 1280, height: 720 } });
  await page.context().addCookies([{ name: 'desk-layar', value: token, domain: new URL(base).hostname, path: '/',
    httpOnly: true }]);
  await page.goto(base + '/layar');
  await liveWall(page, 60000);
  return page;
}

/** Waits until the page's live wall (not a first frame) holds a picture of all seven posts. */
export function waitForWallPosts(page, options = { timeout: 20000 }) {
  return page.waitForFunction(() => document.querySelector('desk-wall:not(.first-frame)')?.model?.posts?.length === 7,
    null, options);
}

/** The post's entry in the picture the page's wall holds. */
export function postOnWall(page, code) {
  return page.locator('desk-wall').evaluate((w, c) => w.model && w.model.posts.find(p => p.code === c), code);
}

/** Waits until the post's field (a path such as 'issues.open') in the wall's picture is value. */
export function waitForPostOnWall(page, code, field, value, timeout = 10000) {
  return page.waitForFunction(([c, f, v]) => {
    const post = document.querySelector('desk-wall')?.model?.posts?.find(x => x.code === c);
    return !!post && f.split('.').reduce((o, k) => o?.[k], post) === v;
  }, [code, field, value], { timeout });
}

/** A post's alert levels in order, and their labels in the alert dialog. */
const LEVELS = ['NORMAL', 'WASPADA', 'SIAGA', 'AWAS'];
const LABELS = { NORMAL: 'Normal', WASPADA: 'Waspada', SIAGA: 'Siaga', AWAS: 'Awas' };

/** The level one step above (after AWAS, NORMAL again). */
export const nextLevel = level => LEVELS[(LEVELS.indexOf(level) + 1) % LEVELS.length];

/** On the posts' board, sets the post's alert to target with the reason; returns the time of saving. */
export async function changeAlert(page, post, target, reason) {
  await page.locator(`#posko-${post} vaadin-button`, { hasText: 'Ubah status' }).click();
  await page.getByRole('radio', { name: LABELS[target] }).check();
  await page.getByLabel('Alasan').fill(reason);
  const saved = Date.now();
  await page.getByRole('button', { name: 'Simpan' }).click();
  return saved;
}
