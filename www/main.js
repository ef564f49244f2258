// The page: takes articles (drop, file picker, paste, samples), hands them to
// the analyzer worker one at a time, and renders what comes back. Article text
// is untrusted: it only ever reaches the DOM through textContent.

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'role' || k === 'title') node.setAttribute(k, v);
    else node[k] = v;
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
};

const MAX_FILE_BYTES = 8 * 1024 * 1024; // the core's limit (lintas::MAX_INPUT_BYTES)
const ARTICLE_EXT = /\.(txt|text|html?|md|markdown)$/i;

// ---- the worker bridge: a queue, one request in flight, a new worker after a crash ----

class Bridge {
  constructor({ onReady, replay }) {
    this.onReady = onReady;
    this.replay = replay; // messages that rebuild a new worker's corpus after a crash
    this.queue = [];
    this.busy = null;
    this.worker = null;
    this.start();
  }

  start() {
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    this.worker.onmessage = ({ data }) => this.receive(data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.receive({ type: 'crash', message: e.message || 'the analyzer stopped' });
    };
  }

  restart() {
    this.worker.terminate();
    this.start();
    const rebuild = this.replay().map((msg) => ({ msg, transfer: [], resolve: () => {} }));
    this.queue.unshift(...rebuild);
  }

  receive(data) {
    if (data.type === 'ready') {
      this.onReady(data.version);
      return;
    }
    const job = this.busy;
    this.busy = null;
    if (data.type === 'crash') {
      this.restart();
      data = { ...data, type: 'error', message: `internal error in the analyzer: ${data.message}` };
    }
    job?.resolve({ ...data, name: job.msg.name ?? data.name });
    this.pump();
  }

  /** Sends `msg` after those before it; resolves with the worker's answer. */
  request(msg, transfer = []) {
    return new Promise((resolve) => {
      this.queue.push({ msg, transfer, resolve });
      this.pump();
    });
  }

  /** Drops everything not yet answered; the answers resolve as {type: 'cancelled'}. */
  cancel() {
    for (const job of this.queue) job.resolve({ type: 'cancelled' });
    this.queue = [];
    if (this.busy) {
      this.busy.resolve({ type: 'cancelled' });
      this.busy = null;
      this.restart();
    }
  }

  pending() {
    return this.queue.length + (this.busy ? 1 : 0);
  }

  pump() {
    if (this.busy || !this.queue.length) return;
    this.busy = this.queue.shift();
    this.worker.postMessage(this.busy.msg, this.busy.transfer);
  }
}

// ---- state ----

const docs = new Map(); // id → Document analyzed here, in the order they arrived
const imported = new Map(); // id → document summary from an imported analysis (no text)
const importTexts = []; // the imported exports, replayed into a restarted worker
const failures = new Map(); // name → message
let selected = null;
let submitted = 0;
let finished = 0;
let view = null; // the corpus's derived views, refreshed after changes
let viewStale = true;

const bridge = new Bridge({
  onReady(version) {
    $('version').textContent = version;
    if (!submitted) setStatus('Ready. Drop articles, choose files, paste text, or try the samples.');
  },
  replay: () => [
    ...[...docs.values()].map((doc) => ({ type: 'add', doc })),
    ...importTexts.map(({ name, text }) => ({ type: 'import', name, text })),
  ],
});

function options() {
  const d = $('reference-date').value;
  return d ? { reference_date: d } : {};
}

function onAnswer(ev) {
  if (ev.type === 'cancelled') return;
  finished += 1;
  if (ev.type === 'result') {
    failures.delete(ev.name);
    docs.set(ev.doc.id, ev.doc);
    imported.delete(ev.doc.id);
    if (!selected) selected = ev.doc.id;
  } else if (ev.type === 'imported') {
    for (const d of ev.documents) if (!docs.has(d.id)) imported.set(d.id, d);
    if (!selected && ev.documents.length) selected = ev.documents[0].id;
  } else {
    failures.set(ev.name, ev.message);
  }
  viewStale = true;
  scheduleRender();
  progress();
}

