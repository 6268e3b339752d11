// First-paint benchmark, run by bench/lcp.sh against a node it started: Lighthouse's Node API in
// Debian's Chromium (puppeteer-core only connects the two and signs in), desktop, no throttling.
// Per page: a warm-up run, then RUNS runs, each with a cold HTTP cache (WARM=1: kept); LCP, FCP,
// TBT and the LCP element per run; the diagnostics of the median run; then one instrumented load
// (outside Lighthouse) that times Vaadin's steps: the page, the scripts, the first UIDL, the push
// WebSocket and its first picture, and the browser's own LCP entries. Prints a table per page and
// one `RESULT {json}` line.
// Environment: BASE, CREDENTIALS (the bench profile's file: screenToken=...), RUNS (5), WARMUP (1),
// PAGES (wall,overview; also situasi), WARM, REPORTS (dir for the JSON reports), CHROMIUM
// (/usr/bin/chromium), DESK_USER (sekda), DESK_PASSWORD, JAR_NAME and COMMIT (printed only); for an
// A/B, BASE_B and CREDENTIALS_B (the second node), LABEL_A and LABEL_B.
import fs from 'node:fs';
import os from 'node:os';
import lighthouse from 'lighthouse';
import Trace from 'lighthouse/core/gather/gatherers/trace.js';
import puppeteer from 'puppeteer-core';

const BASE = process.env.BASE || 'http://127.0.0.1:8080';
// An A/B (bench/lcp.sh with JAR_B or APP_ARGS_B): a second node, its runs taking turns with the first's.
const VARIANTS = [{ label: process.env.LABEL_A || 'A', base: BASE, credentials: process.env.CREDENTIALS }];
if (process.env.BASE_B) VARIANTS.push({ label: process.env.LABEL_B || 'B', base: process.env.BASE_B, credentials: process.env.CREDENTIALS_B });
const AB = VARIANTS.length > 1;
const RUNS = Number(process.env.RUNS || 5);
const WARMUP = Number(process.env.WARMUP ?? 1);
const PAGES = (process.env.PAGES || 'wall,overview').split(',').map(s => s.trim()).filter(Boolean);
const WARM = !!process.env.WARM;
const REPORTS = process.env.REPORTS || '';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const USERNAME = process.env.DESK_USER || 'sekda';
const PASSWORD = process.env.DESK_PASSWORD || 'Pilkada2017!';
const LH_VERSION = JSON.parse(fs.readFileSync(new URL('./node_modules/lighthouse/package.json', import.meta.url))).version;

/** The pages: path, screen (the wall is a TV) and how the browser gets in. */
const KINDS = {
  wall: { path: '/layar', width: 1920, height: 1080, auth: 'screen', target: 1000 },
  overview: { path: '/', width: 1350, height: 940, auth: 'person', target: 1500 },
  situasi: { path: '/situasi', width: 1920, height: 1080, auth: 'person', target: null },
};

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-extensions', '--disable-default-apps'];

