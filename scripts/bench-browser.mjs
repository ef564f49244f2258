// The in-browser benchmark and the page's memory budget, in Debian's Chromium:
//   node scripts/bench-browser.mjs [--articles 4536] [--workers 1,2,4] [--rounds 2]
//                                  [--memory-articles 10000] [--memory-limit-mb 300] [--no-wink]
//
// 1. Throughput: serves www/, node_modules/ and bench-out/ on 127.0.0.1 and
//    opens www/bench.html on the generated corpus: Lintas in 1 worker (batch),
//    page-like with 1, 2, N workers, and wink-nlp in 1 worker (batch).
// 2. Memory: opens the real page (www/index.html), drops --memory-articles
//    generated files on #dropzone, waits until all are analyzed, forces a GC
//    and measures (a) performance.measureUserAgentSpecificMemory() — the page
//    is served cross-origin isolated so that it exists; it counts the JS and
//    wasm memory of the page and its worker — (b) CDP JSHeapUsedSize of the
//    main thread, (c) the resident set of the renderer processes. The budget
//    is enforced on (a), or on (c) where (a) is unavailable: over it, the
//    script exits with status 1.
// Writes bench-out/results/browser.json.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { args, ensureCorpus, f0, f2, root, saveResult, table } from './bench-lib.mjs';

const opt = args({ articles: 4536, workers: '', rounds: 2, memoryArticles: 10000, memoryLimitMb: 300, noWink: false, timeoutMin: 30 });

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8',
};
const MOUNTS = ['/www/', '/node_modules/', '/bench-out/'];

/** Serves the repository's www/, node_modules/ and bench-out/, cross-origin isolated. */
async function serve() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(root, path));
    if (!MOUNTS.some((m) => path.startsWith(m)) || !file.startsWith(root)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(path.endsWith('/') ? join(file, 'index.html') : file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
        'cache-control': 'no-store',
      }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

// The flags of tests/browser/harness.mjs, plus an eager measureUserAgentSpecificMemory.
const launch = () => chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    '--enable-blink-features=ForceEagerMeasureMemory'],
});

/** Resident and proportional set sizes of this process's renderer descendants. */
function rendererMemory() {
  const children = new Map();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const ppid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(pid));
    } catch { /* gone */ }
  }
  const out = [];
  const stack = [process.pid];
  while (stack.length) {
    const pid = stack.pop();
    for (const c of children.get(pid) ?? []) {
      stack.push(c);
      try {
        if (!readFileSync(`/proc/${c}/cmdline`, 'utf8').includes('--type=renderer')) continue;
        const kb = (file, key) => Number(readFileSync(`/proc/${c}/${file}`, 'utf8').match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0);
        out.push({ pid: c, rss_mb: kb('status', 'VmRSS') / 1024, pss_mb: kb('smaps_rollup', 'Pss') / 1024 });
      } catch { /* gone */ }
    }
  }
  return out;
}

async function throughput(browser, origin) {
  const dir = ensureCorpus(opt.articles);
  const page = await browser.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.error(`console: ${m.text()}`); });
  const q = new URLSearchParams({ corpus: `/bench-out/${dir.split('/').pop()}/`, rounds: String(opt.rounds), wink: opt.noWink ? '0' : '1' });
  if (opt.workers) q.set('workers', opt.workers);
  const url = `${origin}/www/bench.html?${q}`;
  console.error(`throughput: ${url}`);
  await page.goto(url);
  let last = '';
  const timer = setInterval(async () => {
    const s = await page.textContent('#status').catch(() => '');
    if (s !== last) console.error(`  ${(last = s)}`);
  }, 2000);
  try {
    await page.waitForFunction(() => window.benchResult, null, { timeout: opt.timeoutMin * 60e3, polling: 1000 });
  } finally {
    clearInterval(timer);
  }
  const result = await page.evaluate(() => window.benchResult);
  await page.close();
  if (result.error) throw new Error(`bench page: ${result.error}`);
  return result;
}

