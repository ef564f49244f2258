// Shared by the bench scripts and tests/browser/responsive.test.mjs: the
// generated corpus (made on demand by the gen_corpus example) and tables.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../', import.meta.url));
export const benchOut = join(root, 'bench-out');

/** The directory of the generated corpus of `articles` articles, generating it when missing. */
export function ensureCorpus(articles, { packOnly = false } = {}) {
  const dir = join(benchOut, `corpus-${articles}`);
  if (!existsSync(join(dir, 'corpus.pack')) || !existsSync(join(dir, 'index.json'))) {
    const args = ['run', '--quiet', '--release', '--example', 'gen_corpus', '--', '--articles', String(articles)];
    if (packOnly) args.push('--pack-only');
    console.error(`$ cargo ${args.join(' ')}`);
    execFileSync('cargo', args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  return dir;
}

/** `{pack: Buffer, index: [{name, offset, len, story, copy}], bytes}` of a corpus directory. */
export function loadCorpus(dir) {
  const pack = readFileSync(join(dir, 'corpus.pack'));
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  return { pack, index, bytes: index.reduce((s, e) => s + e.len, 0) };
}

/** Prints rows (objects) as an aligned table of the given columns. */
export function table(rows, columns) {
  const cells = rows.map((r) => columns.map(([key, fmt]) => (fmt ? fmt(r[key], r) : String(r[key] ?? ''))));
  const head = columns.map(([key]) => key);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log(line(head));
  for (const c of cells) console.log(line(c));
}

/** Writes `bench-out/results/NAME.json`. */
export function saveResult(name, value) {
  const dir = join(benchOut, 'results');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.json`);
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  return path;
}

/** Reads `--flag value` pairs and bare `--flag`s. */
export function args(defaults) {
  const out = { ...defaults };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '').replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (!(key in defaults)) throw new Error(`unknown option ${argv[i]}; known: ${Object.keys(defaults).join(', ')}`);
    if (typeof defaults[key] === 'boolean') out[key] = true;
    else out[key] = typeof defaults[key] === 'number' ? Number(argv[++i]) : argv[++i];
  }
  return out;
}

export const f2 = (x) => (typeof x === 'number' ? x.toFixed(2) : '');
export const f0 = (x) => (typeof x === 'number' ? x.toFixed(0) : '');
