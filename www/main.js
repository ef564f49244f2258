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

// ---- the worker bridge: a queue, one item in flight, a new worker after a crash ----

class Bridge {
  constructor(onEvent) {
    this.onEvent = onEvent;
    this.queue = [];
    this.busy = null;
    this.worker = null;
    this.version = null;
  }

  start() {
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    this.worker.onmessage = ({ data }) => this.receive(data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.receive({ type: 'crash', name: this.busy?.name, message: e.message || 'the analyzer stopped' });
    };
  }

  receive(data) {
    if (data.type === 'ready') {
      this.version = data.version;
      this.onEvent(data);
      return;
    }
    const item = this.busy;
    this.busy = null;
    if (data.type === 'crash') {
      this.worker.terminate();
      this.start();
      data = { ...data, type: 'error', message: `internal error while analyzing: ${data.message}` };
    }
    this.onEvent({ ...data, name: item?.name ?? data.name });
    this.pump();
  }

  submit(item) {
    this.queue.push(item);
    this.pump();
  }

  cancel() {
    const dropped = this.queue.length + (this.busy ? 1 : 0);
    this.queue = [];
    if (this.busy) {
      this.busy = null;
      this.worker.terminate();
      this.start();
    }
    return dropped;
  }

  pending() {
    return this.queue.length + (this.busy ? 1 : 0);
  }

  pump() {
    if (this.busy || !this.queue.length) return;
    this.busy = this.queue.shift();
    const transfer = this.busy.bytes ? [this.busy.bytes] : [];
    this.worker.postMessage(this.busy, transfer);
  }
}

// ---- state ----

const docs = new Map(); // id → Document, in the order they arrived
const failures = new Map(); // name → message
let selected = null;
let submitted = 0;
let finished = 0;

const bridge = new Bridge(onWorkerEvent);
bridge.start();

function options() {
  const d = $('reference-date').value;
  return d ? { reference_date: d } : {};
}

function onWorkerEvent(ev) {
  if (ev.type === 'ready') {
    $('version').textContent = ev.version;
    if (!submitted) setStatus('Ready. Drop articles, choose files, paste text, or try the samples.');
    return;
  }
  finished += 1;
  if (ev.type === 'result') {
    failures.delete(ev.doc.id);
    docs.set(ev.doc.id, ev.doc);
    if (!selected || selected === ev.doc.id) selected = ev.doc.id;
  } else {
    failures.set(ev.name, ev.message);
  }
  scheduleRender();
  const left = bridge.pending();
  setStatus(left
    ? `Analyzing… ${finished} of ${submitted} done.`
    : `${docs.size} article${docs.size === 1 ? '' : 's'} analyzed${failures.size ? `, ${failures.size} could not be read` : ''}.`);
}

function setStatus(text) {
  $('status').textContent = text;
}

// ---- input ----

async function addFiles(fileList) {
  const files = [...fileList];
  if (!files.length) return;
  for (const f of files) {
    if (/\.json$/i.test(f.name)) {
      failures.set(f.name, `file \`${f.name}\` is an exported analysis; importing exports is not supported yet`);
      continue;
    }
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
    if (!ARTICLE_EXT.test(f.name) && f.type && !f.type.startsWith('text/')) {
      failures.set(f.name, `file \`${f.name}\` is not an article: Lintas reads .txt, .html and .md files`);
      continue;
    }
    submitted += 1;
    bridge.submit({ type: 'file', name: f.name, bytes, options: options() });
  }
  scheduleRender();
  setStatus(`Analyzing… ${finished} of ${submitted} done.`);
}

function addText(text, name = '') {
  if (!text.trim()) {
    setStatus('The paste box is empty: paste an article first.');
    return;
  }
  submitted += 1;
  bridge.submit({ type: 'text', name, text, options: options() });
  setStatus(`Analyzing… ${finished} of ${submitted} done.`);
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
  docs.clear();
  failures.clear();
  selected = null;
  submitted = finished = 0;
  scheduleRender();
  setStatus('Cleared.');
});
$('export-json').addEventListener('click', () => {
  const blob = new Blob([JSON.stringify({ documents: [...docs.values()] }, null, 1)], { type: 'application/json' });
  const a = el('a', { href: URL.createObjectURL(blob), download: 'lintas-analysis.json' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
});

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

function render() {
  $('results').hidden = docs.size === 0 && failures.size === 0;
  $('export-json').disabled = docs.size === 0;
  renderList();
  renderDoc(docs.get(selected));
}

function renderList() {
  const items = [];
  for (const [name, message] of failures) {
    items.push(el('li', { class: 'failed', role: 'alert' }, el('span', { class: 'name', text: name }), el('span', { class: 'error', text: message })));
  }
  for (const d of docs.values()) {
    const summary = `${d.language} · ${d.countries.length} countries · ${d.counts.length} figures · ${d.events.length} events`;
    const button = el('button', { type: 'button', onclick: () => { selected = d.id; scheduleRender(); } },
      el('span', { class: 'name', text: d.title || d.id }), el('span', { class: 'meta', text: summary }));
    if (d.id === selected) button.setAttribute('aria-current', 'true');
    items.push(el('li', {}, button));
  }
  $('docs').replaceChildren(...items);
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
  const removed = d.removed.length
    ? el('details', { class: 'removed' }, el('summary', { text: `${d.removed.length} boilerplate pieces removed` }),
      el('ul', {}, ...d.removed.map((r) => el('li', {}, el('span', { class: 'reason', text: r.reason }), ` ${r.text}`))))
    : null;
  const warnings = d.warnings.length ? el('p', { class: 'warning', role: 'note', text: d.warnings.join(' ') }) : null;
  view.replaceChildren(
    el('h2', { text: d.title || d.id }),
    el('p', { class: 'source', text: `${d.id} · language ${d.language}${sourceLine ? ` · ${sourceLine}` : ''}` }),
    warnings,
    el('div', { class: 'doc-body' },
      el('div', { class: 'fact-panel' }, ...sections),
      el('div', { class: 'text', id: 'doc-text', tabindex: '0' }, ...highlighted(d.text, marks))),
    removed,
  );
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
