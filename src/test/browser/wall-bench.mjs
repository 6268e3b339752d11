// Wall benchmark (prints numbers; not a test): opens N wall screens in one headless Chromium
// against a running production node, measures the node's live heap after a full GC before and
// after (jcmd), then fires ~100 device events per second through the API for a while and counts
// how often each wall received a new picture.
//   BASE=http://127.0.0.1:8080 PID=<node pid> WALLS=50 SECONDS=10 node wall-bench.mjs
import { execFileSync } from 'node:child_process';
import { launch, openScreen, registerScreen, signIn } from './lib/desk.mjs';

const base = process.env.BASE || 'http://127.0.0.1:8080';
const pid = process.env.PID;
const walls = Number(process.env.WALLS || 50);
const seconds = Number(process.env.SECONDS || 10);
const rate = Number(process.env.RATE || 100);
const jcmd = process.env.JCMD || 'jcmd';

function liveHeapKb() {
  execFileSync(jcmd, [pid, 'GC.run']);
  execFileSync(jcmd, [pid, 'GC.run']);
  const info = execFileSync(jcmd, [pid, 'GC.heap_info']).toString();
  const used = /used (\d+)K/.exec(info);
  return Number(used[1]);
}

// HEAPDUMP=<directory>: also writes walls-0.hprof and walls-<N>.hprof there (live objects only).
function heapDump(name) {
  if (process.env.HEAPDUMP) execFileSync(jcmd, [pid, 'GC.heap_dump', '-all=false', `${process.env.HEAPDUMP}/${name}.hprof`]);
}

function histogram() {
  const lines = execFileSync(jcmd, [pid, 'GC.class_histogram'], { maxBuffer: 64 * 1024 * 1024 }).toString().split('\n');
  const bytes = new Map();
  for (const line of lines) {
    const m = /^\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)/.exec(line);
    if (m) bytes.set(m[3], Number(m[2]));
  }
  return bytes;
}

const browser = await launch({ unthrottled: true });
const admin = await signIn(browser, base, 'admin');
const screenToken = await registerScreen(admin, base, 'Layar Benchmark ' + Date.now());
await admin.getByRole('button', { name: 'Sudah saya salin' }).click();
await admin.goto(base + '/admin/integrasi');
await admin.getByLabel('Nama klien').fill('Benchmark ' + Date.now());
await admin.getByRole('button', { name: 'Buat token' }).click();
const apiToken = await admin.locator('vaadin-text-field.secret-once input').inputValue();
await admin.context().close();

const api = (method, path, body) => fetch(base + path, {
  method, headers: { Authorization: 'Bearer ' + apiToken, 'Content-Type': 'application/json' },
  body: body ? JSON.stringify(body) : undefined,
});
const devices = await (await api('GET', '/api/v1/devices')).json();
if (devices.length === 0) throw new Error('register at least one device first (the script does not)');
const device = devices[0].id;

const before = liveHeapKb();
const histBefore = process.env.HISTOGRAM ? histogram() : null;
heapDump('walls-0');
const pages = [];
for (let i = 0; i < walls; i++) {
  // One browser context per wall: each is its own screen with its own session, as on the wall.
  const page = await openScreen(browser, base, screenToken);
  await page.waitForFunction(() => document.querySelector('desk-wall')?.shadowRoot?.querySelector('.tile'), null,
    { timeout: 60000 });
  await page.evaluate(() => {
    const wall = document.querySelector('desk-wall');
    const proto = Object.getPrototypeOf(wall);
    const prop = Object.getOwnPropertyDescriptor(proto, 'model');
    window.__pictures = [];
    Object.defineProperty(wall, 'model', {
      // the time the server built the picture, so a busy browser cannot bunch them up
      set(v) { window.__pictures.push(Date.parse(JSON.parse(v).generatedAt)); prop.set.call(this, v); },
      get() { return prop.get.call(this); },
    });
  });
  pages.push(page);
}
await new Promise(r => setTimeout(r, 3000));
const after = liveHeapKb();
heapDump('walls-' + walls);
if (histBefore) {
  const diff = [...histogram()].map(([k, v]) => [k, v - (histBefore.get(k) || 0)]).sort((a, b) => b[1] - a[1]);
  for (const [k, v] of diff.slice(0, 30)) console.error(String(Math.round(v / walls)).padStart(8), 'B/wall', k);
}

// The burst runs with a few walls open: a browser rendering dozens of walls takes the CPU the
// server needs, and the event rate would then measure the browser.
const keep = Number(process.env.BURST_WALLS || 5);
for (const page of pages.splice(keep)) await page.context().close();
const started = Date.now();
let sent = 0;
let failed = 0;
while (Date.now() - started < seconds * 1000) {
  const tickStart = Date.now();
  const batch = [];
  for (let i = 0; i < rate / 10; i++) {
    batch.push(api('PUT', `/api/v1/devices/${device}/status`, { status: sent % 2 ? 'UP' : 'DOWN' })
      .then(r => { if (!r.ok) failed++; }).catch(() => failed++));
    sent++;
  }
  await Promise.all(batch);
  await new Promise(r => setTimeout(r, Math.max(0, 100 - (Date.now() - tickStart))));
}
const elapsed = (Date.now() - started) / 1000;
await new Promise(r => setTimeout(r, 1500));
let maxPerSecond = 0;
let total = 0;
for (const page of pages) {
  const times = await page.evaluate(() => window.__pictures);
  total += times.length;
  const distinct = [...new Set(times)].sort((a, b) => a - b);
  for (let i = 0; i < distinct.length; i++) {
    const inSecond = distinct.filter(t => t >= distinct[i] && t < distinct[i] + 1000).length;
    maxPerSecond = Math.max(maxPerSecond, inSecond);
  }
}
await browser.close();
console.log(JSON.stringify({
  walls, heapBeforeKb: before, heapAfterKb: after, perWallKb: Math.round((after - before) / walls * 10) / 10,
  burstWalls: pages.length, burstSeconds: Math.round(elapsed), eventsSent: sent, eventsFailed: failed,
  eventsPerSecond: Math.round(sent / elapsed), picturesPerWall: Math.round(total / pages.length * 10) / 10,
  maxPicturesPerWallPerSecond: maxPerSecond,
}));
