// The throughput benchmark page (www/bench.html) and its workers, in one file:
// loaded by the page it drives the runs, loaded as a module worker it analyzes.
// Not linked from the main page; scripts/bench-browser.mjs opens it.
//
// Runs, all over the same corpus.pack (one request, sliced by index.json):
//   lintas-batch   1 worker loops over every article (analyzeFile, the JS
//                  object included), timed inside the worker: compare to wink.
//   lintas-page    like the page: each article's bytes posted to one of W
//                  workers, one in flight per worker, the document posted
//                  back; wall time at the page, for W = 1, 2, N.
//   wink-batch     1 worker: wink-nlp readDoc + entities + sentences per file.
const inWorker = typeof document === 'undefined';

if (inWorker) {
  let pack = null;
  let index = null;
  let analyzer = null;
  let wink = null;
  onmessage = async ({ data }) => {
    try {
      if (data.type === 'setup') {
        ({ pack, index } = data);
        if (data.engine === 'lintas') {
          const mod = await import(new URL('./pkg/lintas.js', import.meta.url));
          await mod.default({ module_or_path: new URL('./pkg/lintas_bg.wasm', import.meta.url) });
          analyzer = new mod.Analyzer({});
        } else {
          wink = loadWink(data.nodeModules);
        }
        postMessage({ type: 'ready' });
      } else if (data.type === 'batch') {
        const t0 = performance.now();
        let facts = 0;
        let failed = 0;
        for (const e of index) {
          const bytes = new Uint8Array(pack, e.offset, e.len);
          try {
            facts += analyzer ? lintasFacts(analyzer.analyzeFile(e.name, bytes)) : winkFacts(wink, bytes);
          } catch {
            failed += 1;
          }
        }
        postMessage({ type: 'done', ms: performance.now() - t0, facts, failed });
      } else if (data.type === 'file') {
        // Like www/worker.js: bytes in, the document out.
        try {
          const doc = analyzer.analyzeFile(data.name, new Uint8Array(data.bytes));
          postMessage({ type: 'result', doc });
        } catch (e) {
          postMessage({ type: 'error', message: String(e) });
        }
      }
    } catch (e) {
      postMessage({ type: 'fatal', message: `${e?.message ?? e}\n${e?.stack ?? ''}` });
    }
  };
}

function lintasFacts(doc) {
  return doc.countries.length + doc.counts.length + doc.dates.length + doc.organizations.length;
}

const decoder = inWorker ? new TextDecoder() : null;
function winkFacts({ nlp, its }, bytes) {
  const doc = nlp.readDoc(decoder.decode(bytes));
  return doc.entities().out(its.detail).length + doc.sentences().out().length;
}

// wink-nlp and its model are CommonJS; a worker may fetch synchronously, so a
// twenty-line require() loads them from node_modules without a bundler.
function loadWink(nodeModules) {
  const cache = new Map();
  const get = (url) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url, false);
    xhr.send();
    if (xhr.status !== 200) throw new Error(`${url}: HTTP ${xhr.status}`);
    return xhr.responseText;
  };
  const resolve = (spec, from) => {
    if (spec.startsWith('.')) {
      const url = new URL(spec, from).href;
      return /\.(js|json)$/.test(url) ? url : `${url}.js`;
    }
    const pkg = new URL(`${spec}/package.json`, nodeModules);
    return new URL(JSON.parse(get(pkg)).main || 'index.js', pkg).href;
  };
  const load = (url) => {
    if (cache.has(url)) return cache.get(url).exports;
    const module = { exports: {} };
    cache.set(url, module);
    const src = get(url);
    if (url.endsWith('.json')) module.exports = JSON.parse(src);
    // eslint-disable-next-line no-new-func
    else new Function('require', 'module', 'exports', `${src}\n//# sourceURL=${url}`)((s) => load(resolve(s, url)), module, module.exports);
    return module.exports;
  };
  const winkNLP = load(resolve('wink-nlp', nodeModules));
  const nlp = winkNLP(load(resolve('wink-eng-lite-web-model', nodeModules)));
  return { nlp, its: nlp.its };
}

// ---- the page ----

async function startWorker(engine, pack, index, nodeModules) {
  const w = new Worker(new URL(import.meta.url), { type: 'module' });
  const ready = new Promise((ok, fail) => {
    w.onmessage = ({ data }) => (data.type === 'ready' ? ok() : fail(new Error(data.message)));
    w.onerror = (e) => fail(new Error(e.message));
  });
  w.postMessage({ type: 'setup', engine, pack: pack.slice(0), index, nodeModules });
  await ready;
  return w;
}