async function memory(browser, origin) {
  const n = opt.memoryArticles;
  const dir = ensureCorpus(n, { packOnly: true });
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('crash', () => console.error('memory: the page crashed'));
  page.on('console', (m) => { if (m.type() === 'error') console.error(`page: ${m.text()}`); });
  await page.goto(`${origin}/www/index.html`);
  await page.waitForFunction(() => document.getElementById('version').textContent !== '');
  const isolated = await page.evaluate(() => self.crossOriginIsolated);
  const t0 = Date.now();
  await page.evaluate(async (corpus) => {
    const [pack, index] = await Promise.all([fetch(`${corpus}corpus.pack`).then((r) => r.arrayBuffer()), fetch(`${corpus}index.json`).then((r) => r.json())]);
    const dt = new DataTransfer();
    for (const e of index) dt.items.add(new File([new Uint8Array(pack, e.offset, e.len)], e.name, { type: 'text/plain' }));
    document.getElementById('dropzone').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, `/bench-out/${dir.split('/').pop()}/`);
  console.error(`memory: dropped ${n} files on the page; waiting for the analysis…`);
  const ticker = setInterval(async () => {
    const status = await page.textContent('#status').catch(() => '?');
    console.error(`memory: ${((Date.now() - t0) / 1000).toFixed(0)} s: ${status}`);
  }, 15e3);
  await page.waitForFunction((want) => /in the analysis/.test(document.getElementById('status').textContent)
    && !document.getElementById('status').textContent.startsWith('Analyzing')
    && document.querySelectorAll('#docs li').length >= want, n, { timeout: opt.timeoutMin * 60e3, polling: 1000 });
  clearInterval(ticker);
  const seconds = (Date.now() - t0) / 1000;
  const listed = await page.$$eval('#docs li', (els) => els.length);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  let ua = null;
  if (isolated) {
    ua = await page.evaluate(async () => {
      const m = await performance.measureUserAgentSpecificMemory();
      const by = {};
      for (const b of m.breakdown) for (const t of b.types.length ? b.types : ['other']) by[t] = (by[t] ?? 0) + b.bytes / (b.types.length || 1);
      return { bytes: m.bytes, by_type: by };
    });
  }
  const renderers = rendererMemory();
  await page.close();
  const mb = (b) => b / 2 ** 20;
  const res = {
    articles: n, listed, seconds, cross_origin_isolated: isolated, problems,
    ua_specific_mb: ua ? mb(ua.bytes) : null,
    ua_by_type_mb: ua ? Object.fromEntries(Object.entries(ua.by_type).map(([k, v]) => [k, mb(v)])) : null,
    main_js_heap_used_mb: mb(metrics.JSHeapUsedSize), main_js_heap_total_mb: mb(metrics.JSHeapTotalSize),
    renderers,
    renderer_rss_max_mb: Math.max(0, ...renderers.map((r) => r.rss_mb)),
  };
  res.enforced_on = ua ? 'measureUserAgentSpecificMemory' : 'renderer RSS';
  res.measured_mb = ua ? res.ua_specific_mb : res.renderer_rss_max_mb;
  res.limit_mb = opt.memoryLimitMb;
  res.ok = res.measured_mb <= opt.memoryLimitMb && listed >= n;
  return res;
}

const { server, origin } = await serve();
const browser = await launch();
let failed = false;
try {
  const out = { chromium: browser.version() };
  if (opt.articles > 0) {
    out.throughput = await throughput(browser, origin);
    const rows = out.throughput.results;
    const lintas = rows.find((r) => r.run === 'lintas-batch');
    const wink = rows.find((r) => r.run === 'wink-batch');
    for (const r of rows) r.ratio_vs_wink = wink ? r.mb_s / wink.mb_s : null;
    table(rows, [['run'], ['workers'], ['articles'], ['MB', (_, r) => f2(r.bytes / 1e6)], ['seconds', (_, r) => f2(r.ms / 1000)],
      ['mb_s', f2], ['articles_s', f0], ['ratio_vs_wink', f2]]);
    if (wink) console.log(`Lintas/wink in Chromium, 1 worker: ${(lintas.mb_s / wink.mb_s).toFixed(2)}x (MB/s)`);
  }
  if (opt.memoryArticles > 0) {
    const m = await memory(browser, origin);
    out.memory = m;
    console.log(`memory after ${m.listed}/${m.articles} articles analyzed in the page (${m.seconds.toFixed(1)} s): `
      + `measureUserAgentSpecificMemory ${m.ua_specific_mb === null ? 'n/a' : `${m.ua_specific_mb.toFixed(1)} MB`}, `
      + `main-thread JS heap ${m.main_js_heap_used_mb.toFixed(1)} MB, renderer RSS ${m.renderer_rss_max_mb.toFixed(1)} MB`);
    console.log(`memory budget: ${m.measured_mb.toFixed(1)} MB (${m.enforced_on}) of ${m.limit_mb} MB: ${m.ok ? 'ok' : 'OVER'}`);
    if (!m.ok) failed = true;
  }
  console.error(`wrote ${saveResult('browser', out)}`);
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
