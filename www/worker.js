// The worker owns the wasm Analyzer and the corpus, and answers {type, ...}
// messages one at a time, so the page's main thread never runs the analysis.
//
// in:  {type: 'file', name, bytes: ArrayBuffer, options}   analyze a file, add it to the corpus
//      {type: 'text', name, text, options}                 analyze pasted text, add it
//      {type: 'import', name, text}                        merge an exported analysis
//      {type: 'remove', id} | {type: 'clear'}
//      {type: 'view'}                                      the corpus's derived views
//      {type: 'add', doc}                                  re-add a document (after a crash)
//      {type: 'export', format: 'json' | 'csv', table}     exports carry facts, not article texts
// out: {type: 'ready', version}
//      {type: 'result', name, doc} | {type: 'imported', name, documents}
//      {type: 'view', view} | {type: 'export', text} | {type: 'ok'}
//      {type: 'error', name, message}   bad input: the batch goes on
//      {type: 'crash', name, message}   the wasm trapped: the page starts a new worker
import init, { Analyzer, Corpus } from './pkg/lintas.js';

const ready = init({ module_or_path: new URL('./pkg/lintas_bg.wasm', import.meta.url) }).then(() => {
  // The gazetteers and patterns are built on first use; build them now, while
  // the page loads, so the first dropped article comes back at once.
  analyzerFor({}).analyzeText('warm-up', 'Polisi Kamboja menangkap 12 orang di Phnom Penh pada Senin (2/9/2024).');
  postMessage({ type: 'ready', version: Analyzer.version() });
});

let analyzer = null;
let analyzerKey = null;
let corpus = null;

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

function theCorpus() {
  corpus ??= new Corpus({ keep_text: false });
  return corpus;
}

const text = (e) => (e instanceof Error ? e.message : String(e));

// An export is either the corpus JSON itself, or the CLI's {documents, corpus}.
function corpusPart(exportText) {
  let parsed;
  try {
    parsed = JSON.parse(exportText.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new Error(`not JSON: ${text(e)}`);
  }
  if (parsed?.format === 'lintas-corpus') return exportText;
  if (parsed?.corpus?.format === 'lintas-corpus') return JSON.stringify(parsed.corpus);
  throw new Error('not a Lintas analysis export');
}

function handle(data) {
  const { name } = data;
  switch (data.type) {
    case 'file':
    case 'text': {
      const a = analyzerFor(data.options);
      const doc = data.type === 'file'
        ? a.analyzeFile(name, new Uint8Array(data.bytes))
        : a.analyzeText(name, data.text);
      theCorpus().add(doc);
      return { type: 'result', name, doc };
    }
    case 'import': {
      const c = theCorpus();
      const before = new Set(c.view().documents.map((d) => d.id));
      try {
        c.merge(corpusPart(data.text));
      } catch (e) {
        throw new Error(`file \`${name}\` cannot be imported: ${text(e)}`);
      }
      const documents = c.view().documents.filter((d) => !before.has(d.id));
      return { type: 'imported', name, documents };
    }
    case 'add':
      theCorpus().add(data.doc);
      return { type: 'ok' };
    case 'remove':
      theCorpus().remove(data.id);
      return { type: 'ok' };
    case 'clear':
      corpus?.free();
      corpus = null;
      return { type: 'ok' };
    case 'view': {
      const { documents, ...view } = theCorpus().view();
      return { type: 'view', view: { ...view, document_count: documents.length } };
    }
    case 'export':
      if (data.format === 'csv') return { type: 'export', text: theCorpus().exportCsv(data.table) };
      return { type: 'export', text: theCorpus().exportJson() };
    default:
      throw new Error(`unknown request ${data.type}`);
  }
}

onmessage = async ({ data }) => {
  try {
    await ready;
  } catch (e) {
    postMessage({ type: 'crash', name: data.name, message: `the analyzer could not start: ${text(e)}` });
    return;
  }
  try {
    postMessage(handle(data));
  } catch (e) {
    // A trap (a bug in the core) leaves the instance unusable; bad input does not.
    const type = e instanceof WebAssembly.RuntimeError ? 'crash' : 'error';
    postMessage({ type, name: data.name, message: text(e) });
  }
};