function progress() {
  const total = docs.size + imported.size;
  setStatus(bridge.pending()
    ? `Analyzing… ${finished} of ${submitted} done.`
    : `${total} article${total === 1 ? '' : 's'} in the analysis${failures.size ? `, ${failures.size} could not be read` : ''}.`);
}

function setStatus(text) {
  $('status').textContent = text;
}

// ---- input ----

async function addFiles(fileList) {
  const files = [...fileList];
  if (!files.length) return;
  for (const f of files) {
    if (f.size > MAX_FILE_BYTES) {
      failures.set(f.name, `file \`${f.name}\` is too large: ${f.size} bytes, the limit is ${MAX_FILE_BYTES} bytes`);
      continue;
    }
    let bytes;
    try {
      bytes = await f.arrayBuffer();
    } catch (e) {
      failures.set(f.name, `file \`${f.name}\` cannot be read: ${e.message}`);
      continue;
    }
    submitted += 1;
    if (/\.json$/i.test(f.name)) {
      const text = new TextDecoder().decode(bytes);
      bridge.request({ type: 'import', name: f.name, text }).then((ev) => {
        if (ev.type === 'imported') importTexts.push({ name: f.name, text });
        onAnswer(ev);
      });
      continue;
    }
    if (!ARTICLE_EXT.test(f.name) && f.type && !f.type.startsWith('text/')) {
      submitted -= 1;
      failures.set(f.name, `file \`${f.name}\` is not an article: Lintas reads .txt, .html and .md files, and .json analyses it exported`);
      continue;
    }
    bridge.request({ type: 'file', name: f.name, bytes, options: options() }, [bytes]).then(onAnswer);
  }
  scheduleRender();
  progress();
}

function addText(text, name = '') {
  if (!text.trim()) {
    setStatus('The paste box is empty: paste an article first.');
    return;
  }
  submitted += 1;
  bridge.request({ type: 'text', name, text, options: options() }).then(onAnswer);
  progress();
}

async function loadSamples() {
  setStatus('Loading the sample articles…');
  try {
    const list = await (await fetch('samples/index.json')).json();
    const files = await Promise.all(list.map(async (name) => {
      const res = await fetch(`samples/${encodeURIComponent(name)}`);
      if (!res.ok) throw new Error(`samples/${name}: ${res.status}`);
      return new File([await res.arrayBuffer()], name);
    }));
    await addFiles(files);
  } catch (e) {
    setStatus(`The samples could not be loaded: ${e.message}`);
  }
}