function credentials(file) {
  const text = fs.readFileSync(file, 'utf8');
  return Object.fromEntries(text.split('\n').filter(l => l.includes('=')).map(l => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

const load1 = () => Number(fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
const median = xs => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? null : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, d = 0) => (x === null || x === undefined || Number.isNaN(x) ? null : Number(x.toFixed(d)));

/**
 * Lighthouse 12.2 (the newest for Node 20) reads this Chromium's `PipelineReporter` trace events
 * wrongly (no `chrome_frame_reporter`), which fails its trace engine and with it the LCP element
 * audit. Those events only move the screenshots' timestamps; they are left out of the trace.
 */
class TraceForThisChromium extends Trace {
  getArtifact() {
    const trace = super.getArtifact();
    return { ...trace, traceEvents: trace.traceEvents.filter(e => e.name !== 'PipelineReporter') };
  }
}

/** Lighthouse's desktop settings with no throttling at all and the page's screen size. */
function config(kind) {
  return {
    extends: 'lighthouse:default',
    artifacts: [{ id: 'Trace', gatherer: TraceForThisChromium }],
    settings: {
      onlyCategories: ['performance'],
      formFactor: 'desktop',
      screenEmulation: { mobile: false, width: kind.width, height: kind.height, deviceScaleFactor: 1, disabled: false },
      emulatedUserAgent: false,
      throttlingMethod: 'provided',
      throttling: { rttMs: 0, throughputKbps: 0, requestLatencyMs: 0, downloadThroughputKbps: 0,
        uploadThroughputKbps: 0, cpuSlowdownMultiplier: 1 },
      disableStorageReset: WARM,
    },
  };
}

/** The browser gets in as the page needs: a paired screen's device cookie, or a person's sign-in. */
async function enter(browser, kind, creds, base) {
  const page = await browser.newPage();
  if (kind.auth === 'screen') {
    await page.setCookie({ name: 'desk-layar', value: creds.screenToken, domain: '127.0.0.1', path: '/', httpOnly: true });
  } else {
    await page.goto(base + '/login', { waitUntil: 'load' });
    await page.locator('>>> input[name="username"]').fill(USERNAME);
    await page.locator('>>> input[name="password"]').fill(PASSWORD);
    await page.locator('vaadin-button[slot="submit"]').click();
    await page.waitForFunction(() => !location.pathname.startsWith('/login'), { timeout: 30000 });
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 30000 }).catch(() => {});
    if (new URL(page.url()).pathname !== '/' && kind.path === '/') {
      throw new Error('signed in but landed on ' + page.url());
    }
  }
  await page.goto('about:blank');
  return page;
}

/** A wall is switched on: its device cookie, no session yet (it signs in again by the cookie). */
async function freshScreen(page, kind, base) {
  if (kind.auth === 'screen') await page.deleteCookie({ name: 'JSESSIONID', url: base });
}

/** What one Lighthouse run says. */
function summarise(lhr) {
  const a = lhr.audits;
  const num = id => (a[id] && typeof a[id].numericValue === 'number' ? a[id].numericValue : null);
  const el = a['largest-contentful-paint-element']?.details?.items || [];
  const node = el[0]?.items?.[0]?.node || null;
  const phases = Object.fromEntries((el[1]?.items || []).map(p => [p.phase, round(p.timing)]));
  const observed = a.metrics?.details?.items?.[0] || {};
  return {
    dcl: observed.observedDomContentLoaded ?? null,
    load: observed.observedLoad ?? null,
    lcp: num('largest-contentful-paint'),
    fcp: num('first-contentful-paint'),
    tbt: num('total-blocking-time'),
    si: num('speed-index'),
    tti: num('interactive'),
    cls: num('cumulative-layout-shift'),
    score: lhr.categories.performance?.score,
    lcpElement: node ? { selector: node.selector, label: node.nodeLabel, snippet: node.snippet } : null,
    lcpPhases: phases,
    runtimeError: lhr.runtimeError?.code || null,
    warnings: lhr.runWarnings || [],
  };
}

/** The diagnostics of one run (the median one). */
function diagnostics(lhr, base) {
  const a = lhr.audits;
  const items = id => a[id]?.details?.items || [];
  const d = items('diagnostics')[0] || {};
  const short = url => url.replace(base, '').replace(/\?.*$/, m => (m.length > 40 ? m.slice(0, 40) + '…' : m));
  const requests = items('network-requests').map(r => ({
    url: short(r.url), type: r.resourceType, start: round(r.networkRequestTime), end: round(r.networkEndTime),
    transferKb: round((r.transferSize || 0) / 1024, 1), resourceKb: round((r.resourceSize || 0) / 1024, 1),
  }));
  return {
    serverResponseMs: round(a['server-response-time']?.numericValue),
    renderBlocking: items('render-blocking-resources').map(r => ({ url: short(r.url), wastedMs: round(r.wastedMs) })),
    renderBlockingSavingsMs: round(a['render-blocking-resources']?.details?.overallSavingsMs),
    totalTransferKb: round((a['total-byte-weight']?.numericValue || 0) / 1024),
    requests: d.numRequests, scripts: d.numScripts, mainDocumentTransferKb: round((d.mainDocumentTransferSize || 0) / 1024, 1),
    bootupMs: round(a['bootup-time']?.numericValue),
    bootupTop: items('bootup-time').slice(0, 4).map(r => ({ url: short(r.url), totalMs: round(r.total), parseCompileMs: round(r.scriptParseCompile) })),
    mainThreadMs: round(a['mainthread-work-breakdown']?.numericValue),
    mainThread: Object.fromEntries(items('mainthread-work-breakdown').map(r => [r.group, round(r.duration)])),
    textCompressionSavingsKb: round((a['uses-text-compression']?.details?.overallSavingsBytes || 0) / 1024),
    uncachedStatic: items('uses-long-cache-ttl').map(r => ({ url: short(r.url), cacheTtlS: round((r.cacheLifetimeMs || 0) / 1000) })),
    unusedJsKb: round((a['unused-javascript']?.details?.overallSavingsBytes || 0) / 1024),
    fontDisplay: a['font-display']?.score,
    longTasks: items('long-tasks').slice(0, 5).map(t => ({ url: short(t.url), start: round(t.startTime), ms: round(t.duration) })),
    requestsTimeline: requests,
  };
}

/**
 * One load outside Lighthouse (cold cache unless WARM), watched through the DevTools protocol:
 * when the document, the scripts and the UIDL requests ended, when the push WebSocket opened and
 * its frames arrived (size), and the browser's LCP entries (time, element, size), all in ms from
 * the start of the document's request.
 */
async function anatomy(page, kind, base) {
  await page.goto('about:blank');
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  if (!WARM) await cdp.send('Network.clearBrowserCache');
  await page.setViewport({ width: kind.width, height: kind.height });
  const requests = new Map();
  const frames = [];
  let ws = null;
  let t0 = null;
  cdp.on('Network.requestWillBeSent', e => {
    if (t0 === null && e.type === 'Document') t0 = e.timestamp;
    requests.set(e.requestId, { url: e.request.url, type: e.type, start: e.timestamp });
  });
  cdp.on('Network.responseReceived', e => {
    const r = requests.get(e.requestId);
    if (r) { r.response = e.timestamp; r.status = e.response.status; }
  });
  cdp.on('Network.loadingFinished', e => {
    const r = requests.get(e.requestId);
    if (r) { r.end = e.timestamp; r.bytes = e.encodedDataLength; }
  });
  cdp.on('Network.webSocketCreated', e => { ws = { url: e.url, created: null, requestId: e.requestId }; });
  cdp.on('Network.webSocketWillSendHandshakeRequest', e => { if (ws && e.requestId === ws.requestId) ws.created = e.timestamp; });
  cdp.on('Network.webSocketHandshakeResponseReceived', e => { if (ws && e.requestId === ws.requestId) ws.open = e.timestamp; });
  cdp.on('Network.webSocketFrameReceived', e => frames.push({ at: e.timestamp, bytes: e.response.payloadData.length }));
  const observer = await page.evaluateOnNewDocument(() => {
    window.__lcp = [];
    window.__paint = [];
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) {
        const el = e.element;
        window.__lcp.push({ at: e.startTime, size: e.size, url: e.url || '', element: el ? el.tagName.toLowerCase()
          + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '')
          + (el.getRootNode() instanceof ShadowRoot ? ' in <' + el.getRootNode().host.tagName.toLowerCase() + '>' : '')
          + ' "' + (el.textContent || '').trim().slice(0, 40) + '"' : '(none)' });
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) window.__paint.push({ name: e.name, at: e.startTime });
    }).observe({ type: 'paint', buffered: true });
    // Where the wall's own time goes: when its elements are defined (their module, with ECharts,
    // evaluated) and how long their methods run. Methods the element lacks are left out.
    const timed = {
      'desk-wall': ['model', 'panels', 'connectedCallback', '_render', '_buildPanels', '_overview', '_fit', '_mapBox',
        '_charts', '_cctv', '_mapOption', '_show'],
      'desk-echart': ['connectedCallback', 'option'],
    };
    window.__elements = { defined: {}, calls: [] };
    const define = customElements.define.bind(customElements);
    customElements.define = function (name, cls, options) {
      if (timed[name]) {
        window.__elements.defined[name] = performance.now();
        for (const method of timed[name]) {
          const d = Object.getOwnPropertyDescriptor(cls.prototype, method);
          if (!d) continue;
          const wrap = f => function (...args) {
            const t = performance.now();
            try { return f.apply(this, args); } finally { window.__elements.calls.push([name + '.' + method, t, performance.now() - t]); }
          };
          if (typeof d.value === 'function') Object.defineProperty(cls.prototype, method, { ...d, value: wrap(d.value) });
          else if (d.set) Object.defineProperty(cls.prototype, method, { ...d, set: wrap(d.set) });
        }
      }
      return define(name, cls, options);
    };
  });
  await freshScreen(page, kind, base);
  await page.goto(base + kind.path, { waitUntil: 'load' });
  await new Promise(r => setTimeout(r, 4000));
  const seen = await page.evaluate(() => ({ lcp: window.__lcp, paint: window.__paint, elements: window.__elements,
    nav: performance.getEntriesByType('navigation').map(n => ({ responseStart: n.responseStart, responseEnd: n.responseEnd,
      domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd }))[0] }));
  await page.removeScriptToEvaluateOnNewDocument(observer.identifier);
  await page.goto('about:blank');
  await cdp.detach();
  const ms = t => (t === undefined || t === null || t0 === null ? null : round((t - t0) * 1000));
  const short = url => url.replace(base, '').replace(/\?.*$/, m => (m.length > 40 ? m.slice(0, 40) + '…' : m));
  const steps = [...requests.values()].filter(r => !r.url.startsWith('data:'))
    .map(r => ({ url: short(r.url), type: r.type, status: r.status ?? null, start: ms(r.start), response: ms(r.response), end: ms(r.end), kb: round((r.bytes || 0) / 1024, 1) }))
    .sort((x, y) => x.start - y.start);
  return {
    steps,
    webSocket: ws ? { handshakeSent: ms(ws.created), open: ms(ws.open) } : null,
    framesReceived: frames.slice(0, 6).map(f => ({ at: ms(f.at), kb: round(f.bytes / 1024, 1) })),
    paint: seen.paint.map(p => ({ name: p.name, at: round(p.at) })),
    lcpEntries: seen.lcp.map(e => ({ at: round(e.at), size: e.size, element: e.element })),
    elements: elementTimes(seen.elements),
    navigation: seen.nav && Object.fromEntries(Object.entries(seen.nav).map(([k, v]) => [k, round(v)])),
  };
}