const call = (w, msg, transfer = []) => new Promise((ok, fail) => {
  w.onmessage = ({ data }) => (data.type === 'fatal' ? fail(new Error(data.message)) : ok(data));
  w.postMessage(msg, transfer);
});

async function batch(engine, pack, index, nodeModules) {
  const w = await startWorker(engine, pack, index, nodeModules);
  try {
    return await call(w, { type: 'batch' });
  } finally {
    w.terminate();
  }
}

async function pageLike(workers, pack, index) {
  const pool = await Promise.all(Array.from({ length: workers }, () => startWorker('lintas', new ArrayBuffer(0), [], null)));
  let next = 0;
  let failed = 0;
  const t0 = performance.now();
  await Promise.all(pool.map(async (w) => {
    while (next < index.length) {
      const e = index[next++];
      const bytes = pack.slice(e.offset, e.offset + e.len);
      const r = await call(w, { type: 'file', name: e.name, bytes }, [bytes]);
      if (r.type !== 'result') failed += 1;
    }
  }));
  const ms = performance.now() - t0;
  for (const w of pool) w.terminate();
  return { ms, failed };
}

async function main() {
  const q = new URLSearchParams(location.search);
  const corpus = new URL(q.get('corpus') || '../bench-out/corpus-4536/', location.href);
  const nodeModules = new URL(q.get('node_modules') || '../node_modules/', location.href).href;
  const n = navigator.hardwareConcurrency || 2;
  const workerCounts = [...new Set((q.get('workers') || `1,2,${n}`).split(',').map(Number).filter((x) => x > 0))];
  const rounds = Math.max(1, Number(q.get('rounds') || 2));
  const status = (t) => { document.getElementById('status').textContent = t; };
  const results = [];
  const row = (r) => {
    results.push(r);
    const tr = document.createElement('tr');
    for (const v of [r.run, r.workers, r.articles, (r.bytes / 1e6).toFixed(2), (r.ms / 1000).toFixed(2), r.mb_s.toFixed(2), r.articles_s.toFixed(0)]) {
      tr.append(Object.assign(document.createElement('td'), { textContent: String(v) }));
    }
    document.querySelector('#results tbody').append(tr);
  };
  const [pack, index] = await Promise.all([
    fetch(new URL('corpus.pack', corpus)).then((r) => { if (!r.ok) throw new Error(`corpus.pack: ${r.status}`); return r.arrayBuffer(); }),
    fetch(new URL('index.json', corpus)).then((r) => r.json()),
  ]);
  const bytes = index.reduce((s, e) => s + e.len, 0);
  const record = (run, workers, ms, extra = {}) => row({
    run, workers, articles: index.length, bytes, ms, mb_s: bytes / 1e6 / (ms / 1000), articles_s: index.length / (ms / 1000), ...extra,
  });
  // Best of `rounds`: the first round also pays for compiling the wasm / JIT-warming wink.
  const best = async (label, f) => {
    let top = null;
    for (let i = 0; i < rounds; i++) {
      status(`${label}: round ${i + 1} of ${rounds}…`);
      const r = await f();
      if (!top || r.ms < top.ms) top = r;
    }
    return top;
  };
  const lb = await best('lintas, 1 worker, batch', () => batch('lintas', pack, index, nodeModules));
  record('lintas-batch', 1, lb.ms, { failed: lb.failed, facts: lb.facts });
  for (const w of workerCounts) {
    const r = await best(`lintas, ${w} workers, page-like`, () => pageLike(w, pack, index));
    record('lintas-page', w, r.ms, { failed: r.failed });
  }
  if (q.get('wink') !== '0') {
    const wb = await best('wink-nlp, 1 worker, batch', () => batch('wink', pack, index, nodeModules));
    record('wink-batch', 1, wb.ms, { failed: wb.failed, facts: wb.facts });
    const ratio = (lb.ms ? wb.ms / lb.ms : 0);
    document.getElementById('log').textContent = `Lintas/wink (1 worker, MB/s): ${ratio.toFixed(2)}×`;
  }
  status('Done.');
  window.benchResult = { userAgent: navigator.userAgent, hardwareConcurrency: n, rounds, results };
}

if (!inWorker) {
  main().catch((e) => {
    document.getElementById('status').textContent = `Failed: ${e.message}`;
    window.benchResult = { error: e.message };
  });
}