function download(text, name, type) {
  const blob = new Blob([text], { type });
  const a = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

const dz = $('dropzone');
for (const target of [dz, document.body]) {
  target.addEventListener('dragover', (e) => {
    e.preventDefault();
    dz.classList.add('over');
  });
  target.addEventListener('dragleave', () => dz.classList.remove('over'));
  target.addEventListener('drop', (e) => {
    e.preventDefault();
    e.stopPropagation();
    dz.classList.remove('over');
    addFiles(e.dataTransfer?.files ?? []);
  });
}
$('file-picker').addEventListener('change', (e) => {
  addFiles(e.target.files);
  e.target.value = '';
});
$('samples').addEventListener('click', loadSamples);
$('analyze-paste').addEventListener('click', () => addText($('paste-text').value));
$('clear').addEventListener('click', () => {
  bridge.cancel();
  bridge.request({ type: 'clear' });
  docs.clear();
  imported.clear();
  importTexts.length = 0;
  failures.clear();
  selected = null;
  view = null;
  viewStale = true;
  submitted = finished = 0;
  scheduleRender();
  setStatus('Cleared.');
});
$('export-json').addEventListener('click', async () => {
  const ev = await bridge.request({ type: 'export', format: 'json' });
  if (ev.type === 'export') download(ev.text, 'lintas-analysis.json', 'application/json');
  else setStatus(`The export failed: ${ev.message}`);
});
$('export-csv').addEventListener('click', async () => {
  const table = $('csv-table').value;
  const ev = await bridge.request({ type: 'export', format: 'csv', table });
  if (ev.type === 'export') download(ev.text, `lintas-${table}.csv`, 'text/csv;charset=utf-8');
  else setStatus(`The export failed: ${ev.message}`);
});
for (const tab of document.querySelectorAll('[role=tab]')) {
  tab.addEventListener('click', () => {
    for (const t of document.querySelectorAll('[role=tab]')) t.setAttribute('aria-selected', String(t === tab));
    $('articles-panel').hidden = tab.id !== 'tab-articles';
    $('corpus-panel').hidden = tab.id !== 'tab-corpus';
    scheduleRender();
  });
}

// ---- rendering ----

let renderQueued = false;
function scheduleRender() {
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(() => {
    renderQueued = false;
    render();
  });
}

let shownDoc = null; // the document object the view shows, to re-render only on change

function render() {
  const any = docs.size + imported.size;
  $('results').hidden = any === 0 && failures.size === 0;
  $('export-json').disabled = any === 0;
  $('export-csv').disabled = any === 0;
  renderList();
  const doc = docs.get(selected) ?? imported.get(selected) ?? null;
  if (doc !== shownDoc) {
    shownDoc = doc;
    renderDoc(doc);
  }
  if (!$('corpus-panel').hidden) refreshCorpus();
}

// The corpus view is asked for when its tab is open and the queue is idle, so
// a large drop is not slowed by recomputing it after every article.
async function refreshCorpus() {
  if (!viewStale || bridge.pending()) {
    if (view) renderCorpus(view);
    return;
  }
  viewStale = false;
  const ev = await bridge.request({ type: 'view' });
  if (ev.type === 'view') {
    view = ev.view;
    renderCorpus(view);
  }
}

// The list grows by appending: a drop of a thousand files must not rebuild
// a thousand items on every frame.
const listItems = new Map(); // key → [li, the object it shows]

function listItem(key, make, value) {
  const have = listItems.get(key);
  if (have && have[1] === value) return have[0];
  const li = make();
  if (have) have[0].replaceWith(li);
  else $('docs').append(li);
  listItems.set(key, [li, value]);
  return li;
}

function renderList() {
  const live = new Set();
  for (const [name, message] of failures) {
    live.add(`!${name}`);
    listItem(`!${name}`, () => el('li', { class: 'failed', role: 'alert' },
      el('span', { class: 'name', text: name }), el('span', { class: 'error', text: message })), message);
  }
  for (const d of [...docs.values(), ...imported.values()]) {
    live.add(d.id);
    const li = listItem(d.id, () => {
      const origin = docs.has(d.id) ? '' : 'imported · ';
      const summary = `${origin}${d.language} · ${d.countries.length} countries · ${d.counts.length} figures · ${d.events.length} events`;
      return el('li', {}, el('button', { type: 'button', onclick: () => { selected = d.id; scheduleRender(); } },
        el('span', { class: 'name', text: d.title || d.id }), el('span', { class: 'meta', text: summary })));
    }, d);
    const button = li.firstChild;
    if ((d.id === selected) !== button.hasAttribute('aria-current')) {
      if (d.id === selected) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
  }
  for (const [key, [li]] of listItems) {
    if (!live.has(key)) {
      li.remove();
      listItems.delete(key);
    }
  }
}

// Fact categories that are highlighted in the text, with their labels.
const CATEGORIES = [
  ['countries', 'Countries'],
  ['places', 'Places'],
  ['organizations', 'Organizations'],
  ['persons', 'Persons'],
  ['counts', 'Figures'],
  ['dates', 'Dates'],
  ['identifiers', 'Identifiers'],
  ['crimes', 'Crime types'],
  ['quotes', 'Quotes'],
];

function factLabel(cat, f) {
  switch (cat) {
    case 'countries': return `${f.name} (${f.code}) ×${f.mentions}`;
    case 'places': return f.country ? `${f.name}, ${f.country}` : f.name;
    case 'organizations': return [f.name, f.acronym && `(${f.acronym})`, `· ${f.kind}`, f.country && `· ${f.country}`].filter(Boolean).join(' ');
    case 'persons': return [f.name, f.title && `— ${f.title}`, f.organization && `, ${f.organization}`].filter(Boolean).join(' ');
    case 'counts': {
      const q = f.qualifier === 'exact' ? '' : `${f.qualifier.replace('_', ' ')} `;
      const money = f.currency ? ` ${f.currency}` : '';
      const who = f.countries.length ? ` · ${f.countries.join(', ')}` : '';
      return `${q}${f.value.toLocaleString('en')}${money} · ${f.kind}${f.unit && !f.currency ? ` (${f.unit})` : ''}${who}`;
    }
    case 'dates': return `${f.text} → ${f.value ?? '?'}${f.end ? ` … ${f.end}` : ''}`;
    case 'identifiers': return `${f.kind}: ${f.value}`;
    case 'crimes': return f.label.replace(/_/g, ' ');
    case 'quotes': return `${f.speaker ?? 'unknown speaker'}: “${f.text.length > 80 ? `${f.text.slice(0, 80)}…` : f.text}”`;
    default: return '';
  }
}

const spansOf = (f) => f.spans ?? [f.span];

function renderDoc(d) {
  const view = $('doc-view');
  if (!d) {
    view.replaceChildren();
    return;
  }
  const marks = []; // [start, end, category, fact key]
  const sections = [];
  for (const [cat, label] of CATEGORIES) {
    const facts = d[cat] ?? [];
    if (!facts.length) continue;
    const chips = facts.map((f, i) => {
      const key = `${cat}-${i}`;
      for (const [s, e] of spansOf(f)) marks.push([s, e, cat, key]);
      return el('li', {}, el('button', { type: 'button', class: `chip ${cat}`, 'data-key': key, onclick: () => focusFact(key) }, factLabel(cat, f)));
    });
    sections.push(el('section', { class: 'facts' }, el('h3', { text: `${label} (${facts.length})` }), el('ul', {}, ...chips)));
  }
  if (d.events.length) {
    const rows = d.events.map((ev, i) => {
      const key = `events-${i}`;
      marks.push([ev.span[0], ev.span[1], 'events', key]);
      const who = ev.countries.join(', ') || '—';
      const route = ev.origin || ev.destination ? ` (${ev.origin ?? '?'} → ${ev.destination ?? '?'})` : '';
      return el('li', {}, el('button', { type: 'button', class: 'chip events', 'data-key': key, onclick: () => focusFact(key) },
        `${ev.type.replace('_', ' ')} · ${ev.status} · ${who}${route}${ev.place ? ` · at ${ev.place}` : ''}${ev.date ? ` · ${ev.date}` : ''}`));
    });
    sections.push(el('section', { class: 'facts' }, el('h3', { text: `Events (${d.events.length})` }), el('ul', {}, ...rows)));
  }
  const src = d.source;
  const sourceLine = [src.outlet, src.wire && `wire: ${src.wire}`, src.dateline && `dateline: ${src.dateline}`,
    src.authors.length && `by ${src.authors.join(', ')}`, d.published && `published ${d.published}`, src.year && `© ${src.year}`]
    .filter(Boolean).join(' · ');
  const removed = d.removed?.length
    ? el('details', { class: 'removed' }, el('summary', { text: `${d.removed.length} boilerplate pieces removed` }),
      el('ul', {}, ...d.removed.map((r) => el('li', {}, el('span', { class: 'reason', text: r.reason }), ` ${r.text}`))))
    : null;
  const warnings = d.warnings?.length ? el('p', { class: 'warning', role: 'note', text: d.warnings.join(' ') }) : null;
  view.replaceChildren(...[
    el('h2', { text: d.title || d.id }),
    el('p', { class: 'source', text: `${d.id} · language ${d.language}${sourceLine ? ` · ${sourceLine}` : ''}` }),
    warnings,
    el('div', { class: 'doc-body' },
      el('div', { class: 'fact-panel' }, ...sections),
      d.text
        ? el('div', { class: 'text', id: 'doc-text', tabindex: '0' }, ...highlighted(d.text, marks))
        : el('p', { class: 'text note', text: 'Imported from an exported analysis: the facts are here, the article text is not.' })),
    removed,
  ].filter(Boolean));
}

// Splits `text` at every span boundary and wraps covered pieces in <mark>s
// carrying the keys of the facts that cover them. Offsets are UTF-16 code
// units, which is what String.prototype.slice takes.
function highlighted(text, marks) {
  const cuts = new Set([0, text.length]);
  for (const [s, e] of marks) {
    cuts.add(Math.max(0, Math.min(s, text.length)));
    cuts.add(Math.max(0, Math.min(e, text.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...marks].sort((a, b) => a[0] - b[0]);
  const out = [];
  let active = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    active = active.filter((m) => m[1] > a);
    while (next < byStart.length && byStart[next][0] <= a) {
      if (byStart[next][1] > a) active.push(byStart[next]);
      next += 1;
    }
    const piece = text.slice(a, b);
    if (!active.length) {
      out.push(piece);
      continue;
    }
    // The narrowest covering fact decides the colour; events and quotes only underline.
    const inner = active.filter((m) => m[2] !== 'events' && m[2] !== 'quotes');
    const main = (inner.length ? inner : active).reduce((x, y) => (y[1] - y[0] < x[1] - x[0] ? y : x));
    const classes = [`hl-${main[2]}`];
    if (active.some((m) => m[2] === 'quotes')) classes.push('in-quote');
    if (active.some((m) => m[2] === 'events')) classes.push('in-event');
    out.push(el('mark', { class: classes.join(' '), 'data-keys': active.map((m) => m[3]).join(' ') }, piece));
  }
  return out;
}

function focusFact(key) {
  const view = $('doc-view');
  for (const n of view.querySelectorAll('.active')) n.classList.remove('active');
  const hits = [...view.querySelectorAll('mark')].filter((m) => m.dataset.keys.split(' ').includes(key));
  for (const m of hits) m.classList.add('active');
  view.querySelector(`button[data-key="${key}"]`)?.classList.add('active');
  hits[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

// Opens a document and highlights the fact standing at `span`.
function openEvidence(docId, span) {
  selected = docId;
  for (const t of document.querySelectorAll('[role=tab]')) t.setAttribute('aria-selected', String(t.id === 'tab-articles'));
  $('articles-panel').hidden = false;
  $('corpus-panel').hidden = true;
  render();
  const view = $('doc-view');
  for (const n of view.querySelectorAll('.active')) n.classList.remove('active');
  const text = $('doc-text');
  if (!text || !span) return;
  // The marks cover the text in order; find those inside the span by walking their offsets.
  let at = 0;
  let first = null;
  for (const node of text.childNodes) {
    const len = node.textContent.length;
    if (node.nodeName === 'MARK' && at >= span[0] && at + len <= span[1]) {
      node.classList.add('active');
      first ??= node;
    }
    at += len;
  }
  first?.scrollIntoView({ block: 'center' });
}

// ---- the corpus tab ----

const fmt = (n) => Number(n).toLocaleString('en');
const label = (s) => String(s).replace(/_/g, ' ');

function table(head, rows) {
  return el('table', {}, el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { text: h })))),
    el('tbody', {}, ...rows));
}

function evidenceLinks(evidence, max = 3) {
  const out = evidence.slice(0, max).map((ev) => el('button', {
    type: 'button', class: 'link', onclick: () => openEvidence(ev.document, ev.spans[0]),
  }, ev.document));
  if (evidence.length > max) out.push(el('span', { class: 'meta', text: ` +${evidence.length - max}` }));
  return el('span', { class: 'evidence' }, ...out);
}

function renderCorpus(v) {
  const panel = $('corpus-view');
  const storiesMulti = v.stories.filter((s) => s.documents.length > 1);
  const summary = el('p', { class: 'summary', text:
    `${fmt(v.document_count)} articles in ${fmt(v.stories.length)} stories (${storiesMulti.length} told by several outlets) · `
    + `${fmt(v.claims.length)} distinct figures · ${fmt(v.timeline.length)} distinct events · `
    + `${fmt(v.network.nodes.length)} countries in the network` });

  const totals = table(['figure', 'total', 'claims', 'articles'], v.totals.by_kind.map((t) => el('tr', {},
    el('td', { text: label(t.kind) + (t.currency ? ` (${t.currency})` : '') }),
    el('td', { class: 'num', text: fmt(t.value) }),
    el('td', { class: 'num', text: fmt(t.claims.length) }),
    el('td', { class: 'num', text: fmt(t.documents.length) }))));

  const claims = [...v.claims].sort((a, b) => b.sources.length - a.sources.length || b.value - a.value).slice(0, 60);
  const claimTable = table(['figure', 'kind', 'countries', 'sources', 'reported', 'evidence'], claims.map((c) => el('tr', {},
    el('td', { class: 'num', text: `${c.qualifiers.includes('more_than') ? '> ' : ''}${fmt(c.value)}${c.currency ? ` ${c.currency}` : ''}${c.cumulative ? ' (running total)' : ''}` }),
    el('td', { text: label(c.kind) }),
    el('td', { text: c.countries.join(', ') || '—' }),
    el('td', { class: 'num', text: `${c.sources.length || c.documents.length}` }),
    el('td', { text: [c.first_reported, c.last_reported].filter(Boolean).filter((x, i, a) => a.indexOf(x) === i).join(' – ') || '—' }),
    el('td', {}, evidenceLinks(c.evidence)))));

  const stories = table(['story', 'articles', 'sources', 'published'], storiesMulti.slice(0, 40).map((s) => el('tr', {},
    el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => openEvidence(s.documents[0]) }, s.title || s.id)),
    el('td', { class: 'num', text: fmt(s.documents.length) }),
    el('td', { text: s.sources.join(', ') || '—' }),
    el('td', { text: s.first_published ?? '—' }))));

  panel.replaceChildren(
    summary,
    el('section', { class: 'corpus-grid' },
      el('div', {}, el('h3', { text: 'Cooperation network' }), network(v.network)),
      el('div', {}, el('h3', { text: 'Where' }), map(v.distributions.countries))),
    el('section', {}, el('h3', { text: 'Timeline of events' }), timeline(v.timeline)),
    el('section', {}, el('h3', { text: 'Totals (each figure counted once)' }), totals),
    el('section', {}, el('h3', { text: 'Figures and how many sources report them' }), claimTable),
    el('section', {}, el('h3', { text: 'Stories told by several outlets' }), storiesMulti.length ? stories : el('p', { class: 'meta', text: 'None yet.' })),
  );
}

