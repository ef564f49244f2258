// The same results natively and in wasm: every fixture article goes through
// the release CLI and through the wasm build in Chromium, and the two
// documents must be equal (ids aside: the CLI names a document by its path,
// the page by its file name).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { serve, launch, openPage, root } from './harness.mjs';

let server, url, browser;
before(async () => {
  ({ server, url } = await serve());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const dirs = ['tests/fixtures/train', 'tests/fixtures/dev'].map((d) => join(root, d)).filter((d) => existsSync(d));
const articles = dirs.flatMap((d) => readdirSync(d).filter((n) => !n.endsWith('.json') && !n.startsWith('.')).map((n) => join(d, n)));

test('every fixture gives the same document natively and in wasm', async () => {
  assert.ok(articles.length > 0, 'there are fixtures');
  const cli = join(root, 'target/release/lintas');
  const native = JSON.parse(execFileSync(cli, ['analyze', '--format', 'json', ...articles], { maxBuffer: 1 << 28 }).toString());
  const problems = [];
  const page = await openPage(browser, url, problems);
  const files = articles.map((p) => ({ name: basename(p), bytes: [...readFileSync(p)] }));
  const wasm = await page.evaluate(async (files) => {
    const mod = await import('./pkg/lintas.js');
    await mod.default();
    const a = new mod.Analyzer();
    return files.map((f) => a.analyzeFile(f.name, new Uint8Array(f.bytes)));
  }, files);
  assert.equal(wasm.length, native.documents.length);
  for (let i = 0; i < wasm.length; i++) {
    const n = { ...native.documents[i], id: basename(native.documents[i].id) };
    assert.deepStrictEqual(wasm[i], n, `${n.id} differs between native and wasm`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});
