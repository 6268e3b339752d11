// Real wall screens in the node-kill campaign (bench/node-kill.sh; prints one JSON line, not a
// test): WALLS pages in headless Chromium open /layar through nginx with the device cookie, each
// in its own context (its own session, so they spread over the nodes). The script notes which node
// holds each page (the route at the end of its session cookie), waits until the campaign writes the
// kill time into KILLED_FILE, then until every page shows a picture built from an event committed
// after the kill, with no human action: a page on the dead node must reload by itself.
//   BASE=http://127.0.0.1:18700 TOKEN=<screen token> KILLED_FILE=<path> WALLS=4 node node-kill-walls.mjs
import { existsSync, readFileSync } from 'node:fs';
import { launch, openScreen } from './lib/desk.mjs';

const base = process.env.BASE;
const walls = Number(process.env.WALLS || 4);
const killedFile = process.env.KILLED_FILE;
const limitMs = Number(process.env.LIMIT_MS || 90000);
const browser = await launch({ unthrottled: true });
const pages = [];
for (let i = 0; i < walls; i++) {
  const page = await openScreen(browser, base, process.env.TOKEN);
  await page.waitForFunction(() => document.querySelector('desk-wall')?.model, null, { timeout: 60000 });
  const session = (await page.context().cookies()).find(c => c.name === 'JSESSIONID')?.value || '';
  pages.push({ page, route: session.slice(session.lastIndexOf('.') + 1), reloads: 0, back: null });
  page.on('load', () => { pages[i].reloads++; });
  if (process.env.TRACE) {
    // what each page's client does after the kill (TRACE=1): requests, answers, console
    const t = () => new Date().toISOString().slice(11, 23);
    page.on('console', m => console.error(t(), i, 'console', m.text().slice(0, 200)));
    page.on('requestfailed', r => console.error(t(), i, 'failed', r.url().slice(0, 120), r.failure()?.errorText));
    page.on('response', r => console.error(t(), i, r.status(), r.request().method(), r.url().slice(0, 120)));
    page.on('websocket', ws => {
      console.error(t(), i, 'websocket open', ws.url().slice(0, 80));
      ws.on('close', () => console.error(t(), i, 'websocket closed'));
    });
  }
}
const newest = p => p.page.evaluate(() => document.querySelector('desk-wall')?.model?.newestEventAt || null)
  .catch(() => null);
console.error('chromium walls open, per node:', JSON.stringify(pages.map(p => p.route)));
while (!existsSync(killedFile)) await new Promise(r => setTimeout(r, 100));
const killedAt = Number(readFileSync(killedFile, 'utf8'));
while (Date.now() - killedAt < limitMs && pages.some(p => p.back === null)) {
  for (const p of pages.filter(q => q.back === null)) {
    const at = await newest(p);
    if (at && Date.parse(at) > killedAt) p.back = Date.now() - killedAt;
  }
  await new Promise(r => setTimeout(r, 200));
}
const result = pages.map(p => ({ node: p.route, reloadedByItself: p.reloads, msUntilLiveAgain: p.back }));
console.log('CHROMIUM ' + JSON.stringify(result));
await browser.close();