const SVG = 'http://www.w3.org/2000/svg';
const svg = (tag, attrs = {}, ...children) => {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  n.append(...children);
  return n;
};

// Countries on a circle, edges as chords weighted by distinct joint events.
function network(net) {
  const nodes = [...net.nodes].sort((a, b) => b.events - a.events).slice(0, 24);
  if (nodes.length < 2) return el('p', { class: 'meta', text: 'No joint events yet.' });
  const size = 360;
  const c = size / 2;
  const r = c - 40;
  const pos = new Map(nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    return [n.id, [c + r * Math.cos(a), c + r * Math.sin(a)]];
  }));
  const maxW = Math.max(...net.edges.map((e) => e.weight), 1);
  const edges = net.edges.filter((e) => pos.has(e.source) && pos.has(e.target)).map((e) => {
    const [x1, y1] = pos.get(e.source);
    const [x2, y2] = pos.get(e.target);
    const title = svg('title');
    title.textContent = `${e.source}–${e.target}: ${e.weight} joint event${e.weight === 1 ? '' : 's'}`;
    return svg('line', { x1, y1, x2, y2, class: 'edge', 'stroke-width': 1 + (5 * e.weight) / maxW }, title);
  });
  const maxE = Math.max(...nodes.map((n) => n.events), 1);
  const dots = nodes.map((n) => {
    const [x, y] = pos.get(n.id);
    const title = svg('title');
    title.textContent = `${n.name}: ${n.events} events, ${n.degree} partners`;
    const t = svg('text', { x, y: y - 9 - (6 * n.events) / maxE, 'text-anchor': 'middle' });
    t.textContent = n.id;
    return svg('g', { class: 'node' }, svg('circle', { cx: x, cy: y, r: 4 + (6 * n.events) / maxE }, title), t);
  });
  return svg('svg', { viewBox: `0 0 ${size} ${size}`, class: 'network', role: 'img', 'aria-label': 'Cooperation network of countries' }, ...edges, ...dots);
}

