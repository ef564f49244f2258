// The page stays responsive while it works: 1 000 generated articles dropped
// at once (a DataTransfer of 1 000 Files dispatched as `drop` on #dropzone)
// show the first result within a second, and the page's own script never
// blocks the main thread for long while the worker analyzes the rest.
//
// Measured in the page with the browser's own observers, registered before
// the drop: 'long-animation-frame' (which names the scripts that ran in each
// slow frame) and 'longtask'. A shared 2-core CI machine stretches any task
// now and then, so the assertions are about the page's own script (main.js)
// and are generous where a real regression is not subtle: see
// docs/benchmarks.md, "Responsiveness".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage } from './harness.mjs';
import { ensureCorpus, loadCorpus } from '../../scripts/bench-lib.mjs';

const ARTICLES = 1000;
/** The bound for the first result. */
const FIRST_RESULT_MS = 1000;
/** A task over this is a long task (the Long Tasks API's definition). */
const LONG_MS = 50;
/** How many long frames with the page's script in them a run may have. */
const MAX_OWN_LONG_FRAMES = 5;
/** No single frame with the page's script in it may run longer than this. */
const MAX_OWN_FRAME_MS = 250;

// The long-frame assertions are enforced: the page appends to its list
// instead of rebuilding it (measured: 1 long frame of 52 ms for 1 000
// articles). LINTAS_STRICT_LONG_TASKS=0 reports them without failing, for a
// machine too loaded to judge.
const STRICT = process.env.LINTAS_STRICT_LONG_TASKS !== '0';

let server, url, browser, run;
before(async () => {
  const { pack, index } = loadCorpus(ensureCorpus(ARTICLES, { packOnly: true }));
  const files = index.map((e) => ({ name: e.name, text: pack.subarray(e.offset, e.offset + e.len).toString('utf8') }));
  ({ server, url } = await serve());
  browser = await launch();
  run = await dropAndWatch(files);
}, { timeout: 900e3 });
after(async () => {
  await browser?.close();
  server?.close();
});

async function dropAndWatch(files) {
  const problems = [];
  const page = await openPage(browser, url, problems);
  // The Files are made before observing: building them is the test's work, not the page's.
  await page.evaluate((files) => {
    window.__files = files.map((f) => new File([f.text], f.name, { type: 'text/plain' }));
  }, files);
  const loaf = await page.evaluate((n) => {
    const s = { frames: [], tasks: [], first: null, t0: 0 };
    window.__resp = s;
    const supported = PerformanceObserver.supportedEntryTypes;
    s.observers = [];
    if (supported.includes('long-animation-frame')) {
      const o = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          s.frames.push({
            start: e.startTime, duration: e.duration, blocking: e.blockingDuration,
            scripts: e.scripts.map((x) => ({ url: x.sourceURL, fn: x.sourceFunctionName, invoker: x.invoker, duration: x.duration })),
          });
        }
      });
      o.observe({ type: 'long-animation-frame' });
      s.observers.push(o);
    }
    const lt = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) s.tasks.push({ start: e.startTime, duration: e.duration });
    });
    lt.observe({ type: 'longtask' });
    s.observers.push(lt);
    const docs = document.getElementById('docs');
    const mo = new MutationObserver(() => {
      if (s.first === null && docs.querySelector('li:not(.failed)')) {
        s.first = performance.now() - s.t0;
        mo.disconnect();
      }
    });
    mo.observe(docs, { childList: true });
    const dt = new DataTransfer();
    for (const f of window.__files) dt.items.add(f);
    window.__files = null;
    s.t0 = performance.now();
    document.getElementById('dropzone').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    return supported.includes('long-animation-frame') && n > 0;
  }, ARTICLES);
  await page.waitForFunction((n) => document.querySelectorAll('#docs li').length >= n
    && !document.getElementById('status').textContent.startsWith('Analyzing'), ARTICLES, { timeout: 800e3, polling: 500 });
  const r = await page.evaluate(() => {
    const s = window.__resp;
    for (const o of s.observers) o.disconnect();
    return { first: s.first, frames: s.frames, tasks: s.tasks, total: performance.now() - s.t0 };
  });
  const listed = await page.$$eval('#docs li:not(.failed)', (els) => els.length);

  // A frame is the page's when a script of main.js ran in it.
  const own = r.frames.filter((f) => f.scripts.some((x) => x.url.endsWith('/main.js')));
  const ownLong = own.filter((f) => f.blocking > 0);
  const worst = ownLong.reduce((m, f) => Math.max(m, f.duration), 0);
  const ownScriptMax = own.flatMap((f) => f.scripts).filter((x) => x.url.endsWith('/main.js')).reduce((m, x) => Math.max(m, x.duration), 0);
  console.log(`responsive: ${listed} of ${ARTICLES} articles in ${(r.total / 1000).toFixed(1)} s; first result after ${r.first?.toFixed(0)} ms; `
    + `long tasks ${r.tasks.length} (longest ${Math.max(0, ...r.tasks.map((t) => t.duration)).toFixed(0)} ms); `
    + `long frames ${r.frames.length}, with main.js ${own.length}, blocking ${ownLong.length} (longest ${worst.toFixed(0)} ms, longest main.js script ${ownScriptMax.toFixed(0)} ms)`);

  await page.close();
  return { r, listed, loaf, ownLong, worst, problems };
}

test('1 000 dropped articles are all listed, the first within a second', () => {
  const { r, listed, problems } = run;
  assert.equal(listed, ARTICLES, 'every generated article is analyzed and listed');
  assert.ok(r.first !== null && r.first <= FIRST_RESULT_MS, `first result after ${r.first} ms (bound ${FIRST_RESULT_MS} ms)`);
  assert.deepEqual(problems, []);
});

test('the page script makes no long tasks while 1 000 articles are analyzed',
  { todo: STRICT ? false : 'reported only (LINTAS_STRICT_LONG_TASKS=0)' }, () => {
    const { loaf, ownLong, worst } = run;
    assert.ok(loaf, 'this Chromium reports long-animation-frame entries');
    assert.ok(ownLong.length <= MAX_OWN_LONG_FRAMES,
      `${ownLong.length} long frames (> ${LONG_MS} ms tasks) ran the page's script: ${JSON.stringify(ownLong.slice(0, 3))}`);
    assert.ok(worst <= MAX_OWN_FRAME_MS, `a frame with the page's script took ${worst.toFixed(0)} ms (bound ${MAX_OWN_FRAME_MS} ms)`);
  });