/** Per element method: calls, total ms, and the first call's start and length (ms from navigation start). */
function elementTimes(seen) {
  if (!seen || !Object.keys(seen.defined).length) return null;
  const by = {};
  for (const [name, at, ms] of seen.calls) {
    const m = by[name] = by[name] || { calls: 0, totalMs: 0, firstAt: round(at), firstMs: round(ms, 1) };
    m.calls++;
    m.totalMs += ms;
  }
  for (const m of Object.values(by)) m.totalMs = round(m.totalMs, 1);
  return { definedAt: Object.fromEntries(Object.entries(seen.defined).map(([k, v]) => [k, round(v)])), methods: by };
}

/** One page: per variant a browser of its own (cookies ignore ports), runs taking turns. */
async function measure(name) {
  const kind = KINDS[name];
  if (!kind) throw new Error('unknown page ' + name + ' (wall, overview, situasi)');
  const sides = [];
  try {
    for (const v of VARIANTS) {
      const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, defaultViewport: null, args: FLAGS });
      sides.push({ v, browser, runs: [], loads: [] });
      sides.at(-1).page = await enter(browser, kind, credentials(v.credentials), v.base);
    }
    for (let i = 0; i < WARMUP + RUNS; i++) {
      for (const side of sides) {
        const { v, page } = side;
        await freshScreen(page, kind, v.base);
        const load = load1();
        const result = await lighthouse(v.base + kind.path, { logLevel: 'error', output: 'json' }, config(kind), page);
        const lhr = result.lhr;
        if (lhr.finalDisplayedUrl && !new URL(lhr.finalDisplayedUrl).pathname.startsWith(kind.path)) {
          throw new Error(`${name}: ended on ${lhr.finalDisplayedUrl}, not ${kind.path} (not signed in?)`);
        }
        const label = i < WARMUP ? 'warm-up' : 'run ' + (i - WARMUP + 1);
        if (REPORTS) fs.writeFileSync(`${REPORTS}/${name}${AB ? '-' + v.label.replace(/[^\w.-]+/g, '_') : ''}-${label.replace(' ', '')}.json`, result.report);
        const s = summarise(lhr);
        console.error(`${name}${AB ? ' [' + v.label + ']' : ''} ${label}: LCP ${round(s.lcp)} ms, FCP ${round(s.fcp)} ms, `
          + `TBT ${round(s.tbt)} ms, load ${load}` + (s.runtimeError ? ', error ' + s.runtimeError : ''));
        if (i >= WARMUP) { side.runs.push({ ...s, lhr }); side.loads.push(load); }
      }
    }
    const out = [];
    for (const { v, page, runs, loads } of sides) {
      const lcps = runs.map(r => r.lcp);
      const mid = runs.find(r => r.lcp === median(lcps)) || [...runs].sort((x, y) => x.lcp - y.lcp)[Math.floor(runs.length / 2)];
      // Lighthouse names the LCP element only while it is still in the page after the run (the
      // wall draws itself again on each picture): the element it named most often.
      const named = runs.map(r => r.lcpElement).filter(Boolean);
      const counts = new Map();
      for (const e of named) counts.set(e.selector, (counts.get(e.selector) || 0) + 1);
      const top = [...counts.entries()].sort((x, y) => y[1] - x[1])[0];
      const element = top ? { ...named.find(e => e.selector === top[0]), namedInRuns: top[1] } : null;
      out.push({
        page: name, variant: AB ? v.label : null, path: kind.path, screen: `${kind.width}x${kind.height}`, targetMs: kind.target,
        lcp: { median: round(median(lcps)), min: round(Math.min(...lcps)), max: round(Math.max(...lcps)), runs: lcps.map(x => round(x)) },
        fcp: { median: round(median(runs.map(r => r.fcp))), runs: runs.map(r => round(r.fcp)) },
        tbt: { median: round(median(runs.map(r => r.tbt))), runs: runs.map(r => round(r.tbt)) },
        tti: { median: round(median(runs.map(r => r.tti))) },
        dcl: { median: round(median(runs.map(r => r.dcl))) },
        load: { median: round(median(runs.map(r => r.load))) },
        score: median(runs.map(r => r.score)),
        lcpElement: element, lcpPhases: mid.lcpPhases,
        lcpElements: [...counts.entries()].map(([k, n]) => `${k} (${n})`),
        loadAverage: { min: Math.min(...loads), max: Math.max(...loads) },
        warnings: [...new Set(runs.flatMap(r => r.warnings))],
        diagnostics: diagnostics(mid.lhr, v.base),
        anatomy: await anatomy(page, kind, v.base),
      });
    }
    return out;
  } finally {
    for (const side of sides) await side.browser.close();
  }
}