// Events per month as bars.
function timeline(events) {
  const byMonth = new Map();
  for (const e of events) {
    if (!e.date) continue;
    const m = e.date.slice(0, 7);
    byMonth.set(m, (byMonth.get(m) ?? 0) + 1);
  }
  const months = [...byMonth.keys()].filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
  if (!months.length) return el('p', { class: 'meta', text: 'No dated events yet.' });
  const max = Math.max(...byMonth.values());
  const w = Math.max(360, months.length * 26);
  const h = 120;
  const bw = w / months.length;
  const bars = months.map((m, i) => {
    const bh = ((h - 24) * byMonth.get(m)) / max;
    const title = svg('title');
    title.textContent = `${m}: ${byMonth.get(m)} events`;
    const t = svg('text', { x: i * bw + bw / 2, y: h - 4, 'text-anchor': 'middle' });
    t.textContent = m.slice(2);
    return svg('g', {}, svg('rect', { x: i * bw + 3, y: h - 18 - bh, width: bw - 6, height: bh, class: 'bar' }, title), t);
  });
  return svg('svg', { viewBox: `0 0 ${w} ${h}`, class: 'timeline', role: 'img', 'aria-label': 'Events per month' }, ...bars);
}

// Countries shaded by mentions on a map of the region (www/vendor/map.json, made by the build).
let mapData = null;
fetch('vendor/map.json').then((r) => (r.ok ? r.json() : null)).then((m) => {
  mapData = m;
  viewStale = viewStale || !!view;
}).catch(() => {});

function map(countries) {
  if (!mapData) return el('p', { class: 'meta', text: 'The map is not available in this build.' });
  const mentions = new Map(countries.map((c) => [c.key, c.mentions]));
  const max = Math.max(1, ...mentions.values());
  const shapes = Object.entries(mapData.countries).map(([code, d]) => {
    const n = mentions.get(code) ?? 0;
    const title = svg('title');
    title.textContent = `${mapData.names[code] ?? code}: ${n} mention${n === 1 ? '' : 's'}`;
    const shade = n ? 0.15 + (0.85 * Math.sqrt(n)) / Math.sqrt(max) : 0;
    return svg('path', { d, class: n ? 'land hit' : 'land', style: n ? `fill-opacity:${shade.toFixed(2)}` : '' }, title);
  });
  return svg('svg', { viewBox: mapData.viewBox, class: 'map', role: 'img', 'aria-label': 'Map of countries by mentions' }, ...shapes);
}
