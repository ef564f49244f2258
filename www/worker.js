// The worker owns the wasm Analyzer and answers {type, ...} messages, so the
// page's main thread never runs the analysis.
//
// in:  {type: 'file', job, name, bytes: ArrayBuffer, options}
//      {type: 'text', job, name, text, options}
// out: {type: 'ready', version}
//      {type: 'result', job, name, doc}
//      {type: 'error', job, name, message}   bad input: the batch goes on
//      {type: 'crash', job, name, message}   the wasm trapped: the page starts a new worker
import init, { Analyzer } from './pkg/lintas.js';

const ready = init({ module_or_path: new URL('./pkg/lintas_bg.wasm', import.meta.url) }).then(() => {
  postMessage({ type: 'ready', version: Analyzer.version() });
});

let analyzer = null;
let analyzerKey = null;

function analyzerFor(options) {
  const key = JSON.stringify(options || {});
  if (key !== analyzerKey) {
    analyzer?.free();
    analyzer = null;
    analyzer = new Analyzer(options || {});
    analyzerKey = key;
  }
  return analyzer;
}

const text = (e) => (e instanceof Error ? e.message : String(e));

onmessage = async ({ data }) => {
  const { job, name } = data;
  try {
    await ready;
  } catch (e) {
    postMessage({ type: 'crash', job, name, message: `the analyzer could not start: ${text(e)}` });
    return;
  }
  try {
    const a = analyzerFor(data.options);
    const doc = data.type === 'file'
      ? a.analyzeFile(name, new Uint8Array(data.bytes))
      : a.analyzeText(name, data.text);
    postMessage({ type: 'result', job, name, doc });
  } catch (e) {
    // A trap (a bug in the core) leaves the instance unusable; bad input does not.
    const type = e instanceof WebAssembly.RuntimeError ? 'crash' : 'error';
    postMessage({ type, job, name, message: text(e) });
  }
};