function print(r) {
  const d = r.diagnostics;
  const out = [];
  out.push('');
  out.push(`== ${r.page}${r.variant ? ' [' + r.variant + ']' : ''} (${r.path}, ${r.screen}, ${WARM ? 'warm' : 'cold'} cache, `
    + `${RUNS} runs after ${WARMUP} warm-up${r.variant ? ', taking turns with the other node' : ''}) ==`);
  out.push(`  LCP   median ${r.lcp.median} ms  min ${r.lcp.min}  max ${r.lcp.max}  runs ${r.lcp.runs.join(', ')}`
    + (r.targetMs ? `  (target ${r.targetMs} ms: ${r.lcp.median <= r.targetMs ? 'met' : 'MISSED'})` : ''));
  out.push(`  FCP   median ${r.fcp.median} ms  runs ${r.fcp.runs.join(', ')}`);
  out.push(`  TBT   median ${r.tbt.median} ms  runs ${r.tbt.runs.join(', ')};  TTI median ${r.tti.median} ms;  DOMContentLoaded ${r.dcl.median} ms;  load ${r.load.median} ms;  score ${r.score}`);
  out.push(`  LCP element  ${r.lcpElement ? `${r.lcpElement.selector}  "${(r.lcpElement.label || '').slice(0, 60)}"  (named in ${r.lcpElement.namedInRuns} of ${RUNS} runs)` : '(not named)'}`);
  if (r.lcpElements.length > 1) out.push(`  (LCP elements named, runs: ${r.lcpElements.join(' | ')})`);
  out.push(`  LCP phases (median run)  ${Object.entries(r.lcpPhases).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
  out.push(`  load average during the runs ${r.loadAverage.min}-${r.loadAverage.max}`);
  out.push(`  diagnostics (median run): server response ${d.serverResponseMs} ms; ${d.requests} requests, ${d.scripts} scripts, `
    + `${d.totalTransferKb} KB transferred (document ${d.mainDocumentTransferKb} KB); JS boot-up ${d.bootupMs} ms; main thread ${d.mainThreadMs} ms`);
  out.push(`    main thread by kind: ${Object.entries(d.mainThread).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  out.push(`    render-blocking: ${d.renderBlocking.length ? d.renderBlocking.map(x => `${x.url} (${x.wastedMs} ms)`).join(', ') : 'none'}`
    + `; text compression would save ${d.textCompressionSavingsKb} KB; unused JS ${d.unusedJsKb} KB`);
  out.push(`    JS boot-up by script: ${d.bootupTop.map(x => `${x.url} ${x.totalMs} ms (parse+compile ${x.parseCompileMs})`).join('; ')}`);
  out.push(`    long tasks: ${d.longTasks.map(t => `${t.url || '?'} @${t.start} ${t.ms} ms`).join('; ') || 'none'}`);
  if (d.uncachedStatic.length) out.push(`    short cache lifetime: ${d.uncachedStatic.map(x => `${x.url} (${x.cacheTtlS} s)`).join(', ')}`);
  out.push('    requests (ms from navigation start, KB transferred / resource):');
  for (const q of d.requestsTimeline) out.push(`      ${String(q.start).padStart(6)} → ${String(q.end).padStart(6)}  ${String(q.transferKb).padStart(7)} / ${String(q.resourceKb).padStart(7)} KB  ${q.type}  ${q.url}`);
  const a = r.anatomy;
  out.push('  instrumented load (outside Lighthouse; ms from the document request):');
  out.push(`    navigation: ${JSON.stringify(a.navigation)}; paint: ${a.paint.map(p => `${p.name} ${p.at}`).join(', ')}`);
  for (const s of a.steps) out.push(`      ${String(s.start).padStart(6)} → ${String(s.end ?? '-').padStart(6)}  ${String(s.kb).padStart(7)} KB  ${s.status ?? '-'} ${s.type}  ${s.url}`);
  out.push(`    push WebSocket: ${a.webSocket ? `handshake ${a.webSocket.handshakeSent}, open ${a.webSocket.open}` : 'none'}; `
    + `frames received: ${a.framesReceived.map(f => `${f.at} ms ${f.kb} KB`).join(', ') || 'none'}`);
  if (a.elements) {
    out.push(`    elements defined (their module evaluated): ${Object.entries(a.elements.definedAt).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
    out.push('    their methods (calls, total ms; first call at, ms):');
    for (const [k, m] of Object.entries(a.elements.methods)) out.push(`      ${k.padEnd(32)} ${String(m.calls).padStart(3)} × ${String(m.totalMs).padStart(7)} ms;  first @${m.firstAt} ${m.firstMs} ms`);
  }
  out.push(`    LCP entries: ${a.lcpEntries.map(e => `${e.at} ms ${e.element} (${e.size} px²)`).join(' → ') || 'none'}`);
  if (r.warnings.length) out.push(`  Lighthouse warnings: ${r.warnings.join(' | ')}`);
  console.log(out.join('\n'));
}

const started = new Date().toISOString();
const machine = { nproc: os.availableParallelism(), loadAverage1At: { start: load1() }, memGb: round(os.totalmem() / 2 ** 30, 1) };
const chromiumVersion = (await (async () => {
  const b = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  try { return await b.version(); } finally { await b.close(); }
})());
console.log(`machine: ${machine.nproc} cores (nproc), load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}, `
  + `${chromiumVersion}, Lighthouse ${LH_VERSION}, ${process.env.JAR_NAME || ''} at ${process.env.COMMIT || ''}, ${started}`);
const results = [];
const pairs = {};
for (const name of PAGES) {
  const both = await measure(name);
  for (const r of both) {
    print(r);
    results.push(r);
  }
  if (both.length === 2) {
    // Runs i of A and B ran one after the other: their difference is the least disturbed by the load.
    const d = both[1].lcp.runs.map((b, i) => b - both[0].lcp.runs[i]);
    pairs[name] = { lcpBMinusA: d, median: round(median(d)), bFaster: d.filter(x => x < 0).length, of: d.length };
    console.log(`  ${name}: LCP B - A per pair of runs ${d.join(', ')} ms; median ${pairs[name].median} ms; `
      + `B faster in ${pairs[name].bFaster} of ${d.length}`);
  }
}
machine.loadAverage1At.end = load1();
console.log(`\nmachine at the end: load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
console.log('RESULT ' + JSON.stringify({
  started, commit: process.env.COMMIT || null, jar: process.env.JAR_NAME || null, chromium: chromiumVersion, lighthouse: LH_VERSION,
  cache: WARM ? 'warm' : 'cold', runs: RUNS, warmup: WARMUP, machine,
  variants: AB ? VARIANTS.map(v => v.label) : undefined,
  pairs: AB ? pairs : undefined,
  pages: Object.fromEntries(results.map(r => [r.page + (r.variant ? ' [' + r.variant + ']' : ''), {
    path: r.path, screen: r.screen, targetMs: r.targetMs, lcp: r.lcp, fcp: r.fcp, tbt: r.tbt, lcpElement: r.lcpElement,
    lcpPhases: r.lcpPhases, loadAverage: r.loadAverage,
    serverResponseMs: r.diagnostics.serverResponseMs, totalTransferKb: r.diagnostics.totalTransferKb,
    bootupMs: r.diagnostics.bootupMs, firstPaintEntries: r.anatomy.lcpEntries,
  }])),
}));
