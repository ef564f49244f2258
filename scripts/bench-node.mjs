// Lintas against wink-nlp in Node, over the same generated corpus:
//   node scripts/bench-node.mjs [--articles 4536] [--rounds 3] [--no-native] [--no-wasm] [--no-wink]
//
// - lintas-wasm:   the web build (www/pkg/lintas.js, loaded with
//                  initSync({module: bytes})), Analyzer.analyzeFile per file,
//                  the JS object it returns included — what the page's worker does;
// - lintas-native: the release build, examples/throughput.rs (same corpus,
//                  same analyze_file, Rust Document not serialized);
// - wink-nlp:      readDoc + entities().out(its.detail) + sentences().out()
//                  per file, on the file's text (TextDecoder included).
// MB/s is corpus bytes (the files as dropped) over the best round's time.
// Prints a table and the Lintas/wink ratios; writes bench-out/results/node.json.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { args, ensureCorpus, f0, f2, loadCorpus, root, saveResult, table } from './bench-lib.mjs';

const opt = args({ articles: 4536, rounds: 3, noNative: false, noWasm: false, noWink: false });
const dir = ensureCorpus(opt.articles);
const { pack, index, bytes } = loadCorpus(dir);
const files = index.map((e) => ({ name: e.name, bytes: pack.subarray(e.offset, e.offset + e.len) }));
console.error(`corpus: ${dir}: ${files.length} articles, ${(bytes / 1e6).toFixed(2)} MB`);

function time(label, once) {
  let best = Infinity;
  let facts = 0;
  for (let i = 0; i <= opt.rounds; i++) {
    const t0 = performance.now();
    facts = once();
    const ms = performance.now() - t0;
    // Round 0 warms up (wasm compilation tiers, JIT) and does not count.
    if (i > 0) best = Math.min(best, ms);
    console.error(`${label}: round ${i}${i === 0 ? ' (warm-up)' : ''}: ${(ms / 1000).toFixed(2)} s`);
  }
  return { seconds: best / 1000, facts };
}

const rows = [];
const row = (engine, r) => rows.push({
  engine, articles: files.length, bytes, seconds: r.seconds, mb_s: bytes / 1e6 / r.seconds, articles_s: files.length / r.seconds, facts: r.facts,
});

if (!opt.noWasm) {
  const glue = join(root, 'www/pkg/lintas.js');
  if (!existsSync(glue)) throw new Error('www/pkg/lintas.js is missing: run `make build` first');
  const { initSync, Analyzer } = await import(glue);
  initSync({ module: readFileSync(join(root, 'www/pkg/lintas_bg.wasm')) });
  const analyzer = new Analyzer({});
  row('lintas-wasm', time('lintas-wasm', () => {
    let facts = 0;
    for (const f of files) {
      try {
        const d = analyzer.analyzeFile(f.name, f.bytes);
        facts += d.countries.length + d.counts.length + d.dates.length + d.organizations.length;
      } catch { /* counted as no facts */ }
    }
    return facts;
  }));
}

if (!opt.noNative) {
  const out = execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'throughput', '--', dir, '--rounds', String(opt.rounds)],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const r = JSON.parse(out.trim().split('\n').pop());
  row('lintas-native', { seconds: r.seconds, facts: r.facts });
}

if (!opt.noWink) {
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp');
  const nlp = winkNLP(require('wink-eng-lite-web-model'));
  const its = nlp.its;
  const decoder = new TextDecoder();
  row('wink-nlp', time('wink-nlp', () => {
    let facts = 0;
    for (const f of files) {
      const doc = nlp.readDoc(decoder.decode(f.bytes));
      facts += doc.entities().out(its.detail).length + doc.sentences().out().length;
    }
    return facts;
  }));
}

const winkRate = rows.find((r) => r.engine === 'wink-nlp')?.mb_s;
for (const r of rows) r.ratio_vs_wink = winkRate ? r.mb_s / winkRate : null;
table(rows, [['engine'], ['articles'], ['MB', (_, r) => f2(r.bytes / 1e6)], ['seconds', f2], ['mb_s', f2], ['articles_s', f0], ['ratio_vs_wink', f2]]);
const path = saveResult('node', { node: process.version, corpus: dir, rounds: opt.rounds, rows });
console.error(`wrote ${path}`);
